// Pasted text from the sidebar: one or several articles separated by a line of `---`.

/** Splits pasted text into the raw text of each article. Blank pieces are dropped. */
export function splitPastedArticles(pasted: string): string[] {
  return pasted
    .replace(/\r\n?/g, "\n")
    .split(/^[ \t]*-{3,}[ \t]*$/m)
    .map((piece) => piece.replace(/^\s*\n/, "").replace(/\s+$/, ""))
    .filter((piece) => piece.trim().length > 0);
}
