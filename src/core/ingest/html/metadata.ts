// What a page says about its article, in order of trust: JSON-LD (schema.org NewsArticle and
// kin, also inside @graph arrays and lists), OpenGraph and `article:` meta tags, <title>, then
// the visible byline and dateline. The canonical URL names the article; the outlet comes from
// the publisher or site name, else from the domain.
import { isoDateIn } from "../dates";
import { parseAddress, resolveAddress, sameSite, siteDomain } from "../url";
import { classAndId, elementsOf, type HtmlElement, isInside, squash, textOf } from "./parse";

/** What a page says about its article. */
export interface ArticleMetadata {
  title?: string;
  outlet?: string;
  /** ISO dates (YYYY-MM-DD) as the page states them. */
  published?: string;
  modified?: string;
  author?: string;
  /** The article's own address: canonical, else og:url, else the address it was fetched from. */
  url?: string;
}

export interface PageMetadata extends ArticleMetadata {
  /** Marked up as not free to read (schema.org `isAccessibleForFree: false`). */
  paywalled: boolean;
  /** The visible byline and dateline elements read here: page furniture, not article text. */
  used: HtmlElement[];
}

type LdNode = Record<string, unknown>;

/** Schema.org types that are an article; news types first. */
const ARTICLE_TYPE = /^(\w*NewsArticle|LiveBlogPosting)$|^(Article|BlogPosting|Report|SocialMediaPosting)$/;

function ldNodes(all: HtmlElement[]): LdNode[] {
  const nodes: LdNode[] = [];
  const collect = (v: unknown): void => {
    if (Array.isArray(v)) v.forEach(collect);
    else if (v && typeof v === "object") {
      nodes.push(v as LdNode);
      collect((v as LdNode)["@graph"]);
    }
  };
  for (const el of all) {
    if (el.tag !== "script" || (el.attrs.type ?? "").toLowerCase() !== "application/ld+json") continue;
    // Some systems wrap the JSON in comments or CDATA markers.
    const json = textOf(el).replace(/^\s*(<!--|\/\/\s*<!\[CDATA\[)|(-->|\/\/\s*\]\]>)\s*$/g, "");
    try {
      collect(JSON.parse(json));
    } catch {
      // A broken block is skipped; the meta tags below still speak for the page.
    }
  }
  return nodes;
}

const typesOf = (n: LdNode): string[] =>
  ([] as unknown[]).concat(n["@type"] ?? []).filter((t): t is string => typeof t === "string");

const str = (v: unknown): string | undefined => (typeof v === "string" && v.trim() ? squash(v) : undefined);

const isAddress = (s: string): boolean => /^(https?:)?\/\//i.test(s);

/** Names in a JSON-LD value: a string, a Person or Organization, a reference by @id, or a list. */
function ldNames(v: unknown, byId: Map<string, LdNode>): string[] {
  if (Array.isArray(v)) return v.flatMap((x) => ldNames(x, byId));
  if (typeof v === "string") return isAddress(v) ? [] : [squash(v)];
  if (!v || typeof v !== "object") return [];
  const node = v as LdNode;
  const named = str(node.name) ?? str(byId.get(String(node["@id"]))?.name);
  return named ? [named] : [];
}

/** The article node: the first news type, else the first article type, with a headline. */
function articleNode(nodes: LdNode[]): LdNode | undefined {
  let fallback: LdNode | undefined;
  for (const n of nodes) {
    if (!str(n.headline) && !str(n.name)) continue;
    for (const t of typesOf(n)) {
      const m = ARTICLE_TYPE.exec(t);
      if (m?.[1]) return n;
      if (m) fallback ??= n;
    }
  }
  return fallback;
}

function metaTags(all: HtmlElement[]): Map<string, string> {
  const tags = new Map<string, string>();
  for (const el of all) {
    if (el.tag !== "meta") continue;
    const key = (el.attrs.property ?? el.attrs.name ?? el.attrs.itemprop ?? "").toLowerCase();
    const content = str(el.attrs.content);
    if (key && content && !tags.has(key)) tags.set(key, content);
  }
  return tags;
}

