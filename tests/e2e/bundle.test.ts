// Builds dist/ and loads Code.js in a bare vm context (no Node globals, only the Apps Script
// fakes), as Apps Script would: every entry point must be a top-level function.
import { execFileSync } from "node:child_process";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import vm from "node:vm";
import { appsScriptFakes, sharedDocument, type AppsScriptFakes } from "../fakes/appsScript";
import { fakeBrowser } from "../fakes/dom";
import { WEB } from "../fakes/fixtureWeb";
import { htmlFixtures } from "../helpers/htmlFixtures";
import { REPO } from "../helpers/shared";

/**
 * A ceiling for the minified bundle, which Apps Script loads on every menu click. Issue 3's target
 * is 200 KB; with the extraction engine, resolve/reconcile, the HTML reader and web import it is
 * about 214.5 KiB (docs/ARCHITECTURE.md, "Size", says where the bytes are). This ceiling stops it
 * growing unnoticed: raise it only for rules whose gain is measured, lower it as the bundle shrinks.
 */
const BUNDLE_BUDGET_BYTES = 216 * 1024;

let code = "";
let sidebar = "";

const DAM =
  "Title: Dam breach\nDate: 2026-06-02\n\nThe dam near Olbrin failed on Monday, killing 7 people, police said.\n---\nTitle: Dam toll\nDate: 2026-06-03\n\nThe dam near Olbrin burst on Monday and killed 9 people, the interior ministry said.";

beforeAll(() => {
  execFileSync(process.execPath, [join(REPO, "scripts/build.mjs")], { cwd: REPO, stdio: "pipe" });
  code = readFileSync(join(REPO, "dist/Code.js"), "utf8");
  sidebar = readFileSync(join(REPO, "dist/Sidebar.html"), "utf8");
}, 60_000);

function load(fakes: AppsScriptFakes = appsScriptFakes()): { ctx: vm.Context; fakes: AppsScriptFakes } {
  const ctx = vm.createContext({ ...fakes.globals });
  vm.runInContext(code, ctx, { filename: "Code.js" });
  return { ctx, fakes };
}

/** The sidebar's client script running in a fake browser whose server calls go to `server`. */
function openSidebar(server: vm.Context): ReturnType<typeof fakeBrowser> {
  const browser = fakeBrowser(sidebar, server as Record<string, unknown>);
  const script = /<script>([\s\S]*)<\/script>/.exec(sidebar)?.[1] ?? "";
  vm.runInContext(
    script,
    vm.createContext({ document: browser.document, google: browser.google, setTimeout: browser.setTimeout }),
  );
  return browser;
}

