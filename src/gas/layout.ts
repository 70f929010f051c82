// Migrates an older ledger's column layout in place (core/ledger/migrate) and records the layout
// version in the document's properties, where the next run finds it without reading any tab.
import { planMigration, needsMigration } from "../core/ledger/migrate";
import { TAB_COLUMNS, TAB_ORDER, type ColumnSpec, type TabName } from "../core/ledger/schema";
import { headerRow, writeHeaders } from "./sheetTables";
import type { PropertiesLike, SheetLike, SpreadsheetLike } from "./types";

export const LAYOUT_KEY = "corroborate.layoutVersion";

export function storedLayout(props: PropertiesLike): number | null {
  const v = Number(props.getProperty(LAYOUT_KEY));
  return Number.isInteger(v) && v > 0 ? v : null;
}

/** Brings every tab to the current layout; returns what was done (nothing when up to date). */
export function migrateLayout(ss: SpreadsheetLike, props: PropertiesLike): string[] {
  const stored = storedLayout(props);
  if (!needsMigration(stored)) return [];
  const sheets: Partial<Record<TabName, SheetLike>> = {};
  const headers: Partial<Record<TabName, string[]>> = {};
  for (const tab of TAB_ORDER) {
    const sheet = ss.getSheetByName(tab);
    const lastCol = sheet ? sheet.getLastColumn() : 0;
    if (!sheet || lastCol === 0) continue;
    sheets[tab] = sheet;
    headers[tab] = headerRow(sheet, lastCol);
  }
  const plan = planMigration(stored, headers);
  for (const insert of plan.inserts) {
    const sheet = sheets[insert.tab] as SheetLike;
    sheet.insertColumnAfter(insert.at);
    const spec = TAB_COLUMNS[insert.tab].find((c) => c.header === insert.header) as ColumnSpec;
    writeHeaders(sheet, insert.at + 1, [spec]);
  }
  props.setProperty(LAYOUT_KEY, String(plan.to));
  return plan.done;
}
