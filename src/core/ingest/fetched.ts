// What came back from fetching a link -> an article, a feed to list, or a failure with a message
// a journalist can act on. Pure: the Apps Script side fetches (UrlFetchApp with
// muteHttpExceptions) and hands the outcome here; tests hand it fixtures. A page is read by
// `ingestArticle`, the very function that reads a saved .html file in the local runner.
import type { Article } from "../model";
import { hashHex, shortId } from "../text/hash";
import { looksLikeHtml } from "./html";
import { ingestArticle, type ArticleHints } from "./index";
import { siteDomain } from "./url";

export interface FetchOutcome {
  /** The address the user gave. */
  url: string;
  /** The address after redirects, when the fetcher knows it. */
  finalUrl?: string;
  /** HTTP status; absent when no response came back. */
  status?: number;
  /** Response headers, any case (UrlFetchApp's getHeaders() or getAllHeaders()). */
  headers?: Record<string, string | string[]>;
  /** The body decoded as text, with the charset from `detectCharset`. */
  body?: string;
  /** Why no response came back: timeout, unknown host, refused connection. */
  error?: string;
}

export type FetchFailure =
  "network" | "not-found" | "forbidden" | "rate-limited" | "server" | "http" | "not-html" | "unreadable";

export type FetchedPage =
  | { kind: "article"; article: Article }
  /** An RSS or Atom document: parse it (XmlService) and list its items with `readFeed`. */
  | { kind: "feed"; url: string; xml: string }
  /** `article.status` is "error" and `article.error` says why, for the Sources row. */
  | { kind: "failed"; failure: FetchFailure; article: Article };

export function headerValue(headers: FetchOutcome["headers"], name: string): string | undefined {
  if (!headers) return undefined;
  const key = Object.keys(headers).find((k) => k.toLowerCase() === name.toLowerCase());
  const v = key === undefined ? undefined : headers[key];
  return Array.isArray(v) ? v[0] : v;
}

