// The local runner merges into an existing ledger.xlsx exactly as the add-on merges into the
// sheet: an edit in a people's column survives a re-run, nothing is duplicated, people's own
// sheets, columns and formulas stay, a dismissed conflict stays dismissed, an older layout is
// migrated in place, and article text stays text.
import { copyFileSync, mkdirSync, readdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import ExcelJS from "exceljs";
import { parseArgs, runCli } from "../../src/cli/analyze";
import { META_SHEET } from "../../src/cli/xlsx";
import { LAYOUT_VERSION, TAB_COLUMNS } from "../../src/core/ledger/schema";
import { REPO } from "../helpers/shared";
import { tempDir } from "../helpers/tempDir";

const TABS = ["Sources", "Actors", "Events", "Claims", "Conflicts"];
const SAMPLES = readdirSync(join(REPO, "samples"))
  .filter((f) => /\.(txt|md)$/.test(f))
  .sort();

async function open(path: string): Promise<ExcelJS.Workbook> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(path);
  return wb;
}

function rowsOf(ws: ExcelJS.Worksheet): Record<string, unknown>[] {
  const headers = (ws.getRow(1).values as unknown[]).slice(1).map(String);
  const rows: Record<string, unknown>[] = [];
  for (let r = 2; r <= ws.rowCount; r++) {
    const values = (ws.getRow(r).values as unknown[]).slice(1);
    rows.push(Object.fromEntries(headers.map((h, i) => [h, values[i] ?? ""])));
  }
  return rows;
}

async function sheetRows(path: string, tab: string): Promise<Record<string, unknown>[]> {
  return rowsOf((await open(path)).getWorksheet(tab)!);
}

const colOf = (ws: ExcelJS.Worksheet, header: string): number =>
  (ws.getRow(1).values as unknown[]).findIndex((v) => v === header);

/** A folder with the first `n` sample articles, and an empty output folder. */
function folders(n: number): { input: string; out: string; path: string } {
  const input = tempDir("corroborate-in-");
  const out = tempDir("corroborate-out-");
  mkdirSync(input, { recursive: true });
  for (const f of SAMPLES.slice(0, n)) copyFileSync(join(REPO, "samples", f), join(input, f));
  return { input, out, path: join(out, "ledger.xlsx") };
}

const run = (input: string, out: string): Promise<number> => runCli({ paths: [input], out, quiet: true });

async function expectUniqueIds(path: string): Promise<void> {
  for (const tab of TABS) {
    const ids = (await sheetRows(path, tab)).map((r) => r.ID);
    expect(new Set(ids).size).toBe(ids.length);
  }
}

