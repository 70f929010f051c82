// The import path end to end on the in-memory spreadsheet: pasted articles in, five tabs out.
import { TAB_COLUMNS, TAB_ORDER, TEXT_TAB } from "../../src/core/ledger/schema";
import { importPasted, reanalyzeAll } from "../../src/gas/importService";
import { FakeLock, FakeSpreadsheet } from "../fakes/spreadsheet";

const PASTED = `Title: Flood closes Marrow valley road
Outlet: Valley Echo
Date: 2026-02-11
URL: https://valley-echo.example/flood

Floods swept through the Marrow valley on Monday. At least 5 people were killed, the fire brigade said.
Governor Lena Ostrova said the road would stay closed for a week.
---
Title: Marrow flood toll rises
Outlet: Hill Times
Date: 2026-02-12

The floods in the Marrow valley on Monday killed 11 people, the health ministry said.
Governor Lena Ostrova denied that warnings had been ignored.
---
   
---
=HYPERLINK("http://evil.example","click")
`;

function deps(ss = new FakeSpreadsheet(), lock = new FakeLock()) {
  return { ss, lock, now: () => new Date("2026-02-12T09:00:00Z") };
}

describe("importPasted", () => {
  it("fills all five tabs and the hidden text tab, with evidence, and flags the disputed toll", () => {
    const d = deps();
    const report = importPasted(d, PASTED);
    expect(report.ok).toBe(true);
    expect(report.imported).toBe(2);
    expect(report.failed).toHaveLength(1);
    for (const tab of TAB_ORDER) {
      const sheet = d.ss.getSheetByName(tab);
      expect(sheet).not.toBeNull();
      expect(sheet!.dump()[0]).toEqual(TAB_COLUMNS[tab].map((c) => c.header));
      expect(sheet!.frozenRows).toBe(1);
    }
    const sources = d.ss.table("Sources");
    expect(sources).toHaveLength(3);
    expect(sources.filter((s) => s.Status === "ok")).toHaveLength(2);
    const bad = sources.find((s) => s.Status === "error");
    expect(String(bad?.Error)).toMatch(/No readable sentences/);
    expect(sources[0]).toMatchObject({
      Title: "Flood closes Marrow valley road",
      Outlet: "Valley Echo",
      Published: "2026-02-11",
    });

    expect(d.ss.table("Actors").some((a) => a.Name === "Lena Ostrova" && a.Type === "person")).toBe(true);
    const events = d.ss.table("Events");
    expect(events.some((e) => String(e.Evidence).includes('"Floods swept through'))).toBe(true);
    const claims = d.ss.table("Claims");
    expect(claims.some((c) => c.Claimer === "Lena Ostrova" && c.Stance === "deny")).toBe(true);
    const conflicts = d.ss.table("Conflicts");
    const toll = conflicts.find((c) => c.Attribute === "killed");
    expect(String(toll?.["Values (per source)"])).toMatch(/At least 5/);
    expect(String(toll?.["Values (per source)"])).toMatch(/11/);
    expect(toll?.["Conservative value"]).toBe("At least 5");

    const text = d.ss.getSheetByName(TEXT_TAB);
    expect(text?.isSheetHidden()).toBe(true);
    expect(text?.getLastRow()).toBe(3);
  });

  it("adds nothing when the same articles are imported again, and keeps people's edits", () => {
    const d = deps();
    importPasted(d, PASTED);
    const sheet = d.ss.getSheetByName("Conflicts")!;
    const statusCol = TAB_COLUMNS.Conflicts.findIndex((c) => c.header === "Status") + 1;
    sheet.getRange(2, statusCol, 1, 1).setValues([["confirmed"]]);
    const before = TAB_ORDER.map((t) => d.ss.table(t).length);
    const again = importPasted(d, PASTED);
    expect(again.imported).toBe(0);
    expect(again.duplicates).toBe(2);
    expect(again.message).toMatch(/already in the ledger/);
    expect(TAB_ORDER.map((t) => d.ss.table(t).length)).toEqual(before);
    expect(d.ss.table("Conflicts")[0]?.Status).toBe("confirmed");
    const re = reanalyzeAll(d);
    expect(re.ok).toBe(true);
    expect(TAB_ORDER.map((t) => d.ss.table(t).length)).toEqual(before);
  });

  it("tells a second user that a run is in progress instead of interleaving", () => {
    const lockState = { holder: null as object | null };
    const ss = new FakeSpreadsheet();
    const first = new FakeLock(lockState);
    first.tryLock(0);
    const report = importPasted(deps(ss, new FakeLock(lockState)), PASTED);
    expect(report.ok).toBe(false);
    expect(report.message).toMatch(/Another Corroborate run/);
    expect(ss.getSheets()).toHaveLength(0);
  });
});
