// The import path end to end on the in-memory spreadsheet: pasted articles in, five tabs out, and
// everything a shared ledger must survive: re-imports, new versions, people's decisions, bad input.
import { JOURNAL_TAB, QUEUE_TAB, TAB_COLUMNS, TAB_ORDER, TEXT_TAB } from "../../src/core/ledger/schema";
import { reanalyzeAll, runImportBatch, startImport } from "../../src/gas/importService";
import { DISPUTED_BACKGROUND } from "../../src/gas/sheetTables";
import { ADA, importAll, sharedDocument, userDeps } from "../fakes/documentUsers";

const FLOOD_A = `Title: Flood closes Marrow valley road
Outlet: Valley Echo
Date: 2026-02-11
URL: https://valley-echo.example/flood

Floods swept through the Marrow valley on Monday. At least 5 people were killed, the fire brigade said.
Governor Lena Ostrova said the road would stay closed for a week.`;

const FLOOD_B = `Title: Marrow flood toll rises
Outlet: Hill Times
Date: 2026-02-12

The floods in the Marrow valley on Monday killed 11 people, the health ministry said.
Governor Lena Ostrova denied that warnings had been ignored.`;

const PASTED = `${FLOOD_A}
---
${FLOOD_B}
---
   
---
=HYPERLINK("http://evil.example","click")
`;

function setup() {
  const doc = sharedDocument();
  return { doc, ada: userDeps(doc, ADA), ss: doc.spreadsheet };
}

const col = (tab: keyof typeof TAB_COLUMNS, header: string): number =>
  TAB_COLUMNS[tab].findIndex((c) => c.header === header) + 1;

