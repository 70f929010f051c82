// The import box: which lines are links to fetch, which are Google Docs, which are pasted text;
// and the queue keeps each item's kind between batches.
import { leadingLinks, recogniseLink } from "../../../src/core/ingest/links";
import { describeItems, importItems, queueRows, readQueue } from "../../../src/core/ledger/queue";

const DOC_ID = "1AbCdEfGhIjKlMnOpQrStUvWxYz_0123456789-xyz";

describe("recogniseLink", () => {
  it("takes a line that holds one web address and nothing else", () => {
    expect(recogniseLink("https://www.tide.example/news/pier-fire?utm_source=x")).toEqual({
      kind: "link",
      url: "https://www.tide.example/news/pier-fire?utm_source=x",
    });
    expect(recogniseLink("  <http://tide.example/a>  ")).toEqual({
      kind: "link",
      url: "http://tide.example/a",
    });
    expect(recogniseLink("https://tide.example/a.")?.url).toBe("https://tide.example/a");
    expect(recogniseLink("Read more at https://tide.example/a")).toBeUndefined();
    expect(recogniseLink("ftp://tide.example/a")).toBeUndefined();
    expect(recogniseLink("https://")).toBeUndefined();
  });

  it("knows a Google Doc in the editor by its id, and reads a published Doc as a web page", () => {
    for (const line of [
      `https://docs.google.com/document/d/${DOC_ID}/edit`,
      `https://docs.google.com/document/d/${DOC_ID}/edit?usp=sharing`,
      `https://docs.google.com/document/u/1/d/${DOC_ID}/view#heading=h.x`,
      `https://docs.google.com/document/d/${DOC_ID}`,
    ])
      expect(recogniseLink(line)).toEqual({
        kind: "doc",
        url: `https://docs.google.com/document/d/${DOC_ID}/edit`,
        docId: DOC_ID,
      });
    const published = "https://docs.google.com/document/d/e/2PACX-1vQabcdefghijklmnopqrstuvwxyz/pub";
    expect(recogniseLink(published)).toEqual({ kind: "link", url: published });
    expect(recogniseLink("https://docs.google.com/spreadsheets/d/" + DOC_ID + "/edit")?.kind).toBe("link");
  });
});

describe("leadingLinks", () => {
  it("takes the address lines at the top of a piece and leaves the article after them", () => {
    const piece =
      "https://a.example/1\n\nhttps://b.example/2\nTitle: Pier fire\n\nThe pier burned on Friday.";
    const { links, text } = leadingLinks(piece);
    expect(links.map((l) => l.url)).toEqual(["https://a.example/1", "https://b.example/2"]);
    expect(text).toBe("Title: Pier fire\n\nThe pier burned on Friday.");
  });

  it("leaves an address inside or at the end of an article where it is", () => {
    const piece = "The pier burned on Friday, the harbour office said.\nhttps://tide.example/source";
    expect(leadingLinks(piece)).toEqual({ links: [], text: piece });
  });
});

describe("importItems", () => {
  it("reads links, Docs and pasted articles from one box, in order, each address once", () => {
    const box = [
      "https://www.tide.example/a",
      `https://docs.google.com/document/d/${DOC_ID}/edit`,
      "https://feeds.tide.example/rss",
      "https://www.tide.example/a",
      "---",
      "Title: Pier fire\n\nThe pier burned on Friday, the harbour office said.",
      "---",
      "https://www.tide.example/b",
    ].join("\n");
    const items = importItems(box);
    expect(items).toEqual([
      { kind: "link", input: "https://www.tide.example/a", hints: {} },
      { kind: "doc", input: DOC_ID, hints: { url: `https://docs.google.com/document/d/${DOC_ID}/edit` } },
      { kind: "link", input: "https://feeds.tide.example/rss", hints: {} },
      {
        kind: "text",
        input: "Title: Pier fire\n\nThe pier burned on Friday, the harbour office said.",
        hints: {},
      },
      { kind: "link", input: "https://www.tide.example/b", hints: {} },
    ]);
    expect(describeItems(items)).toBe("1 pasted article, 3 links, 1 Google Doc");
    expect(importItems("  \n---\n ")).toEqual([]);
  });

  it("keeps each item's kind and hints in the queue between batches", () => {
    const items = importItems(
      `https://www.tide.example/a\nhttps://docs.google.com/document/d/${DOC_ID}/\nPier text.`,
    );
    items.push({ kind: "link", input: "https://www.tide.example/c", hints: { title: "From a feed" } });
    const rows = queueRows("R-1", items);
    expect(readQueue(rows, "R-1").map((q) => q.item)).toEqual(items);
    // A kind written by a newer version is read as text rather than lost.
    expect(readQueue([["R-1", 1, 1, "podcast", "{}", "x"]], "R-1")[0]?.item.kind).toBe("text");
  });
});
