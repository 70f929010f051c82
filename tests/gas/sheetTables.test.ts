import { TAB_COLUMNS } from "../../src/core/ledger/schema";
import type { TableData } from "../../src/core/ledger/tables";
import {
  applyPlan,
  DISPUTED_BACKGROUND,
  PEOPLE_HEADER_BACKGROUND,
  planTable,
  readTab,
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
const HEADERS = TAB_COLUMNS.Claims.map((c) => c.header);
const colOf = (h: string): number => HEADERS.indexOf(h) + 1;

/** Strings an article may carry that Sheets would read as a formula, a number or a date. */
const HOSTILE = [
  '=IMPORTXML("http://x.example","//a")',
  "  =1+1",
  "\t=SUM(A1:A9)",
  "+1 555 0100",
  "-drop table",
  "@channel",
  "  -5",
  "2026-01-02",
  "42",
  "'quoted",
  "TRUE",
];

describe("writeTable", () => {
  it("creates the tab with a frozen header and people's columns set apart", () => {
    const ss = new FakeSpreadsheet();
    writeTable(ss, claims([{ ID: "C-1", Claimer: "Ada Ren", Claim: "the bridge is safe" }]));
    const sheet = ss.getSheetByName("Claims")!;
    expect(sheet.frozenRows).toBe(1);
    expect(sheet.dump()[0]).toEqual(HEADERS);
    expect(sheet.look(1, colOf("Status"))).toMatchObject({
      background: PEOPLE_HEADER_BACKGROUND,
      fontStyle: "italic",
    });
    expect(sheet.look(1, colOf("Claim")).fontStyle).toBe("normal");
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
    expect(ss.counter.total()).toBeLessThan(15);
  });

  it("reads and plans without writing anything: all writes wait for applyPlan", () => {
    const ss = new FakeSpreadsheet();
    writeTable(ss, claims([{ ID: "C-1", Claim: "first" }]));
    ss.counter.reset();
    const plan = planTable(readTab(ss, "Claims"), claims([{ ID: "C-2", Claim: "second" }]));
    const writes = [...ss.counter.counts.keys()].filter((m) => /\.set|insert|delete|hide/.test(m));
    expect(writes).toEqual([]);
    expect(ss.table("Claims")).toHaveLength(1);
    applyPlan(ss, plan);
    expect(ss.table("Claims").map((r) => r.ID)).toEqual(["C-1", "C-2"]);
  });

  it("never overwrites people's columns and never duplicates rows on a re-run", () => {
    const ss = new FakeSpreadsheet();
    writeTable(ss, claims([{ ID: "C-1", Claim: "first" }]));
    const sheet = ss.getSheetByName("Claims")!;
    sheet.getRange(2, colOf("Status"), 1, 1).setValues([["=1+1"]]); // a person's formula
    sheet.getRange(2, colOf("Checked by"), 1, 1).setValues([["Noor"]]);
    ss.counter.reset();
    writeTable(
      ss,
      claims([
        { ID: "C-1", Claim: "second" },
        { ID: "C-2", Claim: "new" },
      ]),
    );
    const rows = ss.table("Claims");
    expect(rows).toHaveLength(2);
    expect(rows[0]).toMatchObject({ ID: "C-1", Claim: "second", Status: 2, "Checked by": "Noor" });
    expect(sheet.look(2, colOf("Status")).formula).toBe("=1+1");
  });

  it("leaves rows people added by hand as they were: values, dates, formulas, colours", () => {
    const ss = new FakeSpreadsheet();
    writeTable(ss, claims([{ ID: "C-1", Claim: "machine" }]));
    const sheet = ss.getSheetByName("Claims")!;
    const hand = HEADERS.map((h) =>
      h === "Claim" ? "typed by a person" : h === "Evidence" ? "=1+2" : h === "Source" ? "2026-03-01" : "",
    );
    sheet.getRange(3, 1, 1, HEADERS.length).setValues([hand]);
    sheet.getRange(3, colOf("Claim"), 1, 1).setBackgrounds([["#00ff00"]]);
    sheet.getRange(3, colOf("Claim"), 1, 1).setNotes([["my note"]]);
    writeTable(
      ss,
      claims([
        { ID: "C-1", Claim: "machine, again" },
        { ID: "C-9", Claim: "appended" },
      ]),
    );
    const rows = ss.table("Claims");
    expect(rows.map((r) => r.Claim)).toEqual(["machine, again", "typed by a person", "appended"]);
    expect(sheet.look(3, colOf("Evidence")).formula).toBe("=1+2");
    expect(rows[1]?.Evidence).toBe(3);
    expect(rows[1]?.Source).toBeInstanceOf(Date);
    expect(sheet.look(3, colOf("Claim"))).toMatchObject({ background: "#00ff00", note: "my note" });
  });

  it("finds columns by name when people reorder them, rename their case or add their own", () => {
    const ss = new FakeSpreadsheet();
    writeTable(ss, claims([{ ID: "C-1", Claim: "old" }]));
    const sheet = ss.getSheetByName("Claims")!;
    // A person moves Claim to the end, types " status " for Status, and adds a formula column.
    const [header, row] = sheet.dump() as string[][];
    const order = [...HEADERS.filter((h) => h !== "Claim"), "Claim"];
    const moved = (r: string[]): string[] => order.map((h) => r[HEADERS.indexOf(h)] as string);
    const newHeader = moved(header!).map((h) => (h === "Status" ? " status " : h));
    sheet
      .getRange(1, 1, 2, order.length)
      .setValues([newHeader, moved(row!)].map((r) => r.map((v) => `'${v}`)));
    sheet.getRange(1, order.length + 1, 2, 1).setValues([["'Mine"], ["=2*3"]]);
    sheet.getRange(2, order.indexOf("Status") + 1, 1, 1).setValues([["dismissed"]]);
    writeTable(ss, claims([{ ID: "C-1", Claim: "new" }]));
    const values = sheet.dump();
    expect(values[0]).toEqual([...newHeader, "Mine"]);
    expect(values[1]?.[order.indexOf("Claim")]).toBe("new");
    expect(values[1]?.[order.indexOf("Status")]).toBe("dismissed");
    expect(sheet.look(2, order.length + 1).formula).toBe("=2*3");
  });

  it("writes only the header cells a tab lacks, leaving a person's own header alone", () => {
    const ss = new FakeSpreadsheet();
    const sheet = ss.insertSheet("Claims");
    const short = HEADERS.slice(0, 4);
    sheet.getRange(1, 1, 1, 5).setValues([[...short.map((h) => `'${h}`), "=1+1"]]);
    writeTable(ss, claims([{ ID: "C-1", Claim: "x" }]));
    expect(sheet.look(1, 5).formula).toBe("=1+1");
    expect(sheet.dump()[0]?.slice(5)).toEqual(HEADERS.slice(4));
  });

  it("keeps article text as text in every machine column: nothing becomes a formula", () => {
    const ss = new FakeSpreadsheet();
    const machine = TAB_COLUMNS.Claims.filter((c) => !c.people).map((c) => c.header);
    const rows = HOSTILE.map((t, i) => ({
      ...Object.fromEntries(machine.map((h) => [h, t])),
      ID: `C-${i}`,
    }));
    writeTable(ss, claims(rows));
    const read = ss.table("Claims");
    for (const [i, t] of HOSTILE.entries())
      for (const h of machine.filter((x) => x !== "ID")) expect(read[i]?.[h]).toBe(t);
    const sheet = ss.getSheetByName("Claims")!;
    for (let r = 2; r <= HOSTILE.length + 1; r++)
      for (let c = 1; c <= HEADERS.length; c++) expect(sheet.look(r, c).formula).toBe("");
  });

  it("would let those strings become formulas without the defence (the fake reads them as Sheets does)", () => {
    const ss = new FakeSpreadsheet();
    const sheet = ss.insertSheet("T");
    sheet.getRange(1, 1, HOSTILE.length, 1).setValues(HOSTILE.map((t) => [t]));
    const changed = sheet.dump().filter((r, i) => r[0] !== HOSTILE[i]);
    expect(changed.length).toBeGreaterThanOrEqual(9);
    expect(sheet.look(1, 1).formula).toMatch(/^=IMPORTXML/);
  });

  it("cuts text over the 50,000-character cell limit with a visible marker", () => {
    const ss = new FakeSpreadsheet();
    const long = "word ".repeat(20_000);
    writeTable(ss, claims([{ ID: "C-1", Claim: long, Evidence: "=" + "y".repeat(70_000) }]));
    const row = ss.table("Claims")[0]!;
    for (const v of [row.Claim, row.Evidence]) {
      expect(String(v).length).toBeLessThanOrEqual(50_000);
      expect(String(v)).toMatch(/\[\.\.\. cut: [\d,]+ more characters\]$/);
    }
    expect(String(row.Claim).startsWith("word word")).toBe(true);
    expect(String(toSheetValue("x".repeat(60_000))).length).toBeLessThanOrEqual(50_000);
  });

  it("highlights disputed cells with a note and clears its own old highlights only", () => {
    const ss = new FakeSpreadsheet();
    writeTable(
      ss,
      claims([{ ID: "C-1", Claim: "a" }], [{ id: "C-1", column: "Claim", note: "other sources say b" }]),
    );
    const sheet = ss.getSheetByName("Claims")!;
    expect(sheet.look(2, colOf("Claim"))).toMatchObject({
      background: DISPUTED_BACKGROUND,
      note: "other sources say b",
    });
    sheet.getRange(2, colOf("Quote"), 1, 1).setBackgrounds([["#ffff00"]]);
    writeTable(ss, claims([{ ID: "C-1", Claim: "a" }]));
    expect(sheet.look(2, colOf("Claim"))).toMatchObject({ background: null, note: "" });
    expect(sheet.look(2, colOf("Quote")).background).toBe("#ffff00");
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
