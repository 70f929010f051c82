// Which articles are new, which repeat one already in the ledger, and which are a new text under
// a URL the ledger knows. The same rules for the add-on (stored articles, then the new batch) and
// the local runner (the files of one run), so both ledgers hold the same rows.
import type { Article } from "../model";
import { shortId } from "../text/hash";

/** Id of a later version of the article at `url`: stable, because it derives from URL and text. */
export const versionId = (url: string, contentHash: string): string => shortId("S", `${url}#${contentHash}`);

/** Id of the row that reports a duplicate: stable for one file or URL and one text. */
export const duplicateId = (a: Article): string =>
  shortId("S", `duplicate|${a.url ?? a.file ?? ""}|${a.contentHash}`);

/**
 * Marks, in order (oldest first):
 * - a copy of an article already seen (same cleaned text) as `duplicate`, with its own id, so that
 *   importing an article twice adds nothing to the analysis;
 * - a different text under a URL already seen as a new version: it keeps a stable id of its own,
 *   `version` counts the texts seen under that URL, and the version it replaces becomes
 *   `superseded` (kept, with its text, but no longer analysed).
 * Articles that could not be read (status `error`) pass through untouched. Applying it twice
 * gives the same result, so stored articles can go through it again with every batch.
 */
export function assignVersions(articles: Article[]): Article[] {
  const out: Article[] = [];
  const firstWithText = new Map<string, string>();
  const chains = new Map<string, number[]>();
  for (const a of articles) {
    if (a.status !== "ok" && a.status !== "superseded") {
      out.push(a);
      continue;
    }
    const same = firstWithText.get(a.contentHash);
    if (same !== undefined) {
      out.push({
        ...a,
        id: duplicateId(a),
        status: "duplicate",
        error: `Same text as ${same}: already in the ledger, not added again.`,
        version: undefined,
        previousVersion: undefined,
        replacedBy: undefined,
      });
      continue;
    }
    const chain = a.url ? (chains.get(a.url) ?? []) : [];
    const current: Article = {
      ...a,
      status: "ok",
      error: undefined,
      version: undefined,
      previousVersion: undefined,
      replacedBy: undefined,
    };
    if (a.url && chain.length > 0)
      current.id = a.id === shortId("S", a.url) ? versionId(a.url, a.contentHash) : a.id;
    firstWithText.set(a.contentHash, current.id);
    out.push(current);
    if (a.url) chains.set(a.url, [...chain, out.length - 1]);
  }
  for (const chain of chains.values()) {
    if (chain.length < 2) continue;
    chain.forEach((index, k) => {
      const a = out[index] as Article;
      a.version = k + 1;
      if (k > 0) a.previousVersion = (out[chain[k - 1] as number] as Article).id;
      if (k < chain.length - 1) {
        const next = out[chain[k + 1] as number] as Article;
        a.status = "superseded";
        a.replacedBy = next.id;
        a.error = `Replaced by ${next.id}, a newer text under the same URL (version ${k + 2}).`;
      }
    });
  }
  return out;
}
