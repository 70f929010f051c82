// Which part of a page is the article: a readability-style scoring of blocks, after Mozilla's
// Readability. Chrome goes first by tag, role and the class names publishing systems give it
// (navigation, ads, share bars, related links, comments, captions, consent banners); then each
// paragraph scores for its length and commas and hands its score up to its parent and, halved,
// to its grandparent; the container with the best score, less its share of link text, wins,
// along with sibling blocks that score near it. Inside it, link-dense blocks and blocks named as
// chrome go. Paragraphs and headings come out one per line.
import {
  classAndId,
  elementsOf,
  type HtmlElement,
  type HtmlNode,
  isElement,
  isInside,
  removeNode,
  squash,
  textOf,
} from "./parse";

const DROPPED_TAGS = new Set(
  (
    "head script style noscript template svg iframe object embed canvas video audio picture img figure " +
    "figcaption nav aside header footer button select input textarea label dialog menu"
  ).split(" "),
);
/** AMP components that carry ads, menus, share buttons, tracking or consent, never article text. */
const DROPPED_AMP =
  /^amp-(ad|embed|analytics|sidebar|social-share|consent|pixel|sticky-ad|user-notification|geo|iframe|lightbox)/;
const DROPPED_ROLES =
  /^(navigation|banner|contentinfo|complementary|dialog|alertdialog|menu|menubar|search|toolbar)$/;

/** Class or id words of page chrome (Readability's list, plus what today's systems use). */
const UNLIKELY =
  /-ad-|\bads?\b|advert|arcad|banner|breadcrumb|byline|caption|cmp-|combx|comment|community|consent|cookie|credit|disqus|extra|footer|gdpr|header|legends|menu|newsletter|outbrain|pager|pagination|paywall|popup|promo|recommend|related|remark|replies|screen-reader|share|shoutbox|sidebar|skip-link|skyscraper|social|sponsor|sr-only|subscribe|supplemental|taboola|tags|visually-hidden/i;
/** Words that keep a block an unlikely word would drop, when it holds a good deal of text. */
const MAYBE = /article|body|column|content|main|shadow/i;
const POSITIVE = /article|body|content|entry|hentry|h-entry|main|page|post|text|blog|story/i;
const NEGATIVE =
  /-ad-|hidden|^hid$|banner|combx|comment|com-|contact|foot|gdpr|masthead|media|meta|outbrain|promo|related|scroll|share|shoutbox|sidebar|skyscraper|sponsor|shopping|tags|tool|widget/i;

const BLOCK_TAGS = new Set(
  (
    "address article aside blockquote dd div dl dt fieldset figure footer form h1 h2 h3 h4 h5 h6 header hr " +
    "li main nav ol p pre section table tbody thead tfoot tr td th ul"
  ).split(" "),
);
const HEADING = /^h[1-6]$/;

interface Stats {
  chars: number;
  linkChars: number;
  commas: number;
}

/** Measures of an element's text, computed once per element and kept. */
class Measure {
  private memo = new Map<HtmlElement, Stats>();

  of(el: HtmlElement): Stats {
    const known = this.memo.get(el);
    if (known) return known;
    const s: Stats = { chars: 0, linkChars: 0, commas: 0 };
    for (const c of el.children) {
      if (typeof c === "string") {
        const t = c.replace(/\s+/g, " ");
        s.chars += t.length;
        s.commas += t.split(/[,،、，]/).length - 1;
      } else {
        const cs = this.of(c);
        s.chars += cs.chars;
        s.commas += cs.commas;
        s.linkChars += c.tag === "a" ? cs.chars : cs.linkChars;
      }
    }
    this.memo.set(el, s);
    return s;
  }

  linkDensity(el: HtmlElement): number {
    const s = this.of(el);
    return s.chars ? s.linkChars / s.chars : 0;
  }
}

