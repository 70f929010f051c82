// Importing links, feeds and Google Docs through the import service, on the in-memory sheet and
// the fake web: every failure on its own Sources row while the rest goes on, fetched articles
// with their metadata, links fetched in capped rounds inside the batches, feed items ticked into
// the job, and links fetched again without duplicates or lost articles.
import { FETCH_CUTOFF_MS, MAX_LINKS_PER_BATCH } from "../../src/core/ledger/job";
import { JOURNAL_TAB } from "../../src/core/ledger/schema";
import { addLinks, runImportBatch, startImport, type ImportProgress } from "../../src/gas/importService";
import { ADA, BEN, Clock, importAll, sharedDocument, userDeps } from "../fakes/documentUsers";
import { fixtureRoutes, WEB } from "../fakes/fixtureWeb";
import { FakeUrlFetchApp } from "../fakes/web";
import { htmlFixtures } from "../helpers/htmlFixtures";

const pages = htmlFixtures();
const page = (name: string) => pages.find((p) => p.name === name)!;
const docLink = (id: string) => `https://docs.google.com/document/d/${id}/edit?usp=sharing`;

const PASTED = `Title: Pier fire
Outlet: Tide Weekly
Date: 2026-03-20

The old pier at Casswell burned on Friday night, the harbour office said. Nobody was hurt.`;

function setup(outside = {}) {
  const doc = sharedDocument();
  const clock = new Clock();
  return { doc, clock, ada: userDeps(doc, ADA, clock, outside), ss: doc.spreadsheet };
}

const rowFor = (rows: Record<string, unknown>[], url: string) => rows.find((r) => r["URL or file"] === url);

