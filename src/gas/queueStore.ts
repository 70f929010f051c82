// The queue of a running import in a hidden tab (core/ledger/queue): written once when the import
// starts, read from the first untaken row by each batch, deleted when the import ends.
import { QUEUE_COLUMNS, QUEUE_TAB } from "../core/ledger/schema";
import { queueRows, readQueue, type ImportItem, type QueuedItem } from "../core/ledger/queue";
import { sheetValues } from "./sheetTables";
import type { SpreadsheetLike } from "./types";

/** Replaces whatever an earlier import left with the items of `job`, in one write. */
export function enqueue(ss: SpreadsheetLike, job: string, items: ImportItem[]): void {
  dropQueue(ss);
  const sheet = ss.insertSheet(QUEUE_TAB);
  sheet.hideSheet();
  sheet.setFrozenRows(1);
  const rows = [QUEUE_COLUMNS, ...queueRows(job, items)];
  sheet.getRange(1, 1, rows.length, QUEUE_COLUMNS.length).setValues(sheetValues(rows));
}

/**
 * Adds items at the end of a running job's queue (ticked feed items, links a batch had no time to
 * fetch), numbered on from the last item there, in one read of the last row and one write.
 */
export function appendToQueue(ss: SpreadsheetLike, job: string, items: ImportItem[]): void {
  const sheet = ss.getSheetByName(QUEUE_TAB);
  if (!sheet) throw new Error("The import queue is missing.");
  const last = sheet.getLastRow();
  const lastItem = last > 1 ? Number(sheet.getRange(last, 2, 1, 1).getValues()[0]?.[0]) || 0 : 0;
  const rows = queueRows(job, items, lastItem + 1);
  sheet.getRange(last + 1, 1, rows.length, QUEUE_COLUMNS.length).setValues(sheetValues(rows));
}

/** The items of `job` from row `fromRow` on, in one read; `rows` are relative to `fromRow`. */
export function readQueueFrom(ss: SpreadsheetLike, job: string, fromRow: number): QueuedItem[] {
  const sheet = ss.getSheetByName(QUEUE_TAB);
  const lastRow = sheet ? sheet.getLastRow() : 0;
  if (!sheet || lastRow < fromRow) return [];
  return readQueue(sheet.getRange(fromRow, 1, lastRow - fromRow + 1, QUEUE_COLUMNS.length).getValues(), job);
}

export const hasQueue = (ss: SpreadsheetLike): boolean => ss.getSheetByName(QUEUE_TAB) !== null;

export function dropQueue(ss: SpreadsheetLike): void {
  const sheet = ss.getSheetByName(QUEUE_TAB);
  if (sheet) ss.deleteSheet(sheet);
}
