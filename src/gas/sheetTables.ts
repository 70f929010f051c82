// Writes ledger tables into tabs. Each table is read once and written once (getValues /
// setValues over the whole block), never cell by cell. Columns are found by header name, so a
// person who reorders columns or adds their own breaks nothing.
import { mergeRows, type Grid } from "../core/ledger/merge";
import { TAB_COLUMNS, type TabName } from "../core/ledger/schema";
import type { CellValue, TableData } from "../core/ledger/tables";
import type { SheetLike, SpreadsheetLike } from "./types";

export const HEADER_BACKGROUND = "#e8eaed";
export const PEOPLE_HEADER_BACKGROUND = "#fff2cc";
export const DISPUTED_BACKGROUND = "#f4cccc";
/** Sheets refuses a cell longer than this. */
export const CELL_LIMIT = 50_000;

/**
 * Makes a value safe to write. setValues reads a string as if a person typed it: "=..." becomes a
 * formula, "2025-11-07" a date, "26" a number. A leading apostrophe keeps any string as the exact
 * text (the apostrophe is not part of the value), so every string gets one. Over-long text is cut
 * with a visible marker instead of being refused by Sheets mid-batch.
 */
export function toSheetValue(v: CellValue): CellValue {
  if (typeof v !== "string" || v === "") return v;
  let s = v;
  if (s.length > CELL_LIMIT - 100) {
    const cut = s.length - (CELL_LIMIT - 100);
    s = `${s.slice(0, CELL_LIMIT - 100)}... [cut: ${cut} more characters]`;
  }
  return `'${s}`;
}

/** Returns the tab, creating it with a formatted, frozen header when it is missing. */
export function ensureTab(ss: SpreadsheetLike, tab: TabName): SheetLike {
  const existing = ss.getSheetByName(tab);
  if (existing) return existing;
  const sheet = ss.insertSheet(tab);
  const columns = TAB_COLUMNS[tab];
  const header = sheet.getRange(1, 1, 1, columns.length);
  header.setValues([columns.map((c) => c.header)]);
  header.setFontWeight("bold");
  header.setBackgrounds([columns.map((c) => (c.people ? PEOPLE_HEADER_BACKGROUND : HEADER_BACKGROUND))]);
  sheet.setFrozenRows(1);
  columns.forEach((c, i) => {
    if (c.people) sheet.getRange(1, i + 1, 1, 1).setFontStyle("italic");
    if (c.width) sheet.setColumnWidth(i + 1, c.width);
  });
  return sheet;
}

/** The whole tab as a grid, in one read, with the formulas of cells that hold one. */
export function readGrid(sheet: SheetLike): Grid & { formulas: string[][] } {
  const lastRow = sheet.getLastRow();
  const lastCol = sheet.getLastColumn();
  if (lastRow === 0 || lastCol === 0) return { headers: [], rows: [], formulas: [] };
  const range = sheet.getRange(1, 1, lastRow, lastCol);
  const values = range.getValues() as CellValue[][];
  const [, ...formulas] = range.getFormulas();
  const [headers = [], ...rows] = values;
  return { headers: headers.map((h) => String(h)), rows, formulas };
}

export interface TableWriteResult {
  added: number;
  updated: number;
  total: number;
}

/** Runs of adjacent column indices: [0,1,2,5,6] -> [[0,3],[5,7]] as [start, end). */
function runsOf(indices: number[]): [number, number][] {
  const sorted = [...indices].sort((a, b) => a - b);
  const runs: [number, number][] = [];
  for (const i of sorted) {
    const last = runs[runs.length - 1];
    if (last && last[1] === i) last[1] = i + 1;
    else runs.push([i, i + 1]);
  }
  return runs;
}

/**
 * Merges a run's rows into the tab. Only machine columns are written, one block per run of
 * adjacent machine columns (one block unless someone moved columns), so people's cells are
 * never touched. In rows this run did not produce, a cell's formula is written back as it was.
 * Disputed cells get a background and a note; the add-on's own earlier highlights are cleared.
 */
export function writeTable(ss: SpreadsheetLike, data: TableData): TableWriteResult {
  const sheet = ensureTab(ss, data.tab);
  const columns = TAB_COLUMNS[data.tab];
  const existing = readGrid(sheet);
  const merged = mergeRows(existing, data.rows, columns);
  const height = merged.rows.length;
  if (merged.headers.length !== existing.headers.length) {
    sheet.getRange(1, 1, 1, merged.headers.length).setValues([merged.headers]);
  }
  if (height === 0) return { added: 0, updated: 0, total: 0 };
  const written = new Set(merged.rowOfId.values());
  const col = new Map(merged.headers.map((h, i) => [h, i]));
  const machine = columns.filter((c) => !c.people).map((c) => col.get(c.header) as number);

  for (const [from, to] of runsOf(machine)) {
    const block = sheet.getRange(2, from + 1, height, to - from);
    block.setValues(
      merged.rows.map((row, r) =>
        row.slice(from, to).map((v, k) => {
          const formula = written.has(r) ? "" : (existing.formulas[r]?.[from + k] ?? "");
          return formula || toSheetValue(v);
        }),
      ),
    );
    const backgrounds = block.getBackgrounds() as (string | null)[][];
    const notes = block.getNotes() as (string | null)[][];
    for (const r of written) {
      for (let c = 0; c < to - from; c++) {
        if (backgrounds[r]?.[c] === DISPUTED_BACKGROUND) {
          (backgrounds[r] as (string | null)[])[c] = null;
          (notes[r] as (string | null)[])[c] = "";
        }
      }
    }
    for (const mark of data.marks) {
      const r = merged.rowOfId.get(mark.id);
      const c = col.get(mark.column);
      if (r === undefined || c === undefined || c < from || c >= to) continue;
      (backgrounds[r] as (string | null)[])[c - from] = DISPUTED_BACKGROUND;
      (notes[r] as (string | null)[])[c - from] = mark.note;
    }
    block.setBackgrounds(backgrounds);
    block.setNotes(notes);
  }
  return { added: merged.added, updated: merged.updated, total: height };
}
