// Links and Google Docs of an import, read into articles (or, for a feed, the list of its
// items) by the batch that takes them. The services are behind `SourceReaders` so tests run the
// same code on fakes; whatever goes wrong with one item becomes that item's error, never a throw.
import type { ArticleHints } from "../core/ingest";
import { ingestArticle } from "../core/ingest";
import { readFeed, type Feed, type XmlElementLike } from "../core/ingest/feed";
import { readFetched } from "../core/ingest/fetched";
import { googleDocArticle, type DocsDocumentLike } from "../core/ingest/gdoc";
import { googleDocUrl } from "../core/ingest/links";
import { siteDomain } from "../core/ingest/url";
import type { ImportItem } from "../core/ledger/queue";
import type { Article } from "../core/model";
import { messageOf, NO_RESPONSE, type FetchedLink } from "./webFetch";

export interface SourceReaders {
  /**
   * Fetches links together (src/gas/webFetch.ts over UrlFetchApp): one outcome per link, in
   * order. No fetch round starts after `giveUpAt` (ms since the epoch).
   */
  fetchPages(urls: string[], giveUpAt: number): FetchedLink[];
  /** XmlService.parse(xml).getRootElement(). */
  parseXml(xml: string): XmlElementLike | null;
  /** Docs.Documents.get(id). */
  getDoc(id: string): DocsDocumentLike;
}

/** A feed item the user may tick: it becomes a link item, with the feed's words as fallbacks. */
export interface FeedPick {
  url: string;
  title: string;
  published?: string;
  author?: string;
  summary?: string;
  /** The ledger already holds an article at this address. */
  known?: boolean;
}

export interface FeedListing {
  /** The feed's address, as the user gave it. */
  url: string;
  title: string;
  items: FeedPick[];
  /** Items left out past MAX_FEED_ITEMS. */
  more: number;
}

/** What reading an item gave; a link the batch had no time to fetch is `deferred` to the next. */
export type ItemReading =
  { kind: "article"; article: Article } | { kind: "feed"; feed: FeedListing } | { kind: "deferred" };

/** A feed lists its latest items (10 to 50 as a rule); past this many, the rest is counted only. */
export const MAX_FEED_ITEMS = 100;
const MAX_SUMMARY = 240;

/** An item that could not be read: an error row in Sources that says where it came from and why. */
function failedItem(hints: ArticleHints, error: string): Article {
  return { ...ingestArticle("", hints), error };
}

function feedListing(feed: Feed, url: string): FeedListing {
  const linked = feed.items.filter((i) => i.url);
  const items = linked.slice(0, MAX_FEED_ITEMS).map((i): FeedPick => ({
    url: i.url as string,
    title: i.title || (i.url as string),
    published: i.published,
    author: i.author,
    summary:
      i.summary && i.summary.length > MAX_SUMMARY ? `${i.summary.slice(0, MAX_SUMMARY - 1)}…` : i.summary,
  }));
  return { url, title: feed.title || siteDomain(url) || url, items, more: linked.length - items.length };
}

function readFeedItem(readers: SourceReaders, item: ImportItem, xml: string, at: string): ItemReading {
  let feed: Feed | undefined;
  try {
    const root = readers.parseXml(xml);
    feed = root ? readFeed(root, at) : undefined;
  } catch {
    feed = undefined;
  }
  if (!feed)
    return {
      kind: "article",
      article: failedItem(
        { ...item.hints, url: item.input, outlet: item.hints.outlet ?? siteDomain(item.input) },
        "This address gives an XML document that is not an RSS or Atom feed, nor an article.",
      ),
    };
  return { kind: "feed", feed: feedListing(feed, item.input) };
}

/** Fetches the links of a batch together and reads each outcome: an article, a failure, or a feed. */
export function readLinks(readers: SourceReaders, items: ImportItem[], giveUpAt: number): ItemReading[] {
  if (items.length === 0) return [];
  let outcomes: FetchedLink[];
  try {
    outcomes = readers.fetchPages(
      items.map((i) => i.input),
      giveUpAt,
    );
  } catch (e) {
    // The fetch service itself refused (a missing permission, a quota): every link says so.
    const error = messageOf(e);
    outcomes = items.map((i) => ({ url: i.input, error }));
  }
  return items.map((item, k) => {
    const outcome = outcomes[k] ?? { url: item.input, error: NO_RESPONSE };
    if (outcome.notFetched) return { kind: "deferred" };
    const page = readFetched(outcome, item.hints);
    if (page.kind === "feed") return readFeedItem(readers, item, page.xml, page.url);
    return { kind: "article", article: page.article };
  });
}

/** Why a Doc could not be read, in words its reader can act on. */
function docError(message: string): string {
  if (/not found|entity was not found/i.test(message))
    return "No Google Doc at this link: it was deleted, or the link is mistyped.";
  if (/permission|forbidden|\b403\b/i.test(message))
    return "You cannot open this Google Doc: ask its owner to share it with you (viewing is enough).";
  if (/has not been used|is disabled|not enabled|Docs is not defined/i.test(message))
    return "Google Docs cannot be read here: the Docs API is not enabled for this add-on (see the README, Google Docs).";
  return `The Google Doc could not be read (${message.replace(/^\w*Exception:\s*/, "")}).`;
}

/** Reads a Google Doc item (its input is the document id) through the Docs API. */
export function readDoc(readers: SourceReaders, item: ImportItem): Article {
  const url = item.hints.url ?? googleDocUrl(item.input);
  let doc: DocsDocumentLike;
  try {
    doc = readers.getDoc(item.input);
  } catch (e) {
    return failedItem({ ...item.hints, url }, docError(messageOf(e)));
  }
  return googleDocArticle(doc, url);
}
