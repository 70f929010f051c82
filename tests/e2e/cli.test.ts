// The local runner merges into an existing ledger.xlsx exactly as the add-on merges into the
// sheet: an edit in a people's column survives a re-run, and nothing is duplicated.
import { copyFileSync, mkdirSync, mkdtempSync, readdirSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import ExcelJS from "exceljs";
import { parseArgs, runCli } from "../../src/cli/analyze";
import { REPO } from "../helpers/shared";

async function sheetRows(path: string, tab: string): Promise<Record<string, string>[]> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(path);
  const ws = wb.getWorksheet(tab)!;
  const headers = (ws.getRow(1).values as unknown[]).slice(1).map(String);
  const rows: Record<string, string>[] = [];
  for (let r = 2; r <= ws.rowCount; r++) {
    const values = (ws.getRow(r).values as unknown[]).slice(1);
    rows.push(Object.fromEntries(headers.map((h, i) => [h, values[i] == null ? "" : String(values[i])])));
  }
  return rows;
}

describe("analyze CLI", () => {
  it("parses its arguments", () => {
    expect(parseArgs(["a", "b", "--out", "x"])).toEqual({ paths: ["a", "b"], out: "x", quiet: false });
    expect(() => parseArgs(["--out", "x"])).toThrow(/usage/);
  });

  it("keeps a person's Status edit and adds no duplicate rows when re-run with one more article", async () => {
    const input = mkdtempSync(join(tmpdir(), "corroborate-in-"));
    const out = mkdtempSync(join(tmpdir(), "corroborate-out-"));
    const files = readdirSync(join(REPO, "samples"))
      .filter((f) => /\.(txt|md)$/.test(f))
      .sort();
    mkdirSync(input, { recursive: true });
    for (const f of files.slice(0, 3)) copyFileSync(join(REPO, "samples", f), join(input, f));
    expect(await runCli({ paths: [input], out, quiet: true })).toBe(0);

    const path = join(out, "ledger.xlsx");
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(path);
    const ws = wb.getWorksheet("Conflicts")!;
    const headers = (ws.getRow(1).values as unknown[]).slice(1).map(String);
    const statusCol = headers.indexOf("Status") + 1;
    const editedId = String(ws.getRow(2).getCell(1).value);
    ws.getRow(2).getCell(statusCol).value = "confirmed";
    await wb.xlsx.writeFile(path);

    for (const f of files.slice(3)) copyFileSync(join(REPO, "samples", f), join(input, f));
    expect(await runCli({ paths: [input], out, quiet: true })).toBe(0);
    expect(await runCli({ paths: [input], out, quiet: true })).toBe(0);

    const conflicts = await sheetRows(path, "Conflicts");
    expect(conflicts.find((c) => c.ID === editedId)?.Status).toBe("confirmed");
    for (const tab of ["Sources", "Actors", "Events", "Claims", "Conflicts"]) {
      const ids = (await sheetRows(path, tab)).map((r) => r.ID);
      expect(new Set(ids).size).toBe(ids.length);
    }
    expect((await sheetRows(path, "Sources")).length).toBe(files.length);
  }, 60_000);
});
