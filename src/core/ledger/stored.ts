// The articles a ledger already holds, rebuilt from its Sources rows and the stored texts, in the
// order they were imported (the order versions of one URL follow).
import type { Article } from "../model";
import { isoDay } from "../text/days";
import { countWords } from "../text/normalize";
import { headerIndex, headerKey, type Grid, type StoredCell } from "./merge";

/** A cell as text; a date someone typed over a Published cell comes back as YYYY-MM-DD. */
function cellString(v: StoredCell | undefined): string {
  if (v instanceof Date) return isoDay(v.getFullYear(), v.getMonth() + 1, v.getDate());
  return v === undefined || v === null ? "" : String(v).trim();
}

/** Reads a Sources row by header name, whatever the column order. */
export function sourceRowReader(headers: StoredCell[]): (row: StoredCell[]) => (header: string) => string {
  const index = headerIndex(headers.map(String));
  return (row) => (header) => {
    const c = index.get(headerKey(header));
    return c === undefined ? "" : cellString(row[c]);
  };
}

/** What a Sources row says of its article: id, address or file, title, outlet, dates, author. */
export function sourceRowFields(get: (header: string) => string): Omit<Article, "text" | "words" | "status"> {
  const a: Omit<Article, "text" | "words" | "status"> = { id: get("ID"), contentHash: get("Content hash") };
  const locator = get("URL or file");
  if (/^https?:\/\//i.test(locator)) a.url = locator;
  else if (locator) a.file = locator;
  for (const [key, header] of [
    ["title", "Title"],
    ["outlet", "Outlet"],
    ["published", "Published"],
    ["author", "Author"],
    ["importedAt", "Imported at"],
  ] as const) {
    const v = get(header);
    if (v) a[key] = v;
  }
  return a;
}

/**
 * Analysed sources (status ok, with their text) and earlier versions (superseded, text when
 * stored). Rows of failed sources, duplicates and rows people typed are left out: they are not
 * analysed, so their rows stay as they are.
 */
export function storedArticles(sources: Grid, texts: Map<string, string>): Article[] {
  const reader = sourceRowReader(sources.headers);
  const out: { a: Article; row: number }[] = [];
  sources.rows.forEach((row, i) => {
    const get = reader(row);
    const id = get("ID");
    const status = get("Status");
    const text = texts.get(id);
    if (!id || !get("Content hash")) return;
    if (!(status === "ok" && text !== undefined) && status !== "superseded") return;
    const a: Article = {
      ...sourceRowFields(get),
      text: text ?? "",
      words: text ? countWords(text) : 0,
      status: status === "ok" ? "ok" : "superseded",
    };
    out.push({ a, row: i });
  });
  // Import time first, row order for ties: people sorting the tab does not reorder versions.
  out.sort((x, y) => (x.a.importedAt ?? "").localeCompare(y.a.importedAt ?? "") || x.row - y.row);
  return out.map((x) => x.a);
}
