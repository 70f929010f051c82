// Appends run journal rows (core/ledger/journal) to the Journal tab: one read of its header and
// one write per batch. Columns are placed by header name, like every other tab.
import { headerIndex, headerKey, type StoredCell } from "../core/ledger/merge";
import { JOURNAL_COLUMNS, JOURNAL_TAB } from "../core/ledger/schema";
import type { RowValues } from "../core/ledger/tables";
import { ensureSheet, headerRow, toSheetValue, writeHeaders } from "./sheetTables";
import type { SheetLike, SpreadsheetLike } from "./types";

export interface JournalRead {
  sheet: SheetLike | null;
  headers: string[];
  lastRow: number;
}

export function readJournal(ss: SpreadsheetLike): JournalRead {
  const sheet = ss.getSheetByName(JOURNAL_TAB);
  if (!sheet) return { sheet, headers: [], lastRow: 0 };
  const lastRow = sheet.getLastRow();
  const lastCol = sheet.getLastColumn();
  const headers = lastRow && lastCol ? headerRow(sheet, lastCol) : [];
  return { sheet, headers, lastRow };
}

/** Appends rows under the last one; missing journal columns are added at the end first. */
export function appendJournal(ss: SpreadsheetLike, read: JournalRead, rows: RowValues[]): void {
  if (rows.length === 0) return;
  const sheet = ensureSheet(ss, JOURNAL_TAB, read.sheet);
  const index = headerIndex(read.headers);
  const missing = JOURNAL_COLUMNS.filter((c) => !index.has(headerKey(c.header)));
  writeHeaders(sheet, read.headers.length + 1, missing);
  const headers = [...read.headers, ...missing.map((c) => c.header)];
  const at = headerIndex(headers);
  const values = rows.map((row) => {
    const out: StoredCell[] = headers.map(() => "");
    for (const c of JOURNAL_COLUMNS)
      out[at.get(headerKey(c.header)) as number] = toSheetValue(row[c.header] ?? "");
    return out;
  });
  sheet.getRange(Math.max(read.lastRow, 1) + 1, 1, values.length, headers.length).setValues(values);
}
