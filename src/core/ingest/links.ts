// What a line of the import box is: a web address to fetch (an article or a feed, told apart by
// what comes back), a Google Doc to read through the Docs API, or part of a pasted article.
import { parseAddress } from "./url";

export type LinkKind = "link" | "doc";

export interface RecognisedLink {
  kind: LinkKind;
  /** The address to fetch, or for a Doc its canonical address. */
  url: string;
  /** A Google Doc's id (the part after /d/). */
  docId?: string;
}

/** A line that holds one address and nothing else, as people paste them (maybe in angle brackets). */
const BARE_ADDRESS = /^\s*<?(https?:\/\/[^\s<>"]+?)>?[.,;]?\s*$/i;

/**
 * A Google Doc in the editor ("/document/d/ID/edit", "/document/u/1/d/ID/..."). A document
 * "published to the web" (/document/d/e/2PACX-.../pub) has a different id that the Docs API does
 * not know: it is an ordinary public web page, fetched like any other link.
 */
const GOOGLE_DOC = /^https:\/\/docs\.google\.com\/document\/(?:u\/\d+\/)?d\/([A-Za-z0-9_-]{20,})(?:[/?#]|$)/;

export const googleDocUrl = (id: string): string => `https://docs.google.com/document/d/${id}/edit`;

/** The link on a line that holds only a link; undefined for anything else. */
export function recogniseLink(line: string): RecognisedLink | undefined {
  const m = BARE_ADDRESS.exec(line);
  const url = m?.[1];
  if (!url || !parseAddress(url)) return undefined;
  const doc = GOOGLE_DOC.exec(url);
  if (doc?.[1]) return { kind: "doc", url: googleDocUrl(doc[1]), docId: doc[1] };
  return { kind: "link", url };
}

export interface SplitPiece {
  links: RecognisedLink[];
  /** What is left once the leading links are taken: the raw text of a pasted article, or "". */
  text: string;
}

/**
 * Splits one pasted piece (the text between `---` lines) into the links on its first lines and
 * the article text after them. Only leading lines count: an address at the end of an article is
 * part of it (a credit, a "read more"), not something to fetch.
 */
export function leadingLinks(piece: string): SplitPiece {
  const lines = piece.split("\n");
  const links: RecognisedLink[] = [];
  let i = 0;
  for (; i < lines.length; i++) {
    const line = lines[i] ?? "";
    if (!line.trim()) continue;
    const link = recogniseLink(line);
    if (!link) break;
    links.push(link);
  }
  const text = lines.slice(i).join("\n");
  return { links, text: text.trim() ? text : "" };
}
