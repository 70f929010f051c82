// The ledger as an .xlsx workbook with the same tabs and columns as the sheet. An existing
// workbook is opened and changed in place, with the same core code the add-on uses on the sheet
// (layout migration, merge by id, people's dismissals): machine cells of the rows this run
// produced are rewritten, new rows appended, and everything else (people's columns, rows and
// sheets they added, their formulas and colours) is left as it was.
import ExcelJS from "exceljs";
import { existsSync } from "node:fs";
import { fitText } from "../core/ledger/cells";
import { headerIndex, headerKey, mergeRows, type Grid, type StoredCell } from "../core/ledger/merge";
import { planMigration, needsMigration } from "../core/ledger/migrate";
import {
  JOURNAL_COLUMNS,
  JOURNAL_TAB,
  LAYOUT_VERSION,
  TAB_COLUMNS,
  TAB_ORDER,
  XLSX_CELL_LIMIT,
  type ColumnSpec,
  type TabName,
} from "../core/ledger/schema";
import type { RowValues, TableData } from "../core/ledger/tables";

const HEADER_FILL = "FFE8EAED";
const PEOPLE_FILL = "FFFFF2CC";
const DISPUTED_FILL = "FFF4CCCC";
/** A hidden sheet that records the layout version, as Document properties do for the sheet. */
export const META_SHEET = "_corroborate";
const LAYOUT_KEY = "layoutVersion";

function cellText(v: ExcelJS.CellValue): StoredCell {
  if (v === null || v === undefined) return "";
  if (typeof v === "number" || typeof v === "string" || typeof v === "boolean") return v;
  if (v instanceof Date) return v;
  if (typeof v === "object" && "richText" in v) return v.richText.map((r) => r.text).join("");
  if (typeof v === "object" && "result" in v) return cellText((v.result ?? "") as ExcelJS.CellValue);
  if (typeof v === "object" && "formula" in v) return "";
  if (typeof v === "object" && "text" in v) return String(v.text);
  return String(v);
}

/** The workbook at `path`, or a new one. */
export async function openWorkbook(path: string): Promise<ExcelJS.Workbook> {
  const wb = new ExcelJS.Workbook();
  if (existsSync(path)) await wb.xlsx.readFile(path);
  wb.creator ||= "Corroborate";
  return wb;
}

/** Header row and data rows (trailing empty rows left out), keeping each row's position. */
export function readGrid(ws: ExcelJS.Worksheet): Grid {
  const width = ws.columnCount;
  const headers: string[] = [];
  for (let c = 1; c <= width; c++) headers.push(String(cellText(ws.getRow(1).getCell(c).value)));
  const rows: StoredCell[][] = [];
  let last = 0;
  for (let r = 2; r <= ws.rowCount; r++) {
    const row = ws.getRow(r);
    const values = headers.map((_, c) => cellText(row.getCell(c + 1).value));
    rows.push(values);
    if (values.some((v) => v !== "")) last = rows.length;
  }
  return { headers, rows: rows.slice(0, last) };
}

function storedLayout(wb: ExcelJS.Workbook): number | null {
  const meta = wb.getWorksheet(META_SHEET);
  const v = Number(meta?.getRow(1).getCell(2).value);
  return meta && Number.isInteger(v) && v > 0 ? v : null;
}

function styleHeader(ws: ExcelJS.Worksheet, column: number, spec: ColumnSpec): void {
  const cell = ws.getRow(1).getCell(column);
  cell.value = spec.header;
  restyle(cell, {
    font: { bold: true, italic: Boolean(spec.people) },
    fill: { type: "pattern", pattern: "solid", fgColor: { argb: spec.people ? PEOPLE_FILL : HEADER_FILL } },
  });
  ws.getColumn(column).width = Math.round((spec.width ?? 120) / 7);
}

/** Brings an older workbook's tabs to the current layout in place; returns what was done. */
export function migrateWorkbook(wb: ExcelJS.Workbook): string[] {
  const stored = storedLayout(wb);
  if (!needsMigration(stored)) return [];
  const headers: Partial<Record<TabName, string[]>> = {};
  for (const tab of TAB_ORDER) {
    const ws = wb.getWorksheet(tab);
    if (ws && ws.columnCount > 0) headers[tab] = readGrid(ws).headers;
  }
  const plan = planMigration(stored, headers);
  for (const insert of plan.inserts) {
    const ws = wb.getWorksheet(insert.tab) as ExcelJS.Worksheet;
    ws.spliceColumns(insert.at + 1, 0, []);
    styleHeader(
      ws,
      insert.at + 1,
      TAB_COLUMNS[insert.tab].find((c) => c.header === insert.header) as ColumnSpec,
    );
  }
  return plan.done;
}