const first = (
  tags: Map<string, string>,
  keys: string[],
  ok = (_: string): boolean => true,
): string | undefined => keys.map((k) => tags.get(k)).find((v): v is string => !!v && ok(v));

/** "Title | Outlet" -> "Title": a trailing part that names the site, or a short one, goes. */
function trimSiteSuffix(title: string, outlet?: string): string {
  const parts = title.split(/\s+[|\-–—»·:]\s+/);
  if (parts.length < 2) return title;
  const last = parts[parts.length - 1] ?? "";
  const head = title.slice(0, title.length - last.length).replace(/\s+[|\-–—»·:]\s+$/, "");
  const namesSite = outlet && last.toLowerCase().includes(outlet.toLowerCase().replace(/^the /, ""));
  return namesSite || (last.split(/\s+/).length <= 4 && head.split(/\s+/).length >= 3) ? head : title;
}

const BYLINE_MARK = /by-?line|author|writer|contributor/i;
const DATELINE_MARK = /date|time|publish|posted|created|updated/i;
const BY_PREFIX = /^(?:(?:submitted|posted|written|words|reporting|story)\s+)?by\s+/i;
const NAME = /^\p{Lu}[\p{L}'’.-]*(?:\s+(?:\p{Lu}[\p{L}'’.-]*|de|van|von|der|da|al|bin|el|la|le)){0,4}$/u;

/**
 * "By Ana Ruiz and Li Wen, Staff writers" -> "Ana Ruiz, Li Wen"; undefined when no names. A byline
 * found by its shape alone must name people, each by at least two words.
 */
function namesFromByline(text: string, marked: boolean): string | undefined {
  const body = squash(text)
    .replace(BY_PREFIX, "")
    .replace(/\s+(?:on|at|·|\||-|–)\s.*$/, "");
  const names = body
    .split(/\s*(?:,|\band\b|&)\s*/)
    .map((s) => s.trim())
    .filter(Boolean);
  const people = names.filter((n) => NAME.test(n) && (marked || n.includes(" ")));
  // Marked up as a byline, one part may be a role ("Staff writer"); found by shape, none may.
  return people.length && people.length >= names.length - (marked ? 1 : 0) ? people.join(", ") : undefined;
}

interface Visible {
  author?: string;
  published?: string;
  used: HtmlElement[];
}

/** The element's squashed text when it is at most `max` characters long, else undefined. */
function shortText(el: HtmlElement, max: number): string | undefined {
  let s = "";
  const walk = (n: HtmlElement): boolean => {
    for (const c of n.children) {
      if (typeof c === "string") s += c;
      else if (!walk(c)) return false;
      if (s.length > max * 4) return false;
    }
    return true;
  };
  if (!walk(el)) return undefined;
  const t = squash(s);
  return t.length <= max ? t : undefined;
}

/**
 * The first byline and dateline a reader would see: marked up as such, or shaped like one
 * ("By Ana Ruiz", "Published 2 April 2026"). Comment authors and author bios are not bylines.
 */
function visibleByline(all: HtmlElement[]): Visible {
  const found: Visible = { used: [] };
  for (const el of all) {
    if (found.author && found.published) break;
    if (el.tag === "meta" || el.tag === "script" || el.tag === "title") continue;
    const marks = `${classAndId(el)} ${el.attrs.rel ?? ""} ${el.attrs.itemprop ?? ""} ${el.attrs.property ?? ""}`;
    if (/comment|bio\b|related/i.test(marks)) continue;
    const text = shortText(el, 120);
    if (!text) continue;
    const markedByline = BYLINE_MARK.test(marks);
    // A sentence that starts with "By" or "Posted" ("By Friday, it was over.") is no byline or dateline.
    const sentence = /[.!?]$/.test(text);
    if (!found.author && (markedByline || (BY_PREFIX.test(text) && !sentence))) {
      const names = namesFromByline(text, markedByline);
      if (names) {
        found.author = names;
        found.used.push(el);
      }
    }
    if (
      !found.published &&
      (el.tag === "time" ||
        DATELINE_MARK.test(marks) ||
        (/^(published|posted|updated)\b/i.test(text) && !sentence))
    ) {
      const iso = isoDateIn(el.attrs.datetime) ?? isoDateIn(text);
      if (iso) {
        found.published = iso;
        if (!found.used.some((u) => isInside(el, u))) found.used.push(el);
      }
    }
  }
  return found;
}

