// One odd article must not stop a batch. If the analysis throws, the articles whose extraction
// throws on their own are set aside with the error on their Sources row, and the rest is analysed.
import { analyze } from "../analyze";
import { extractMentions } from "../extract";
import type { Article, Ledger } from "../model";

const message = (e: unknown): string => (e instanceof Error ? e.message : String(e));

export function analyzeGuarded(
  articles: Article[],
  run: (articles: Article[]) => Ledger = analyze,
  extract: (article: Article) => unknown = extractMentions,
): Ledger {
  try {
    return run(articles);
  } catch (error) {
    const failures = new Map<string, string>();
    for (const a of articles) {
      if (a.status !== "ok") continue;
      try {
        extract(a);
      } catch (e) {
        failures.set(a.id, message(e));
      }
    }
    if (failures.size === 0) throw error;
    return run(
      articles.map((a) =>
        failures.has(a.id)
          ? { ...a, status: "error", error: `Could not be analysed (${failures.get(a.id)}); the rest was.` }
          : a,
      ),
    );
  }
}
