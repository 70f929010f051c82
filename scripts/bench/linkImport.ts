// Importing links through the add-on's batches, on the in-memory sheet and a fake web of invented
// pages (synthetic articles in news-page markup, about 60 KB each with scripts and chrome). Sites
// answer after 0.3 to 3 s, and one in twenty never answers (UrlFetchApp gives up after a minute);
// the fake moves the test clock by each fetchAll round's slowest site, so the "wall" figure is the
// time a batch spends waiting on the web as Apps Script would, and "node ms" is the work measured
// here (reading pages, analysing, writing the sheet).
import { FETCH_CUTOFF_MS, MAX_LINKS_PER_BATCH } from "../../src/core/ledger/job";
import { runImportBatch, startImport } from "../../src/gas/importService";
import { ADA, Clock, sharedDocument, userDeps } from "../../tests/fakes/documentUsers";
import { rng, syntheticArticles } from "../../tests/fakes/syntheticArticles";
import { FakeUrlFetchApp, type Route } from "../../tests/fakes/web";
import type { BenchSection } from "./types";
import { median } from "./util";

const SIZES = [10, 40, 100];
const TIMEOUT_SHARE = 0.05;

const escapeHtml = (s: string): string => s.replace(/&/g, "&amp;").replace(/</g, "&lt;");

/** A synthetic article dressed as a news page: menus, a sidebar, comments, scripts, a footer. */
function newsPage(raw: string): string {
  const lines = raw.split("\n");
  const header = (key: string): string =>
    (lines.find((l) => l.startsWith(`${key}: `)) ?? "").slice(key.length + 2);
  const body = lines
    .slice(lines.findIndex((l) => !l.trim()) + 1)
    .filter((l) => l.trim())
    .map((p) => `<p>${escapeHtml(p)}</p>`)
    .join("\n");
  const menu = Array.from({ length: 40 }, (_, i) => `<li><a href="/section/${i}">Section ${i}</a></li>`).join(
    "",
  );
  const script = `<script>window.__data=${JSON.stringify({ filler: "x".repeat(45_000) })}</script>`;
  return `<!doctype html><html><head><meta charset="utf-8"><title>${escapeHtml(header("Title"))} | ${escapeHtml(header("Outlet"))}</title>
<meta property="og:site_name" content="${escapeHtml(header("Outlet"))}">
<meta property="article:published_time" content="${header("Date")}T08:00:00Z">${script}</head>
<body><header><nav><ul>${menu}</ul></nav></header><main><article><h1>${escapeHtml(header("Title"))}</h1>
${body}</article><aside class="related"><h3>Related</h3><ul>${menu.slice(0, 800)}</ul></aside>
<section class="comments"><p>Comments are closed.</p></section></main><footer>&copy; 2026</footer></body></html>`;
}

interface Measure {
  links: number;
  batches: number;
  rounds: number;
  maxPerRound: number;
  wallMs: number[];
  nodeMs: number[];
  imported: number;
  failed: number;
}

function measure(n: number): Measure {
  const r = rng(31 + n);
  const routes = new Map<string, Route>();
  const urls = syntheticArticles(n, 41).map((a, i) => {
    const url = `https://www.outlet-${i % 9}.example/news/2026/04/story-${i}`;
    routes.set(
      url,
      r() < TIMEOUT_SHARE
        ? { error: "Timeout", latencyMs: 60_000 }
        : {
            headers: { "Content-Type": "text/html; charset=utf-8" },
            body: newsPage(a.raw),
            latencyMs: 300 + Math.floor(r() * 2700),
          },
    );
    return url;
  });
  const clock = new Clock();
  const web = new FakeUrlFetchApp(routes, clock);
  const deps = userDeps(sharedDocument(), ADA, clock, { urlFetch: web });
  const start = startImport(deps, urls.join("\n"));
  const wallMs: number[] = [];
  const nodeMs: number[] = [];
  let p = start;
  while (p.ok && p.state === "running") {
    const t0 = clock.t;
    const n0 = performance.now();
    p = runImportBatch(deps, start.job);
    nodeMs.push(performance.now() - n0);
    wallMs.push(clock.t - t0);
  }
  if (p.state !== "done") throw new Error(`import of ${n} links ended ${p.state}: ${p.message}`);
  return {
    links: n,
    batches: wallMs.length,
    rounds: web.calls.length,
    maxPerRound: Math.max(...web.calls.map((c) => c.length)),
    wallMs,
    nodeMs,
    imported: p.imported,
    failed: p.failedCount,
  };
}

const s = (ms: number): string => `${(ms / 1000).toFixed(1)} s`;

export const linkImportSection: BenchSection = {
  name: "Links imported through batches (fake web: 0.3-3 s per site, 5% never answer)",
  async run() {
    const results = SIZES.map(measure);
    return [
      `  at most ${MAX_LINKS_PER_BATCH} links per batch, one fetchAll round each (plus one per hop or per failing site); no round after ${s(FETCH_CUTOFF_MS)}`,
      "  links  batches  fetchAll rounds  max links/round  imported  failed  waiting on the web per batch (median, max)  node ms per batch (median, max)",
      ...results.map(
        (m) =>
          `  ${String(m.links).padStart(5)}  ${String(m.batches).padStart(7)}  ${String(m.rounds).padStart(15)}  ` +
          `${String(m.maxPerRound).padStart(15)}  ${String(m.imported).padStart(8)}  ${String(m.failed).padStart(6)}  ` +
          `${`${s(median(m.wallMs))}, ${s(Math.max(...m.wallMs))}`.padStart(43)}  ` +
          `${`${median(m.nodeMs).toFixed(0)}, ${Math.max(...m.nodeMs).toFixed(0)}`.padStart(31)}`,
      ),
    ];
  },
};
