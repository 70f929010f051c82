// A Google Doc as the Docs API returns it -> an article: the Title paragraph is the headline,
// header lines typed in the Doc count, tables are read cell by cell, soft breaks split lines.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { googleDocArticle, googleDocText, type DocsDocumentLike } from "../../../src/core/ingest/gdoc";
import { REPO } from "../../helpers/shared";

const doc = JSON.parse(
  readFileSync(join(REPO, "tests", "fixtures", "gdocs", "wenlow-notes.json"), "utf8"),
) as DocsDocumentLike;
const URL = "https://docs.google.com/document/d/1WenlowReservoirNotes_Doc0000000000000001/edit";

describe("Google Docs", () => {
  it("reads paragraphs, soft line breaks and table cells, with the Title paragraph apart", () => {
    const { title, text } = googleDocText(doc);
    expect(title).toBe("Spillway gate jams at Wenlow reservoir");
    expect(text.split("\n")).toEqual([
      "Outlet: The Fenmoor Herald",
      "Date: 2026-05-19",
      "A spillway gate at the Wenlow reservoir jammed half open on Monday night, sending water into the Brisk valley, the county water board said on Tuesday.",
      "Board engineer Talia Morrow said crews had closed the gate by hand shortly after 4 a.m.",
      "No homes were flooded, she said.",
      "What residents were told",
      "Farmers near Oxley Bridge said the water reached their fields within an hour.",
      "The board said 40 hectares of pasture were under water by dawn.",
      "Morrow said an inspection of the other four gates would begin on Thursday.",
    ]);
  });

  it("becomes an article under the Doc's address, with the header lines typed in it", () => {
    const a = googleDocArticle(doc, URL);
    expect(a).toMatchObject({
      url: URL,
      title: "Spillway gate jams at Wenlow reservoir",
      outlet: "The Fenmoor Herald",
      published: "2026-05-19",
      status: "ok",
    });
    expect(a.text).not.toMatch(/Outlet:|Date:/);
    expect(a.text).toContain("40 hectares of pasture");
  });

  it("falls back to the document's name for a title, and explains an empty Doc", () => {
    const plain: DocsDocumentLike = {
      title: "Notes from the council meeting",
      body: {
        content: [
          {
            paragraph: {
              elements: [
                {
                  textRun: { content: "the council voted on tuesday to close the pool, a spokesman said.\n" },
                },
              ],
            },
          },
        ],
      },
    };
    expect(googleDocArticle(plain, URL).title).toBe("Notes from the council meeting");
    const empty = googleDocArticle({ title: "Blank", body: { content: [] } }, URL);
    expect(empty).toMatchObject({ status: "error", title: "Blank", url: URL });
    expect(empty.error).toMatch(/^Empty article/);
  });
});
