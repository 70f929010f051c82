// Import and re-analysis against a spreadsheet: read what the ledger holds, add the new
// articles, run the core over everything, write every table once. Behind narrow interfaces so
// tests run it on the in-memory fake.
import { analyze } from "../core/analyze";
import { ingestArticle, splitPastedArticles } from "../core/ingest";
import { TAB_ORDER } from "../core/ledger/schema";
import { ledgerTables } from "../core/ledger/tables";
import type { Article } from "../core/model";
import { countWords } from "../core/text/normalize";
import { readGrid, writeTable } from "./sheetTables";
import { appendTexts, readTexts } from "./textStore";
import type { LockLike, SpreadsheetLike } from "./types";

export interface ServiceDeps {
  ss: SpreadsheetLike;
  lock: LockLike;
  now: () => Date;
}

export interface ImportReport {
  ok: boolean;
  message: string;
  imported: number;
  duplicates: number;
  failed: { title: string; error: string }[];
  conflicts: number;
}

const LOCK_WAIT_MS = 10_000;

/** Articles already in the ledger, rebuilt from the Sources tab and the stored texts. */
export function loadStoredArticles(ss: SpreadsheetLike): Article[] {
  const sheet = ss.getSheetByName("Sources");
  if (!sheet) return [];
  const grid = readGrid(sheet);
  const at = (name: string): number => grid.headers.indexOf(name);
  const texts = readTexts(ss);
  const out: Article[] = [];
  for (const row of grid.rows) {
    const get = (name: string): string => (at(name) >= 0 ? String(row[at(name)] ?? "") : "");
    const id = get("ID");
    const text = texts.get(id);
    if (!id || get("Status") !== "ok" || text === undefined) continue;
    const locator = get("URL or file");
    const a: Article = {
      id,
      text,
      contentHash: get("Content hash"),
      words: countWords(text),
      status: "ok",
    };
    if (/^https?:\/\//i.test(locator)) a.url = locator;
    else if (locator) a.file = locator;
    for (const [key, header] of [
      ["title", "Title"],
      ["outlet", "Outlet"],
      ["published", "Published"],
      ["author", "Author"],
      ["importedAt", "Imported at"],
    ] as const) {
      const v = get(header);
      if (v) a[key] = v;
    }
    out.push(a);
  }
  return out;
}

function withLock<T>(deps: ServiceDeps, busy: () => T, work: () => T): T {
  if (!deps.lock.tryLock(LOCK_WAIT_MS)) return busy();
  try {
    return work();
  } finally {
    deps.lock.releaseLock();
  }
}

const busyReport = (): ImportReport => ({
  ok: false,
  message: "Another Corroborate run is writing to this spreadsheet. Try again in a minute.",
  imported: 0,
  duplicates: 0,
  failed: [],
  conflicts: 0,
});

function analyzeAndWrite(deps: ServiceDeps, articles: Article[]): number {
  const ledger = analyze(articles);
  const tables = ledgerTables(ledger, deps.now().toISOString());
  for (const tab of TAB_ORDER) writeTable(deps.ss, tables[tab]);
  return ledger.conflicts.length;
}

/** Imports pasted articles (separated by lines of `---`) and re-analyses the whole ledger. */
export function importPasted(deps: ServiceDeps, pasted: string): ImportReport {
  return withLock(deps, busyReport, () => {
    const importedAt = deps.now().toISOString();
    const stored = loadStoredArticles(deps.ss);
    const known = new Map<string, string>();
    for (const a of stored) {
      known.set(`hash:${a.contentHash}`, a.id);
      if (a.url) known.set(`url:${a.url}`, a.id);
    }
    const pieces = splitPastedArticles(pasted);
    if (pieces.length === 0) {
      return { ...busyReport(), message: "Nothing to import: paste one or more articles first." };
    }
    const fresh: Article[] = [];
    const failed: ImportReport["failed"] = [];
    let duplicates = 0;
    for (const piece of pieces) {
      const a = { ...ingestArticle(piece), importedAt };
      const dupOf = known.get(`hash:${a.contentHash}`) ?? (a.url ? known.get(`url:${a.url}`) : undefined);
      if (a.status === "ok" && dupOf) {
        duplicates++;
        continue;
      }
      if (a.status !== "ok") failed.push({ title: a.title ?? a.id, error: a.error ?? a.status });
      known.set(`hash:${a.contentHash}`, a.id);
      if (a.url) known.set(`url:${a.url}`, a.id);
      fresh.push(a);
    }
    appendTexts(deps.ss, new Map(fresh.filter((a) => a.status === "ok").map((a) => [a.id, a.text])));
    const conflicts = analyzeAndWrite(deps, [...stored, ...fresh]);
    const imported = fresh.filter((a) => a.status === "ok").length;
    const parts = [`Imported ${imported} article${imported === 1 ? "" : "s"}.`];
    if (duplicates) parts.push(`${duplicates} already in the ledger, not added again.`);
    if (failed.length)
      parts.push(`${failed.length} could not be analysed (see Status and Error in Sources).`);
    parts.push(`${conflicts} conflict${conflicts === 1 ? "" : "s"} between sources.`);
    return { ok: true, message: parts.join(" "), imported, duplicates, failed, conflicts };
  });
}

/** Re-runs the analysis over every stored article (after an engine update, say). */
export function reanalyzeAll(deps: ServiceDeps): ImportReport {
  return withLock(deps, busyReport, () => {
    const stored = loadStoredArticles(deps.ss);
    const conflicts = analyzeAndWrite(deps, stored);
    return {
      ok: true,
      message: `Re-analysed ${stored.length} article${stored.length === 1 ? "" : "s"}: ${conflicts} conflict${conflicts === 1 ? "" : "s"}.`,
      imported: 0,
      duplicates: 0,
      failed: [],
      conflicts,
    };
  });
}
