// Merging a run into a tab that already holds rows, the same way for the sheet and the xlsx:
// machine columns of known ids are rewritten, people's columns are kept, rows nobody produced
// this run (typed by hand, or from an earlier run) stay as they are, new ids are appended.
// Columns are found by header name, so a person who reorders columns or adds their own breaks
// nothing; a header typed with other spacing or case ("status ") still counts as that column.
import type { ColumnSpec } from "./schema";
import type { CellValue, RowValues } from "./tables";

/** A cell as a spreadsheet gives it back: people may type dates and checkboxes. */
export type StoredCell = CellValue | boolean | Date;

export interface Grid {
  /** Header row as it stands in the tab, people's own extra columns included. */
  headers: string[];
  /** Data rows (each padded to the headers' length when merged). */
  rows: StoredCell[][];
}

export interface MergeResult extends Grid {
  /** Index in `rows` of each id written this run. */
  rowOfId: Map<string, number>;
  /** Headers of the spec that the tab lacked, appended at the end of `headers`. */
  appended: string[];
  added: number;
  updated: number;
}

/** The form under which two headers are the same column. */
export const headerKey = (h: unknown): string =>
  String(h ?? "")
    .replace(/\s+/g, " ")
    .trim()
    .toLowerCase();

/** Index of each header by its key; the first of two equal headers wins. */
export function headerIndex(headers: string[]): Map<string, number> {
  const index = new Map<string, number>();
  headers.forEach((h, i) => {
    const k = headerKey(h);
    if (k && !index.has(k)) index.set(k, i);
  });
  return index;
}

export function mergeRows(existing: Grid, incoming: RowValues[], columns: ColumnSpec[]): MergeResult {
  const headers = [...existing.headers];
  const appended: string[] = [];
  const index = headerIndex(headers);
  for (const c of columns) {
    if (index.has(headerKey(c.header))) continue;
    index.set(headerKey(c.header), headers.length);
    headers.push(c.header);
    appended.push(c.header);
  }
  const at = (header: string): number => index.get(headerKey(header)) as number;
  const idCol = at("ID");
  const machine = columns.filter((c) => !c.people).map((c) => [c.header, at(c.header)] as const);

  const rows = existing.rows.map((r) => {
    const copy = [...r];
    while (copy.length < headers.length) copy.push("");
    return copy;
  });
  const rowOfId = new Map<string, number>();
  rows.forEach((r, i) => {
    const id = String(r[idCol] ?? "").trim();
    if (id && !rowOfId.has(id)) rowOfId.set(id, i);
  });

  let added = 0;
  let updated = 0;
  const written = new Map<string, number>();
  for (const values of incoming) {
    const id = String(values.ID ?? "").trim();
    if (!id) continue;
    let index = rowOfId.get(id);
    if (index === undefined) {
      index = rows.length;
      rows.push(headers.map(() => ""));
      added++;
    } else if (!written.has(id)) updated++;
    const row = rows[index] as StoredCell[];
    for (const [h, c] of machine) row[c] = values[h] ?? "";
    rowOfId.set(id, index);
    written.set(id, index);
  }
  return { headers, rows, rowOfId: written, appended, added, updated };
}
