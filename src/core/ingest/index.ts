// Raw text or HTML -> Article: clean text plus what the article says about itself.
import type { Article } from "../model";
import { hashHex, shortId } from "../text/hash";
import { countWords, normalizeText } from "../text/normalize";
import { splitSentences } from "../text/sentences";
import { findAbsoluteDate } from "./dates";
import { dropFurniture } from "./furniture";
import { looksLikeHtml, readHtml } from "./html";
import { notEnglishReason } from "./language";

export { splitPastedArticles } from "./batch";

/** What the caller already knows about an article (file name, or header lines typed by a user). */
export type ArticleHints = Partial<
  Pick<Article, "file" | "url" | "title" | "outlet" | "published" | "author">
>;

/** Longer than this, an article is refused: a book or a data dump, not a news article. */
export const MAX_ARTICLE_CHARS = 300_000;
/** A web page wraps its article in scripts, styles and markup (news pages often pass 1 MB). */
export const MAX_PAGE_CHARS = 5_000_000;
const MIN_WORDS = 5;

const HEADER_KEYS: Record<string, keyof ArticleHints> = {
  title: "title",
  headline: "title",
  outlet: "outlet",
  source: "outlet",
  publication: "outlet",
  date: "published",
  published: "published",
  updated: "published",
  url: "url",
  link: "url",
  author: "author",
  by: "author",
  byline: "author",
};

/** Reads `Key: value` header lines at the top of a pasted article; returns them and the rest. */
export function readHeaderLines(text: string): { hints: ArticleHints; body: string } {
  const lines = text.split("\n");
  const hints: ArticleHints = {};
  let i = 0;
  while (i < lines.length && !(lines[i] ?? "").trim()) i++;
  for (; i < lines.length; i++) {
    const m = /^\s*([A-Za-z]+)\s*:\s*(.+?)\s*$/.exec(lines[i] ?? "");
    const key = m ? HEADER_KEYS[(m[1] ?? "").toLowerCase()] : undefined;
    if (!m || !key) break;
    hints[key] = m[2] ?? "";
  }
  if (hints.published) hints.published = findAbsoluteDate(hints.published)?.iso ?? undefined;
  return { hints, body: lines.slice(i).join("\n") };
}

/**
 * A date line before the body: "date 2025-11-07 The talks..." (the date may share the line with
 * the first sentence) or a dateline such as "Outlet Network - City - UPDATED: October 28, 2025".
 */
