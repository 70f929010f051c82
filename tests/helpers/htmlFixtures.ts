// The HTML fixtures in tests/fixtures/html: pages written for the tests in the markup of common
// publishing systems, each with the body its author wrote (`name.body.txt`) and the metadata a
// reader would give it (`name.expected.json`). Every story, name and outlet is invented.
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { REPO } from "./shared";

export const HTML_FIXTURES = join(REPO, "tests", "fixtures", "html");

export interface HtmlFixture {
  name: string;
  html: string;
  /** The body as its author wrote it: paragraphs and headings separated by blank lines. */
  body: string;
  expected: {
    /** The address the page is fetched from in tests (tracking parameters and all). */
    fetchedFrom: string;
    title: string;
    outlet: string;
    published: string;
    modified?: string;
    author: string;
    url: string;
    /** Bits of page furniture that must not reach the body. */
    absent: string[];
  };
}

export function htmlFixtures(): HtmlFixture[] {
  return readdirSync(HTML_FIXTURES)
    .filter((f) => f.endsWith(".expected.json"))
    .sort()
    .map((f) => {
      const name = f.replace(/\.expected\.json$/, "");
      const read = (suffix: string): string => readFileSync(join(HTML_FIXTURES, name + suffix), "utf8");
      return {
        name,
        html: read(".html"),
        body: read(".body.txt").trim(),
        expected: JSON.parse(read(".expected.json")),
      };
    });
}

/** Word-level precision and recall of `got` against `want`, counting repeated words (bag of words). */
export function wordOverlap(got: string, want: string): { precision: number; recall: number } {
  const words = (s: string): string[] => s.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? [];
  const bag = new Map<string, number>();
  for (const w of words(want)) bag.set(w, (bag.get(w) ?? 0) + 1);
  const g = words(got);
  let hit = 0;
  for (const w of g) {
    const n = bag.get(w) ?? 0;
    if (n > 0) {
      hit++;
      bag.set(w, n - 1);
    }
  }
  const wantCount = words(want).length;
  return { precision: g.length ? hit / g.length : 0, recall: wantCount ? hit / wantCount : 0 };
}
