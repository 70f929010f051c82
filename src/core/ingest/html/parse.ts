// HTML -> a light element tree (Apps Script has no DOM), built from the events of ./markup. The
// tree keeps what reading a page needs: tags, attributes and text. Script and style bodies are
// dropped as they stream past, except JSON-LD, which carries the article's metadata.
import { decodeEntities } from "./entities";
import { readMarkup } from "./markup";

export interface HtmlElement {
  tag: string;
  attrs: Record<string, string>;
  children: HtmlNode[];
  parent: HtmlElement | undefined;
}

export type HtmlNode = HtmlElement | string;

const RAW_TEXT_KEPT = new Set(["application/ld+json"]);

/**
 * Deeper elements are flattened into the one at this depth (their text kept): broken pages with
 * thousands of unclosed tags would otherwise overflow the stack of every recursive walk.
 */
const MAX_DEPTH = 256;

export function parseHtml(html: string): HtmlElement {
  const root: HtmlElement = { tag: "#root", attrs: {}, children: [], parent: undefined };
  let current = root;
  let depth = 0;
  let flattened = 0;
  readMarkup(html, {
    open(tag, attrs) {
      if (depth >= MAX_DEPTH) {
        flattened++;
        return;
      }
      for (const k of Object.keys(attrs)) attrs[k] = decodeEntities(attrs[k] as string, true);
      const el: HtmlElement = { tag, attrs, children: [], parent: current };
      current.children.push(el);
      current = el;
      depth++;
    },
    close() {
      if (flattened > 0) flattened--;
      else {
        current = current.parent ?? root;
        depth--;
      }
    },
    text(text) {
      const tag = current.tag;
      if (
        (tag === "script" && !RAW_TEXT_KEPT.has((current.attrs.type ?? "").toLowerCase())) ||
        tag === "style"
      )
        return;
      const kids = current.children;
      const last = kids[kids.length - 1];
      if (typeof last === "string") kids[kids.length - 1] = last + text;
      else kids.push(text);
    },
  });
  decodeText(root);
  return root;
}

/** Text is decoded once whole: it may come in pieces (around a comment) that split a reference. */
function decodeText(el: HtmlElement): void {
  if (el.tag === "script") return;
  el.children = el.children.map((c) => (typeof c === "string" ? decodeEntities(c) : (decodeText(c), c)));
}

export const isElement = (n: HtmlNode): n is HtmlElement => typeof n !== "string";

/** Every element below `el`, in document order. */
export function elementsOf(el: HtmlElement, out: HtmlElement[] = []): HtmlElement[] {
  for (const c of el.children)
    if (isElement(c)) {
      out.push(c);
      elementsOf(c, out);
    }
  return out;
}

export function textOf(el: HtmlNode): string {
  if (!isElement(el)) return el;
  let s = "";
  for (const c of el.children) s += textOf(c);
  return s;
}

/** Text with runs of HTML white space made one space, trimmed. No-break spaces stay, as in browsers. */
export const squash = (s: string): string => s.replace(/[ \t\n\f\r]+/g, " ").trim();

/** The class and id of an element, the words a publishing system names its blocks with. */
export const classAndId = (el: HtmlElement): string => `${el.attrs.class ?? ""} ${el.attrs.id ?? ""}`;

export function isInside(el: HtmlElement, ancestor: HtmlElement): boolean {
  for (let p: HtmlElement | undefined = el; p; p = p.parent) if (p === ancestor) return true;
  return false;
}

export function removeNode(el: HtmlElement): void {
  const p = el.parent;
  if (!p) return;
  const i = p.children.indexOf(el);
  if (i >= 0) p.children.splice(i, 1);
  el.parent = undefined;
}
