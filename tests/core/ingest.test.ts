import {
  ingestArticle,
  MAX_ARTICLE_CHARS,
  readHeaderLines,
  splitPastedArticles,
} from "../../src/core/ingest";
import { findAbsoluteDate } from "../../src/core/ingest/dates";
import { dropFurniture, isFurnitureLine } from "../../src/core/ingest/furniture";
import { normalizeText } from "../../src/core/text/normalize";
import { splitSentences } from "../../src/core/text/sentences";

describe("normalizeText", () => {
  it("unifies hyphens, quotes and spaces", () => {
    expect(normalizeText("cross\u2011border \u201Ctalks\u201D in\u00A0Velm \u2018ok\u2019")).toBe(
      "cross-border \"talks\" in Velm 'ok'",
    );
    expect(normalizeText("a\u200Bb\uFEFF")).toBe("ab");
  });
});

describe("splitPastedArticles", () => {
  it("splits on lines of three or more dashes and drops empty pieces", () => {
    expect(splitPastedArticles("one\n---\ntwo\n\n-----\n\n---\nthree")).toEqual(["one", "two", "three"]);
  });
  it("keeps dashes inside a line", () => {
    expect(splitPastedArticles("a --- b")).toEqual(["a --- b"]);
  });
});

describe("header lines and dates", () => {
  it("reads Title/Outlet/Date/URL headers", () => {
    const { hints, body } = readHeaderLines(
      "Title: Bridge reopens\nOutlet: Velm Gazette\nDate: 4 May 2026\nURL: https://x.example/a\n\nBody text.",
    );
    expect(hints).toEqual({
      title: "Bridge reopens",
      outlet: "Velm Gazette",
      published: "2026-05-04",
      url: "https://x.example/a",
    });
    expect(body.trim()).toBe("Body text.");
  });
  it("finds full dates in the usual forms and refuses partial ones", () => {
    expect(findAbsoluteDate("UPDATED: October 28, 2025, 11:26 PM")?.iso).toBe("2025-10-28");
    expect(findAbsoluteDate("2025-11-07T23:30:00Z")?.iso).toBe("2025-11-07");
    expect(findAbsoluteDate("on Wednesday")).toBeUndefined();
    expect(findAbsoluteDate("in October")).toBeUndefined();
  });
  it("reads a leading date line that shares its line with the first sentence", () => {
    const a = ingestArticle(" date 2026-02-03 The council of Velm voted to close the old bridge on Monday.");
    expect(a.published).toBe("2026-02-03");
    expect(a.text.startsWith("The council of Velm voted")).toBe(true);
  });
  it("reads a dateline with an outlet and drops it from the text", () => {
    const raw =
      "Velm Gazette Network - Velm - UPDATED: March 2, 2026, 09:10 AM - 2 min read\n\nThe bridge in Velm reopened after repairs that lasted two years.";
    const a = ingestArticle(raw);
    expect(a.published).toBe("2026-03-02");
    expect(a.outlet).toBe("Velm Gazette");
    expect(a.text).not.toMatch(/UPDATED/);
  });
});

describe("page furniture", () => {
  it("recognises generic furniture lines", () => {
    for (const line of [
      "Also Read: Another story",
      "All rights reserved",
      "© 2026 Some Media Ltd",
      "Representational Image.",
      "Privacy PolicyTerms & Condition",
      "velm-bridge-reopens-after-repairs",
      "3 min read",
    ]) {
      expect(isFurnitureLine(line)).toBe(true);
    }
    expect(isFurnitureLine("The bridge reopened on Monday.")).toBe(false);
  });
  it("drops menus (runs of short labels) but keeps a lone heading", () => {
    const lines = [
      "Home",
      "",
      "World",
      "",
      "Sports",
      "",
      "Bridge reopens in Velm after two years",
      "Repairs",
      "The mayor cut the ribbon on Monday.",
    ];
    const kept = dropFurniture(lines);
    expect(kept).not.toContain("Home");
    expect(kept).not.toContain("Sports");
    expect(kept).toContain("Repairs");
    expect(kept).toContain("The mayor cut the ribbon on Monday.");
  });
  it("removes a repeated standfirst and takes a headline as title", () => {
    const a = ingestArticle(
      "Home\n\nNews\n\nWorld\n\nVelm bridge reopens after two years\n\nThe bridge reopened.\n\nThe bridge reopened.\n\nTraffic resumed at noon.",
    );
    expect(a.title).toBe("Velm bridge reopens after two years");
    expect(a.text.match(/The bridge reopened\./g)).toHaveLength(1);
    expect(a.text).not.toMatch(/^Home/);
  });
});

describe("bad input", () => {
  it("gives each kind of bad input a clear error instead of throwing", () => {
    expect(ingestArticle("   ").error).toMatch(/Empty/);
    expect(ingestArticle("\u0000\u0001\u0002binary\u0000").error).toMatch(/binary/);
    expect(ingestArticle("x".repeat(MAX_ARTICLE_CHARS + 1)).error).toMatch(/Too long/);
    expect(ingestArticle("Home\n\nMenu").error).toMatch(/No readable sentences/);
  });
  it("derives a stable id from the URL, else from the text", () => {
    const a = ingestArticle("The bridge reopened on Monday after two years of repairs.", {
      url: "https://x.example/a",
    });
    const b = ingestArticle("A different text about the same page, updated later in the day.", {
      url: "https://x.example/a",
    });
    const c = ingestArticle("The bridge reopened on Monday after two years of repairs.");
    expect(a.id).toBe(b.id);
    expect(a.id).not.toBe(c.id);
    expect(c.id).toBe(ingestArticle("The bridge reopened on Monday after two years of repairs.").id);
  });
});

describe("splitSentences", () => {
  it("keeps abbreviations and initials inside sentences and reports offsets", () => {
    const text =
      "Gen. Ada Moss met Dr. Lin in the U.S. capital. Ali M. Rahe said it went well.\n\nA new paragraph.";
    const s = splitSentences(text);
    expect(s.map((x) => x.text)).toEqual([
      "Gen. Ada Moss met Dr. Lin in the U.S. capital.",
      "Ali M. Rahe said it went well.",
      "A new paragraph.",
    ]);
    for (const x of s) expect(text.slice(x.start, x.end)).toBe(x.text);
    expect(s[2]?.paragraph).toBe(1);
  });

  it("keeps a wire dateline apart from the paragraph's first sentence", () => {
    for (const [text, dateline] of [
      ["BRASK, June 12 (Northern Wire) - The ferry sank on Tuesday.", "BRASK, June 12 (Northern Wire) -"],
      ["PORT ALDER (Tide Press) - Divers went down at dawn.", "PORT ALDER (Tide Press) -"],
      ["MERROW: The quay reopened.", "MERROW:"],
      ["Merrow, 12 June (Tide Press) - The quay reopened.", "Merrow, 12 June (Tide Press) -"],
    ]) {
      const [first, second] = splitSentences(text!);
      expect(first).toMatchObject({ text: dateline, dateline: true });
      expect(second?.dateline).toBeUndefined();
      expect(text!.slice(second!.start, second!.end)).toBe(second!.text);
    }
    // A place named at the start of an ordinary sentence is not a dateline.
    for (const text of [
      "Merrow - the port town - reopened its quay.",
      "NATO said on Monday it would help.",
      "POSTED: The quay reopened.",
      "NWS: The quay reopened.",
    ])
      expect(splitSentences(text).map((x) => x.text)).toEqual([text]);
  });
});
