// A Google Doc, as the Docs API returns it (Docs.Documents.get), -> an article. Only the shape
// read here is declared: paragraphs of text runs, tables of cells, the document's name. A
// paragraph styled as the title is the headline; the rest is read like pasted text, so header
// lines (`Outlet:`, `Date:`...) typed at the top of the Doc count.
import type { Article } from "../model";
import { ingestArticle } from "./index";

export interface DocsParagraphLike {
  elements?: { textRun?: { content?: string } }[];
  paragraphStyle?: { namedStyleType?: string };
}

export interface DocsStructuralElementLike {
  paragraph?: DocsParagraphLike;
  table?: { tableRows?: { tableCells?: { content?: DocsStructuralElementLike[] }[] }[] };
}

export interface DocsDocumentLike {
  title?: string;
  body?: { content?: DocsStructuralElementLike[] };
}

/** A paragraph's text: its runs joined, soft line breaks (U+000B in the API) as line breaks. */
const paragraphText = (p: DocsParagraphLike): string =>
  (p.elements ?? [])
    .map((e) => e.textRun?.content ?? "")
    .join("")
    .split("\u000b")
    .join("\n")
    .replace(/\n+$/, "");

function collect(content: DocsStructuralElementLike[], out: { title?: string; lines: string[] }): void {
  for (const el of content) {
    if (el.paragraph) {
      const text = paragraphText(el.paragraph);
      if (!text.trim()) continue;
      if (el.paragraph.paragraphStyle?.namedStyleType === "TITLE" && out.title === undefined)
        out.title = text.trim();
      else out.lines.push(text);
    } else if (el.table) {
      for (const row of el.table.tableRows ?? [])
        for (const cell of row.tableCells ?? []) collect(cell.content ?? [], out);
    }
  }
}

/** The Doc's text, one paragraph a line, and its headline (a paragraph styled Title), if any. */
export function googleDocText(doc: DocsDocumentLike): { title?: string; text: string } {
  const out: { title?: string; lines: string[] } = { lines: [] };
  collect(doc.body?.content ?? [], out);
  return { title: out.title, text: out.lines.join("\n") };
}

/** The Doc as an article under its canonical address; its name is the title of last resort. */
export function googleDocArticle(doc: DocsDocumentLike, url: string): Article {
  const { title, text } = googleDocText(doc);
  const article = ingestArticle(text, { url, title });
  const name = doc.title?.trim();
  return article.title || !name ? article : { ...article, title: name };
}