describe("dist/Code.js", () => {
  it("stays under the size budget", () => {
    expect(Buffer.byteLength(code)).toBeLessThan(BUNDLE_BUDGET_BYTES);
  });

  it("has no import or export statements left", () => {
    expect(code).not.toMatch(/(^|[;}\n])\s*(import|export)\s+[\w{*"']/);
    expect(code).not.toMatch(/\brequire\(/);
  });

  it("builds the add-on menu from onOpen, and every menu item is a global function", () => {
    const { ctx, fakes } = load();
    vm.runInContext("onOpen({ authMode: 'NONE' })", ctx);
    expect(fakes.menus).toHaveLength(1);
    const menu = fakes.menus[0]!;
    expect(menu.added).toBe(true);
    const items = menu.items.filter((i) => i !== "separator");
    expect(items.map((i) => i.caption)).toEqual([
      "Import articles…",
      "Re-analyze all",
      "Show conflicts",
      "Show run journal",
      "About",
    ]);
    for (const item of items) expect(typeof ctx[item.functionName]).toBe("function");
    vm.runInContext("onInstall({})", ctx);
    expect(fakes.menus).toHaveLength(2);
  });

  it("exposes every google.script.run target of the sidebar as a global function", () => {
    const client = readFileSync(join(REPO, "src/ui/sidebar.ts"), "utf8");
    const targets = [...client.matchAll(/\brun\(\s*"(\w+)"/g)].map((m) => m[1]);
    expect(targets.length).toBeGreaterThan(0);
    const { ctx } = load();
    for (const t of targets) {
      expect(typeof ctx[t as string]).toBe("function");
      expect(sidebar).toContain(`"${t}"`);
    }
  });

  it("imports pasted articles end to end inside the bare context, batch by batch", () => {
    const { ctx, fakes } = load();
    ctx.pasted = DAM;
    const start = vm.runInContext("startImport(pasted)", ctx) as { ok: boolean; job: string; total: number };
    expect(start).toMatchObject({ ok: true, total: 2 });
    ctx.job = start.job;
    const done = vm.runInContext("continueImport(job)", ctx) as { state: string; imported: number };
    expect(done).toMatchObject({ state: "done", imported: 2 });
    expect(fakes.spreadsheet.table("Sources")).toHaveLength(2);
    expect(fakes.spreadsheet.table("Journal")[0]?.Who).toBe("editor@example.org");
    expect(fakes.flushes).toBeGreaterThan(0);
    expect(fakes.properties.getProperty("corroborate.layoutVersion")).toBe("2");
    vm.runInContext("showImportSidebar()", ctx);
    expect(fakes.sidebars[0]).toMatchObject({ file: "Sidebar" });
    vm.runInContext("showJournal()", ctx);
    expect(fakes.spreadsheet.active?.getName()).toBe("Journal");
  });

  it("tells a second user in another execution who is importing, and copes without an email", () => {
    const doc = sharedDocument();
    const first = load(appsScriptFakes(doc, { email: "ada@newsroom.example", key: "key-ada" }));
    const noScope = appsScriptFakes(doc, { email: "", key: "key-ben-42" });
    noScope.globals.Session = {
      getActiveUser: () => {
        throw new Error("You do not have permission to call Session.getActiveUser");
      },
      getTemporaryActiveUserKey: () => "key-ben-42",
    };
    const second = load(noScope);
    first.ctx.pasted = DAM;
    const start = vm.runInContext("startImport(pasted)", first.ctx) as { job: string };
    second.ctx.pasted = DAM;
    const refused = vm.runInContext("startImport(pasted)", second.ctx) as { ok: boolean; message: string };
    expect(refused.ok).toBe(false);
    expect(refused.message).toMatch(
      /^An import started by ada@newsroom\.example at \d{4}-\d\d-\d\d \d\d:\d\d UTC is running/,
    );
    first.ctx.job = start.job;
    vm.runInContext("continueImport(job)", first.ctx);
    vm.runInContext("reanalyzeAll()", second.ctx);
    expect(second.fakes.alerts[0]).toMatch(/^Re-analysed the ledger/);
    expect(doc.spreadsheet.table("Journal").map((r) => r.Who)).toEqual([
      "ada@newsroom.example",
      "a user whose email is not shared (key-be)",
    ]);
  });

  it("drives an import from the sidebar: progress, Cancel hidden at the end, titles shown as text only", () => {
    const { ctx, fakes } = load();
    const browser = openSidebar(ctx);
    browser.drain();
    const el = (id: string) => browser.elements.get(id)!;
    const hostile = '<img src=x onerror="alert(1)"><script>alert(2)</script>';
    const articles = Array.from({ length: 45 }, (_, i) =>
      DAM.split("---")[0]!
        .replace("Dam breach", `Dam breach ${i}`)
        .replace("7 people", `${i + 7} people`),
    );
    el("articles").value = [...articles, `Title: ${hostile}\n\nNews\nSport`].join("\n---\n");
    el("import").click();
    expect(el("import").disabled).toBe(true);
    const bars: number[] = [];
    const watch = () => bars.push(Number(el("bar").value));
    for (let i = 0; i < 20 && browser.step(1) > 0; i++) watch();
    browser.drain();
    watch();
    expect(el("status").textContent).toMatch(/^Imported 45 articles\. 1 could not be analysed/);
    expect(Math.max(...bars)).toBe(46);
    expect(bars).toContain(40);
    expect(el("cancel").hidden).toBe(true);
    expect(el("import").disabled).toBe(false);
    expect(el("articles").value).toBe("");
    const results = el("results").children;
    expect(results).toHaveLength(46);
    expect(results.filter((li) => li.className === "imported")).toHaveLength(45);
    const failed = results.filter((li) => li.className === "failed");
    expect(failed.map((li) => li.children.map((c) => [c.className, c.textContent]))).toEqual([
      [
        ["mark", "Failed"],
        ["label", hostile],
        ["detail", "No readable sentences: nothing to analyse after page furniture was removed."],
      ],
    ]);
    expect(el("results-title").hidden).toBe(false);
    expect(fakes.spreadsheet.table("Sources")).toHaveLength(46);
  });

  it("imports links, a Google Doc and a feed's ticked items from the sidebar, inside the bare context", () => {
    const { ctx, fakes } = load();
    const browser = openSidebar(ctx);
    browser.drain();
    const el = (id: string) => browser.elements.get(id)!;
    el("articles").value = [
      "https://www.ashbycourier.example/node/4412",
      "https://www.valley-echo.example/2026/03/14/no-such-story/",
      `https://docs.google.com/document/d/${WEB.docId}/edit`,
      WEB.deskFeed,
    ].join("\n");
    el("import").click();
    browser.drain();
    expect(el("status").textContent).toMatch(
      /^Imported 2 articles\. 1 could not be analysed .* 1 feed listed: tick the articles to import\./,
    );
    const rows = el("results").children.map((li) => [li.className, li.children[1]!.textContent]);
    expect(rows).toEqual([
      ["imported", "Court blocks quarry expansion near Linden Falls"],
      ["failed", "https://www.valley-echo.example/2026/03/14/no-such-story/"],
      ["imported", "Spillway gate jams at Wenlow reservoir"],
      ["feed", "Fenmoor Herald: regional desk"],
    ]);
    expect(el("feeds").hidden).toBe(false);
    const boxes = el("feed-lists")
      .descendants()
      .filter((e) => e.type === "checkbox");
    expect(boxes).toHaveLength(5);
    // The Drupal story is already in the ledger: the list says so.
    const labels = el("feed-lists")
      .descendants()
      .filter((e) => e.tagName === "label")
      .map((l) => l.allText());
    expect(labels[1]).toMatch(/already in the ledger/);
    expect(el("import-ticked").disabled).toBe(true);
    boxes[0]!.click();
    boxes[4]!.click();
    expect(el("import-ticked").textContent).toBe("Import 2 ticked");
    el("import-ticked").click();
    browser.drain();
    expect(el("status").textContent).toMatch(/^Imported 2 articles\./);
    expect(boxes[0]!.disabled).toBe(true);
    const sources = fakes.spreadsheet.table("Sources");
    expect(sources.map((r) => r.Title)).toEqual(
      expect.arrayContaining([
        "Kestrel Valley orchestra cancels spring season after funder pulls out",
        '<img src=x onerror="window.__pwned=1">Levee report finds seepage at Fenmoor',
      ]),
    );
    expect(sources).toHaveLength(5);
    expect(fakes.urlFetch.requests.every((r) => r.muteHttpExceptions && !r.followRedirects)).toBe(true);
  });

  /** Pages of invented harbour news, distinct from the fixtures. */
  const harbourPages = (fakes: AppsScriptFakes, n: number): string[] =>
    Array.from({ length: n }, (_, i) => {
      const url = `https://www.tide-${i}.example/news/crane-${i}`;
      fakes.urlFetch.routes.set(url, {
        headers: { "Content-Type": "text/html; charset=utf-8" },
        body: `<html><head><title>Crane ${i} fails at Tide harbour</title></head><body><article><p>A crane at berth ${i} of the Tide harbour failed on Monday, the port authority said, and ${i + 3} ships were delayed.</p></article></body></html>`,
      });
      return url;
    });

  it("sends feed items ticked during an import before its next batch: the running import grows", () => {
    const { ctx, fakes } = load();
    const browser = openSidebar(ctx);
    browser.drain();
    const el = (id: string) => browser.elements.get(id)!;
    const links = htmlFixtures().map((f) => f.expected.fetchedFrom);
    el("articles").value = [WEB.deskFeed, ...links, ...harbourPages(fakes, 10)].join("\n");
    el("import").click();
    browser.step(2); // queued, then the first batch: the feed and nine pages
    expect(el("count").textContent).toBe("10 of 21 articles");
    // The second batch is already on its way when the levee report is ticked.
    el("feed-lists")
      .descendants()
      .filter((e) => e.type === "checkbox")[4]!
      .click();
    el("import-ticked").click();
    expect(el("status").textContent).toBe("1 ticked article joins the import after the batch under way.");
    browser.drain();
    expect(el("status").textContent).toMatch(/^Imported 21 articles\./);
    expect(fakes.spreadsheet.table("Journal").map((r) => r.Items)).toEqual([10, 10, 2]);
    expect(fakes.spreadsheet.table("Sources").map((r) => r.Title)).toContain(
      '<img src=x onerror="window.__pwned=1">Levee report finds seepage at Fenmoor',
    );
  });

  it("gives back the items ticked for an import that is then cancelled", () => {
    const { ctx, fakes } = load();
    const browser = openSidebar(ctx);
    browser.drain();
    const el = (id: string) => browser.elements.get(id)!;
    el("articles").value = [WEB.deskFeed, ...harbourPages(fakes, 20)].join("\n");
    el("import").click();
    browser.step(2);
    const box = el("feed-lists")
      .descendants()
      .filter((e) => e.type === "checkbox")[4]!;
    box.click();
    el("import-ticked").click();
    expect(box.disabled).toBe(true);
    el("cancel").click();
    browser.drain();
    expect(el("status").textContent).toMatch(/^Import cancelled/);
    expect(box.disabled).toBe(false);
    expect(box.checked).toBe(true);
    expect(el("import-ticked").textContent).toBe("Import 1 ticked");
    expect(fakes.spreadsheet.table("Journal").map((r) => r.Action)).toEqual(["import", "import", "cancel"]);
  });

  it("starts an import of its own for items ticked during the last batch", () => {
    const { ctx, fakes } = load();
    const browser = openSidebar(ctx);
    browser.drain();
    const el = (id: string) => browser.elements.get(id)!;
    const links = htmlFixtures().map((f) => f.expected.fetchedFrom);
    el("articles").value = [WEB.deskFeed, ...links, WEB.latin1Page].join("\n");
    el("import").click();
    browser.step(2);
    expect(el("count").textContent).toBe("10 of 12 articles");
    el("feed-lists")
      .descendants()
      .filter((e) => e.type === "checkbox")[4]!
      .click();
    el("import-ticked").click();
    browser.drain();
    expect(el("status").textContent).toMatch(/^Imported 1 article\./);
    expect(fakes.spreadsheet.table("Journal").map((r) => [r.Run, r.Items])).toEqual([
      [expect.any(String), 10],
      [fakes.spreadsheet.table("Journal")[0]!.Run, 2],
      [expect.not.stringMatching(fakes.spreadsheet.table("Journal")[0]!.Run as string), 1],
    ]);
  });

  it("resumes an unfinished import when the sidebar opens again, and cancels from the button", () => {
    const { ctx, fakes } = load();
    const many = Array.from({ length: 130 }, (_, i) =>
      DAM.split("---")[0]!
        .replace("Dam breach", `Dam breach ${i}`)
        .replace("7 people", `${i + 7} people`),
    ).join("\n---\n");
    ctx.pasted = many;
    const start = vm.runInContext("startImport(pasted)", ctx) as { job: string };
    ctx.job = start.job;
    vm.runInContext("continueImport(job)", ctx); // one batch, then the sidebar was closed
    const browser = openSidebar(ctx);
    const el = (id: string) => browser.elements.get(id)!;
    browser.step(2); // status on opening, then the next batch
    expect(el("bar").value).toBe(80);
    expect(el("cancel").hidden).toBe(false);
    // The request for the third batch is already on its way when Cancel is pressed: that batch
    // finishes whole, then the import stops.
    el("cancel").click();
    expect(el("cancel").disabled).toBe(true);
    browser.drain();
    expect(el("status").textContent).toBe(
      "Import cancelled: Imported 120 articles. The other 10 of 130 articles were not imported.",
    );
    expect(el("cancel").hidden).toBe(true);
    expect(fakes.spreadsheet.table("Sources")).toHaveLength(120);
    expect(fakes.spreadsheet.table("Journal").map((r) => r.Action)).toEqual([
      "import",
      "import",
      "import",
      "cancel",
    ]);
  });

  it("offers a second person to wait, then starts their import when the first one ends", () => {
    const doc = sharedDocument();
    const ada = load(appsScriptFakes(doc, { email: "ada@newsroom.example", key: "key-ada" }));
    ada.ctx.pasted = DAM;
    const start = vm.runInContext("startImport(pasted)", ada.ctx) as { job: string };
    const ben = load(appsScriptFakes(doc, { email: "ben@newsroom.example", key: "key-ben" }));
    const browser = openSidebar(ben.ctx);
    const el = (id: string) => browser.elements.get(id)!;
    browser.step(1);
    expect(el("status").textContent).toMatch(/^An import started by ada@newsroom\.example/);
    el("articles").value =
      "Title: Levee holds\n\nThe levee near Olbrin held on Tuesday, engineers said after the storm.";
    el("import").click();
    browser.step(1);
    expect(el("wait").hidden).toBe(false);
    el("wait").click();
    browser.step(1);
    expect(el("status").textContent).toMatch(/Waiting; your import starts when it is over\.$/);
    ada.ctx.job = start.job;
    vm.runInContext("continueImport(job)", ada.ctx);
    browser.drain();
    expect(el("status").textContent).toMatch(/^Imported 1 article\./);
    expect(doc.spreadsheet.table("Sources")).toHaveLength(3);
  });

  it("inlines the sidebar's client script", () => {
    expect(sidebar).not.toContain("CLIENT_SCRIPT");
    expect(sidebar).toMatch(/<script>[\s\S]*getElementById[\s\S]*<\/script>/);
    const manifest = JSON.parse(readFileSync(join(REPO, "dist/appsscript.json"), "utf8"));
    expect(manifest.runtimeVersion).toBe("V8");
    // The fewest scopes: this spreadsheet, the sidebar, fetching links, reading Docs (not writing them).
    expect([...manifest.oauthScopes].sort()).toEqual([
      "https://www.googleapis.com/auth/documents.readonly",
      "https://www.googleapis.com/auth/script.container.ui",
      "https://www.googleapis.com/auth/script.external_request",
      "https://www.googleapis.com/auth/spreadsheets.currentonly",
    ]);
    expect(manifest.dependencies.enabledAdvancedServices).toEqual([
      { userSymbol: "Docs", serviceId: "docs", version: "v1" },
    ]);
    // A bound script or test deployment fetches any address; see the README before publishing.
    expect(manifest.urlFetchWhitelist).toBeUndefined();
  });
});
