import { TAB_COLUMNS } from "../../src/core/ledger/schema";
import type { TableData } from "../../src/core/ledger/tables";
import {
  DISPUTED_BACKGROUND,
  PEOPLE_HEADER_BACKGROUND,
  toSheetValue,
  writeTable,
} from "../../src/gas/sheetTables";
import { appendTexts, chunkText, readTexts } from "../../src/gas/textStore";
import { FakeSpreadsheet } from "../fakes/spreadsheet";

const claims = (rows: Record<string, string>[], marks: TableData["marks"] = []): TableData => ({
  tab: "Claims",
  rows,
  marks,
});

describe("writeTable", () => {
  it("creates the tab with a frozen header and people's columns set apart", () => {
    const ss = new FakeSpreadsheet();
    writeTable(ss, claims([{ ID: "C-1", Claimer: "Ada Ren", Claim: "the bridge is safe" }]));
    const sheet = ss.getSheetByName("Claims")!;
    expect(sheet.frozenRows).toBe(1);
    const headers = TAB_COLUMNS.Claims.map((c) => c.header);
    expect(sheet.dump()[0]).toEqual(headers);
    expect(sheet.look(1, headers.indexOf("Status") + 1).background).toBe(PEOPLE_HEADER_BACKGROUND);
    expect(ss.table("Claims")[0]).toMatchObject({ ID: "C-1", Claimer: "Ada Ren", Status: "" });
  });

  it("writes each table with one getValues and one setValues for its rows, however many rows", () => {
    const ss = new FakeSpreadsheet();
    writeTable(ss, claims([{ ID: "C-0", Claim: "x" }]));
    ss.counter.reset();
    const rows = Array.from({ length: 300 }, (_, i) => ({ ID: `C-${i}`, Claim: `claim ${i}` }));
    writeTable(ss, claims(rows));
    expect(ss.counter.get("Range.getValues")).toBe(1);
    expect(ss.counter.get("Range.setValues")).toBe(1);
    expect(ss.counter.total()).toBeLessThan(20);
  });

  it("never overwrites people's columns and never duplicates rows on a re-run", () => {
    const ss = new FakeSpreadsheet();
    writeTable(ss, claims([{ ID: "C-1", Claim: "first" }]));
    const sheet = ss.getSheetByName("Claims")!;
    const statusCol = TAB_COLUMNS.Claims.findIndex((c) => c.header === "Status") + 1;
    sheet.getRange(2, statusCol, 1, 1).setValues([["=1+1"]]); // a person's formula
    writeTable(
      ss,
      claims([
        { ID: "C-1", Claim: "second" },
        { ID: "C-2", Claim: "new" },
      ]),
    );
    const rows = ss.table("Claims");
    expect(rows).toHaveLength(2);
    expect(rows[0]).toMatchObject({ ID: "C-1", Claim: "second", Status: 2 });
    expect(sheet.look(2, statusCol).formula).toBe("=1+1");
  });

  it("keeps article text as text: formulas, dates and numbers are not interpreted", () => {
    const ss = new FakeSpreadsheet();
    const hostile = ['=IMPORTXML("http://x")', "  =1+1", "+1 555", "-drop", "@here", "2026-01-02", "42"];
    writeTable(ss, claims(hostile.map((t, i) => ({ ID: `C-${i}`, Claim: t }))));
    const rows = ss.table("Claims");
    expect(rows.map((r) => r.Claim)).toEqual(hostile);
    expect(ss.getSheetByName("Claims")!.look(2, 4).formula).toBe("");
  });

  it("cuts text over the cell limit with a visible marker", () => {
    const v = toSheetValue("x".repeat(60_000));
    expect(String(v).length).toBeLessThan(50_000);
    expect(String(v)).toMatch(/\[cut: \d+ more characters\]$/);
  });

  it("highlights disputed cells with a note and clears its own old highlights", () => {
    const ss = new FakeSpreadsheet();
    writeTable(
      ss,
      claims([{ ID: "C-1", Claim: "a" }], [{ id: "C-1", column: "Claim", note: "other sources say b" }]),
    );
    const col = TAB_COLUMNS.Claims.findIndex((c) => c.header === "Claim") + 1;
    const sheet = ss.getSheetByName("Claims")!;
    expect(sheet.look(2, col)).toMatchObject({
      background: DISPUTED_BACKGROUND,
      note: "other sources say b",
    });
    writeTable(ss, claims([{ ID: "C-1", Claim: "a" }]));
    expect(sheet.look(2, col)).toMatchObject({ background: null, note: "" });
  });
});

describe("text store", () => {
  it("chunks long text under the cell limit and reads it back whole", () => {
    const ss = new FakeSpreadsheet();
    const long = "=".repeat(10) + "word ".repeat(20_000);
    appendTexts(
      ss,
      new Map([
        ["S-1", long],
        ["S-2", "short"],
      ]),
    );
    expect(chunkText(long).every((c) => c.length <= 45_000)).toBe(true);
    const texts = readTexts(ss);
    expect(texts.get("S-1")).toBe(long);
    expect(texts.get("S-2")).toBe("short");
    expect(ss.getSheetByName("_corroborate_text")!.isSheetHidden()).toBe(true);
    appendTexts(ss, new Map([["S-1", long]]));
    expect(readTexts(ss).size).toBe(2);
  });
});
