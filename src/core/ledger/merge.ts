// Merging a run into a tab that already holds rows, the same way for the sheet and the xlsx:
// machine columns of known ids are rewritten, people's columns are kept, rows nobody produced
// this run (typed by hand, or from an earlier run) stay as they are, new ids are appended.
import type { ColumnSpec } from "./schema";
import type { CellValue, RowValues } from "./tables";

export interface Grid {
  /** Header row as it stands in the tab, people's own extra columns included. */
  headers: string[];
  /** Data rows, each as long as `headers`. */
  rows: CellValue[][];
}

export interface MergeResult extends Grid {
  /** Index in `rows` of each id written this run. */
  rowOfId: Map<string, number>;
  added: number;
  updated: number;
}

export function mergeRows(existing: Grid, incoming: RowValues[], columns: ColumnSpec[]): MergeResult {
  const headers = [...existing.headers];
  for (const c of columns) if (!headers.includes(c.header)) headers.push(c.header);
  const col = new Map(headers.map((h, i) => [h, i]));
  const idCol = col.get("ID") ?? 0;
  const machine = columns.filter((c) => !c.people).map((c) => c.header);

  const rows = existing.rows.map((r) => {
    const copy = [...r];
    while (copy.length < headers.length) copy.push("");
    return copy;
  });
  const rowOfId = new Map<string, number>();
  rows.forEach((r, i) => {
    const id = String(r[idCol] ?? "");
    if (id && !rowOfId.has(id)) rowOfId.set(id, i);
  });

  let added = 0;
  let updated = 0;
  const written = new Map<string, number>();
  for (const values of incoming) {
    const id = String(values.ID ?? "");
    if (!id) continue;
    let index = rowOfId.get(id);
    if (index === undefined) {
      index = rows.length;
      rows.push(headers.map(() => ""));
      added++;
    } else updated++;
    const row = rows[index] as CellValue[];
    for (const h of machine) row[col.get(h) as number] = values[h] ?? "";
    rowOfId.set(id, index);
    written.set(id, index);
  }
  return { headers, rows, rowOfId: written, added, updated };
}