function isHidden(el: HtmlElement): boolean {
  const a = el.attrs;
  return (
    a.hidden !== undefined ||
    a["aria-hidden"] === "true" ||
    /display\s*:\s*none|visibility\s*:\s*hidden/i.test(a.style ?? "")
  );
}

/** Drops chrome by tag, role, hidden state and class names, top down. */
function pruneChrome(el: HtmlElement, measure: Measure): void {
  for (const child of [...el.children]) {
    if (!isElement(child)) continue;
    const names = classAndId(child);
    const drop =
      DROPPED_TAGS.has(child.tag) ||
      DROPPED_AMP.test(child.tag) ||
      DROPPED_ROLES.test(child.attrs.role ?? "") ||
      isHidden(child) ||
      (UNLIKELY.test(names) &&
        !["html", "body", "article", "main"].includes(child.tag) &&
        !(MAYBE.test(names) && measure.of(child).chars > 200));
    if (drop) removeNode(child);
    else pruneChrome(child, measure);
  }
}

function classWeight(el: HtmlElement): number {
  let w = 0;
  for (const name of [el.attrs.class, el.attrs.id]) {
    if (!name) continue;
    if (NEGATIVE.test(name)) w -= 25;
    if (POSITIVE.test(name)) w += 25;
  }
  return w;
}

function initialScore(el: HtmlElement): number {
  const t = el.tag;
  const base =
    t === "div"
      ? 5
      : ["pre", "td", "blockquote"].includes(t)
        ? 3
        : ["address", "ol", "ul", "dl", "dd", "dt", "li", "form"].includes(t)
          ? -3
          : HEADING.test(t) || t === "th"
            ? -5
            : 0;
  return base + classWeight(el);
}

const hasBlockChild = (el: HtmlElement): boolean =>
  el.children.some((c) => isElement(c) && BLOCK_TAGS.has(c.tag));

/** A paragraph for scoring: a block (p, div, cell, quote...) that holds only inline content. */
const isTextBlock = (el: HtmlElement): boolean => BLOCK_TAGS.has(el.tag) && !hasBlockChild(el);

function scoreCandidates(root: HtmlElement, measure: Measure): Map<HtmlElement, number> {
  const scores = new Map<HtmlElement, number>();
  for (const el of elementsOf(root)) {
    if (!isTextBlock(el) || HEADING.test(el.tag)) continue;
    const s = measure.of(el);
    if (s.chars < 25) continue;
    const score = 1 + s.commas + Math.min(Math.floor(s.chars / 100), 3);
    let level = 0;
    for (let a = el.parent; a && a !== root && level < 5; a = a.parent, level++) {
      if (!scores.has(a)) scores.set(a, initialScore(a));
      scores.set(a, (scores.get(a) ?? 0) + score / (level === 0 ? 1 : level === 1 ? 2 : level * 3));
    }
  }
  for (const [el, score] of scores) scores.set(el, score * (1 - measure.linkDensity(el)));
  return scores;
}

/** The best container, moved up to the common ancestor when several near-equal ones compete (live blogs). */
function topCandidate(scores: Map<HtmlElement, number>): HtmlElement | undefined {
  const ranked = [...scores].sort((a, b) => b[1] - a[1]);
  const [best] = ranked;
  if (!best) return undefined;
  let top = best[0];
  // Rivals are other blocks of near-equal score, not the containers of the best one.
  const rivals = ranked
    .slice(1, 6)
    .filter(([el, s]) => s >= best[1] * 0.75 && !isInside(top, el))
    .map(([el]) => el);
  if (rivals.length >= 3) {
    for (let a = top.parent; a && a.tag !== "body" && a.tag !== "#root"; a = a.parent) {
      if (rivals.filter((r) => r !== a && isInside(r, a)).length >= 3) {
        top = a;
        break;
      }
    }
  }
  while (top.parent && top.parent.tag !== "body" && top.parent.children.filter(isElement).length === 1)
    top = top.parent;
  return top;
}