/** A canonical address is believed only on the page's own site and when it is not the home page. */
function articleAddress(candidates: (string | undefined)[], pageUrl?: string): string | undefined {
  for (const c of candidates) {
    const url = c ? resolveAddress(c, pageUrl) : undefined;
    const addr = url ? parseAddress(url) : undefined;
    if (!url || !addr || /^\/?([?#].*)?$/.test(addr.rest)) continue;
    if (pageUrl && !sameSite(url, pageUrl)) continue;
    return url;
  }
  return pageUrl;
}

export function readMetadata(root: HtmlElement, pageUrl?: string): PageMetadata {
  const all = elementsOf(root);
  const nodes = ldNodes(all);
  const byId = new Map<string, LdNode>();
  for (const n of nodes) if (typeof n["@id"] === "string") byId.set(n["@id"], n);
  const ld = articleNode(nodes) ?? {};
  const tags = metaTags(all);
  const visible = visibleByline(all);

  const siteNode = nodes.find((n) => typesOf(n).includes("WebSite"));
  const outlet = ldNames(ld.publisher, byId)[0] ?? tags.get("og:site_name") ?? str(siteNode?.name);

  const ogUrl = tags.get("og:url");
  const canonical = all.find((el) => el.tag === "link" && /(^|\s)canonical(\s|$)/i.test(el.attrs.rel ?? ""))
    ?.attrs.href;
  const mainEntity = ld.mainEntityOfPage;
  const ldUrl = str(ld.url) ?? str(mainEntity) ?? str((mainEntity as LdNode | undefined)?.["@id"]);
  const base = pageUrl ?? (ogUrl && parseAddress(ogUrl) ? ogUrl : undefined);
  const url = articleAddress([canonical, ogUrl, ldUrl], base);

  const titleTag = all.find((el) => el.tag === "title");
  const h1 = all.find((el) => el.tag === "h1");
  const title =
    str(ld.headline) ??
    first(tags, ["og:title", "twitter:title"]) ??
    (titleTag && str(textOf(titleTag)) ? trimSiteSuffix(squash(textOf(titleTag)), outlet) : undefined) ??
    (h1 ? str(textOf(h1)) : undefined);

  const authors = ldNames(ld.author, byId);
  const author =
    (authors.length ? authors.join(", ") : undefined) ??
    first(
      tags,
      ["article:author", "author", "byl", "parsely-author", "dc.creator", "sailthru.author"],
      // article:author is often the address of a profile page, not a name.
      (s) => !isAddress(s),
    )?.replace(BY_PREFIX, "") ??
    visible.author;

  const published =
    isoDateIn(str(ld.datePublished)) ??
    isoDateIn(
      first(tags, [
        "article:published_time",
        "datepublished",
        "date",
        "pubdate",
        "publishdate",
        "dc.date.issued",
        "parsely-pub-date",
        "sailthru.date",
      ]),
    ) ??
    visible.published;
  const modified =
    isoDateIn(str(ld.dateModified)) ??
    isoDateIn(first(tags, ["article:modified_time", "og:updated_time", "datemodified"]));

  const free = ld.isAccessibleForFree;
  return {
    title,
    outlet: outlet ?? (url ? siteDomain(url) : undefined),
    published,
    modified,
    author,
    url,
    paywalled: free === false || (typeof free === "string" && free.toLowerCase() === "false"),
    used: visible.used,
  };
}