describe("importing links", () => {
  it("imports pages with their metadata, records every failure on its row, and goes on", () => {
    const { ada, ss } = setup();
    const good = ["wordpress", "arc", "drupal", "ghost"].map(page);
    const failures = {
      "https://www.valley-echo.example/2026/03/14/no-such-story/": /Page not found \(HTTP 404\)/,
      "https://www.meridian-ledger.example/markets/2026/03/08/bond-yields/":
        /Access refused \(HTTP 403\).*paywall/,
      "https://slow.northgate-post.example/live/2026/01/19/storm": /did not answer in time \(timeout\)/,
      "https://www.greyfield-county.example/court/rulings/2026-0313-quarry.pdf":
        /is a PDF document, not a web page/,
      "https://app.northgate-post.example/story/88213": /built by JavaScript/,
      [WEB.gone]: /Page not found/,
    };
    const box = [
      ...good.map((p) => p.expected.fetchedFrom),
      ...Object.keys(failures),
      docLink(WEB.docId),
      docLink(WEB.forbiddenDocId),
      "---",
      PASTED,
    ].join("\n");
    const { start, batches } = importAll(ada, box);
    expect(start.message).toBe("Queued 1 pasted article, 10 links, 2 Google Docs.");
    const last = batches[batches.length - 1]!;
    expect(last).toMatchObject({ state: "done", total: 13, done: 13, imported: 6, failedCount: 7 });

    const sources = ss.table("Sources");
    expect(sources).toHaveLength(13);
    for (const p of good) {
      const row = rowFor(sources, p.expected.url);
      expect(row).toMatchObject({
        Title: p.expected.title,
        Outlet: p.expected.outlet,
        Published: p.expected.published,
        Author: p.expected.author,
        Status: "ok",
      });
    }
    for (const [url, error] of Object.entries(failures)) {
      const row = rowFor(sources, url);
      expect(row?.Status).toBe("error");
      expect(String(row?.Error)).toMatch(error);
    }
    const docRow = rowFor(sources, `https://docs.google.com/document/d/${WEB.docId}/edit`);
    expect(docRow).toMatchObject({
      Title: "Spillway gate jams at Wenlow reservoir",
      Outlet: "The Fenmoor Herald",
      Published: "2026-05-19",
      Status: "ok",
    });
    expect(rowFor(sources, `https://docs.google.com/document/d/${WEB.forbiddenDocId}/edit`)?.Error).toMatch(
      /ask its owner to share it/,
    );
    expect(sources.find((r) => r.Title === "Pier fire")?.Status).toBe("ok");

    // The sidebar is told what became of each item, in the order they were queued.
    const items = batches.flatMap((b) => b.items);
    expect(items.map((i) => i.outcome)).toEqual([
      ...good.map(() => "imported"),
      ...Object.keys(failures).map(() => "failed"),
      "imported",
      "failed",
      "imported",
    ]);
    expect(items[0]).toEqual({
      label: good[0]!.expected.title,
      url: good[0]!.expected.url,
      outcome: "imported",
      detail: "The Valley Echo, 2026-03-14",
    });
  });

  it("fetches at most MAX_LINKS_PER_BATCH links per batch, in one fetchAll round each", () => {
    const routes = fixtureRoutes();
    const urls = Array.from({ length: 25 }, (_, i) => `https://www.tide-${i}.example/news/story-${i}`);
    urls.forEach((url, i) =>
      routes.set(url, {
        headers: { "Content-Type": "text/html; charset=utf-8" },
        body: `<html><head><title>Harbour crane ${i} fails</title></head><body><article><h1>Harbour crane ${i} fails</h1><p>A crane at berth ${i} of the Tide harbour failed on Monday, the port authority said, and ${i + 3} ships were delayed.</p></article></body></html>`,
      }),
    );
    const web = new FakeUrlFetchApp(routes);
    const { ada, ss } = setup({ urlFetch: web });
    const { batches } = importAll(ada, urls.join("\n"));
    expect(batches.map((b) => b.done)).toEqual([10, 20, 25]);
    expect(web.calls.map((c) => c.length)).toEqual([MAX_LINKS_PER_BATCH, MAX_LINKS_PER_BATCH, 5]);
    expect(ss.table("Sources")).toHaveLength(25);
    expect(ss.table(JOURNAL_TAB).map((r) => r.Items)).toEqual([10, 10, 5]);
  });

  it("keeps a batch behind sites that never answer inside its time, and leaves its other links to the next", () => {
    const routes = fixtureRoutes();
    const hanging = Array.from({ length: 4 }, (_, i) => `https://hang-${i}.example/story`);
    for (const url of hanging) routes.set(url, { error: "Timeout", latencyMs: 60_000 });
    const clock = new Clock();
    // Each fetchAll round moves the clock by its slowest site's wait.
    const doc = sharedDocument();
    const deps = userDeps(doc, ADA, clock, { urlFetch: new FakeUrlFetchApp(routes, clock) });
    const good = pages.slice(0, 3).map((p) => p.expected.fetchedFrom);
    const start = startImport(deps, [...hanging, ...good].join("\n"));
    const batches: ImportProgress[] = [];
    const waits: number[] = [];
    for (let p = start; p.state === "running";) {
      const t0 = clock.t;
      p = runImportBatch(deps, start.job);
      waits.push(clock.t - t0);
      batches.push(p);
    }
    // A hanging site costs a round of a minute; no round starts after the cutoff, and the links
    // not yet sent wait for the next batch instead of failing.
    expect(waits).toEqual([120_000, 120_000, 0]);
    expect(waits.every((w) => w <= FETCH_CUTOFF_MS + 60_000)).toBe(true);
    expect(batches.map((b) => b.done)).toEqual([2, 4, 7]);
    expect(batches.map((b) => b.items.map((i) => i.outcome))).toEqual([
      ["failed", "failed"],
      ["failed", "failed"],
      ["imported", "imported", "imported"],
    ]);
    expect(batches[0]!.items[0]!.detail).toMatch(/did not answer in time/);
    expect(batches[2]).toMatchObject({ state: "done", total: 7, imported: 3, failedCount: 4 });
    expect(doc.spreadsheet.table("Sources")).toHaveLength(7);
    expect(doc.spreadsheet.table(JOURNAL_TAB)[0]?.Result).toMatch(
      /5 links left for the next batch; 2 of 7 done/,
    );
  });

  it("replaces the error row of a link that failed once it can be fetched, and never an article with a failure", () => {
    const routes = fixtureRoutes();
    const url = page("ghost").expected.url;
    routes.set(url, { error: "Timeout" });
    const web = new FakeUrlFetchApp(routes);
    const { ada, ss } = setup({ urlFetch: web });
    importAll(ada, url);
    expect(ss.table("Sources")).toEqual([expect.objectContaining({ "URL or file": url, Status: "error" })]);
    routes.set(url, { headers: { "Content-Type": "text/html" }, body: page("ghost").html });
    importAll(ada, url);
    expect(ss.table("Sources")).toEqual([
      expect.objectContaining({ "URL or file": url, Status: "ok", Title: page("ghost").expected.title }),
    ]);
    // The site is down the next time: the article stays as it was, the failure is still said.
    routes.set(url, { status: 503, headers: {} });
    const { batches } = importAll(ada, url);
    expect(ss.table("Sources")).toEqual([expect.objectContaining({ "URL or file": url, Status: "ok" })]);
    expect(batches[0]!.items[0]).toMatchObject({
      outcome: "failed",
      detail: expect.stringMatching(/HTTP 503.*The copy already in the ledger stays\.$/),
    });
    expect(ss.table(JOURNAL_TAB).map((r) => r.Failed)).toEqual([1, 0, 1]);
  });

  it("points the error row of a link to the article its next fetch gave under its canonical address", () => {
    const routes = fixtureRoutes();
    const link = page("wordpress").expected.fetchedFrom;
    routes.set(link, { error: "DNS error" });
    const web = new FakeUrlFetchApp(routes);
    const { ada, ss } = setup({ urlFetch: web });
    importAll(ada, link);
    routes.set(link, { headers: { "Content-Type": "text/html" }, body: page("wordpress").html });
    importAll(ada, link);
    const sources = ss.table("Sources");
    const article = rowFor(sources, page("wordpress").expected.url);
    expect(article?.Status).toBe("ok");
    expect(rowFor(sources, link)?.Error).toMatch(
      new RegExp(`^Fetched again on .*: imported as ${article?.ID}\\.$`),
    );
  });
});

