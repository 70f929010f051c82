// Bringing a ledger written with an earlier column layout up to LAYOUT_VERSION, in place. The
// version lives in the document (Document properties for the sheet, a hidden sheet for the xlsx);
// each step looks at the headers themselves, so a step never runs twice on one tab even when the
// stored version is missing (a copied spreadsheet) or behind. Steps only add or move headers with
// their whole column, so nobody's cell is ever lost or shifted away from its row.
import { headerIndex, headerKey } from "./merge";
import { LAYOUT_VERSION, type TabName } from "./schema";

/** Insert an empty column at 0-based index `at` of `tab`, with `header` in its first cell. */
export interface InsertColumn {
  tab: TabName;
  header: string;
  at: number;
}

interface LayoutStep {
  version: number;
  what: string;
  /** The insertions this step needs, given the tab's current headers (mutated to match). */
  plan(headers: Partial<Record<TabName, string[]>>): InsertColumn[];
}

/** A machine column added after `after` (or at the end when a person removed `after`). */
function addColumn(tab: TabName, header: string, after: string): LayoutStep["plan"] {
  return (all) => {
    const headers = all[tab];
    if (!headers) return [];
    const index = headerIndex(headers);
    if (index.has(headerKey(header))) return [];
    const prev = index.get(headerKey(after));
    const at = prev === undefined ? headers.length : prev + 1;
    headers.splice(at, 0, header);
    return [{ tab, header, at }];
  };
}

const STEPS: LayoutStep[] = [
  {
    version: 2,
    what: 'Sources: a "Version" column after "Content hash"',
    plan: addColumn("Sources", "Version", "Content hash"),
  },
];

export interface MigrationPlan {
  from: number;
  to: number;
  inserts: InsertColumn[];
  /** What each step that changed something did, for the journal. */
  done: string[];
}

/**
 * The insertions that bring tabs with these headers from layout `stored` (null: unknown) to
 * LAYOUT_VERSION. Tabs that do not exist yet need nothing: they are created in the new layout.
 */
export function planMigration(
  stored: number | null,
  headers: Partial<Record<TabName, string[]>>,
): MigrationPlan {
  const from = stored ?? 1;
  const work: Partial<Record<TabName, string[]>> = {};
  for (const [tab, h] of Object.entries(headers) as [TabName, string[]][]) work[tab] = [...h];
  const inserts: InsertColumn[] = [];
  const done: string[] = [];
  for (const step of STEPS) {
    if (step.version <= from) continue;
    const ops = step.plan(work);
    if (ops.length) done.push(step.what);
    inserts.push(...ops);
  }
  return { from, to: LAYOUT_VERSION, inserts, done };
}

/** Whether the stored version says there may be something to migrate. */
export const needsMigration = (stored: number | null): boolean => stored === null || stored < LAYOUT_VERSION;
