// Sheets service calls for an import of 10, 100 and 500 synthetic articles, counted by the
// in-memory spreadsheet fake, batch by batch and tab by tab. Each batch must cost a constant
// number of calls per tab, whatever the number of articles, rows or cells.
import { JOURNAL_TAB, QUEUE_TAB, TAB_ORDER, TEXT_TAB } from "../../src/core/ledger/schema";
import { runImportBatch, startImport } from "../../src/gas/importService";
import { ADA, Clock, sharedDocument, userDeps } from "../../tests/fakes/documentUsers";
import { syntheticArticles } from "../../tests/fakes/syntheticArticles";
import type { BenchSection } from "./types";
import { median } from "./util";

const SIZES = [10, 100, 500];
const TABS = [...TAB_ORDER, TEXT_TAB, JOURNAL_TAB, QUEUE_TAB];

interface Measure {
  articles: number;
  batches: number;
  start: number;
  perBatch: number[];
  /** Median calls per batch for each tab. */
  perTab: Map<string, number>;
  rows: number;
  ms: number;
}

function measure(n: number): Measure {
  const doc = sharedDocument();
  const deps = userDeps(doc, ADA, new Clock());
  const pasted = syntheticArticles(n, 17)
    .map((a) => a.raw)
    .join("\n---\n");
  const counter = doc.spreadsheet.counter;
  const t0 = Date.now();
  const start = startImport(deps, pasted);
  const startCalls = counter.total();
  const perBatch: number[] = [];
  const tabCalls = new Map<string, number[]>(TABS.map((t) => [t, []]));
  let p = start;
  while (p.ok && p.state === "running") {
    counter.reset();
    p = runImportBatch(deps, start.job);
    perBatch.push(counter.total());
    for (const t of TABS) tabCalls.get(t)?.push(counter.bySheet.get(t) ?? 0);
  }
  if (p.state !== "done") throw new Error(`import of ${n} ended ${p.state}: ${p.message}`);
  const rows = TAB_ORDER.reduce((sum, t) => sum + doc.spreadsheet.table(t).length, 0);
  return {
    articles: n,
    batches: perBatch.length,
    start: startCalls,
    perBatch,
    perTab: new Map([...tabCalls].map(([t, xs]) => [t, median(xs)])),
    rows,
    ms: Date.now() - t0,
  };
}

export const sheetsCallsSection: BenchSection = {
  name: "Sheets service calls per import (in-memory fake, synthetic articles)",
  async run() {
    const results = SIZES.map(measure);
    const lines = [
      "  articles  batches  start  calls/batch (first, median, max)  total  rows written  node ms",
      ...results.map(
        (m) =>
          `  ${String(m.articles).padStart(8)}  ${String(m.batches).padStart(7)}  ${String(m.start).padStart(5)}  ` +
          `${`${m.perBatch[0]}, ${median(m.perBatch)}, ${Math.max(...m.perBatch)}`.padStart(32)}  ` +
          `${String(m.start + m.perBatch.reduce((a, b) => a + b, 0)).padStart(5)}  ${String(m.rows).padStart(12)}  ${String(m.ms).padStart(7)}`,
      ),
      "",
      `  median calls per batch by tab: ${TABS.join(", ")}`,
      ...results.map(
        (m) => `  ${String(m.articles).padStart(8)}: ${TABS.map((t) => m.perTab.get(t)).join(", ")}`,
      ),
    ];
    return lines;
  },
};