/** Charset labels as pages write them -> the names Apps Script's getContentText() accepts. */
function canonicalCharset(label: string): string {
  const l = label
    .trim()
    .replace(/^["']|["']$/g, "")
    .toLowerCase();
  if (/^(utf-?8|unicode-1-1-utf-8)$/.test(l)) return "UTF-8";
  // Browsers read Latin-1 and ASCII labels as Windows-1252, whose curly quotes pages rely on.
  if (/^(iso-?8859-1|latin-?1|l1|(us-)?ascii|cp1252|(x-)?windows-1252|iso_8859-1)$/.test(l))
    return "windows-1252";
  return l;
}

/**
 * The charset to decode a response with: a byte-order mark, else the Content-Type header, else a
 * <meta charset> or <meta http-equiv> (or an XML declaration) in the first 1,024 bytes, else UTF-8.
 * `head` is the start of the body as bytes (UrlFetchApp's getContent(), signed) or as a string.
 */
export function detectCharset(contentType: string | undefined, head?: ArrayLike<number> | string): string {
  const text = typeof head === "string" ? head.slice(0, 1024) : bytesAsLatin1(head);
  if (text.startsWith("\u00ef\u00bb\u00bf")) return "UTF-8";
  if (text.startsWith("\u00fe\u00ff")) return "UTF-16BE";
  if (text.startsWith("\u00ff\u00fe")) return "UTF-16LE";
  const fromHeader = /charset\s*=\s*["']?([\w.:-]+)/i.exec(contentType ?? "")?.[1];
  if (fromHeader) return canonicalCharset(fromHeader);
  const fromMeta =
    /<meta[^>]+charset\s*=\s*["']?\s*([\w.:-]+)/i.exec(text)?.[1] ??
    /^\s*<\?xml[^>]+encoding\s*=\s*["']([\w.:-]+)/i.exec(text)?.[1];
  return fromMeta ? canonicalCharset(fromMeta) : "UTF-8";
}

function bytesAsLatin1(bytes?: ArrayLike<number>): string {
  if (!bytes) return "";
  let s = "";
  for (let i = 0; i < Math.min(bytes.length, 1024); i++)
    s += String.fromCharCode((bytes[i] as number) & 0xff);
  return s;
}

const FEED_TYPE = /^application\/(rss|atom|rdf)\+xml$|^(application|text)\/xml$/;
const FEED_ROOT = /^\s*(<\?xml[^>]*>\s*)?(<!--[\s\S]*?-->\s*)*<(rss|feed|rdf:RDF)[\s>]/;

/** A Content-Type's media type, lower case, without parameters. */
const mediaType = (contentType?: string): string | undefined =>
  contentType ? contentType.split(";")[0]?.trim().toLowerCase() || undefined : undefined;

function failure(outcome: FetchOutcome, kind: FetchFailure, error: string): FetchedPage {
  const url = outcome.url;
  const article: Article = {
    id: shortId("S", url),
    url,
    outlet: siteDomain(outcome.finalUrl ?? url),
    text: "",
    contentHash: hashHex(""),
    words: 0,
    status: "error",
    error,
  };
  return { kind: "failed", failure: kind, article };
}

function networkFailure(outcome: FetchOutcome): FetchedPage {
  const e = outcome.error ?? "";
  const host = siteDomain(outcome.url) ?? outcome.url;
  if (/time[d ]?\s*out/i.test(e))
    return failure(
      outcome,
      "network",
      `${host} did not answer in time (timeout). Try again later, or paste the text.`,
    );
  if (/dns|unknown host|address unavailable|not resolve|no such host/i.test(e))
    return failure(outcome, "network", `No site answers at ${host}: check the link for a typo.`);
  return failure(
    outcome,
    "network",
    `The page could not be fetched${e ? ` (${e.replace(/^Exception:\s*/, "")})` : ""}.`,
  );
}

function statusFailure(outcome: FetchOutcome, status: number): FetchedPage {
  if (status === 404 || status === 410)
    return failure(
      outcome,
      "not-found",
      `Page not found (HTTP ${status}): the link may be mistyped or the article removed.`,
    );
  if (status === 401 || status === 403 || status === 407)
    return failure(
      outcome,
      "forbidden",
      `Access refused (HTTP ${status}): the article is behind a paywall or a login, or the site refuses automated reading. Paste the text instead.`,
    );
  if (status === 429)
    return failure(
      outcome,
      "rate-limited",
      "The site is refusing requests for now (HTTP 429: too many). Try again later.",
    );
  if (status >= 500)
    return failure(
      outcome,
      "server",
      `The site had an error (HTTP ${status}). Try again later, or paste the text.`,
    );
  if (status >= 300 && status < 400) {
    const to = headerValue(outcome.headers, "location");
    return failure(
      outcome,
      "http",
      `The site redirected (HTTP ${status})${to ? ` to ${to}` : ""} and the redirect was not followed.`,
    );
  }
  return failure(outcome, "http", `The site answered HTTP ${status} instead of the page.`);
}

const KINDS: Record<string, string> = { image: "an image", video: "a video", audio: "an audio file" };

function describeType(type: string): string {
  if (type === "application/pdf") return "a PDF document";
  return KINDS[type.split("/")[0] ?? ""] ?? `a file of type ${type}`;
}

/**
 * Judges a fetch outcome. `known` is what the link came with (a feed's title, date and author for
 * it): the page's own metadata wins, these only fill what it lacks, failed links included, so a
 * Sources row for a dead link still says which story it was.
 */
export function readFetched(outcome: FetchOutcome, known: ArticleHints = {}): FetchedPage {
  const page = judge(outcome);
  if (page.kind === "feed") return page;
  const a = page.article;
  const article: Article = {
    ...a,
    title: a.title || known.title,
    published: a.published || known.published,
    author: a.author || known.author,
    outlet: a.outlet || known.outlet,
  };
  return { ...page, article };
}

function judge(outcome: FetchOutcome): FetchedPage {
  if (outcome.error !== undefined || outcome.status === undefined) return networkFailure(outcome);
  if (outcome.status < 200 || outcome.status >= 300) return statusFailure(outcome, outcome.status);
  const body = outcome.body ?? "";
  const declared = mediaType(headerValue(outcome.headers, "content-type"));
  const type =
    declared ??
    (body.startsWith("%PDF-")
      ? "application/pdf"
      : FEED_ROOT.test(body)
        ? "application/xml"
        : looksLikeHtml(body)
          ? "text/html"
          : "text/plain");
  const url = outcome.finalUrl ?? outcome.url;
  if (FEED_TYPE.test(type) && FEED_ROOT.test(body)) return { kind: "feed", url, xml: body };
  if (type !== "text/html" && type !== "application/xhtml+xml" && type !== "text/plain")
    return failure(
      outcome,
      "not-html",
      `This link is ${describeType(type)}, not a web page. Open it and paste its text instead.`,
    );
  const article = ingestArticle(body, { url });
  return article.status === "error"
    ? { kind: "failed", failure: "unreadable", article }
    : { kind: "article", article };
}
