// The tabs of the ledger and their columns. Machine columns are rewritten on every run; people's
// columns are never touched once a row exists. Writers find columns by header name.

export type TabName = "Sources" | "Actors" | "Events" | "Claims" | "Conflicts";

export interface ColumnSpec {
  header: string;
  /** A people's column: filled by collaborators, never written by the add-on after creation. */
  people?: boolean;
  /** Display width in pixels (Sheets) or characters/7 (xlsx). */
  width?: number;
}

/**
 * Columns as "Header:width" separated by commas: the machine's, then the people's (which come
 * last in every tab, so that the add-on's columns stay together).
 */
function columns(machine: string, people = ""): ColumnSpec[] {
  const specs = (list: string, ofPeople: boolean): ColumnSpec[] =>
    list
      .split(",")
      .filter((c) => c.trim())
      .map((c) => {
        const [header = "", width] = c.trim().split(":");
        return ofPeople ? { header, people: true, width: Number(width) } : { header, width: Number(width) };
      });
  return [...specs(machine, false), ...specs(people, true)];
}

export const TAB_COLUMNS: Record<TabName, ColumnSpec[]> = {
  Sources: columns(
    "ID:90, Title:260, Outlet:140, URL or file:200, Published:100, Author:140, Imported at:150, " +
      "Words:70, Status:90, Error:220, Content hash:130, Version:150",
    "Reliability:120, Notes:220",
  ),
  Actors: columns(
    "ID:90, Name:180, Type:100, Role/title:180, Affiliation:160, Aliases:220, Sources:160, " +
      "Mentions:80, Evidence:360",
    "Verified:90, Notes:220",
  ),
  Events: columns(
    "ID:90, Type:100, Summary:320, Date:100, Date end:100, Place:140, Participants:220, Figures:220, " +
      "Sources:160, Evidence:360, Disputed:160",
    "Status:100, Notes:220",
  ),
  Claims: columns(
    "ID:90, Claimer:160, Stance:80, Claim:320, Quote:240, Via:120, Source:90, Evidence:360, About:90",
    "Status:100, Checked by:120, Notes:220",
  ),
  Conflicts: columns(
    "ID:90, Subject:200, Attribute:110, Kind:90, Values (per source):320, Label:160, Severity:80, " +
      "Explanation:400, Conservative value:140, Sources:160",
    "Status:110, Resolution:200, Notes:220",
  ),
};

export const TAB_ORDER: TabName[] = ["Sources", "Actors", "Events", "Claims", "Conflicts"];

/** Values a people's Status column of Conflicts may take. */
export const CONFLICT_STATUSES = ["open", "confirmed", "dismissed", "resolved"];

/** The hidden tab that keeps each article's text, so a re-analysis needs no refetch. */
export const TEXT_TAB = "_corroborate_text";
export const TEXT_COLUMNS = ["Source ID", "Part", "Text"];
/** Sheets refuses a cell over 50,000 characters; chunks stay well under it. */
export const TEXT_CHUNK = 45_000;

/**
 * Bumped when the column layout changes, so an older ledger can be migrated in place (see
 * migrate.ts). 1: the first layout; 2: Sources gained "Version".
 */
export const LAYOUT_VERSION = 2;

/** Sheets refuses a cell longer than this; xlsx (Excel) stops at 32,767. */
export const SHEETS_CELL_LIMIT = 50_000;
export const XLSX_CELL_LIMIT = 32_767;

/** One row per batch of every run (import, re-analysis, cancel): who, when, what, what failed. */
export const JOURNAL_TAB = "Journal";
export const JOURNAL_COLUMNS = columns(
  "When:150, Who:180, Action:100, Run:140, Batch:60, Items:60, Imported:75, Duplicates:85, " +
    "Failed:60, Sources:320, Failures:320, Result:360",
);

/** The hidden tab that holds the items of a running import until a batch has taken them. */
export const QUEUE_TAB = "_corroborate_queue";
export const QUEUE_COLUMNS = ["Run", "Item", "Part", "Kind", "Hints", "Input"];

export function machineHeaders(tab: TabName): string[] {
  return TAB_COLUMNS[tab].filter((c) => !c.people).map((c) => c.header);
}

export function peopleHeaders(tab: TabName): string[] {
  return TAB_COLUMNS[tab].filter((c) => c.people).map((c) => c.header);
}
