// Local runner: `npm run analyze -- <files or folders...> --out <dir>`.
// Reads .txt, .md and .html articles, runs the same core as the add-on, and writes
// <dir>/ledger.json (the contract of ../shared/eval/README.md) and <dir>/ledger.xlsx.
import { mkdirSync, writeFileSync } from "node:fs";
import { userInfo } from "node:os";
import { join } from "node:path";
import { ingestArticle } from "../core/ingest";
import { dismissedIds, tablesForRun } from "../core/ledger/dismissed";
import { analyzeGuarded } from "../core/ledger/guard";
import { journalRow } from "../core/ledger/journal";
import { ledgerJson } from "../core/ledger/json";
import { headerIndex, headerKey, type Grid } from "../core/ledger/merge";
import type { Article } from "../core/model";
import { readInputs } from "./inputs";
import { summarize } from "./summary";
import {
  appendJournalSheet,
  migrateWorkbook,
  openWorkbook,
  readTables,
  recordLayout,
  writeTables,
} from "./xlsx";

export interface CliOptions {
  paths: string[];
  out: string;
  quiet: boolean;
}

export function parseArgs(argv: string[]): CliOptions {
  const paths: string[] = [];
  let out = "out";
  let quiet = false;
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i] as string;
    if (a === "--out" || a === "-o") out = argv[++i] ?? out;
    else if (a.startsWith("--out=")) out = a.slice(6);
    else if (a === "--quiet" || a === "-q") quiet = true;
    else if (a === "--help" || a === "-h") {
      throw new Error("usage: npm run analyze -- <files or folders...> --out <dir> [--quiet]");
    } else paths.push(a);
  }
  if (paths.length === 0)
    throw new Error("usage: npm run analyze -- <files or folders...> --out <dir> [--quiet]");
  return { paths, out, quiet };
}

/** When each source first entered the ledger, from the Sources rows of an earlier run. */
function importTimes(sources: Grid | undefined): Map<string, string> {
  const times = new Map<string, string>();
  if (!sources) return times;
  const index = headerIndex(sources.headers);
  const id = index.get(headerKey("ID"));
  const at = index.get(headerKey("Imported at"));
  if (id === undefined || at === undefined) return times;
  for (const row of sources.rows) if (row[id] && row[at]) times.set(String(row[id]), String(row[at]));
  return times;
}

export async function runCli(opts: CliOptions, log: (line: string) => void = console.log): Promise<number> {
  const { inputs, skipped } = readInputs(opts.paths);
  for (const s of skipped) log(`skipped ${s}`);
  if (inputs.length === 0) {
    log("No articles found.");
    return 1;
  }
  const started = Date.now();
  const now = new Date(started).toISOString();
  const showProgress = !opts.quiet && inputs.length >= 10;
  mkdirSync(opts.out, { recursive: true });
  const xlsxPath = join(opts.out, "ledger.xlsx");
  // The same steps as a batch of the add-on: migrate, read people's state, analyse, merge.
  const wb = await openWorkbook(xlsxPath);
  const migrated = migrateWorkbook(wb);
  const grids = readTables(wb);
  const firstSeen = importTimes(grids.Sources);
  const articles: Article[] = inputs.map((input, i) => {
    if (showProgress && (i % 10 === 0 || i === inputs.length - 1))
      log(`reading ${i + 1}/${inputs.length}: ${input.file}`);
    const a = ingestArticle(input.raw, { file: input.file });
    return { ...a, importedAt: firstSeen.get(a.id) ?? now };
  });
  if (showProgress) log(`analyzing ${articles.length} articles...`);
  const ledger = analyzeGuarded(articles);
  const jsonPath = join(opts.out, "ledger.json");
  writeFileSync(jsonPath, JSON.stringify(ledgerJson(ledger), null, 2) + "\n");
  const { added, kept } = writeTables(wb, tablesForRun(ledger, now, dismissedIds(grids.Conflicts)));
  const failed = ledger.sources.filter((a) => a.status === "error");
  const duplicates = ledger.sources.filter((a) => a.status === "duplicate").length;
  appendJournalSheet(wb, [
    journalRow({
      when: now,
      who: userInfo().username,
      action: "local run",
      run: `L-${now.slice(0, 16).replace(/[-:]/g, "")}`,
      items: inputs.length,
      imported: ledger.sources.filter((a) => a.status === "ok" && !firstSeen.has(a.id)),
      duplicates,
      failed,
      result:
        `${added} new rows, ${kept} earlier rows kept; ${ledger.conflicts.length} conflicts.` +
        (migrated.length ? ` Layout updated: ${migrated.join("; ")}.` : ""),
    }),
  ]);
  recordLayout(wb);
  await wb.xlsx.writeFile(xlsxPath);
  if (!opts.quiet) {
    for (const line of summarize(ledger)) log(line);
    if (migrated.length) log(`\nupdated the layout of ${xlsxPath}: ${migrated.join("; ")}`);
    log(
      `\nwrote ${jsonPath} and ${xlsxPath} (${added} new rows, ${kept} earlier rows kept) in ${Date.now() - started} ms`,
    );
  }
  return 0;
}

if (require.main === module) {
  let opts: CliOptions;
  try {
    opts = parseArgs(process.argv.slice(2));
  } catch (e) {
    console.error((e as Error).message);
    process.exit(2);
  }
  runCli(opts).then(
    (code) => process.exit(code),
    (e: unknown) => {
      console.error(e instanceof Error ? e.message : e);
      process.exit(1);
    },
  );
}
