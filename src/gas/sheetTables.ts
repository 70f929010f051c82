// Writes ledger tables into tabs in three steps, so that a batch can read everything, decide
// everything, and only then write (a batch writes all its tables or none):
//   readTab   one read of the whole tab (values, formulas, backgrounds, notes), no write;
//   planTable the merge (core/ledger/merge) and the exact blocks to write, no Sheets call;
//   applyPlan the writes: one setValues per run of adjacent machine columns, never per cell.
// Columns are found by header name, so a person who reorders columns or adds their own breaks
// nothing. People's cells are never written.
import { fitText } from "../core/ledger/cells";
import { mergeRows, type Grid, type StoredCell } from "../core/ledger/merge";
import { SHEETS_CELL_LIMIT, TAB_COLUMNS, type ColumnSpec } from "../core/ledger/schema";
import type { TableData } from "../core/ledger/tables";
import type { SheetLike, SpreadsheetLike } from "./types";

export const HEADER_BACKGROUND = "#e8eaed";
export const PEOPLE_HEADER_BACKGROUND = "#fff2cc";
export const DISPUTED_BACKGROUND = "#f4cccc";
/** What getBackgrounds gives for a cell nobody coloured. */
const NO_BACKGROUND = "#ffffff";

/**
 * Makes a value safe to write. setValues reads a string as if a person typed it: "=..." becomes a
 * formula (so do "+", "-" and "@" first), "2025-11-07" a date, "26" a number. A leading apostrophe
 * keeps any string as the exact text (the apostrophe is not part of the value), so every string
 * gets one. Over-long text is cut with a visible marker instead of being refused by Sheets.
 */
export function toSheetValue(v: StoredCell): StoredCell {
  if (typeof v !== "string" || v === "") return v;
  return `'${fitText(v, SHEETS_CELL_LIMIT - 1)}`;
}

/** Rows as setValues takes them, every string kept as exact text. */
export const sheetValues = (rows: StoredCell[][]): StoredCell[][] => rows.map((r) => r.map(toSheetValue));

/** The first `lastCol` cells of a tab's header row, as text. */
export const headerRow = (sheet: SheetLike, lastCol: number): string[] =>
  (sheet.getRange(1, 1, 1, lastCol).getValues()[0] ?? []).map((h) => String(h));

/** A tab as read before a batch writes anything. `sheet` is null when the tab does not exist yet. */
export interface TabRead extends Grid {
  name: string;
  sheet: SheetLike | null;
  formulas: string[][];
  backgrounds: (string | null)[][];
  notes: string[][];
}

/** The whole tab in one range: values, formulas, backgrounds and notes. */
export function readTab(ss: SpreadsheetLike, name: string): TabRead {
  const sheet = ss.getSheetByName(name);
  const empty: TabRead = { name, sheet, headers: [], rows: [], formulas: [], backgrounds: [], notes: [] };
  if (!sheet) return empty;
  const lastRow = sheet.getLastRow();
  const lastCol = sheet.getLastColumn();
  if (lastRow === 0 || lastCol === 0) return empty;
  const range = sheet.getRange(1, 1, lastRow, lastCol);
  const [headers = [], ...rows] = range.getValues() as StoredCell[][];
  const [, ...formulas] = range.getFormulas();
  const [, ...backgrounds] = range
    .getBackgrounds()
    .map((row) => row.map((b) => (b && b !== NO_BACKGROUND ? b : null)));
  const [, ...notes] = range.getNotes();
  return { ...empty, headers: headers.map((h) => String(h)), rows, formulas, backgrounds, notes };
}

interface Block {
  /** 1-based first column. */
  column: number;
  values: StoredCell[][];
  backgrounds: (string | null)[][];
  notes: string[][];
  /** Whether backgrounds or notes differ from what the tab holds (else they are not written). */
  restyled: boolean;
}