describe("analyze CLI", () => {
  it("parses its arguments", () => {
    expect(parseArgs(["a", "b", "--out", "x"])).toEqual({ paths: ["a", "b"], out: "x", quiet: false });
    expect(() => parseArgs(["--out", "x"])).toThrow(/usage/);
  });

  it("reports a path it cannot read and analyses the rest", async () => {
    const { input, out } = folders(1);
    const lines: string[] = [];
    const missing = join(input, "gone", "nothing.txt");
    expect(await runCli({ paths: [missing, input], out, quiet: false }, (l) => lines.push(l))).toBe(0);
    expect(lines.some((l) => l.startsWith(`skipped ${missing}: ENOENT`))).toBe(true);
    expect(await sheetRows(join(out, "ledger.xlsx"), "Sources")).toHaveLength(1);
  });

  it("keeps a person's Status edit and adds no duplicate rows when re-run with one more article", async () => {
    const { input, out, path } = folders(3);
    expect(await run(input, out)).toBe(0);

    const wb = await open(path);
    const ws = wb.getWorksheet("Conflicts")!;
    const editedId = String(ws.getRow(2).getCell(1).value);
    ws.getRow(2).getCell(colOf(ws, "Status")).value = "confirmed";
    await wb.xlsx.writeFile(path);

    for (const f of SAMPLES.slice(3)) copyFileSync(join(REPO, "samples", f), join(input, f));
    expect(await run(input, out)).toBe(0);
    expect(await run(input, out)).toBe(0);

    const conflicts = await sheetRows(path, "Conflicts");
    expect(conflicts.find((c) => c.ID === editedId)?.Status).toBe("confirmed");
    await expectUniqueIds(path);
    expect((await sheetRows(path, "Sources")).length).toBe(SAMPLES.length);
    const journal = await sheetRows(path, "Journal");
    expect(journal.map((r) => r.Action)).toEqual(["local run", "local run", "local run"]);
    expect(journal.map((r) => r.Imported)).toEqual([3, SAMPLES.length - 3, 0]);
  }, 60_000);

  it("leaves people's sheets, columns, formulas and hand-added rows alone, and keeps dismissals", async () => {
    const { input, out, path } = folders(SAMPLES.length);
    await run(input, out);
    const wb = await open(path);
    wb.addWorksheet("My notes").getCell("A1").value = "call the coast guard";
    const claims = wb.getWorksheet("Claims")!;
    // Move nothing, but add a column of one's own with a formula, and a row typed by hand.
    const mine = claims.columnCount + 1;
    claims.getRow(1).getCell(mine).value = "Score";
    claims.getRow(2).getCell(mine).value = { formula: "1+1", result: 2 };
    claims.getRow(2).getCell(colOf(claims, "Notes")).value = { formula: 'CONCAT("a","b")', result: "ab" };
    const handRow = claims.rowCount + 1;
    claims.getRow(handRow).getCell(colOf(claims, "Claim")).value = "a claim I typed";
    const conflicts = wb.getWorksheet("Conflicts")!;
    const dismissedId = String(conflicts.getRow(2).getCell(1).value);
    const marked: string[] = [];
    for (const tab of ["Events", "Actors"])
      wb.getWorksheet(tab)!.eachRow((row) => row.eachCell((cell) => marked.push(String(cell.note ?? ""))));
    expect(marked.some((n) => n.includes(dismissedId))).toBe(true);
    conflicts.getRow(2).getCell(colOf(conflicts, "Status")).value = "dismissed";
    await wb.xlsx.writeFile(path);

    await run(input, out);
    const after = await open(path);
    expect(after.getWorksheet("My notes")?.getCell("A1").value).toBe("call the coast guard");
    const c2 = after.getWorksheet("Claims")!;
    expect(c2.getRow(2).getCell(mine).value).toMatchObject({ formula: "1+1" });
    expect(c2.getRow(2).getCell(colOf(c2, "Notes")).value).toMatchObject({ formula: 'CONCAT("a","b")' });
    expect(c2.getRow(handRow).getCell(colOf(c2, "Claim")).value).toBe("a claim I typed");
    const rows = rowsOf(after.getWorksheet("Conflicts")!);
    expect(rows.filter((r) => r.ID === dismissedId).map((r) => r.Status)).toEqual(["dismissed"]);
    const events = after.getWorksheet("Events")!;
    const disputed = rowsOf(events).map((r) => String(r.Disputed));
    expect(disputed.some((d) => d.includes(dismissedId))).toBe(false);
    const notes: string[] = [];
    for (const tab of ["Events", "Actors"])
      after.getWorksheet(tab)!.eachRow((row) => row.eachCell((cell) => notes.push(String(cell.note ?? ""))));
    expect(notes.some((n) => n.includes(dismissedId))).toBe(false);
    await expectUniqueIds(path);
  }, 60_000);

  it("migrates a workbook in an older layout in place, keeping people's cells on their rows", async () => {
    const { input, out, path } = folders(2);
    await run(input, out);
    // Turn the workbook into layout 1: no Version column in Sources, no recorded version.
    const wb = await open(path);
    wb.removeWorksheet(wb.getWorksheet(META_SHEET)!.id);
    const sources = wb.getWorksheet("Sources")!;
    sources.spliceColumns(colOf(sources, "Version"), 1);
    sources.getRow(2).getCell(colOf(sources, "Reliability")).value = "solid";
    sources.getRow(3).getCell(colOf(sources, "Notes")).value = "ask the editor";
    const ids = [2, 3].map((r) => sources.getRow(r).getCell(1).value);
    await wb.xlsx.writeFile(path);

    await run(input, out);
    const after = await open(path);
    const ws = after.getWorksheet("Sources")!;
    expect((ws.getRow(1).values as unknown[]).slice(1)).toEqual(TAB_COLUMNS.Sources.map((c) => c.header));
    const rows = rowsOf(ws);
    expect(rows.map((r) => r.ID)).toEqual(ids);
    expect(rows[0]?.Reliability).toBe("solid");
    expect(rows[1]?.Notes).toBe("ask the editor");
    expect(after.getWorksheet(META_SHEET)?.getRow(1).getCell(2).value).toBe(LAYOUT_VERSION);
    expect(after.getWorksheet(META_SHEET)?.state).toBe("hidden");
  }, 60_000);

  it("keeps hostile text as text, cuts cells at Excel's limit, and reports a duplicate file once", async () => {
    const input = tempDir("corroborate-in-");
    const out = tempDir("corroborate-out-");
    const article = `Title: =HYPERLINK("http://evil.example","win")
Outlet: +Plus Wire
Date: 2026-05-02

Mayor Ines Karo said the storm had cut power to 4,000 homes in Lorvik on Friday${", and then more homes".repeat(2_000)}.
The grid operator said repairs would take a week.`;
    writeFileSync(join(input, "a.txt"), article);
    writeFileSync(join(input, "b-copy.txt"), article);
    await run(input, out);
    await run(input, out);
    const path = join(out, "ledger.xlsx");
    const sources = await sheetRows(path, "Sources");
    expect(sources.map((s) => s.Status)).toEqual(["ok", "duplicate"]);
    expect(sources[0]?.Title).toBe('=HYPERLINK("http://evil.example","win")');
    expect(sources[1]?.Error).toBe(`Same text as ${sources[0]?.ID}: already in the ledger, not added again.`);
    const wb = await open(path);
    let longest = 0;
    wb.eachSheet((ws) =>
      ws.eachRow((row) =>
        row.eachCell((cell) => {
          expect(typeof cell.value === "object" && cell.value && "formula" in cell.value).toBe(false);
          if (typeof cell.value === "string") longest = Math.max(longest, cell.value.length);
        }),
      ),
    );
    expect(longest).toBeLessThanOrEqual(32_767);
    const evidence = (await sheetRows(path, "Actors")).map((a) => String(a.Evidence));
    expect(evidence.some((e) => /\[\.\.\. cut: [\d,]+ more characters\]$/.test(e))).toBe(true);
  }, 60_000);
});
