// The items of a running import, as rows of a hidden tab: the raw input cut into parts under the
// cell limit, so an import of any size survives between batches without Properties' 9 KB values.
import type { ArticleHints } from "../ingest";
import { splitPastedArticles } from "../ingest/batch";
import { leadingLinks } from "../ingest/links";
import { TEXT_CHUNK } from "./schema";

/**
 * What an item is: pasted `text` (ingested as it is), a `link` (fetched by the batch that takes
 * it, all of a batch's links in one UrlFetchApp.fetchAll; a feed lists its items instead of
 * becoming an article), or a Google `doc` (read through the Docs API; `input` is its id).
 */
export type ItemKind = "text" | "link" | "doc";

/** One thing to import: raw input plus what the user (or the feed it came from) said about it. */
export interface ImportItem {
  kind: ItemKind;
  input: string;
  hints: ArticleHints;
}

const KINDS: readonly string[] = ["text", "link", "doc"];

/**
 * The items of the import box, in order. Pieces are separated by lines of `---`; in each piece the
 * lines that hold only an address are links (Google Docs recognised by their address), and what
 * follows them is a pasted article. The same address twice is fetched once.
 */
export function importItems(pasted: string): ImportItem[] {
  const items: ImportItem[] = [];
  const seen = new Set<string>();
  for (const piece of splitPastedArticles(pasted)) {
    const { links, text } = leadingLinks(piece);
    for (const link of links) {
      if (seen.has(link.url)) continue;
      seen.add(link.url);
      items.push(
        link.kind === "doc"
          ? { kind: "doc", input: link.docId as string, hints: { url: link.url } }
          : { kind: "link", input: link.url, hints: {} },
      );
    }
    if (text) items.push({ kind: "text", input: text, hints: {} });
  }
  return items;
}

/** Counts by kind, for the message that says what was queued: "2 links, 1 article". */
export function describeItems(items: ImportItem[]): string {
  const count = (k: ItemKind): number => items.filter((i) => i.kind === k).length;
  const parts: string[] = [];
  const add = (n: number, one: string, many: string): void => {
    if (n) parts.push(`${n} ${n === 1 ? one : many}`);
  };
  add(count("text"), "pasted article", "pasted articles");
  add(count("link"), "link", "links");
  add(count("doc"), "Google Doc", "Google Docs");
  return parts.join(", ");
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

/** A kind this version does not know (a queue left by a newer one) is read as pasted text. */
const toKind = (k: string): ItemKind => (KINDS.includes(k) ? (k as ItemKind) : "text");

/** The items of `job`, in order, from rows as read (other jobs' leftovers are ignored). */
export function readQueue(rows: unknown[][], job: string): QueuedItem[] {
  const out: QueuedItem[] = [];
  let current: {
    no: number;
    parts: string[];
    first: number;
    last: number;
    kind: string;
    hints: string;
  } | null = null;
  const flush = (): void => {
    if (!current) return;
    let hints: ArticleHints = {};
    try {
      hints = JSON.parse(current.hints || "{}") as ArticleHints;
    } catch {
      hints = {};
    }
    out.push({
      item: { kind: toKind(current.kind), input: current.parts.join(""), hints },
      rows: [current.first, current.last + 1],
    });
    current = null;
  };
  rows.forEach((r, i) => {
    if (String(r[0]) !== job) return;
    const no = Number(r[1]);
    if (!current || current.no !== no) {
      flush();
      current = { no, parts: [], first: i, last: i, kind: String(r[3] ?? ""), hints: String(r[4] ?? "") };
    }
    current.parts.push(String(r[5] ?? ""));
    current.last = i;
  });
  flush();
  return out;
}
