// Fetching links with UrlFetchApp (the fake behaves as Apps Script's does): one fetchAll round for
// a batch, redirects followed to the final address, each page decoded with its own charset, and a
// site that times out or does not exist costing only its own link.
import { readFetched } from "../../src/core/ingest/fetched";
import { ingestArticle } from "../../src/core/ingest";
import { fetchPages, MAX_REDIRECTS } from "../../src/gas/webFetch";
import { Clock } from "../fakes/documentUsers";
import { fixtureRoutes, fixtureUrlFetch, WEB } from "../fakes/fixtureWeb";
import { FakeUrlFetchApp } from "../fakes/web";
import { htmlFixtures } from "../helpers/htmlFixtures";

const pages = htmlFixtures();

describe("fetchPages", () => {
  it("fetches a batch of pages in one fetchAll, muted, redirects left to it, and reads them as saved pages are read", () => {
    const web = fixtureUrlFetch();
    const urls = pages.map((p) => p.expected.fetchedFrom);
    const outcomes = fetchPages(web, urls);
    expect(web.calls).toEqual([urls]);
    expect(web.requests.every((r) => r.muteHttpExceptions && r.followRedirects === false)).toBe(true);
    outcomes.forEach((o, i) => {
      const fixture = pages[i]!;
      expect(o).toMatchObject({ url: fixture.expected.fetchedFrom, status: 200, body: fixture.html });
      // The same extraction as a saved .html file in the local runner: same text, same metadata.
      const fetched = readFetched(o);
      const saved = ingestArticle(fixture.html, { url: fixture.expected.fetchedFrom });
      expect(fetched.kind === "article" || fetched.kind === "failed").toBe(true);
      if (fetched.kind === "feed") return;
      const pick = (a: typeof saved) => [a.text, a.title, a.outlet, a.published, a.author, a.url, a.status];
      expect(pick(fetched.article)).toEqual(pick(saved));
    });
  });

  it("follows redirects one hop at a time and names the page by where it ended", () => {
    const web = fixtureUrlFetch();
    const [short, direct] = fetchPages(web, [WEB.shortLink, pages[0]!.expected.fetchedFrom]);
    expect(short).toMatchObject({
      url: WEB.shortLink,
      finalUrl:
        "https://www.valley-echo.example/2026/03/14/marrow-creek-water-plant-fault/?utm_source=newsletter",
      status: 200,
    });
    expect(direct?.status).toBe(200);
    // Round 1: both links; then only the one that redirected, twice.
    expect(web.calls.map((c) => c.length)).toEqual([2, 1, 1]);
    const page = readFetched(short!);
    expect(page.kind === "article" && page.article).toMatchObject({
      outlet: "The Valley Echo",
      url: "https://www.valley-echo.example/2026/03/14/marrow-creek-water-plant-fault/",
    });
  });

  it("stops a redirect loop after MAX_REDIRECTS hops with a message", () => {
    const web = fixtureUrlFetch();
    const [loop] = fetchPages(web, [WEB.loop]);
    expect(web.calls).toHaveLength(MAX_REDIRECTS + 1);
    expect(loop?.status).toBe(302);
    const page = readFetched(loop!);
    expect(page.kind === "failed" && page.article.error).toMatch(/redirected \(HTTP 302\)/);
  });

  it("costs a site that times out or does not exist only its own link; the rest of the round goes on", () => {
    const web = fixtureUrlFetch();
    const timeout = "https://slow.northgate-post.example/live/2026/01/19/storm";
    const unknown = "https://www.no-such-paper.example/story";
    const good = pages.map((p) => p.expected.fetchedFrom).slice(0, 3);
    const outcomes = fetchPages(web, [good[0]!, timeout, good[1]!, unknown, good[2]!]);
    expect(outcomes.map((o) => o.status ?? o.error)).toEqual([
      200,
      `Timeout: ${timeout}`,
      200,
      `DNS error: ${unknown}`,
      200,
    ]);
    // Each network failure fails the whole fetchAll: the round is sent again without that link.
    expect(web.calls.map((c) => c.length)).toEqual([5, 4, 3]);
    expect(readFetched(outcomes[1]!).kind === "failed" && readFetched(outcomes[1]!)).toMatchObject({
      failure: "network",
      article: { error: expect.stringMatching(/did not answer in time/) },
    });
  });

  it("sends each link alone when an error names none of them", () => {
    const routes = fixtureRoutes();
    const web = new FakeUrlFetchApp(routes);
    const original = web.fetchAll.bind(web);
    let first = true;
    web.fetchAll = (requests) => {
      if (first && requests.length > 1) {
        first = false;
        throw new Error("Service invoked too many times in a short time: urlfetch.");
      }
      return original(requests);
    };
    const urls = [pages[0]!.expected.fetchedFrom, pages[1]!.expected.fetchedFrom];
    expect(fetchPages(web, urls).map((o) => o.status)).toEqual([200, 200]);
  });

  it("sends no round past the deadline: the links still waiting are marked as not fetched", () => {
    const clock = new Clock(0);
    const routes = fixtureRoutes();
    routes.set("https://a.hang.example/1", { error: "Timeout", latencyMs: 60_000 });
    routes.set("https://b.hang.example/2", { error: "Timeout", latencyMs: 60_000 });
    const web = new FakeUrlFetchApp(routes, clock);
    const good = pages[0]!.expected.fetchedFrom;
    const outcomes = fetchPages(web, ["https://a.hang.example/1", "https://b.hang.example/2", good], {
      now: () => clock.t,
      giveUpAt: 90_000,
    });
    expect(outcomes.map((o) => [o.error ?? o.status, o.notFetched])).toEqual([
      ["Timeout: https://a.hang.example/1", undefined],
      ["Timeout: https://b.hang.example/2", undefined],
      ["other sites in the same batch took too long to answer", true],
    ]);
    expect(clock.t).toBe(120_000);
  });

  it("decodes a page with the charset its <meta> declares when the header gives none", () => {
    const [o] = fetchPages(fixtureUrlFetch(), [WEB.latin1Page]);
    const page = readFetched(o!);
    expect(page.kind).toBe("article");
    if (page.kind !== "article") return;
    // Curly quotes (0x93/0x94 in Windows-1252) arrive as quotes, which ingest then straightens.
    expect(page.article.text).toContain('treating the blaze as "deliberate"');
    expect(page.article.text).toContain("into a café and flats");
    expect(page.article.text).not.toMatch(/[\u0080-\u009f\ufffd]|Ã/);
    expect(page.article.author).toBe("Renée Fairlie");
  });

  it("falls back to UTF-8 for a charset the service does not know", () => {
    const routes = new Map([
      [
        "https://odd.example/a",
        { headers: { "Content-Type": "text/html; charset=x-unknown-7" }, body: "<p>Hi</p>" },
      ],
    ]);
    const [o] = fetchPages(new FakeUrlFetchApp(routes), ["https://odd.example/a"]);
    expect(o?.body).toBe("<p>Hi</p>");
  });

  it("does not decode a PDF or an image: their type alone says what they are", () => {
    const pdf = "https://www.greyfield-county.example/court/rulings/2026-0313-quarry.pdf";
    const [o] = fetchPages(fixtureUrlFetch(), [pdf]);
    expect(o).toMatchObject({ status: 200, body: undefined });
    const page = readFetched(o!);
    expect(page.kind === "failed" && page.article.error).toMatch(/is a PDF document, not a web page/);
  });
});
