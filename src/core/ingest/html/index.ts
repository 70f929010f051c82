// A web page (fetched, or saved as .html) -> its article text and metadata, or the reason the
// page holds no article (a JavaScript shell, a cookie wall, a paywall, an error page). Pure: the
// add-on and the local runner call the same function on the same bytes and get the same result.
import { articleBlocks, renderBlocks } from "./blocks";
import { type ArticleMetadata, readMetadata } from "./metadata";
import { classAndId, elementsOf, type HtmlElement, parseHtml, squash, textOf } from "./parse";

export interface HtmlReading extends ArticleMetadata {
  /** Paragraphs and headings, separated by blank lines. */
  text: string;
  /** Set when the page is not an article a reader could read: the message says why. */
  problem?: string;
}

export function looksLikeHtml(raw: string): boolean {
  const head = raw.slice(0, 2000).trimStart().toLowerCase();
  return (
    head.startsWith("<!doctype html") ||
    head.startsWith("<html") ||
    /<(p|div|article|body|head)[\s>]/.test(head)
  );
}

/** What the untouched page shows besides its article, read before any chrome is pruned. */
interface PageSignals {
  noscriptAsksForJs: boolean;
  emptyAppRoot: boolean;
  consentBanner: boolean;
  paywallPrompt: boolean;
  errorTitle: boolean;
}

const APP_ROOT = /^(root|app|__next|__nuxt|svelte|main-app|app-root)$/i;
const CONSENT = /cookie|consent|gdpr|cmp-|privacy-(banner|notice|wall)/i;
const PAYWALL_PROMPT =
  /subscribe (now )?to (continue|keep) reading|for subscribers only|subscriber[- ]only|already a subscriber\?|continue reading with a subscription|to read the full (article|story),? (please )?(subscribe|log in|sign in)/i;
const ERROR_TITLE =
  /\b404\b|\bpage not found\b|\bnot found\b|can['’]?t be found|cannot be found|can['’]?t find the page|no longer available/i;

function pageSignals(all: HtmlElement[]): PageSignals {
  const s: PageSignals = {
    noscriptAsksForJs: false,
    emptyAppRoot: false,
    consentBanner: false,
    paywallPrompt: false,
    errorTitle: false,
  };
  for (const el of all) {
    if (el.tag === "noscript")
      s.noscriptAsksForJs ||=
        /(enable|turn on|activate|requires?|need)\b.{0,40}javascript|javascript.{0,40}(required|disabled|enabled)/i.test(
          textOf(el),
        );
    else if ((APP_ROOT.test(el.attrs.id ?? "") || el.tag === "app-root") && !squash(textOf(el)))
      s.emptyAppRoot = true;
    else if (CONSENT.test(`${classAndId(el)} ${el.attrs["aria-label"] ?? ""}`)) s.consentBanner = true;
    else if ((el.tag === "title" || el.tag === "h1") && ERROR_TITLE.test(textOf(el))) s.errorTitle = true;
    else if (el.tag === "p" || el.tag === "h2" || el.tag === "div")
      s.paywallPrompt ||= el.children.some((c) => typeof c === "string" && PAYWALL_PROMPT.test(c));
  }
  return s;
}

const words = (text: string): number => text.split(/\s+/).filter(Boolean).length;

/** Why a page that came back fine still holds no article to analyse; undefined when it does. */
function diagnose(s: PageSignals, bodyWords: number, paywalled: boolean): string | undefined {
  if (bodyWords < 50 && (s.noscriptAsksForJs || s.emptyAppRoot))
    return "This page is built by JavaScript in the browser: the address returned an empty shell with no article text. Open it in a browser and paste the text instead.";
  if (bodyWords < 50 && s.consentBanner)
    return "The site answered with a cookie-consent page instead of the article. Open it in a browser, make your choice, and paste the text instead.";
  if (bodyWords < 80 && s.errorTitle)
    return "The site answered with a 'page not found' page: the link may be mistyped or the article removed.";
  if ((paywalled && bodyWords < 200) || (s.paywallPrompt && bodyWords < 150))
    return "Only the beginning of the article is readable: the rest is behind a paywall or a login. Paste the full text if you have access.";
  return undefined;
}

/** Reads a page. `pageUrl` is the address it was fetched from, when known (resolves links, names the site). */
export function readHtml(html: string, pageUrl?: string): HtmlReading {
  const root = parseHtml(html);
  const all = elementsOf(root);
  const signals = pageSignals(all);
  const { paywalled, used, ...about } = readMetadata(root, pageUrl);
  const text = articleBlocks(root, about.title, used).join("\n\n");
  return {
    ...about,
    // A page that gives only its last update is dated by it.
    published: about.published ?? about.modified,
    text,
    problem: diagnose(signals, words(text), paywalled),
  };
}

/** The words of a short piece of markup (a feed summary), paragraphs joined by spaces. */
export function htmlFragmentText(html: string): string {
  return renderBlocks(parseHtml(html).children).join(" ");
}
