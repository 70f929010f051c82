// The sidebar in a real browser: Debian's Chromium, headless, driven by playwright-core, against
// the built Sidebar.html served on localhost, whose google.script.run calls the real server
// functions of the built Code.js on the in-memory spreadsheet and the fixture web. It imports
// links, a Google Doc and pasted text, watches the progress, sees the error of a broken link,
// ticks a feed's items, and saves screenshots under out/browser/.
import { existsSync, mkdirSync, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { chromium, type BrowserContext, type Page } from "playwright-core";
import { WEB } from "../fakes/fixtureWeb";
import { htmlFixtures } from "../helpers/htmlFixtures";
import { REPO } from "../helpers/shared";
import { buildInto, serveSidebar, type SidebarServer } from "./sidebarServer";

const CHROMIUM = "/usr/bin/chromium";
/** Without the background-networking flags, Chromium on a closed network hangs on refused connections. */
const ARGS = [
  "--no-sandbox",
  "--disable-gpu",
  "--disable-quic",
  "--no-first-run",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
];
const OUT = join(REPO, "out", "browser");
const DIST = join(OUT, "dist");

let context: BrowserContext;
let profile: string;

/** Records every progress count shown while the progress bar is visible, as the user saw them. */
const WATCH_PROGRESS = () => {
  const seen: string[] = [];
  (window as unknown as { __progress: string[] }).__progress = seen;
  new MutationObserver(() => {
    const count = document.getElementById("count");
    const box = document.getElementById("progress");
    if (!count || !box || box.hidden) return;
    const text = `${(document.getElementById("bar") as HTMLProgressElement).value}|${count.textContent}`;
    if (seen[seen.length - 1] !== text) seen.push(text);
  }).observe(document, { subtree: true, childList: true, characterData: true, attributes: true });
};

/** Opens the sidebar on a fresh document, runs `test`, and closes both whatever happens. */
async function withSidebar(test: (page: Page, server: SidebarServer) => Promise<void>): Promise<void> {
  const server = await serveSidebar(DIST);
  try {
    const errors: string[] = [];
    const page = await openPage(server, errors);
    try {
      await test(page, server);
      expect(errors).toEqual([]);
    } finally {
      await page.close();
    }
  } finally {
    await server.close();
  }
}

/** A page on the sidebar; errors its script throws are collected in `errors`. */
async function openPage(server: SidebarServer, errors: string[]): Promise<Page> {
  const page = await context.newPage();
  // Anything the page does takes milliseconds here: a wait that runs long is a failure to report.
  page.setDefaultTimeout(5_000);
  await page.setViewportSize({ width: 300, height: 900 });
  await page.addInitScript(WATCH_PROGRESS);
  page.on("pageerror", (e) => errors.push(e.message));
  await page.goto(server.url);
  return page;
}

const SKIPPED = `skipped: ${CHROMIUM} is absent. Install it with "apt-get install -y chromium" (.ci/run does).`;

/** `describe` when Debian's Chromium is installed; otherwise one skipped test that says why. */
function describeWithChromium(name: string, fn: () => void): void {
  if (existsSync(CHROMIUM)) describe(name, fn);
  else {
    console.warn(`Browser tests ${SKIPPED}`);
    describe(name, () => it.skip(SKIPPED, () => undefined));
  }
}

describeWithChromium("the sidebar in Chromium", () => {
  jest.setTimeout(20_000);
  beforeAll(async () => {
    mkdirSync(OUT, { recursive: true });
    buildInto(DIST);
    profile = mkdtempSync(join(tmpdir(), "corroborate-chromium-"));
    context = await chromium.launchPersistentContext(profile, {
      executablePath: CHROMIUM,
      headless: true,
      args: ARGS,
    });
  }, 60_000);

  afterAll(async () => {
    await context?.close();
    if (profile) rmSync(profile, { recursive: true, force: true });
  });

  it("imports links, a Google Doc and pasted text with progress per article, and shows a broken link's error", () =>
    withSidebar(async (page, server) => {
      const pages = htmlFixtures().map((f) => f.expected.fetchedFrom);
      const box = [
        ...pages,
        WEB.hostilePage,
        WEB.gone,
        `https://docs.google.com/document/d/${WEB.docId}/edit`,
        "---",
        "Title: Ferry delayed\nOutlet: Tide Weekly\nDate: 2026-03-20\n\nThe morning ferry to Casswell was delayed by four hours on Friday after a rope fouled its propeller, the operator said.",
      ].join("\n");
      await page.fill("#articles", box);
      await page.click("#import");
      await page.waitForFunction(() =>
        /^Imported \d+ articles/.test(document.getElementById("status")!.textContent ?? ""),
      );

      const total = pages.length + 4;
      // Two batches: the first fetched ten links; the bar showed it before the second began.
      const progress = await page.evaluate(() => (window as unknown as { __progress: string[] }).__progress);
      expect(progress).toContain(`10|10 of ${total} articles`);
      expect(await page.isHidden("#progress")).toBe(true);
      expect(server.calls.filter((c) => c === "continueImport")).toHaveLength(2);

      const status = await page.textContent("#status");
      expect(status).toMatch(new RegExp(`^Imported ${total - 1} articles\\. 1 could not be analysed`));
      const rows = page.locator("#results li");
      expect(await rows.count()).toBe(total);
      const broken = page.locator("#results li.failed", { hasText: WEB.gone });
      expect(await broken.locator(".detail").textContent()).toMatch(/^Page not found \(HTTP 404\)/);
      expect(await broken.locator(".detail").evaluate((e) => getComputedStyle(e).color)).toBe(
        "rgb(197, 34, 31)",
      );
      expect(await page.locator("#results li.imported", { hasText: "Spillway gate jams" }).count()).toBe(1);

      // A title carrying markup is shown as text, and nothing in it ran.
      const hostile = page.locator("#results li", { hasText: '<img src=x onerror="window.__pwned=1">' });
      expect(await hostile.count()).toBe(1);
      expect(await page.locator("#results img").count()).toBe(0);
      expect(await page.evaluate(() => (window as unknown as { __pwned?: number }).__pwned)).toBeUndefined();
      // Only web addresses are links, and they open elsewhere.
      expect(await broken.locator("a").getAttribute("href")).toBe(WEB.gone);
      expect(await broken.locator("a").getAttribute("target")).toBe("_blank");

      await page.screenshot({ path: join(OUT, "import.png"), fullPage: true });
      const sources = server.fakes.spreadsheet.table("Sources");
      expect(sources).toHaveLength(total);
      expect(sources.find((r) => r["URL or file"] === WEB.gone)).toMatchObject({ Status: "error" });
    }));

  it("lists a feed's items, imports the ticked ones, and marks what the ledger already holds", () =>
    withSidebar(async (page, server) => {
      await page.fill("#articles", WEB.deskFeed);
      await page.click("#import");
      await page.waitForSelector("#feeds:not([hidden]) .feed-list li");
      expect(await page.textContent("#status")).toMatch(/1 feed listed: tick the articles to import/);
      expect(await page.locator(".feed-title").textContent()).toBe("Fenmoor Herald: regional desk");
      const items = page.locator(".feed-list li");
      expect(await items.count()).toBe(5);
      expect(await page.isDisabled("#import-ticked")).toBe(true);
      await page.check(".feed-list li:has-text('orchestra') input");
      await page.check(".feed-list li:has-text('signal box') input");
      expect(await page.textContent("#import-ticked")).toBe("Import 2 ticked");
      await page.screenshot({ path: join(OUT, "feed.png"), fullPage: true });

      await page.click("#import-ticked");
      await page.waitForFunction(() =>
        /^Imported 1 article\./.test(document.getElementById("status")!.textContent ?? ""),
      );
      expect(await page.isDisabled(".feed-list li:has-text('orchestra') input")).toBe(true);
      const failed = page.locator("#results li.failed");
      expect(await failed.locator(".label").textContent()).toBe("Ostley signal box to close");
      expect(await page.locator("#results li.imported .label").textContent()).toBe(
        "Kestrel Valley orchestra cancels spring season after funder pulls out",
      );
      await page.screenshot({ path: join(OUT, "feed-imported.png"), fullPage: true });

      // The same feed again: the imported story is marked, and "Tick all" leaves it out.
      await page.fill("#articles", WEB.deskFeed);
      await page.click("#import");
      await page.waitForFunction(() => document.querySelectorAll(".feed-list").length === 2);
      const second = page.locator(".feed-list").nth(1);
      expect(await second.locator("li", { hasText: "orchestra" }).textContent()).toMatch(
        /already in the ledger/,
      );
      await second.locator("button", { hasText: "Tick all" }).click();
      expect(await second.locator("input:checked").count()).toBe(4);
      expect(server.fakes.spreadsheet.table("Sources")).toHaveLength(2);
    }));
});
