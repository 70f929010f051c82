// The local runner on saved pages: the same reading as the add-on's, down to the ledger.
import { copyFileSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { runCli } from "../../../src/cli/analyze";
import { HTML_FIXTURES } from "../../helpers/htmlFixtures";
import { tempDir } from "../../helpers/tempDir";

/** Encodes text as Windows-1252, as an older site would have saved it. */
function windows1252(text: string): Buffer {
  const special: Record<string, number> = { "\u2019": 0x92, "\u201c": 0x93, "\u201d": 0x94, "\u2013": 0x96 };
  return Buffer.from([...text].map((c) => special[c] ?? c.charCodeAt(0)));
}

describe("analyze CLI on saved web pages", () => {
  it("reads .html files through the page reader, decoded with the charset they declare", async () => {
    const input = tempDir("corroborate-html-");
    const out = tempDir("corroborate-html-out-");
    for (const f of ["wordpress.html", "drupal.html"]) copyFileSync(join(HTML_FIXTURES, f), join(input, f));
    writeFileSync(
      join(input, "latin.html"),
      windows1252(
        `<html><head><meta http-equiv="Content-Type" content="text/html; charset=iso-8859-1"><title>Caf\u00e9 owners welcome the new quay \u2013 Tollwick Tide</title></head>` +
          `<body><div class="story"><p>The owners of the harbour caf\u00e9 said on Tuesday that the new quay \u201cchanges everything\u201d for the town\u2019s summer trade.</p>` +
          `<p>Rosa Quint, who has run the caf\u00e9 for eleven years, said bookings for June were already twice last year\u2019s.</p></div></body></html>`,
      ),
    );
    const lines: string[] = [];
    expect(await runCli({ paths: [input], out, quiet: true }, (l) => lines.push(l))).toBe(0);
    const ledger = JSON.parse(readFileSync(join(out, "ledger.json"), "utf8"));

    const sources = Object.fromEntries(ledger.sources.map((s: Record<string, unknown>) => [s.file, s]));
    expect(sources["wordpress.html"]).toMatchObject({
      status: "ok",
      title: "Boil-water notice for Marrow Creek after filter fault at treatment plant",
      outlet: "The Valley Echo",
      published: "2026-03-14",
      author: "Hester Ganley",
      url: "https://www.valley-echo.example/2026/03/14/marrow-creek-water-plant-fault/",
    });
    expect(sources["drupal.html"]).toMatchObject({
      status: "ok",
      outlet: "Ashby Courier",
      published: "2026-03-13",
    });
    expect(sources["latin.html"]).toMatchObject({ status: "ok", title: "Café owners welcome the new quay" });

    // Evidence quotes the article body; nothing comes from comments, captions or sidebars.
    const evidence: string[] = [
      ...ledger.actors.flatMap((a: { evidence: { sentence: string }[] }) =>
        a.evidence.map((e) => e.sentence),
      ),
      ...ledger.claims.map((c: { evidence: string }) => c.evidence),
    ];
    expect(evidence.some((s) => s.includes("Delia Orcutt"))).toBe(true);
    expect(evidence.some((s) => s.includes("Rosa Quint, who has run the café for eleven years"))).toBe(true);
    const names = ledger.actors.map((a: { name: string }) => a.name).join("|");
    expect(names).not.toMatch(/Pat W|Larkspur|Gravel Road|Valley Echo staff/);
  }, 60_000);
});
