// The ledger as an .xlsx workbook with the same tabs and columns as the sheet. An existing
// workbook in the output folder is merged into exactly as the add-on merges into the sheet, so
// edits people made in people's columns survive a re-run.
import ExcelJS from "exceljs";
import { existsSync } from "node:fs";
import { mergeRows, type Grid } from "../core/ledger/merge";
import { TAB_COLUMNS, TAB_ORDER, type TabName } from "../core/ledger/schema";
import type { CellValue, TableData } from "../core/ledger/tables";

const HEADER_FILL = "FFE8EAED";
const PEOPLE_FILL = "FFFFF2CC";
const DISPUTED_FILL = "FFF4CCCC";

function cellText(v: ExcelJS.CellValue): CellValue {
  if (v === null || v === undefined) return "";
  if (typeof v === "number" || typeof v === "string") return v;
  if (typeof v === "boolean") return String(v);
  if (v instanceof Date) return v.toISOString();
  if (typeof v === "object" && "richText" in v) return v.richText.map((r) => r.text).join("");
  if (typeof v === "object" && "text" in v) return String(v.text);
  return String(v);
}

async function readGrids(path: string): Promise<Map<string, Grid>> {
  const grids = new Map<string, Grid>();
  if (!existsSync(path)) return grids;
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(path);
  wb.eachSheet((ws) => {
    const headers: string[] = [];
    ws.getRow(1).eachCell(
      { includeEmpty: false },
      (cell, col) => (headers[col - 1] = String(cellText(cell.value))),
    );
    const rows: CellValue[][] = [];
    for (let r = 2; r <= ws.rowCount; r++) {
      const row = ws.getRow(r);
      const values = headers.map((_, c) => cellText(row.getCell(c + 1).value));
      if (values.some((v) => v !== "")) rows.push(values);
    }
    grids.set(ws.name, { headers: headers.map((h) => h ?? ""), rows });
  });
  return grids;
}

export async function writeXlsx(
  path: string,
  tables: Record<TabName, TableData>,
): Promise<{ added: number; kept: number }> {
  const existing = await readGrids(path);
  const wb = new ExcelJS.Workbook();
  wb.creator = "Corroborate";
  let added = 0;
  let kept = 0;
  for (const tab of TAB_ORDER) {
    const columns = TAB_COLUMNS[tab];
    const merged = mergeRows(existing.get(tab) ?? { headers: [], rows: [] }, tables[tab].rows, columns);
    added += merged.added;
    kept += merged.rows.length - merged.rowOfId.size;
    const ws = wb.addWorksheet(tab, { views: [{ state: "frozen", ySplit: 1 }] });
    ws.addRow(merged.headers);
    for (const r of merged.rows) ws.addRow(r);
    const people = new Set(columns.filter((c) => c.people).map((c) => c.header));
    merged.headers.forEach((h, i) => {
      const spec = columns.find((c) => c.header === h);
      ws.getColumn(i + 1).width = Math.round((spec?.width ?? 120) / 7);
      const cell = ws.getRow(1).getCell(i + 1);
      cell.font = { bold: true, italic: people.has(h) };
      cell.fill = {
        type: "pattern",
        pattern: "solid",
        fgColor: { argb: people.has(h) ? PEOPLE_FILL : HEADER_FILL },
      };
    });
    ws.eachRow((row) => (row.alignment = { vertical: "top", wrapText: true }));
    const col = new Map(merged.headers.map((h, i) => [h, i + 1]));
    for (const mark of tables[tab].marks) {
      const r = merged.rowOfId.get(mark.id);
      const c = col.get(mark.column);
      if (r === undefined || c === undefined) continue;
      const cell = ws.getRow(r + 2).getCell(c);
      cell.fill = { type: "pattern", pattern: "solid", fgColor: { argb: DISPUTED_FILL } };
      cell.note = mark.note;
    }
  }
  await wb.xlsx.writeFile(path);
  return { added, kept };
}
