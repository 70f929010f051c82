// The shared scorer's figures on the five seed articles, for this engine and for the compromise
// baseline side by side.
import { execFileSync } from "node:child_process";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { runCli } from "../../src/cli/analyze";
import { readInputs } from "../../src/cli/inputs";
import { ingestArticle } from "../../src/core/ingest";
import { ledgerJson } from "../../src/core/ledger/json";
import { baselineLedger } from "./baseline/ledger";
import type { BenchSection } from "./types";
import { hasPath, sharedPath } from "./util";

type Figures = Record<string, number | string | null>;

function score(ledgerPath: string): Figures {
  const json = execFileSync(
    process.execPath,
    [
      sharedPath("eval", "score.mjs"),
      "--gold",
      sharedPath("eval", "gold", "seeds.json"),
      "--ledger",
      ledgerPath,
      "--json",
    ],
    { encoding: "utf8" },
  );
  return JSON.parse(json) as Figures;
}

export async function scoreSeeds(): Promise<Figures> {
  const out = mkdtempSync(join(tmpdir(), "bench-seeds-"));
  try {
    await runCli({ paths: [sharedPath("articles", "seeds")], out, quiet: true });
    return score(join(out, "ledger.json"));
  } finally {
    rmSync(out, { recursive: true, force: true });
  }
}

export function scoreSeedsBaseline(): Figures {
  const out = mkdtempSync(join(tmpdir(), "bench-seeds-baseline-"));
  const { inputs } = readInputs([sharedPath("articles", "seeds")]);
  const ledger = baselineLedger(inputs.map((i) => ingestArticle(i.raw, { file: i.file })));
  const path = join(out, "ledger.json");
  try {
    writeFileSync(path, JSON.stringify(ledgerJson(ledger)));
    return score(path);
  } finally {
    rmSync(out, { recursive: true, force: true });
  }
}

const shown = (k: string, v: number | string | null | undefined): string =>
  typeof v === "number" && /recall|precision|accuracy|cross_source_merge/.test(k)
    ? `${(100 * v).toFixed(0)}%`
    : String(v ?? "n/a");

export const seedsQualitySection: BenchSection = {
  name: "Quality on the seeds (../shared/eval/score.mjs): engine vs compromise baseline",
  async run() {
    if (!hasPath(sharedPath("articles", "seeds"))) return ["  skipped: ../shared/articles/seeds is absent"];
    const ours = await scoreSeeds();
    const base = scoreSeedsBaseline();
    const lines = [`  ${"figure".padEnd(26)} ${"engine".padStart(8)} ${"baseline".padStart(9)}`];
    for (const [k, v] of Object.entries(ours)) {
      lines.push(`  ${k.padEnd(26)} ${shown(k, v).padStart(8)} ${shown(k, base[k]).padStart(9)}`);
    }
    lines.push("  (the baseline finds no events and no conflicts: compromise has no event or date reader)");
    return lines;
  },
};
