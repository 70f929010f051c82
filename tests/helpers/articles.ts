// Small invented articles for tests. Every name is made up.
import { ingestArticle, type ArticleHints } from "../../src/core/ingest";
import type { Article } from "../../src/core/model";

export function article(text: string, hints: ArticleHints = {}): Article {
  const a = ingestArticle(text, hints);
  if (a.status !== "ok") throw new Error(`test article not ok: ${a.error}`);
  return a;
}

/** Checks that every evidence span is the verbatim sentence at its offsets in its article. */
export function expectEvidenceVerbatim(
  a: Article,
  evidence: { source: string; sentence: string; start: number; end: number }[],
): void {
  for (const e of evidence) {
    expect(e.source).toBe(a.id);
    expect(a.text.slice(e.start, e.end)).toBe(e.sentence);
  }
}
