// A small invented web for the fake UrlFetchApp, built from the fixtures: every page of
// tests/fixtures/html at the address it is fetched from and at its canonical address, every
// failure of tests/fixtures/html/failures/cases.json, the feeds, a short link, a redirect loop,
// a Latin-1 page and a page whose title carries markup; plus the Google Docs of tests/fixtures/gdocs.
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import type { DocsDocumentLike } from "../../src/core/ingest/gdoc";
import { htmlFixtures, HTML_FIXTURES } from "../helpers/htmlFixtures";
import { REPO } from "../helpers/shared";
import { FakeUrlFetchApp, fakeDocs, type Route, type Waiter } from "./web";

const FIXTURES = join(REPO, "tests", "fixtures");
const read = (...path: string[]): Buffer => readFileSync(join(FIXTURES, ...path));

const HTML = { "Content-Type": "text/html; charset=UTF-8" };
const RSS = { "Content-Type": "application/rss+xml; charset=UTF-8" };

export const WEB = {
  /** An RSS feed whose items are fixture pages, one link that is gone and one hostile title. */
  deskFeed: "https://desk.fenmoor-herald.example/regional.xml",
  /** The RSS 2.0, Atom and RSS 1.0 fixtures of part A. */
  rss2Feed: "https://www.valley-echo.example/feed/",
  atomFeed: "https://www.harborstandard.example/arc/outboundfeeds/business/atom/",
  rss1Feed: "https://www.ashbycourier.example/rss.xml",
  /** A short link to the WordPress page, through two redirects. */
  shortLink: "https://lnk.example/vE7",
  loop: "https://loop.example/a",
  latin1Page: "https://www.fenmoor-herald.example/2026/05/21/mill-fire",
  hostilePage: "https://www.fenmoor-herald.example/2026/05/20/levee-report",
  gone: "https://www.midland-courant.example/news/regional/removed-story-1.8800",
  xmlNotFeed: "https://data.fenmoor-herald.example/sitemap.xml",
  /** A Google Doc the user may read, and one they may not. */
  docId: "1WenlowReservoirNotes_Doc0000000000000001",
  forbiddenDocId: "1SomeoneElsesPrivateNotes_Doc00000000000002",
};

interface FailureCase {
  url: string;
  status?: number;
  headers?: Record<string, string>;
  bodyFile?: string;
  error?: string;
}

let cached: Map<string, Route> | undefined;

/** The routes, read once per test file; a copy, so a test may add its own. */
export function fixtureRoutes(): Map<string, Route> {
  cached ??= readRoutes();
  return new Map(cached);
}

function readRoutes(): Map<string, Route> {
  const routes = new Map<string, Route>();
  for (const f of htmlFixtures()) {
    routes.set(f.expected.fetchedFrom, { headers: HTML, body: f.html });
    routes.set(f.expected.url, { headers: HTML, body: f.html });
  }
  const cases = JSON.parse(read("html", "failures", "cases.json").toString("utf8")) as FailureCase[];
  for (const c of cases) {
    if (c.error) {
      routes.set(c.url, { error: /timeout/i.test(c.error) ? "Timeout" : "DNS error" });
      continue;
    }
    routes.set(c.url, {
      status: c.status,
      headers: c.headers ?? {},
      body: c.bodyFile ? readFileSync(join(HTML_FIXTURES, "failures", c.bodyFile)) : "",
    });
  }
  routes.set(WEB.deskFeed, { headers: RSS, body: read("web", "regional-desk.xml") });
  routes.set(WEB.rss2Feed, { headers: RSS, body: read("feeds", "rss2.xml") });
  routes.set(WEB.atomFeed, {
    headers: { "Content-Type": "application/atom+xml" },
    body: read("feeds", "atom.xml"),
  });
  routes.set(WEB.rss1Feed, { headers: { "Content-Type": "text/xml" }, body: read("feeds", "rss1.xml") });
  routes.set(WEB.shortLink, { status: 301, headers: { Location: "https://lnk.example/go/vE7" } });
  routes.set("https://lnk.example/go/vE7", {
    status: 302,
    headers: {
      Location:
        "https://www.valley-echo.example/2026/03/14/marrow-creek-water-plant-fault/?utm_source=newsletter",
    },
  });
  routes.set(WEB.loop, { status: 302, headers: { Location: "/b" } });
  routes.set("https://loop.example/b", { status: 302, headers: { Location: "/a" } });
  // Content-Type without a charset: the page's own <meta> says ISO-8859-1.
  routes.set(WEB.latin1Page, {
    headers: { "Content-Type": "text/html" },
    body: read("web", "latin1-mill-fire.html"),
  });
  routes.set(WEB.hostilePage, { headers: HTML, body: read("web", "hostile-title.html") });
  routes.set(WEB.gone, { status: 404, headers: HTML, body: "<html><title>Not found</title></html>" });
  routes.set(WEB.xmlNotFeed, {
    headers: { "Content-Type": "application/xml" },
    body: '<?xml version="1.0"?><rss><nothing/></rss>',
  });
  return routes;
}

export function fixtureDocs(): Record<string, DocsDocumentLike> {
  const docs: Record<string, DocsDocumentLike> = {};
  for (const name of readdirSync(join(FIXTURES, "gdocs")).filter((n) => n.endsWith(".json"))) {
    const doc = JSON.parse(read("gdocs", name).toString("utf8")) as DocsDocumentLike & { documentId: string };
    docs[doc.documentId] = doc;
  }
  return docs;
}

export const fixtureUrlFetch = (waiter?: Waiter): FakeUrlFetchApp =>
  new FakeUrlFetchApp(fixtureRoutes(), waiter);

export const fixtureDocsService = (): ReturnType<typeof fakeDocs> =>
  fakeDocs(fixtureDocs(), [WEB.forbiddenDocId]);
