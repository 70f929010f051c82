// The shared scorer's figures on the five seed articles.
import { execFileSync } from "node:child_process";
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { runCli } from "../../src/cli/analyze";
import type { BenchSection } from "./types";
import { hasPath, sharedPath } from "./util";

export async function scoreSeeds(): Promise<Record<string, number | string | null>> {
  const out = mkdtempSync(join(tmpdir(), "bench-seeds-"));
  await runCli({ paths: [sharedPath("articles", "seeds")], out, quiet: true });
  const json = execFileSync(
    process.execPath,
    [
      sharedPath("eval", "score.mjs"),
      "--gold",
      sharedPath("eval", "gold", "seeds.json"),
      "--ledger",
      join(out, "ledger.json"),
      "--json",
    ],
    { encoding: "utf8" },
  );
  return JSON.parse(json) as Record<string, number | string | null>;
}

export const seedsQualitySection: BenchSection = {
  name: "Quality on the seeds (../shared/eval/score.mjs)",
  async run() {
    if (!hasPath(sharedPath("articles", "seeds"))) return ["  skipped: ../shared/articles/seeds is absent"];
    const figures = await scoreSeeds();
    return Object.entries(figures).map(([k, v]) => {
      const shown =
        typeof v === "number" && /recall|precision|accuracy|cross_source_merge/.test(k)
          ? `${(100 * v).toFixed(0)}%`
          : String(v);
      return `  ${k.padEnd(26)} ${shown}`;
    });
  },
};
