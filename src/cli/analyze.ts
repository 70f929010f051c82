// Local runner: `npm run analyze -- <files or folders...> --out <dir>`.
// Reads .txt, .md and .html articles, runs the same core as the add-on, and writes
// <dir>/ledger.json (the contract of ../shared/eval/README.md) and <dir>/ledger.xlsx.
import { mkdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { analyze } from "../core/analyze";
import { ingestArticle } from "../core/ingest";
import { ledgerJson } from "../core/ledger/json";
import { ledgerTables } from "../core/ledger/tables";
import type { Article } from "../core/model";
import { readInputs } from "./inputs";
import { summarize } from "./summary";
import { writeXlsx } from "./xlsx";

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

export async function runCli(opts: CliOptions, log: (line: string) => void = console.log): Promise<number> {
  const { inputs, skipped } = readInputs(opts.paths);
  for (const s of skipped) log(`skipped ${s}: not a .txt, .md or .html file`);
  if (inputs.length === 0) {
    log("No articles found.");
    return 1;
  }
  const started = Date.now();
  const showProgress = !opts.quiet && inputs.length >= 10;
  const articles: Article[] = inputs.map((input, i) => {
    if (showProgress && (i % 10 === 0 || i === inputs.length - 1))
      log(`reading ${i + 1}/${inputs.length}: ${input.file}`);
    return ingestArticle(input.raw, { file: input.file });
  });
  if (showProgress) log(`analyzing ${articles.length} articles...`);
  const ledger = analyze(articles);
  mkdirSync(opts.out, { recursive: true });
  const jsonPath = join(opts.out, "ledger.json");
  writeFileSync(jsonPath, JSON.stringify(ledgerJson(ledger), null, 2) + "\n");
  const xlsxPath = join(opts.out, "ledger.xlsx");
  const { added, kept } = await writeXlsx(xlsxPath, ledgerTables(ledger, new Date().toISOString()));
  if (!opts.quiet) {
    for (const line of summarize(ledger)) log(line);
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