/** Records the current layout version in the hidden meta sheet (added last, after the tabs). */
export function recordLayout(wb: ExcelJS.Workbook): void {
  const meta = wb.getWorksheet(META_SHEET) ?? wb.addWorksheet(META_SHEET, { state: "hidden" });
  meta.getRow(1).getCell(1).value = LAYOUT_KEY;
  meta.getRow(1).getCell(2).value = LAYOUT_VERSION;
}

function sheetFor(wb: ExcelJS.Workbook, name: string): ExcelJS.Worksheet {
  return wb.getWorksheet(name) ?? wb.addWorksheet(name, { views: [{ state: "frozen", ySplit: 1 }] });
}

const xlsxValue = (v: StoredCell): ExcelJS.CellValue =>
  v === "" ? null : typeof v === "string" ? fitText(v, XLSX_CELL_LIMIT) : v;

const isDisputedFill = (cell: ExcelJS.Cell): boolean =>
  cell.fill?.type === "pattern" && (cell.fill as ExcelJS.FillPattern).fgColor?.argb === DISPUTED_FILL;

/**
 * Changes one cell's style only. ExcelJS reads cells of one style as sharing one style object, so
 * setting `cell.fill` on one would colour every cell that shared it.
 */
function restyle(cell: ExcelJS.Cell, patch: Partial<ExcelJS.Style>): void {
  cell.style = { ...cell.style, ...patch };
}

/** ExcelJS has no public way to remove a note; an undefined comment is what "no note" is inside it. */
function clearNote(cell: ExcelJS.Cell): void {
  (cell as unknown as { _comment?: unknown })._comment = undefined;
}

/** Merges one table into its sheet in place; returns rows added and earlier rows left as they were. */
export function writeTableSheet(wb: ExcelJS.Workbook, data: TableData): { added: number; kept: number } {
  const columns = TAB_COLUMNS[data.tab];
  const ws = sheetFor(wb, data.tab);
  const existing = readGrid(ws);
  const merged = mergeRows(existing, data.rows, columns);
  merged.appended.forEach((h, i) =>
    styleHeader(ws, existing.headers.length + i + 1, columns.find((c) => c.header === h) as ColumnSpec),
  );
  const col = new Map(merged.headers.map((h, i) => [h, i + 1]));
  const machine = columns.filter((c) => !c.people).map((c) => col.get(c.header) as number);
  for (const r of merged.rowOfId.values()) {
    const row = ws.getRow(r + 2);
    const values = merged.rows[r] as StoredCell[];
    for (const c of machine) {
      const cell = row.getCell(c);
      cell.value = xlsxValue(values[c - 1] ?? "");
      restyle(cell, { alignment: { vertical: "top", wrapText: true } });
      if (isDisputedFill(cell)) {
        restyle(cell, { fill: { type: "pattern", pattern: "none" } });
        clearNote(cell);
      }
    }
  }
  for (const mark of data.marks) {
    const r = merged.rowOfId.get(mark.id);
    const c = col.get(mark.column);
    if (r === undefined || c === undefined) continue;
    const cell = ws.getRow(r + 2).getCell(c);
    restyle(cell, { fill: { type: "pattern", pattern: "solid", fgColor: { argb: DISPUTED_FILL } } });
    cell.note = fitText(mark.note, XLSX_CELL_LIMIT);
  }
  return { added: merged.added, kept: merged.rows.length - merged.rowOfId.size };
}

/** The workbook's tabs as grids, for reading people's state before a run writes. */
export function readTables(wb: ExcelJS.Workbook): Partial<Record<TabName, Grid>> {
  const grids: Partial<Record<TabName, Grid>> = {};
  for (const tab of TAB_ORDER) {
    const ws = wb.getWorksheet(tab);
    if (ws) grids[tab] = readGrid(ws);
  }
  return grids;
}

/** Appends journal rows, columns placed by header name. */
export function appendJournalSheet(wb: ExcelJS.Workbook, rows: RowValues[]): void {
  const ws = sheetFor(wb, JOURNAL_TAB);
  const grid = readGrid(ws);
  const index = headerIndex(grid.headers);
  const missing = JOURNAL_COLUMNS.filter((c) => !index.has(headerKey(c.header)));
  missing.forEach((spec, i) => styleHeader(ws, grid.headers.length + i + 1, spec));
  const at = headerIndex([...grid.headers, ...missing.map((c) => c.header)]);
  rows.forEach((values, i) => {
    const row = ws.getRow(grid.rows.length + i + 2);
    for (const c of JOURNAL_COLUMNS)
      row.getCell((at.get(headerKey(c.header)) as number) + 1).value = xlsxValue(values[c.header] ?? "");
  });
}

/** Merges every table of a run into the workbook; returns rows added and earlier rows kept. */
export function writeTables(
  wb: ExcelJS.Workbook,
  tables: Record<TabName, TableData>,
): { added: number; kept: number } {
  let added = 0;
  let kept = 0;
  for (const tab of TAB_ORDER) {
    const r = writeTableSheet(wb, tables[tab]);
    added += r.added;
    kept += r.kept;
  }
  return { added, kept };
}