function readLeadingDate(lines: string[]): { published?: string; outlet?: string; lines: string[] } {
  const out = [...lines];
  const firstIdx = out.findIndex((l) => l.trim().length > 0);
  if (firstIdx >= 0) {
    const first = out[firstIdx] ?? "";
    const m = /^\s*(?:date|dated|published|updated|posted)\s*:?\s*/i.exec(first);
    if (m) {
      const found = findAbsoluteDate(first.slice(m[0].length, m[0].length + 40));
      if (found && found.index === 0) {
        out[firstIdx] = first.slice(m[0].length + found.length).trim();
        return { published: found.iso, lines: out };
      }
    }
  }
  // A dateline in the page header area: only the first third of the lines, so that a date
  // quoted in the body is never taken for the publication date.
  const limit = Math.max(10, Math.floor(out.length / 3));
  for (let i = 0; i < Math.min(limit, out.length); i++) {
    const line = out[i] ?? "";
    const m = /\b(updated|published|posted|last modified)\b\s*(on)?\s*:?\s*/i.exec(line);
    // A dateline is a short line, not a sentence: "The audit, published on March 3, ..." stays.
    if (!m || line.length > 160 || /[.!?"']\s*$/.test(line)) continue;
    const found = findAbsoluteDate(line.slice(m.index));
    if (!found) continue;
    const prefix = line.slice(0, m.index).replace(/[\s|/-]+$/, "");
    const outlet = prefix
      .split(/\s+[-|/]\s+/)[0]
      ?.replace(/\s+(network|desk|bureau|staff|news service)$/i, "");
    out.splice(i, 1);
    return { published: found.iso, outlet: outlet && outlet.length <= 60 ? outlet : undefined, lines: out };
  }
  return { lines: out };
}

const tooLong = (text: string, limit = MAX_ARTICLE_CHARS): string =>
  `Too long to be one article: ${text.length.toLocaleString("en-US")} characters (the limit is ${limit.toLocaleString("en-US")}).`;

function looksBinary(raw: string): boolean {
  const sample = raw.slice(0, 4000);
  if (sample.includes("\u0000")) return true;
  let bad = 0;
  for (let i = 0; i < sample.length; i++) {
    const c = sample.charCodeAt(i);
    if ((c < 32 && c !== 9 && c !== 10 && c !== 13) || c === 0xfffd) bad++;
  }
  return bad > sample.length * 0.05;
}

/** A heading-like first line: short, several words, no sentence punctuation at the end. */
function titleCandidate(line: string): string | undefined {
  const t = line.trim();
  const words = t.split(/\s+/).length;
  if (words < 3 || t.length > 160 || /[.!?:;,]$/.test(t)) return undefined;
  return t;
}

/** An Article from what is known of it; its id rests on the URL, else on the text's hash. */
function articleOf(hints: ArticleHints, text: string, contentHash: string): Article {
  return {
    id: shortId("S", hints.url ?? contentHash),
    file: hints.file,
    url: hints.url,
    title: hints.title,
    outlet: hints.outlet,
    published: hints.published,
    author: hints.author,
    text,
    contentHash,
    words: countWords(text),
    status: "ok",
  };
}

function failed(hints: ArticleHints, raw: string, error: string): Article {
  return { ...articleOf(hints, "", hashHex(raw)), status: "error", error };
}

/** Turns what a user pasted or a file held into an Article. Never throws: problems become `error`. */
export function ingestArticle(raw: string, given: ArticleHints = {}): Article {
  if (!raw || !raw.trim()) return failed(given, raw ?? "", "Empty article: there is no text to analyse.");
  if (looksBinary(raw))
    return failed(given, raw, "This looks like binary content (a file that is not text), not an article.");
  const html = looksLikeHtml(raw);
  if (raw.length > (html ? MAX_PAGE_CHARS : MAX_ARTICLE_CHARS))
    return failed(given, raw.slice(0, 10_000), tooLong(raw, html ? MAX_PAGE_CHARS : MAX_ARTICLE_CHARS));

  let hints: ArticleHints = { ...given };
  let text = raw;
  if (html) {
    const page = readHtml(raw, given.url);
    text = page.text;
    hints = {
      title: page.title,
      outlet: page.outlet,
      author: page.author,
      published: page.published,
      ...stripUndefined(given),
      // The page's canonical address names the article better than the link that reached it.
      url: page.url ?? given.url,
    };
    if (page.problem) return failed(hints, raw, page.problem);
    if (text.length > MAX_ARTICLE_CHARS) {
      return failed(hints, raw.slice(0, 10_000), tooLong(text).replace(": ", ": the page's text runs to "));
    }
  }
  text = normalizeText(text);
  const header = readHeaderLines(text);
  hints = { ...stripUndefined(header.hints), ...stripUndefined(hints) };
  if (!header.body.trim()) return failed(hints, raw, "Empty article: header lines but no text to analyse.");
  const dated = readLeadingDate(header.body.split("\n"));
  hints.published ??= dated.published;
  hints.outlet ??= dated.outlet;

  const paragraphs: string[] = [];
  const seen = new Set<string>();
  for (const line of dropFurniture(dated.lines)) {
    const t = line.replace(/[ \t]+/g, " ").trim();
    if (!t) continue;
    // Publishing systems repeat the standfirst inside the body; one copy is enough.
    const key = t.toLowerCase();
    if (seen.has(key)) continue;
    seen.add(key);
    paragraphs.push(t);
  }
  if (!hints.title && paragraphs[0]) hints.title = titleCandidate(paragraphs[0]);
  const clean = paragraphs.join("\n\n");
  const base = articleOf(hints, clean, hashHex(clean));
  const words = base.words;
  if (clean.length > MAX_ARTICLE_CHARS)
    return { ...base, text: "", words: 0, status: "error", error: tooLong(clean) };
  const foreign = notEnglishReason(clean);
  if (foreign) {
    const error = `Not in English (${foreign}): Corroborate reads articles in English only.`;
    return { ...base, status: "error", error };
  }
  if (words < MIN_WORDS || splitSentences(clean).length === 0) {
    return {
      ...base,
      status: "error",
      error: "No readable sentences: nothing to analyse after page furniture was removed.",
    };
  }
  return base;
}

function stripUndefined<T extends object>(o: T): Partial<T> {
  const out: Partial<T> = {};
  for (const [k, v] of Object.entries(o))
    if (v !== undefined && v !== "") (out as Record<string, unknown>)[k] = v;
  return out;
}
