// Main-text extraction on the HTML fixtures (tests/fixtures/html: pages in the markup of common
// publishing systems around bodies written for the tests): word-level precision and recall of
// the extracted body against the body as written, per page and over all words; metadata fields
// read right; failure pages reported as failures; and the median time to read a page.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { ingestArticle } from "../../src/core/ingest";
import { readFetched, type FetchOutcome } from "../../src/core/ingest/fetched";
import { readHtml } from "../../src/core/ingest/html";
import { HTML_FIXTURES, htmlFixtures, wordOverlap } from "../../tests/helpers/htmlFixtures";
import type { BenchSection } from "./types";
import { fixed, median, pct } from "./util";

const RUNS = 25;

function timeMs(fn: () => void): number {
  const t = process.hrtime.bigint();
  fn();
  return Number(process.hrtime.bigint() - t) / 1e6;
}

const words = (s: string): number => s.toLowerCase().match(/[\p{L}\p{N}]+/gu)?.length ?? 0;

export const htmlExtractionSection: BenchSection = {
  name: "HTML extraction on the fixtures (tests/fixtures/html)",
  async run() {
    const lines = [`  ${"page".padEnd(16)} ${"KB".padStart(5)} precision recall  metadata  median ms`];
    let hits = 0;
    let gotWords = 0;
    let wantWords = 0;
    let metaRight = 0;
    let metaAll = 0;
    const pageTimes: number[] = [];
    const readerTimes: number[] = [];
    for (const f of htmlFixtures()) {
      const article = ingestArticle(f.html, {});
      const { precision, recall } = wordOverlap(article.text, f.body);
      const got = words(article.text);
      hits += precision * got;
      gotWords += got;
      wantWords += words(f.body);

      const fetched = readFetched({ url: f.expected.fetchedFrom, status: 200, body: f.html });
      const read = fetched.kind === "article" ? fetched.article : undefined;
      const fields = ["title", "outlet", "published", "author", "url"] as const;
      const right = fields.filter((k) => read?.[k] === f.expected[k]).length;
      metaRight += right;
      metaAll += fields.length;

      for (let i = 0; i < 3; i++) ingestArticle(f.html, {});
      const times: number[] = [];
      for (let i = 0; i < RUNS; i++) times.push(timeMs(() => ingestArticle(f.html, {})));
      for (let i = 0; i < RUNS; i++) readerTimes.push(timeMs(() => readHtml(f.html)));
      pageTimes.push(...times);
      lines.push(
        `  ${f.name.padEnd(16)} ${(f.html.length / 1024).toFixed(1).padStart(5)} ${pct(precision).padStart(9)} ${pct(recall).padStart(6)}  ${`${right}/${fields.length}`.padStart(8)}  ${fixed(median(times)).padStart(9)}`,
      );
    }
    lines.push(
      `  all words: precision ${pct(hits / gotWords)}, recall ${pct(hits / wantWords)}; metadata fields right ${metaRight}/${metaAll}`,
      `  median per page: ${fixed(median(pageTimes))} ms to an Article (readHtml alone ${fixed(median(readerTimes))} ms)`,
    );

    const failures = join(HTML_FIXTURES, "failures");
    const cases: (FetchOutcome & { bodyFile?: string })[] = JSON.parse(
      readFileSync(join(failures, "cases.json"), "utf8"),
    );
    const reported = cases.filter((c) => {
      const body = c.bodyFile ? readFileSync(join(failures, c.bodyFile), "utf8") : undefined;
      const page = readFetched({ ...c, body });
      return page.kind === "failed" && !!page.article.error;
    }).length;
    lines.push(`  failure pages reported with a message: ${reported}/${cases.length}`);
    return lines;
  },
};
