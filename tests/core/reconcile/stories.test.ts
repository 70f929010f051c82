// Invented multi-outlet stories of several kinds (tests/fixtures/stories/<story>/): each planted
// conflict is found with its label, no planted look-alike is flagged, people who share a name
// stay apart. Each story has an expected.json in the shape of samples/expected.json.
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { analyze } from "../../../src/core/analyze";
import { ingestArticle } from "../../../src/core/ingest";
import type { Ledger } from "../../../src/core/model";
import { matchesTwo } from "../../helpers/conflicts";
import { REPO } from "../../helpers/shared";

interface Expected {
  conflicts: {
    required: { key: string; attribute: string; label?: string; values: { value: string }[] }[];
    traps: { pairs: { values: string[]; why: string }[] };
  };
  distinct_people?: string[];
}

const STORIES = join(REPO, "tests/fixtures/stories");

function load(story: string): { ledger: Ledger; expected: Expected } {
  const dir = join(STORIES, story);
  const articles = readdirSync(dir)
    .filter((f) => f.endsWith(".txt"))
    .sort()
    .map((f) => ingestArticle(readFileSync(join(dir, f), "utf8"), { file: f }));
  return {
    ledger: analyze(articles),
    expected: JSON.parse(readFileSync(join(dir, "expected.json"), "utf8")),
  };
}

describe.each(readdirSync(STORIES).sort())("story %s", (story) => {
  const { ledger, expected } = load(story);

  it.each(expected.conflicts.required.map((c) => [c.key, c] as const))(
    "finds the planted conflict %s",
    (_k, c) => {
      const hit = ledger.conflicts.find(
        (x) =>
          x.attribute === c.attribute &&
          matchesTwo(
            x.values.map((v) => v.value),
            c.values.map((v) => v.value),
          ),
      );
      expect(hit).toBeDefined();
      if (c.label) expect(hit?.label).toBe(c.label);
      expect(hit?.explanation).toMatch(/\(S-[0-9a-f]{8}, (\d{4}-\d{2}-\d{2}|undated)\)/);
    },
  );

  it.each(expected.conflicts.traps.pairs.map((p) => [p.why, p] as const))("does not flag: %s", (_why, p) => {
    const hit = ledger.conflicts.find((x) =>
      matchesTwo(
        x.values.map((v) => v.value),
        p.values,
      ),
    );
    expect(hit).toBeUndefined();
  });

  it("reports nothing but the planted conflicts", () => {
    expect(ledger.conflicts.map((c) => c.attribute).sort()).toEqual(
      expected.conflicts.required.map((c) => c.attribute).sort(),
    );
  });

  if (expected.distinct_people)
    it("keeps people who share a name apart", () => {
      for (const name of expected.distinct_people ?? [])
        expect(ledger.actors.filter((a) => a.name === name || a.aliases.includes(name))).toHaveLength(1);
      const ids = (expected.distinct_people ?? []).map((n) => ledger.actors.find((a) => a.name === n)?.id);
      expect(new Set(ids).size).toBe(ids.length);
    });
});
