// A fetch outcome -> article, feed or a failure a journalist can act on. The failure cases are
// in tests/fixtures/html/failures/cases.json, each with the response a site would give.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { detectCharset, type FetchOutcome, headerValue, readFetched } from "../../../src/core/ingest/fetched";
import { HTML_FIXTURES } from "../../helpers/htmlFixtures";

interface FailureCase extends FetchOutcome {
  name: string;
  bodyFile?: string;
  failure: string;
}

const FAILURES = join(HTML_FIXTURES, "failures");
const cases: FailureCase[] = JSON.parse(readFileSync(join(FAILURES, "cases.json"), "utf8"));

/** The body as the fetcher would decode it: pages as UTF-8, other files byte for byte. */
const bodyOf = (c: FailureCase): string | undefined =>
  c.bodyFile
    ? readFileSync(join(FAILURES, c.bodyFile), c.bodyFile.endsWith(".html") ? "utf8" : "latin1")
    : undefined;

/** What each kind of failure must tell the user. */
const MESSAGES: Record<string, RegExp> = {
  "not-found": /not found.*mistyped or the article removed/i,
  forbidden: /Access refused \(HTTP 40[13]\).*paywall or a login/,
  paywall: /beginning of the article.*paywall/,
  network: /did not answer in time|No site answers at/,
  server: /error \(HTTP 503\)/,
  "not-html": /is (a PDF document|an image), not a web page/,
  javascript: /built by JavaScript/,
  consent: /cookie-consent page/,
};

describe("readFetched: every failure gets its own message, on an error article", () => {
  it.each(cases.map((c) => [c.name, c] as const))("%s", (_name, c) => {
    const page = readFetched({ ...c, body: bodyOf(c) });
    expect(page.kind).toBe("failed");
    if (page.kind !== "failed") return;
    expect(page.article.status).toBe("error");
    expect(page.article.error).toMatch(MESSAGES[c.failure] ?? /^$/);
    expect(page.article.words).toBe(0);
    // The row in Sources still says where the failure came from.
    expect(page.article.url).toBeDefined();
    expect(page.article.outlet).toBeDefined();
  });

  it("files failures by kind: the transport's, or 'unreadable' for a page without an article", () => {
    const kinds = Object.fromEntries(
      cases.map((c) => {
        const page = readFetched({ ...c, body: bodyOf(c) });
        return [c.name, page.kind === "failed" ? page.failure : page.kind];
      }),
    );
    expect(kinds).toMatchObject({
      "404 not found": "not-found",
      "403 paywall": "forbidden",
      timeout: "network",
      "server error": "server",
      "PDF document": "not-html",
      "JavaScript shell": "unreadable",
      "cookie wall with no article": "unreadable",
      "paywalled teaser served with status 200": "unreadable",
    });
  });

  it("gives a failed link a stable id from the address the user gave", () => {
    const a = readFetched({ url: "https://tide.example/a", error: "Exception: Timeout" });
    const b = readFetched({ url: "https://tide.example/a", status: 404 });
    expect(a.kind === "failed" && b.kind === "failed" && a.article.id === b.article.id).toBe(true);
  });

  it("explains a redirect that was not followed and a refusal for too many requests", () => {
    const moved = readFetched({
      url: "https://tide.example/a",
      status: 301,
      headers: { Location: "https://tide.example/b" },
    });
    expect(moved.kind === "failed" && moved.article.error).toMatch(
      /redirected \(HTTP 301\) to https:\/\/tide.example\/b/,
    );
    const busy = readFetched({ url: "https://tide.example/a", status: 429 });
    expect(busy.kind === "failed" && busy.failure).toBe("rate-limited");
  });
});

describe("readFetched: what is not a failure", () => {
  it("hands an RSS or Atom document back as a feed, by header or by content", () => {
    const xml = `<?xml version="1.0"?><rss version="2.0"><channel><title>Tide</title></channel></rss>`;
    const byType = readFetched({
      url: "https://tide.example/feed",
      status: 200,
      headers: { "content-type": "application/rss+xml" },
      body: xml,
    });
    expect(byType).toEqual({ kind: "feed", url: "https://tide.example/feed", xml });
    const sniffed = readFetched({ url: "https://tide.example/feed", status: 200, body: xml });
    expect(sniffed.kind).toBe("feed");
    const sitemap = readFetched({
      url: "https://tide.example/sitemap.xml",
      status: 200,
      headers: { "Content-Type": "text/xml" },
      body: "<urlset></urlset>",
    });
    expect(sitemap.kind === "failed" && sitemap.failure).toBe("not-html");
  });

  it("reads a plain-text article served as text/plain", () => {
    const page = readFetched({
      url: "https://tide.example/statement.txt",
      status: 200,
      headers: { "Content-Type": "text/plain; charset=utf-8" },
      body: "The harbour master said on Tuesday that the ferry pier would close for three weeks from May.",
    });
    expect(page.kind).toBe("article");
    expect(page.kind === "article" && page.article.url).toBe("https://tide.example/statement.txt");
  });

  it("names the article by its final address after redirects", () => {
    const page = readFetched({
      url: "https://short.example/x1",
      finalUrl: "https://tide.example/news/pier",
      status: 200,
      headers: { "Content-Type": "text/html" },
      body: "<html><body><article><p>The harbour master said on Tuesday that the ferry pier would close for three weeks, from the first of May, for urgent repairs.</p></article></body></html>",
    });
    expect(page.kind === "article" && page.article.url).toBe("https://tide.example/news/pier");
  });
});

describe("detectCharset", () => {
  it("honours the Content-Type header first", () => {
    expect(detectCharset("text/html; charset=ISO-8859-1", '<meta charset="utf-8">')).toBe("windows-1252");
    expect(detectCharset('text/html; charset="utf8"')).toBe("UTF-8");
    expect(detectCharset("text/html;charset=Shift_JIS")).toBe("shift_jis");
  });

  it("then reads <meta charset>, <meta http-equiv> or the XML declaration", () => {
    expect(detectCharset("text/html", '<html><head><meta charset="windows-1251">')).toBe("windows-1251");
    expect(
      detectCharset(undefined, '<META HTTP-EQUIV="Content-Type" CONTENT="text/html; charset=iso-8859-2">'),
    ).toBe("iso-8859-2");
    expect(detectCharset("application/xml", '<?xml version="1.0" encoding="ISO-8859-1"?><rss>')).toBe(
      "windows-1252",
    );
    expect(detectCharset(undefined, "<html><body>no declaration</body></html>")).toBe("UTF-8");
  });

  it("reads UrlFetchApp's signed bytes, and a byte-order mark wins", () => {
    const ascii = (s: string): number[] => [...s].map((c) => c.charCodeAt(0));
    expect(detectCharset(undefined, ascii('<meta charset="latin1">'))).toBe("windows-1252");
    expect(detectCharset("text/html; charset=windows-1252", [-17, -69, -65, 60])).toBe("UTF-8");
    expect(detectCharset(undefined, [-1, -2, 60, 0])).toBe("UTF-16LE");
  });

  it("finds headers whatever their case, and the first of repeated ones", () => {
    expect(headerValue({ "CONTENT-TYPE": "text/html" }, "content-type")).toBe("text/html");
    expect(headerValue({ "Set-Cookie": ["a=1", "b=2"] }, "set-cookie")).toBe("a=1");
    expect(headerValue(undefined, "content-type")).toBeUndefined();
  });
});
