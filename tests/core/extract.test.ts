import { extractMentions } from "../../src/core/extract";
import { findEventDate } from "../../src/core/extract/events/dates";
import { toInterval } from "../../src/core/extract/events/numbers";
import { peelTitle } from "../../src/core/lexicon/titles";
import { article, expectEvidenceVerbatim } from "../helpers/articles";

const STORY = [
  "Title: Harbour strike ends",
  "Outlet: Velm Gazette",
  "Date: 2026-05-08",
  "",
  "Norway's Labour Minister Edda Strand said on Wednesday that the strike at the port of Velm had ended.",
  "The talks, led by Judge Oskar Lind of the Arbitration Council (ARC), lasted two days.",
  "ARC officials said at least 40 workers were injured in clashes on Monday.",
  '"We accepted the offer," union leader Mika Holm said.',
  "Strand denied that the government had threatened the workers.",
].join("\n");

describe("extractMentions", () => {
  const a = article(STORY);
  const m = extractMentions(a);

  it("keeps titles apart from names and reads affiliations", () => {
    const strand = m.actors.find((x) => x.name === "Edda Strand");
    expect(strand).toMatchObject({ type: "person", role: "Labour Minister", affiliation: "Norway" });
    const lind = m.actors.find((x) => x.name === "Oskar Lind");
    expect(lind).toMatchObject({ type: "person", affiliation: "Arbitration Council" });
  });

  it("ties an acronym to its long form and a surname to the full name", () => {
    const arc = m.actors.filter((x) => x.surface === "ARC");
    expect(arc.length).toBeGreaterThan(0);
    expect(arc.every((x) => x.name === "Arbitration Council")).toBe(true);
    const strand = m.actors.filter((x) => x.surface === "Strand");
    expect(strand.length).toBeGreaterThan(0);
    expect(strand.every((x) => x.name === "Edda Strand")).toBe(true);
  });

  it("finds claims with claimer, stance and quote", () => {
    const denial = m.claims.find((c) => c.stance === "deny");
    expect(denial?.claimer).toBe("Edda Strand");
    const quote = m.claims.find((c) => c.quote === "We accepted the offer,");
    expect(quote?.claimer).toBe("Mika Holm");
  });

  it("finds events with dates resolved against the publication date and figures as intervals", () => {
    const clash = m.events.find((e) => e.type === "clash");
    expect(clash?.date?.value).toBe("2026-05-04");
    expect(clash?.figures[0]).toMatchObject({
      what: "injured",
      value: { min: 40, max: Infinity, text: "at least 40" },
    });
    const talks = m.events.find((e) => e.roles.some((r) => r.role === "leader"));
    expect(talks?.roles[0]?.name).toBe("Oskar Lind");
  });

  it("gives every item evidence found verbatim at its offsets", () => {
    expectEvidenceVerbatim(
      a,
      [...m.actors, ...m.events, ...m.claims].map((x) => x.evidence),
    );
    expectEvidenceVerbatim(
      a,
      m.events.flatMap((e) => e.figures.map((f) => f.evidence)),
    );
  });
});

describe("peelTitle", () => {
  it("splits ranks and offices from names", () => {
    expect(peelTitle("Major General Ada Ren")).toEqual({
      role: "Major General",
      name: "Ada Ren",
      titled: true,
    });
    expect(peelTitle("Deputy Prime Minister Ola Berg")).toEqual({
      role: "Deputy Prime Minister",
      name: "Ola Berg",
      titled: true,
    });
    expect(peelTitle("Ada Ren")).toEqual({ name: "Ada Ren" });
  });
});

describe("findEventDate", () => {
  it("resolves weekdays to the past and keeps ranges and precision", () => {
    // 2026-05-08 is a Friday.
    expect(findEventDate("held on Wednesday and Thursday", "2026-05-08")).toMatchObject({
      value: "2026-05-06",
      end: "2026-05-07",
      precision: "day",
    });
    expect(findEventDate("clashes in early September", "2026-05-08")).toMatchObject({
      value: "2025-09",
      precision: "month",
    });
    expect(findEventDate("a visit earlier this year", "2026-05-08")).toMatchObject({
      value: "2026",
      precision: "year",
    });
    expect(findEventDate("talks this week", "2026-05-08")).toMatchObject({ precision: "week" });
    expect(findEventDate("for now the talks go on", "2026-05-08")).toBeUndefined();
    expect(findEventDate("the 2019 sinking", "2026-05-08")).toMatchObject({
      value: "2019",
      precision: "year",
    });
  });
  it("leaves relative dates unresolved without a publication date", () => {
    expect(findEventDate("on Wednesday", undefined)).toBeUndefined();
    expect(findEventDate("on 3 March 2026", undefined)).toMatchObject({ value: "2026-03-03" });
  });
  it("keeps the time of day", () => {
    expect(findEventDate("at 9:58 p.m. on Thursday", "2026-05-08")).toMatchObject({
      value: "2026-05-07",
      time: "21:58",
    });
  });
});

describe("toInterval", () => {
  it("reads qualifiers and vague quantities as ACLED does", () => {
    expect(toInterval("more than", "200", "more than 200")).toEqual({
      min: 201,
      max: Infinity,
      text: "more than 200",
    });
    expect(toInterval("nearly", "400", "nearly 400")).toMatchObject({ max: 400 });
    expect(toInterval(undefined, "dozens", "dozens")).toEqual({ min: 12, max: Infinity, text: "dozens" });
    expect(toInterval(undefined, "twenty-six", "twenty-six")).toMatchObject({ min: 26, max: 26 });
    expect(toInterval(undefined, "1,200", "1,200")).toMatchObject({ min: 1200, max: 1200 });
  });
});
