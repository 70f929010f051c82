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

const people = (header: string, width = 120): ColumnSpec => ({ header, people: true, width });

export const TAB_COLUMNS: Record<TabName, ColumnSpec[]> = {
  Sources: [
    { header: "ID", width: 90 },
    { header: "Title", width: 260 },
    { header: "Outlet", width: 140 },
    { header: "URL or file", width: 200 },
    { header: "Published", width: 100 },
    { header: "Author", width: 140 },
    { header: "Imported at", width: 150 },
    { header: "Words", width: 70 },
    { header: "Status", width: 90 },
    { header: "Error", width: 220 },
    { header: "Content hash", width: 130 },
    { header: "Version", width: 150 },
    people("Reliability"),
    people("Notes", 220),
  ],
  Actors: [
    { header: "ID", width: 90 },
    { header: "Name", width: 180 },
    { header: "Type", width: 100 },
    { header: "Role/title", width: 180 },
    { header: "Affiliation", width: 160 },
    { header: "Aliases", width: 220 },
    { header: "Sources", width: 160 },
    { header: "Mentions", width: 80 },
    { header: "Evidence", width: 360 },
    people("Verified", 90),
    people("Notes", 220),
  ],
  Events: [
    { header: "ID", width: 90 },
    { header: "Type", width: 100 },
    { header: "Summary", width: 320 },
    { header: "Date", width: 100 },
    { header: "Date end", width: 100 },
    { header: "Place", width: 140 },
    { header: "Participants", width: 220 },
    { header: "Figures", width: 220 },
    { header: "Sources", width: 160 },
    { header: "Evidence", width: 360 },
    { header: "Disputed", width: 160 },
    people("Status", 100),
    people("Notes", 220),
  ],
  Claims: [
    { header: "ID", width: 90 },
    { header: "Claimer", width: 160 },
    { header: "Stance", width: 80 },
    { header: "Claim", width: 320 },
    { header: "Quote", width: 240 },
    { header: "Via", width: 120 },
    { header: "Source", width: 90 },
    { header: "Evidence", width: 360 },
    { header: "About", width: 90 },
    people("Status", 100),
    people("Checked by", 120),
    people("Notes", 220),
  ],
  Conflicts: [
    { header: "ID", width: 90 },
    { header: "Subject", width: 200 },
    { header: "Attribute", width: 110 },
    { header: "Kind", width: 90 },
    { header: "Values (per source)", width: 320 },
    { header: "Label", width: 160 },
    { header: "Severity", width: 80 },
    { header: "Explanation", width: 400 },
    { header: "Conservative value", width: 140 },
    { header: "Sources", width: 160 },
    people("Status", 110),
    people("Resolution", 200),
    people("Notes", 220),
  ],
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
export const JOURNAL_COLUMNS: ColumnSpec[] = [
  { header: "When", width: 150 },
  { header: "Who", width: 180 },
  { header: "Action", width: 100 },
  { header: "Run", width: 140 },
  { header: "Batch", width: 60 },
  { header: "Items", width: 60 },
  { header: "Imported", width: 75 },
  { header: "Duplicates", width: 85 },
  { header: "Failed", width: 60 },
  { header: "Sources", width: 320 },
  { header: "Failures", width: 320 },
  { header: "Result", width: 360 },
];

/** The hidden tab that holds the items of a running import until a batch has taken them. */
export const QUEUE_TAB = "_corroborate_queue";
export const QUEUE_COLUMNS = ["Run", "Item", "Part", "Kind", "Hints", "Input"];

export function machineHeaders(tab: TabName): string[] {
  return TAB_COLUMNS[tab].filter((c) => !c.people).map((c) => c.header);
}

export function peopleHeaders(tab: TabName): string[] {
  return TAB_COLUMNS[tab].filter((c) => c.people).map((c) => c.header);
}