export interface TablePlan {
  name: string;
  sheet: SheetLike | null;
  /** Headers the tab lacks, written from `headerColumn` (1-based) on. */
  newHeaders: ColumnSpec[];
  headerColumn: number;
  blocks: Block[];
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
 * The writes that merge a run's rows into the tab as read. Only machine columns are written, one
 * block per run of adjacent machine columns (one block unless someone moved columns). In rows
 * this run did not produce, each cell is written back as it was (its formula, if it had one).
 * Disputed cells get a background and a note; the add-on's own earlier highlights are cleared.
 */
export function planTable(read: TabRead, data: TableData, columns = TAB_COLUMNS[data.tab]): TablePlan {
  const merged = mergeRows(read, data.rows, columns);
  const height = merged.rows.length;
  const newHeaders = merged.appended.map((h) => columns.find((c) => c.header === h) as ColumnSpec);
  const plan: TablePlan = {
    name: read.name,
    sheet: read.sheet,
    newHeaders,
    headerColumn: read.headers.length + 1,
    blocks: [],
    added: merged.added,
    updated: merged.updated,
    total: height,
  };
  if (height === 0) return plan;
  const written = new Set(merged.rowOfId.values());
  const col = new Map(merged.headers.map((h, i) => [h, i]));
  const machine = columns.filter((c) => !c.people).map((c) => col.get(c.header) as number);
  const marksAt = new Map<string, string>();
  for (const mark of data.marks) {
    const r = merged.rowOfId.get(mark.id);
    const c = col.get(mark.column);
    if (r !== undefined && c !== undefined) marksAt.set(`${r}|${c}`, mark.note);
  }
  for (const [from, to] of runsOf(machine)) {
    const block: Block = { column: from + 1, values: [], backgrounds: [], notes: [], restyled: false };
    for (let r = 0; r < height; r++) {
      const row = merged.rows[r] as StoredCell[];
      const values: StoredCell[] = [];
      const backgrounds: (string | null)[] = [];
      const notes: string[] = [];
      for (let c = from; c < to; c++) {
        const formula = written.has(r) ? "" : (read.formulas[r]?.[c] ?? "");
        values.push(formula || toSheetValue(row[c] ?? ""));
        const before = { background: read.backgrounds[r]?.[c] ?? null, note: read.notes[r]?.[c] ?? "" };
        let after = before;
        if (written.has(r) && before.background === DISPUTED_BACKGROUND)
          after = { background: null, note: "" };
        const note = marksAt.get(`${r}|${c}`);
        if (note !== undefined)
          after = { background: DISPUTED_BACKGROUND, note: fitText(note, SHEETS_CELL_LIMIT) };
        if (after.background !== before.background || after.note !== before.note) block.restyled = true;
        backgrounds.push(after.background);
        notes.push(after.note);
      }
      block.values.push(values);
      block.backgrounds.push(backgrounds);
      block.notes.push(notes);
    }
    plan.blocks.push(block);
  }
  return plan;
}

/** Writes header cells with the look of their kind: people's columns italic on another colour. */
export function writeHeaders(sheet: SheetLike, column: number, specs: ColumnSpec[]): void {
  if (specs.length === 0) return;
  const range = sheet.getRange(1, column, 1, specs.length);
  range.setValues([specs.map((c) => toSheetValue(c.header))]);
  range.setFontWeight("bold");
  range.setFontStyles([specs.map((c) => (c.people ? "italic" : "normal"))]);
  range.setBackgrounds([specs.map((c) => (c.people ? PEOPLE_HEADER_BACKGROUND : HEADER_BACKGROUND))]);
  specs.forEach((c, i) => {
    if (c.width) sheet.setColumnWidth(column + i, c.width);
  });
}

/** The tab, created (header frozen) when it does not exist yet. */
export function ensureSheet(ss: SpreadsheetLike, name: string, existing: SheetLike | null = null): SheetLike {
  const sheet = existing ?? ss.getSheetByName(name);
  if (sheet) return sheet;
  const created = ss.insertSheet(name);
  created.setFrozenRows(1);
  return created;
}

/** Performs a plan's writes. Returns the tab written. */
export function applyPlan(ss: SpreadsheetLike, plan: TablePlan): SheetLike {
  const sheet = ensureSheet(ss, plan.name, plan.sheet);
  writeHeaders(sheet, plan.headerColumn, plan.newHeaders);
  for (const block of plan.blocks) {
    const range = sheet.getRange(2, block.column, block.values.length, block.values[0]?.length ?? 0);
    range.setValues(block.values);
    if (!block.restyled) continue;
    range.setBackgrounds(block.backgrounds);
    range.setNotes(block.notes);
  }
  return sheet;
}

export interface TableWriteResult {
  added: number;
  updated: number;
  total: number;
}

/** Reads, plans and writes one table at once (for a single table outside a batch). */
export function writeTable(ss: SpreadsheetLike, data: TableData): TableWriteResult {
  const plan = planTable(readTab(ss, data.tab), data);
  applyPlan(ss, plan);
  return { added: plan.added, updated: plan.updated, total: plan.total };
}
