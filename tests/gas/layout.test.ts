// An older ledger (layout 1: Sources without "Version") is migrated in place on the next run,
// without losing or shifting anyone's cells, and the layout version is kept in the document.
import { LAYOUT_VERSION, TAB_COLUMNS } from "../../src/core/ledger/schema";
import { reanalyzeAll } from "../../src/gas/importService";
import { LAYOUT_KEY, migrateLayout } from "../../src/gas/layout";
import { ADA, importAll, sharedDocument, userDeps } from "../fakes/documentUsers";

const V1_SOURCES = TAB_COLUMNS.Sources.map((c) => c.header).filter((h) => h !== "Version");

const ARTICLE = `Title: Storm cuts power in Lorvik
Outlet: Coast Daily
Date: 2026-05-02
URL: https://coast-daily.example/storm

A storm cut power to 4,000 homes in Lorvik on Friday, the grid operator said.
Mayor Ines Karo said crews would work through the weekend.`;

function v1Ledger() {
  const doc = sharedDocument();
  const ada = userDeps(doc, ADA);
  importAll(ada, ARTICLE);
  // Rebuild Sources as layout 1 wrote it, with people's cells filled in, and forget the version.
  const ss = doc.spreadsheet;
  const current = ss.table("Sources")[0]!;
  const sheet = ss.getSheetByName("Sources")!;
  sheet.deleteRows(1, 2);
  const row = V1_SOURCES.map((h) =>
    h === "Reliability" ? "solid" : h === "Notes" ? "checked by phone" : current[h],
  );
  sheet
    .getRange(1, 1, 2, V1_SOURCES.length)
    .setValues([V1_SOURCES, row].map((r) => r.map((v) => (typeof v === "string" ? `'${v}` : v))));
  sheet.getRange(1, V1_SOURCES.length + 1, 2, 1).setValues([["'My score"], [7]]);
  doc.properties.deleteProperty(LAYOUT_KEY);
  return { doc, ada, ss, id: current.ID };
}

describe("layout migration", () => {
  it("inserts the new column in place and keeps every person's cell on its row", () => {
    const { doc, ada, ss, id } = v1Ledger();
    const re = reanalyzeAll(ada);
    expect(re.message).toMatch(/Layout updated: Sources: a "Version" column after "Content hash"/);
    const headers = ss.getSheetByName("Sources")!.dump()[0];
    expect(headers).toEqual([...TAB_COLUMNS.Sources.map((c) => c.header), "My score"]);
    expect(ss.table("Sources")[0]).toMatchObject({
      ID: id,
      Reliability: "solid",
      Notes: "checked by phone",
      "My score": 7,
      Version: "",
      Status: "ok",
    });
    expect(doc.properties.getProperty(LAYOUT_KEY)).toBe(String(LAYOUT_VERSION));
    const sheet = ss.getSheetByName("Sources")!;
    expect(sheet.look(1, V1_SOURCES.indexOf("Content hash") + 2).background).not.toBeNull();
  });

  it("runs once: a migrated ledger is left alone, and so is a copy already in the new layout", () => {
    const { doc, ada, ss } = v1Ledger();
    reanalyzeAll(ada);
    expect(migrateLayout(ss, doc.properties)).toEqual([]);
    doc.properties.deleteProperty(LAYOUT_KEY);
    ss.counter.reset();
    expect(migrateLayout(ss, doc.properties)).toEqual([]);
    expect(ss.counter.get("Sheet.insertColumnAfter")).toBe(0);
    expect(ss.getSheetByName("Sources")!.dump()[0]?.length).toBe(TAB_COLUMNS.Sources.length + 1);
  });

  it("migrates before the first batch of an import and journals it", () => {
    const { ada, ss } = v1Ledger();
    const { batches } = importAll(ada, ARTICLE.replace("4,000", "5,000"));
    expect(batches[0]?.state).toBe("done");
    expect(String(ss.table("Journal").at(-1)?.Result)).toMatch(/Layout updated/);
    expect(ss.table("Sources").map((s) => s.Version)).toEqual([
      expect.stringMatching(/^1 \(replaced by S-/),
      expect.stringMatching(/^2 \(replaces S-/),
    ]);
    expect(ss.table("Sources")[0]).toMatchObject({ Reliability: "solid", "My score": 7 });
  });
});
