// The items of a running import, as rows of a hidden tab: the raw input cut into parts under the
// cell limit, so an import of any size survives between batches without Properties' 9 KB values.
import type { ArticleHints } from "../ingest";
import { TEXT_CHUNK } from "./schema";

/**
 * One thing to import: raw input plus what the user said about it. Only pasted text today. A URL,
 * a feed or a Google Doc link would be another kind, fetched (UrlFetchApp.fetchAll, all at once)
 * by the batch that takes it, before ingest; the queue and the batches stay as they are.
 */
export interface ImportItem {
  kind: "text";
  input: string;
  hints: ArticleHints;
}

export type QueueRow = [job: string, item: number, part: number, kind: string, hints: string, input: string];

export function queueRows(job: string, items: ImportItem[], firstItem = 1): QueueRow[] {
  const rows: QueueRow[] = [];
  items.forEach((item, i) => {
    const hints = JSON.stringify(item.hints);
    const parts = item.input.length ? Math.ceil(item.input.length / TEXT_CHUNK) : 1;
    for (let p = 0; p < parts; p++)
      rows.push([
        job,
        firstItem + i,
        p + 1,
        item.kind,
        hints,
        item.input.slice(p * TEXT_CHUNK, (p + 1) * TEXT_CHUNK),
      ]);
  });
  return rows;
}

export interface QueuedItem {
  item: ImportItem;
  /** 0-based index of its first and one past its last row among the rows read. */
  rows: [number, number];
}

/** The items of `job`, in order, from rows as read (other jobs' leftovers are ignored). */
export function readQueue(rows: unknown[][], job: string): QueuedItem[] {
  const out: QueuedItem[] = [];
  let current: { no: number; parts: string[]; first: number; last: number; hints: string } | null = null;
  const flush = (): void => {
    if (!current) return;
    let hints: ArticleHints = {};
    try {
      hints = JSON.parse(current.hints || "{}") as ArticleHints;
    } catch {
      hints = {};
    }
    out.push({
      item: { kind: "text", input: current.parts.join(""), hints },
      rows: [current.first, current.last + 1],
    });
    current = null;
  };
  rows.forEach((r, i) => {
    if (String(r[0]) !== job) return;
    const no = Number(r[1]);
    if (!current || current.no !== no) {
      flush();
      current = { no, parts: [], first: i, last: i, hints: String(r[4] ?? "") };
    }
    current.parts.push(String(r[5] ?? ""));
    current.last = i;
  });
  flush();
  return out;
}
