// People's decisions that shape what a run writes. A conflict people marked "dismissed" stays
// dismissed: its row keeps their Status (people's columns are never written) and is refreshed like
// any other, but it no longer highlights cells of Events or Actors nor shows in their Disputed
// column, so a re-run does not bring it back as news.
import type { Ledger } from "../model";
import { headerIndex, headerKey, type Grid } from "./merge";
import type { TabName } from "./schema";
import { ledgerTables, type TableData } from "./tables";

export const DISMISSED = "dismissed";

/** Ids of the rows whose Status a person set to "dismissed" (any case, any spacing). */
export function dismissedIds(grid: Grid | undefined): Set<string> {
  const ids = new Set<string>();
  if (!grid) return ids;
  const index = headerIndex(grid.headers);
  const id = index.get(headerKey("ID"));
  const status = index.get(headerKey("Status"));
  if (id === undefined || status === undefined) return ids;
  for (const row of grid.rows) {
    if (headerKey(row[status]) === DISMISSED && String(row[id] ?? "").trim()) ids.add(String(row[id]).trim());
  }
  return ids;
}

/** The run's tables with the conflicts people dismissed left out of every other tab's marks. */
export function tablesForRun(
  ledger: Ledger,
  importedAt: string,
  dismissedConflicts: Set<string>,
): Record<TabName, TableData> {
  const all = ledgerTables(ledger, importedAt);
  if (!ledger.conflicts.some((c) => dismissedConflicts.has(c.id))) return all;
  const open = ledgerTables(
    { ...ledger, conflicts: ledger.conflicts.filter((c) => !dismissedConflicts.has(c.id)) },
    importedAt,
  );
  return { ...open, Conflicts: all.Conflicts };
}
