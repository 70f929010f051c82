// HTML -> a light element tree, built from htmlparser2's streaming parser (Apps Script has no
// DOM). The tree keeps what reading a page needs: tags, attributes and text. Script and style
// bodies are dropped as they stream past, except JSON-LD, which carries the article's metadata.
//
// Only the `Parser` class is used, with entity decoding off: ./entities decodes text and
// attributes instead. scripts/build.mjs maps "htmlparser2" to the module that defines `Parser`
// and stubs out the package's entity decoder, so the bundle carries the tokenizer alone, not the
// DOM handler, DOM utilities, entity encoder and 38 KB of entity tables the package index pulls in.
import { Parser } from "htmlparser2";
import { decodeEntities } from "./entities";

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
  const parser = new Parser(
    {
      onopentag(tag, raw) {
        if (depth >= MAX_DEPTH) {
          flattened++;
          return;
        }
        const attrs: Record<string, string> = {};
        for (const [k, v] of Object.entries(raw)) attrs[k] = decodeEntities(v, true);
        const el: HtmlElement = { tag, attrs, children: [], parent: current };
        current.children.push(el);
        current = el;
        depth++;
      },
      // The parser closes every element it opened (void and implied ones too), deepest first.
      onclosetag() {
        if (flattened > 0) flattened--;
        else {
          current = current.parent ?? root;
          depth--;
        }
      },
      ontext(text) {
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
    },
    { decodeEntities: false },
  );
  parser.end(html);
  decodeText(root);
  return root;
}

/** Text is decoded once whole: the tokenizer may hand it over in pieces that split a reference. */
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