describe("import", () => {
  it("fills all five tabs and the hidden text tab, with evidence, and flags the disputed toll", () => {
    const { ada, ss } = setup();
    const { start, batches } = importAll(ada, PASTED);
    expect(start).toMatchObject({ ok: true, state: "running", total: 3 });
    const last = batches[batches.length - 1]!;
    expect(last).toMatchObject({ ok: true, state: "done", imported: 2, failedCount: 1, done: 3 });
    expect(last.failed).toHaveLength(1);
    expect(last.message).toMatch(/Imported 2 articles\. 1 could not be analysed/);
    for (const tab of TAB_ORDER) {
      const sheet = ss.getSheetByName(tab);
      expect(sheet).not.toBeNull();
      expect(sheet!.dump()[0]).toEqual(TAB_COLUMNS[tab].map((c) => c.header));
      expect(sheet!.frozenRows).toBe(1);
    }
    const sources = ss.table("Sources");
    expect(sources).toHaveLength(3);
    expect(sources.filter((s) => s.Status === "ok")).toHaveLength(2);
    const bad = sources.find((s) => s.Status === "error");
    expect(String(bad?.Error)).toMatch(/No readable sentences/);
    expect(sources[0]).toMatchObject({
      Title: "Flood closes Marrow valley road",
      Outlet: "Valley Echo",
      Published: "2026-02-11",
      "Imported at": "2026-02-12T09:00:00.000Z",
    });

    expect(ss.table("Actors").some((a) => a.Name === "Lena Ostrova" && a.Type === "person")).toBe(true);
    const events = ss.table("Events");
    expect(events.some((e) => String(e.Evidence).includes('"Floods swept through'))).toBe(true);
    const claims = ss.table("Claims");
    expect(claims.some((c) => c.Claimer === "Lena Ostrova" && c.Stance === "deny")).toBe(true);
    const toll = ss.table("Conflicts").find((c) => c.Attribute === "killed");
    expect(String(toll?.["Values (per source)"])).toMatch(/At least 5/);
    expect(String(toll?.["Values (per source)"])).toMatch(/11/);
    expect(toll?.["Conservative value"]).toBe("At least 5");

    const text = ss.getSheetByName(TEXT_TAB);
    expect(text?.isSheetHidden()).toBe(true);
    expect(text?.getLastRow()).toBe(3);
    expect(ss.getSheetByName(QUEUE_TAB)).toBeNull();
    expect(ada.flushes()).toBeGreaterThan(0);
  });

  it("records each batch in the journal: who, when, what was imported, what failed", () => {
    const { ada, ss } = setup();
    importAll(ada, PASTED);
    const journal = ss.table(JOURNAL_TAB);
    expect(journal).toHaveLength(1);
    expect(journal[0]).toMatchObject({
      Who: "ada@newsroom.example",
      Action: "import",
      Batch: 1,
      Items: 3,
      Imported: 2,
      Duplicates: 0,
      Failed: 1,
      When: "2026-02-12T09:00:00.000Z",
    });
    expect(String(journal[0]?.Sources)).toMatch(/S-[0-9a-f]{8} Flood closes Marrow valley road/);
    expect(String(journal[0]?.Failures)).toMatch(/No readable sentences/);
    expect(String(journal[0]?.Run)).toMatch(/^R-/);
  });

  it("adds nothing when the same articles are imported again, says so, and keeps people's edits", () => {
    const { ada, ss } = setup();
    importAll(ada, PASTED);
    const sheet = ss.getSheetByName("Conflicts")!;
    sheet.getRange(2, col("Conflicts", "Status"), 1, 1).setValues([["confirmed"]]);
    sheet.getRange(2, col("Conflicts", "Resolution"), 1, 1).setValues([["called the ministry"]]);
    ss.getSheetByName("Sources")!
      .getRange(2, col("Sources", "Reliability"), 1, 1)
      .setValues([["high"]]);
    const before = TAB_ORDER.map((t) => ss.table(t).length);
    const { batches } = importAll(ada, `${FLOOD_B}\n---\n${FLOOD_A}`);
    const again = batches[batches.length - 1]!;
    expect(again.imported).toBe(0);
    expect(again.duplicates).toBe(2);
    expect(again.message).toMatch(/2 already in the ledger, not added again/);
    expect(TAB_ORDER.map((t) => ss.table(t).length)).toEqual(before);
    expect(ss.table("Conflicts")[0]).toMatchObject({
      Status: "confirmed",
      Resolution: "called the ministry",
    });
    expect(ss.table("Sources")[0]?.Reliability).toBe("high");
    expect(ss.table(JOURNAL_TAB)[1]).toMatchObject({ Imported: 0, Duplicates: 2 });
    const re = reanalyzeAll(ada);
    expect(re.ok).toBe(true);
    expect(TAB_ORDER.map((t) => ss.table(t).length)).toEqual(before);
    expect(ss.table(JOURNAL_TAB)[2]).toMatchObject({ Action: "re-analyze" });
  });

  it("records a changed text under a known URL as a new version and analyses the newest", () => {
    const { ada, ss } = setup();
    importAll(ada, FLOOD_A);
    const first = ss.table("Sources")[0]!;
    const updated = FLOOD_A.replace("At least 5 people were killed", "At least 9 people were killed");
    const { batches } = importAll(ada, updated);
    expect(batches[batches.length - 1]).toMatchObject({ imported: 1, duplicates: 0 });
    const sources = ss.table("Sources");
    expect(sources).toHaveLength(2);
    expect(sources[0]).toMatchObject({ ID: first.ID, Status: "superseded" });
    expect(String(sources[0]?.Version)).toBe(`1 (replaced by ${sources[1]?.ID})`);
    expect(sources[1]).toMatchObject({ Status: "ok", Version: `2 (replaces ${first.ID})` });
    expect(sources[1]?.ID).not.toBe(first.ID);
    expect(String(sources[0]?.Error)).toMatch(/newer text under the same URL/);
    // The old text is kept, and importing it again is a duplicate, not a third version.
    expect(ss.getSheetByName(TEXT_TAB)!.getLastRow()).toBe(3);
    const { batches: again } = importAll(ada, FLOOD_A);
    expect(again[again.length - 1]).toMatchObject({ imported: 0, duplicates: 1 });
    expect(ss.table("Sources")).toHaveLength(2);
    const events = ss.table("Events");
    expect(events.some((e) => String(e.Figures).includes("At least 9"))).toBe(true);
  });

  it("keeps a conflict people dismissed dismissed: no highlight, not listed as disputed, not re-added", () => {
    const { ada, ss } = setup();
    importAll(ada, PASTED);
    const eventsSheet = ss.getSheetByName("Events")!;
    const figures = col("Events", "Figures");
    const highlighted = (): number =>
      ss.table("Events").filter((_, i) => eventsSheet.look(i + 2, figures).background === DISPUTED_BACKGROUND)
        .length;
    expect(highlighted()).toBe(1);
    const conflicts = ss.getSheetByName("Conflicts")!;
    const id = String(ss.table("Conflicts")[0]?.ID);
    conflicts.getRange(2, col("Conflicts", "Status"), 1, 1).setValues([["Dismissed"]]);
    reanalyzeAll(ada);
    expect(highlighted()).toBe(0);
    expect(ss.table("Events").some((e) => String(e.Disputed).includes(id))).toBe(false);
    importAll(
      ada,
      FLOOD_B.replace("Hill Times", "Hill Times Weekend").replace("2026-02-12", "2026-02-13") +
        "\nMore rain is expected.",
    );
    const rows = ss.table("Conflicts").filter((c) => c.ID === id);
    expect(rows).toHaveLength(1);
    expect(rows[0]?.Status).toBe("Dismissed");
    expect(highlighted()).toBe(0);
  });

  it("gives every kind of bad input a clear Status and Error, and imports the rest of the batch", () => {
    const { ada, ss } = setup();
    const binary = "PK\u0003\u0004\u0000\u0000\u0001\u0002".repeat(50);
    const huge = "The council met again. ".repeat(230_000); // about 5 MB
    const items = [
      "Title: Nothing here\nOutlet: Blank Wire",
      binary,
      huge,
      "Title: Inondations\n\nLes inondations ont fait au moins douze morts dans la vallée lundi, selon les pompiers de la région. Le préfet a demandé une enquête sur les alertes envoyées aux habitants avant la crue du fleuve.",
      "Title: Hochwasser\n\n" +
        "Внезапное наводнение затопило долину в понедельник, сообщили спасатели. ".repeat(4),
      "Home\nNews\nSport\nWeather",
      FLOOD_A,
    ];
    const { batches } = importAll(ada, items.join("\n---\n"));
    const last = batches[batches.length - 1]!;
    expect(last).toMatchObject({ state: "done", imported: 1, failedCount: 6 });
    const sources = ss.table("Sources");
    expect(sources).toHaveLength(7);
    const errors = sources.filter((s) => s.Status === "error").map((s) => String(s.Error));
    expect(errors).toHaveLength(6);
    for (const pattern of [
      /^Empty article/,
      /binary content/,
      /Too long to be one article: 5,\d{3},\d{3} characters/,
      /Not in English \(almost none of the most common English words\)/,
      /Not in English \(mostly written in Cyrillic script\)/,
      /No readable sentences/,
    ])
      expect(errors.some((e) => pattern.test(e))).toBe(true);
    expect(sources.find((s) => s.Status === "ok")?.Title).toBe("Flood closes Marrow valley road");
    expect(ss.table("Sources").find((s) => String(s.Error).startsWith("Empty"))?.Title).toBe("Nothing here");
  });

  it("writes hostile article text as text everywhere, and shows it back unchanged", () => {
    const { ada, ss } = setup();
    const hostile = `Title: =HYPERLINK("http://evil.example","win")
Outlet: +Plus Wire
Author: @handle
URL: https://evil.example/=cmd

-Governor Lena Ostrova said the road would stay closed for a week, the fire brigade said.
=IMPORTXML("http://evil.example","//a") was what Captain Ivo Brand said on Monday in the valley.
Captain Ivo Brand said -5 degrees at night was too cold for the rescue teams.`;
    importAll(ada, hostile);
    const source = ss.table("Sources")[0]!;
    expect(source).toMatchObject({
      Title: '=HYPERLINK("http://evil.example","win")',
      Outlet: "+Plus Wire",
      Author: "@handle",
      "URL or file": "https://evil.example/=cmd",
      Status: "ok",
    });
    for (const tab of [...TAB_ORDER, JOURNAL_TAB, TEXT_TAB]) {
      const sheet = ss.getSheetByName(tab);
      if (!sheet) continue;
      sheet
        .dump()
        .forEach((row, r) => row.forEach((_, c) => expect(sheet.look(r + 1, c + 1).formula).toBe("")));
      expect(
        sheet
          .dump()
          .flat()
          .filter((v) => /^#(ERROR|NAME)/.test(String(v))),
      ).toEqual([]);
    }
    const evidence = ss.table("Actors").map((a) => String(a.Evidence));
    expect(evidence.some((e) => e.includes('"=IMPORTXML("http://evil.example","//a") was what'))).toBe(true);
    expect(ss.table("Claims").map((c) => c.Claim)).toContain(
      "-5 degrees at night was too cold for the rescue teams",
    );
  });

  it("says there is nothing to import for an empty paste, and writes nothing", () => {
    const { ada, ss } = setup();
    const p = startImport(ada, "  \n---\n  ");
    expect(p).toMatchObject({ ok: false, state: "idle" });
    expect(p.message).toMatch(/Nothing to import/);
    expect(ss.getSheets()).toHaveLength(0);
    expect(runImportBatch(ada, "R-nothing").ok).toBe(false);
  });
});
