// Article text kept in a hidden tab, chunked under the cell limit, so that a re-analysis needs
// no refetch and the whole ledger travels with the file. One read and one write per batch.
import { TEXT_CHUNK, TEXT_COLUMNS, TEXT_TAB } from "../core/ledger/schema";
import { toSheetValue } from "./sheetTables";
import type { SheetLike, SpreadsheetLike } from "./types";

function textTab(ss: SpreadsheetLike): SheetLike {
  const existing = ss.getSheetByName(TEXT_TAB);
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

/** Every stored text, by source id. */
export function readTexts(ss: SpreadsheetLike): Map<string, string> {
  const sheet = ss.getSheetByName(TEXT_TAB);
  const texts = new Map<string, string>();
  if (!sheet || sheet.getLastRow() < 2) return texts;
  const rows = sheet.getRange(2, 1, sheet.getLastRow() - 1, 3).getValues();
  const parts = new Map<string, [number, string][]>();
  for (const [id, part, text] of rows) {
    const key = String(id);
    if (!key) continue;
    parts.set(key, [...(parts.get(key) ?? []), [Number(part), String(text)]]);
  }
  for (const [id, ps] of parts)
    texts.set(
      id,
      ps
        .sort((a, b) => a[0] - b[0])
        .map((p) => p[1])
        .join(""),
    );
  return texts;
}

/** Appends the texts of new sources (ids not stored yet) in one write. */
export function appendTexts(ss: SpreadsheetLike, texts: Map<string, string>): number {
  const sheet = textTab(ss);
  const stored = readTexts(ss);
  const rows: string[][] = [];
  for (const [id, text] of texts) {
    if (stored.has(id)) continue;
    chunkText(text).forEach((chunk, i) => rows.push([id, String(i + 1), chunk]));
  }
  if (rows.length === 0) return 0;
  sheet.getRange(sheet.getLastRow() + 1, 1, rows.length, 3).setValues(rows.map((r) => r.map(toSheetValue)));
  return rows.length;
}
