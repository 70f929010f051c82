// An RSS 2.0, RSS 1.0 (RDF) or Atom document -> the items a user can tick for import: title,
// link, date, summary, author. Written against the few methods of Apps Script's XmlService
// Element it needs, so `XmlService.parse(xml).getRootElement()` plugs straight in; elements are
// matched by local name and namespace URI, whatever prefixes the feed chose.
import { isoDateIn } from "./dates";
import { htmlFragmentText } from "./html";
import { resolveAddress } from "./url";

export interface XmlNamespaceLike {
  getURI(): string;
}

export interface XmlAttributeLike {
  getValue(): string;
}

/** The subset of GoogleAppsScript.XML_Service.Element read here. */
export interface XmlElementLike {
  getName(): string;
  getNamespace(): XmlNamespaceLike;
  getChildren(): XmlElementLike[];
  getAttribute(name: string): XmlAttributeLike | null;
  /** Text and CDATA directly inside the element. */
  getText(): string;
  /** All text below the element. */
  getValue(): string;
}

export interface FeedItem {
  title?: string;
  url?: string;
  /** ISO date (YYYY-MM-DD). */
  published?: string;
  summary?: string;
  author?: string;
}

export interface Feed {
  format: "rss" | "rdf" | "atom";
  title?: string;
  items: FeedItem[];
}

const ATOM = "http://www.w3.org/2005/Atom";
const RSS1 = "http://purl.org/rss/1.0/";
const RDF = "http://www.w3.org/1999/02/22-rdf-syntax-ns#";
const DC = "http://purl.org/dc/elements/1.1/";
const CONTENT = "http://purl.org/rss/1.0/modules/content/";

const named = (el: XmlElementLike, name: string, ns: string): XmlElementLike[] =>
  el.getChildren().filter((c) => c.getName() === name && c.getNamespace().getURI() === ns);

const squash = (s: string): string => s.replace(/\s+/g, " ").trim();

function text(el: XmlElementLike, name: string, ns: string): string | undefined {
  const t = named(el, name, ns)[0]?.getText();
  return t && t.trim() ? squash(t) : undefined;
}

/** Feed text fields often carry escaped HTML ("&lt;p&gt;", "&amp;ndash;"); readers want the words. */
const plain = (s: string | undefined): string | undefined =>
  s && /[<&]/.test(s) ? htmlFragmentText(s) || undefined : s;

function rssItem(item: XmlElementLike, ns: string, base?: string): FeedItem {
  const guid = named(item, "guid", ns)[0];
  const permalink =
    guid && guid.getAttribute("isPermaLink")?.getValue() !== "false" ? guid.getText() : undefined;
  const atomLink = named(item, "link", ATOM)[0]?.getAttribute("href")?.getValue();
  const link = text(item, "link", ns) ?? permalink ?? atomLink;
  // RSS 2.0's <author> is an e-mail address, often with the name in brackets.
  const rssAuthor = text(item, "author", ns)?.replace(/^\S+@\S+\s*\((.+)\)$/, "$1");
  return {
    title: plain(text(item, "title", ns)),
    url: link ? resolveAddress(squash(link), base) : undefined,
    published: isoDateIn(text(item, "pubDate", ns) ?? text(item, "date", DC)),
    summary: plain(text(item, "description", ns) ?? text(item, "encoded", CONTENT)),
    author: text(item, "creator", DC) ?? (rssAuthor && !rssAuthor.includes("@") ? rssAuthor : undefined),
  };
}

/** Atom text constructs: type "text" as is, "html" escaped markup, "xhtml" inline markup. */
function atomText(el: XmlElementLike | undefined): string | undefined {
  if (!el) return undefined;
  const type = el.getAttribute("type")?.getValue() ?? "text";
  const t =
    type === "xhtml"
      ? squash(el.getValue())
      : type === "html"
        ? htmlFragmentText(el.getText())
        : squash(el.getText());
  return t || undefined;
}

function atomEntry(entry: XmlElementLike, base?: string): FeedItem {
  const links = named(entry, "link", ATOM);
  const alternate = links.find((l) => (l.getAttribute("rel")?.getValue() ?? "alternate") === "alternate");
  const href = alternate?.getAttribute("href")?.getValue();
  const authors = named(entry, "author", ATOM)
    .map((a) => text(a, "name", ATOM))
    .filter((n): n is string => !!n);
  return {
    title: atomText(named(entry, "title", ATOM)[0]),
    url: href ? resolveAddress(href, base) : undefined,
    published: isoDateIn(text(entry, "published", ATOM) ?? text(entry, "updated", ATOM)),
    summary: atomText(named(entry, "summary", ATOM)[0] ?? named(entry, "content", ATOM)[0]),
    author: authors.length ? authors.join(", ") : undefined,
  };
}

/**
 * Lists a feed's items in document order. `feedUrl` resolves relative links. Undefined when the
 * document is not RSS or Atom.
 */
export function readFeed(root: XmlElementLike, feedUrl?: string): Feed | undefined {
  const name = root.getName();
  const ns = root.getNamespace().getURI();
  if (name === "rss" && ns === "") {
    const channel = named(root, "channel", "")[0];
    if (!channel) return undefined;
    return {
      format: "rss",
      title: plain(text(channel, "title", "")),
      items: named(channel, "item", "").map((i) => rssItem(i, "", feedUrl)),
    };
  }
  if (name === "RDF" && ns === RDF) {
    const channel = named(root, "channel", RSS1)[0];
    return {
      format: "rdf",
      title: channel ? plain(text(channel, "title", RSS1)) : undefined,
      items: named(root, "item", RSS1).map((i) => rssItem(i, RSS1, feedUrl)),
    };
  }
  if (name === "feed" && ns === ATOM) {
    return {
      format: "atom",
      title: atomText(named(root, "title", ATOM)[0]),
      items: named(root, "entry", ATOM).map((e) => atomEntry(e, feedUrl)),
    };
  }
  return undefined;
}
