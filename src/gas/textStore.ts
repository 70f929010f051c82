// Article text kept in a hidden tab, chunked under the cell limit, so that a re-analysis needs
// no refetch and the whole ledger travels with the file. One read and one write per batch.
import { TEXT_CHUNK, TEXT_COLUMNS, TEXT_TAB } from "../core/ledger/schema";
import { groupByKey } from "../core/lists";
import { sheetValues } from "./sheetTables";
import type { SheetLike, SpreadsheetLike } from "./types";

function textTab(ss: SpreadsheetLike, existing: SheetLike | null): SheetLike {
  if (existing) return existing;
  const sheet = ss.insertSheet(TEXT_TAB);
  sheet.getRange(1, 1, 1, TEXT_COLUMNS.length).setValues([TEXT_COLUMNS]);
  sheet.setFrozenRows(1);
  sheet.hideSheet();
  return sheet;
}

export function chunkText(text: string, size = TEXT_CHUNK): string[] {
  const parts: string[] = [];
  for (let i = 0; i < text.length; i += size) parts.push(text.slice(i, i + size));
  return parts.length ? parts : [""];
}

export interface TextStore {
  sheet: SheetLike | null;
  lastRow: number;
  /** Every stored text, by source id. */
  texts: Map<string, string>;
}

/** Every stored text, in one read. */
export function readTextStore(ss: SpreadsheetLike): TextStore {
  const sheet = ss.getSheetByName(TEXT_TAB);
  const texts = new Map<string, string>();
  const lastRow = sheet ? sheet.getLastRow() : 0;
  if (!sheet || lastRow < 2) return { sheet, lastRow, texts };
  const rows = sheet.getRange(2, 1, lastRow - 1, 3).getValues();
  const parts = groupByKey(
    rows.filter(([id]) => String(id)),
    ([id]) => String(id),
  );
  for (const [id, ps] of parts)
    texts.set(
      id,
      ps
        .map(([, part, text]) => [Number(part), String(text)] as const)
        .sort((a, b) => a[0] - b[0])
        .map((p) => p[1])
        .join(""),
    );
  return { sheet, lastRow, texts };
}

export const readTexts = (ss: SpreadsheetLike): Map<string, string> => readTextStore(ss).texts;

/** The rows that store the texts of new sources (ids not stored yet). */
export function planTextAppend(store: TextStore, texts: Map<string, string>): string[][] {
  const rows: string[][] = [];
  for (const [id, text] of texts) {
    if (store.texts.has(id)) continue;
    chunkText(text).forEach((chunk, i) => rows.push([id, String(i + 1), chunk]));
  }
  return rows;
}

/** Appends planned rows in one write. */
export function applyTextAppend(ss: SpreadsheetLike, store: TextStore, rows: string[][]): number {
  if (rows.length === 0) return 0;
  const sheet = textTab(ss, store.sheet);
  const first = Math.max(store.lastRow, 1) + 1;
  sheet.getRange(first, 1, rows.length, 3).setValues(sheetValues(rows));
  return rows.length;
}

/** Appends the texts of new sources in one write (read, plan and write at once). */
export function appendTexts(ss: SpreadsheetLike, texts: Map<string, string>): number {
  const store = readTextStore(ss);
  return applyTextAppend(ss, store, planTextAppend(store, texts));
}