/** The top candidate and the siblings that belong with it, in page order. */
function withSiblings(top: HtmlElement, scores: Map<HtmlElement, number>, measure: Measure): HtmlElement[] {
  const parent = top.parent;
  if (!parent) return [top];
  const topScore = scores.get(top) ?? 0;
  const threshold = Math.max(10, topScore * 0.2);
  return parent.children.filter(isElement).filter((sib) => {
    if (sib === top) return true;
    const bonus = sib.attrs.class && sib.attrs.class === top.attrs.class ? topScore * 0.2 : 0;
    if ((scores.get(sib) ?? -Infinity) + bonus >= threshold) return true;
    if (sib.tag !== "p") return false;
    const { chars } = measure.of(sib);
    const density = measure.linkDensity(sib);
    const text = squash(textOf(sib));
    return (chars > 80 && density < 0.25) || (density === 0 && /\.( |$)/.test(text));
  });
}

/** Within the chosen content: link lists, blocks named as chrome, and forms go. */
function cleanContent(el: HtmlElement, measure: Measure): void {
  for (const child of [...el.children]) {
    if (!isElement(child)) continue;
    const s = measure.of(child);
    const density = measure.linkDensity(child);
    let drop = false;
    // A paragraph or heading that is mostly link text is a link to elsewhere ("Read more: ...").
    if (isTextBlock(child) || HEADING.test(child.tag)) drop = density > 0.5;
    else if (["div", "section", "ul", "ol", "dl", "table", "form"].includes(child.tag)) {
      const weight = classWeight(child);
      const isList = child.tag === "ul" || child.tag === "ol";
      drop =
        weight < 0 ||
        (s.commas < 10 &&
          ((weight < 25 && density > (isList ? 0.5 : 0.2)) ||
            (weight >= 25 && density > 0.5) ||
            (!isList && countTag(child, "li") > countTag(child, "p") + 1 && density > 0.2)));
    }
    if (drop) removeNode(child);
    else cleanContent(child, measure);
  }
}

const countTag = (el: HtmlElement, tag: string): number => elementsOf(el).filter((e) => e.tag === tag).length;

/** Paragraphs and headings, one per entry; line breaks (<br>) start a new one. */
export function renderBlocks(nodes: HtmlNode[]): string[] {
  const out: string[] = [];
  let line = "";
  const flush = (): void => {
    const t = squash(line);
    // A line without a letter or digit is decoration (an emoji, a bullet, a rule of dashes).
    if (/[\p{L}\p{N}]/u.test(t)) out.push(t);
    line = "";
  };
  const walk = (n: HtmlNode): void => {
    if (typeof n === "string") line += n;
    else if (n.tag === "br" || n.tag === "hr") flush();
    else if (BLOCK_TAGS.has(n.tag)) {
      flush();
      n.children.forEach(walk);
      flush();
    } else n.children.forEach(walk);
  };
  nodes.forEach(walk);
  flush();
  return out;
}

/**
 * The article body of a parsed page as paragraphs. The tree is pruned in place; `furniture` lists
 * elements already read as metadata (byline, dateline) that must not appear in the body.
 */
export function articleBlocks(
  root: HtmlElement,
  title: string | undefined,
  furniture: HtmlElement[],
): string[] {
  for (const el of furniture) removeNode(el);
  const body = elementsOf(root).find((el) => el.tag === "body") ?? root;
  pruneChrome(body, new Measure());
  // Measured again: pruning changed the text below most elements.
  const measure = new Measure();
  const scores = scoreCandidates(body, measure);
  const top = topCandidate(scores);
  const content = top ? withSiblings(top, scores, measure) : [body];
  for (const el of content) cleanContent(el, measure);
  // The headline repeated in the body, in whatever element the page put it, is not body text.
  const headline = title && squash(title).toLowerCase();
  return renderBlocks(content).filter((line) => line.toLowerCase() !== headline);
}