describe("Google Docs", () => {
  it("says what to do when a Doc is missing, not shared, or the Docs API is off", () => {
    const { ada, ss } = setup();
    importAll(
      ada,
      [docLink("1NoSuchDocumentAnywhere_000000000000000009"), docLink(WEB.forbiddenDocId)].join("\n"),
    );
    expect(ss.table("Sources").map((r) => r.Error)).toEqual([
      "No Google Doc at this link: it was deleted, or the link is mistyped.",
      "You cannot open this Google Doc: ask its owner to share it with you (viewing is enough).",
    ]);
    const off = setup({
      docs: {
        Documents: {
          get: () => {
            throw new Error(
              "GoogleJsonResponseException: API call to docs.documents.get failed with error: Google Docs API has not been used in project 1234 before or it is disabled.",
            );
          },
        },
      },
    });
    importAll(off.ada, docLink(WEB.docId));
    expect(off.ss.table("Sources")[0]).toMatchObject({
      Status: "error",
      "URL or file": `https://docs.google.com/document/d/${WEB.docId}/edit`,
      Error: expect.stringMatching(/the Docs API is not enabled for this add-on/),
    });
  });
});

describe("feeds", () => {
  const feedBatch = (batches: ImportProgress[]) => batches.find((b) => b.feeds.length > 0)!;

  it("lists a feed's items instead of importing it, then imports the ticked ones as links", () => {
    const { ada, ss, clock } = setup();
    const { batches } = importAll(ada, WEB.deskFeed);
    const listed = feedBatch(batches);
    expect(listed.items).toEqual([
      {
        label: "Fenmoor Herald: regional desk",
        url: WEB.deskFeed,
        outcome: "feed",
        detail: "A feed: 5 articles listed below.",
      },
    ]);
    expect(ss.table("Sources")).toHaveLength(0);
    const feed = listed.feeds[0]!;
    expect(feed.items.map((i) => [i.title, i.published, i.known])).toEqual([
      ["Kestrel Valley orchestra cancels spring season", "2026-03-16", false],
      ["Court blocks quarry expansion near Linden Falls", "2026-03-13", false],
      ["Grain train derails near Ostley Junction", "2026-01-28", false],
      ["Ostley signal box to close", "2026-01-27", false],
      ["Levee inspection report published", "2026-05-20", false],
    ]);
    expect(listed.message).toMatch(/1 feed listed: tick the articles to import\./);
    expect(ss.table(JOURNAL_TAB)[0]?.Result).toMatch(
      /1 feed listed \(https:\/\/desk\.fenmoor-herald\.example\/regional\.xml\)/,
    );

    const ticked = [feed.items[0]!, feed.items[3]!, feed.items[4]!];
    clock.advance(60_000);
    const added = addLinks(ada, listed.job, ticked);
    expect(added).toMatchObject({ ok: true, state: "running", total: 3 });
    expect(added.job).not.toBe(listed.job);
    let p = added;
    while (p.state === "running") p = runImportBatch(ada, added.job);
    expect(p).toMatchObject({ state: "done", imported: 2, failedCount: 1 });
    const sources = ss.table("Sources");
    // The page's own metadata wins; the feed's title names the link that is gone.
    expect(rowFor(sources, page("ghost").expected.url)?.Title).toBe(page("ghost").expected.title);
    expect(rowFor(sources, WEB.gone)).toMatchObject({
      Title: "Ostley signal box to close",
      Published: "2026-01-27",
      Status: "error",
    });
    // Listed again, the feed says which articles the ledger already holds (a failed link is not one).
    const again = feedBatch(importAll(ada, WEB.deskFeed).batches);
    expect(again.feeds[0]!.items.map((i) => i.known)).toEqual([true, false, false, false, true]);
  });

  it("adds ticked items to the import that listed the feed while it runs: the total grows", () => {
    const { ada, ss } = setup();
    const links = pages.slice(0, 10).map((p) => p.expected.fetchedFrom);
    const start = startImport(ada, [WEB.deskFeed, ...links, WEB.latin1Page, WEB.hostilePage].join("\n"));
    expect(start.total).toBe(13);
    const first = runImportBatch(ada, start.job);
    expect(first).toMatchObject({ state: "running", done: 10 });
    const feed = first.feeds[0]!;
    const added = addLinks(ada, start.job, feed.items.slice(0, 2));
    expect(added).toMatchObject({
      job: start.job,
      total: 15,
      done: 10,
      message: "Added 2 links to the import.",
    });
    let p = added;
    while (p.state === "running") p = runImportBatch(ada, start.job);
    expect(p).toMatchObject({ state: "done", done: 15 });
    expect(rowFor(ss.table("Sources"), page("drupal").expected.url)?.Status).toBe("ok");
  });

  it("refuses to add to someone else's running import, and ignores what is not a web address", () => {
    const doc = sharedDocument();
    const ada = userDeps(doc, ADA);
    const start = startImport(ada, pages.map((p) => p.expected.fetchedFrom).join("\n"));
    const ben = userDeps(doc, BEN);
    expect(addLinks(ben, start.job, [{ url: WEB.gone, title: "x" }])).toMatchObject({
      ok: false,
      state: "busy",
    });
    expect(
      addLinks(ada, start.job, [
        { url: "javascript:alert(1)", title: "x" },
        { url: "", title: "" },
      ] as never),
    ).toMatchObject({ ok: false, message: "Tick at least one article first." });
  });

  it("reads RSS 1.0 and Atom feeds too, and says when XML is not a feed", () => {
    const { ada, ss } = setup();
    const { batches } = importAll(ada, [WEB.rss1Feed, WEB.atomFeed, WEB.xmlNotFeed].join("\n"));
    const feeds = batches.flatMap((b) => b.feeds);
    expect(feeds.map((f) => [f.title, f.items.length])).toEqual([
      ["Ashby Courier", 1],
      ["Harbor Standard: Business", 2],
    ]);
    expect(feeds[1]!.items[1]!.url).toBe(
      "https://www.harborstandard.example/business/2026/02/26/belhaven-rent-survey/",
    );
    expect(rowFor(ss.table("Sources"), WEB.xmlNotFeed)?.Error).toMatch(/not an RSS or Atom feed/);
  });
});
