// Reading web pages: the article body out of the page chrome, its metadata in order of trust,
// and a clear reason when a page holds no article. Fixtures imitate WordPress, Arc, Drupal, a
// live blog, AMP, a cookie-consent overlay and a table layout; every story in them is invented.
import { ingestArticle, MAX_ARTICLE_CHARS } from "../../../src/core/ingest";
import { readFetched } from "../../../src/core/ingest/fetched";
import { htmlFragmentText, readHtml } from "../../../src/core/ingest/html";
import { htmlFixtures, wordOverlap } from "../../helpers/htmlFixtures";

const fixtures = htmlFixtures();

describe("HTML fixtures of common publishing systems", () => {
  it("has the fixtures the benchmark reports on", () => {
    expect(fixtures.map((f) => f.name)).toEqual(
      expect.arrayContaining([
        "amp",
        "arc",
        "cookie-consent",
        "drupal",
        "liveblog",
        "table-layout",
        "wordpress",
      ]),
    );
  });

  describe.each(fixtures.map((f) => [f.name, f] as const))("%s", (_name, f) => {
    const saved = ingestArticle(f.html, { file: `${f.name}.html` });
    const fetchedPage = readFetched({
      url: f.expected.fetchedFrom,
      status: 200,
      headers: { "Content-Type": "text/html; charset=utf-8" },
      body: f.html,
    });
    const fetched = fetchedPage.kind === "article" ? fetchedPage.article : undefined;

    it("keeps exactly the body the author wrote, paragraph by paragraph", () => {
      expect(saved.status).toBe("ok");
      expect(saved.text.split("\n\n")).toEqual(f.body.split("\n\n"));
    });

    it("drops navigation, ads, share bars, related links, captions, comments and footers", () => {
      for (const bit of f.expected.absent) expect(saved.text).not.toContain(bit);
      expect(wordOverlap(saved.text, f.body)).toEqual({ precision: 1, recall: 1 });
    });

    it("reads title, outlet, date, author and canonical address", () => {
      expect(fetched && pick(fetched)).toEqual(pick(f.expected));
      if (f.expected.modified) expect(readHtml(f.html).modified).toBe(f.expected.modified);
    });

    it("gives the same article whether the page was saved or fetched", () => {
      const { file: _file, ...fromFile } = saved;
      if (saved.url) expect(fetched).toEqual(fromFile);
      else {
        // A saved page that never states its address cannot know it, nor the domain it names the outlet by.
        const { id: _id, url: _url, outlet: _outlet, ...rest } = fromFile;
        expect(fetched).toMatchObject(rest);
      }
    });
  });
});

const pick = (a: {
  title?: string;
  outlet?: string;
  published?: string;
  author?: string;
  url?: string;
}): object => ({
  title: a.title,
  outlet: a.outlet,
  published: a.published,
  author: a.author,
  url: a.url,
});

const page = (head: string, body: string): string =>
  `<!DOCTYPE html><html><head>${head}</head><body>${body}</body></html>`;

const PARAS = [
  "The harbour master of Tollwick said on Tuesday that the ferry pier would close for three weeks, from the first of May.",
  "Engineers found that two of the wooden piles under the pier had rotted through, and that a third was badly cracked.",
  "Passengers will board from the fishing quay instead, where a temporary ramp is being built by the town council this week.",
  "The ferry company said timetables would not change, although crossings may take a few minutes longer than usual.",
];
const story = (extra = ""): string =>
  `<div class="story">${PARAS.map((p) => `<p>${p}</p>`).join("")}${extra}</div>`;

describe("readHtml: the body", () => {
  it("keeps headings as their own lines and paragraphs apart", () => {
    const r = readHtml(
      page(
        "",
        `<article>${story(`<h2>What comes next</h2><p>${PARAS[0]!.replace("Tuesday", "Friday")}</p>`)}</article>`,
      ),
    );
    const blocks = r.text.split("\n\n");
    expect(blocks.slice(0, 4)).toEqual(PARAS);
    expect(blocks[4]).toBe("What comes next");
  });

  it("prefers the article to a longer comment thread beneath it", () => {
    const comment = (n: number): string =>
      `<li class="comment"><p>Comment ${n}: I have taken that ferry for years, and honestly the pier has looked unsafe since the storm, so this is overdue, frankly.</p></li>`;
    const html = page(
      "",
      `${story()}<section id="comments"><ol>${[1, 2, 3, 4, 5, 6, 7, 8].map(comment).join("")}</ol></section>`,
    );
    const r = readHtml(html);
    expect(r.text.split("\n\n")).toEqual(PARAS);
  });

  it("drops a paragraph that is only a link, but keeps links inside sentences", () => {
    const r = readHtml(
      page(
        "",
        story(
          `<p>See also: <a href="/x">Tollwick council approves new harbour budget</a></p><p>Read the <a href="/report">engineers' report</a> on the council's website, which runs to forty pages.</p>`,
        ),
      ),
    );
    expect(r.text).not.toContain("See also");
    expect(r.text).toContain("Read the engineers' report on the council's website");
  });

  it("splits lines at <br> and decodes character references", () => {
    const r = readHtml(
      page(
        "",
        story(
          `<p>Caf&eacute; owners were &ldquo;relieved&rdquo;&#8201;&ndash; the quay is 200&nbsp;m away.<br>A second line of text follows here, for the record.</p>`,
        ),
      ),
    );
    expect(r.text).toContain("Café owners were “relieved”\u2009– the quay is 200\u00a0m away.");
    expect(r.text).toContain("\n\nA second line of text follows here, for the record.");
  });

  it("ignores hidden blocks, scripts and styles", () => {
    const r = readHtml(
      page(
        "<style>p{color:red}</style>",
        story(
          `<div hidden><p>A hidden paragraph that only screen readers would ever see, if even that.</p></div><script>var x = "not text";</script>`,
        ),
      ),
    );
    expect(r.text).not.toMatch(/hidden paragraph|not text|color/);
  });
});

describe("readHtml: metadata in order of trust", () => {
  it("takes JSON-LD over meta tags, and follows @id references inside @graph", () => {
    const ld = {
      "@context": "https://schema.org",
      "@graph": [
        { "@type": "WebSite", "@id": "#site", name: "Tollwick Tide Website" },
        { "@type": "Organization", "@id": "#org", name: "Tollwick Tide" },
        { "@type": "Person", "@id": "#p1", name: "Wren Halloway" },
        {
          "@type": ["NewsArticle"],
          headline: "Ferry pier to close for three weeks",
          datePublished: "2026-04-20T08:00:00+01:00",
          dateModified: "2026-04-21T10:00:00+01:00",
          author: [{ "@id": "#p1" }, { "@type": "Person", name: "Otto Brand" }],
          publisher: { "@id": "#org" },
        },
      ],
    };
    const r = readHtml(
      page(
        `<script type="application/ld+json">${JSON.stringify(ld)}</script><meta property="og:title" content="Pier closes"><meta property="og:site_name" content="The Tide"><meta name="author" content="Desk">`,
        story(),
      ),
    );
    expect(r).toMatchObject({
      title: "Ferry pier to close for three weeks",
      outlet: "Tollwick Tide",
      published: "2026-04-20",
      modified: "2026-04-21",
      author: "Wren Halloway, Otto Brand",
    });
  });

  it("skips broken JSON-LD and falls back to OpenGraph and article: tags", () => {
    const r = readHtml(
      page(
        `<script type="application/ld+json">{"@type": "NewsArticle", "headline": </script>
         <meta property="og:title" content="Pier closes for repairs"><meta property="og:site_name" content="Tollwick Tide">
         <meta property="article:published_time" content="2026-04-20T08:00:00Z"><meta property="article:author" content="https://social.example/wren">
         <meta name="author" content="Wren Halloway">`,
        story(),
      ),
    );
    expect(r).toMatchObject({
      title: "Pier closes for repairs",
      outlet: "Tollwick Tide",
      published: "2026-04-20",
      author: "Wren Halloway",
    });
  });

  it("takes the <title> without its site suffix, then visible bylines and datelines", () => {
    const r = readHtml(
      page(
        "<title>Pier closes for repairs | Tollwick Tide</title>",
        `<div class="meta"><span class="byline">By Wren Halloway and Otto Brand</span> <span class="date">20 April 2026</span></div>${story()}`,
      ),
    );
    expect(r).toMatchObject({
      title: "Pier closes for repairs",
      author: "Wren Halloway, Otto Brand",
      published: "2026-04-20",
    });
    expect(r.text).not.toMatch(/Halloway|April/);
  });

  it("does not take a sentence that starts with 'By' for a byline", () => {
    const r = readHtml(page("", `<p>By Friday, the ramp was ready.</p>${story()}`));
    expect(r.author).toBeUndefined();
  });

  it("believes a canonical address only on the page's own site and when it is not the home page", () => {
    const at = "https://www.tollwick-tide.example/news/pier?utm_source=x";
    const canonical = (href: string): string => page(`<link rel="canonical" href="${href}">`, story());
    expect(readHtml(canonical("/news/pier-closes"), at).url).toBe(
      "https://www.tollwick-tide.example/news/pier-closes",
    );
    expect(readHtml(canonical("https://tollwick-tide.example/"), at).url).toBe(at);
    expect(readHtml(canonical("https://aggregator.example/story/1"), at).url).toBe(at);
  });

  it("names the outlet by its domain when the page names no publisher or site", () => {
    expect(readHtml(page("", story()), "https://www.tollwick-tide.example/news/pier").outlet).toBe(
      "tollwick-tide.example",
    );
    expect(readHtml(page("", story())).outlet).toBeUndefined();
  });
});

describe("readHtml: pages that hold no article", () => {
  it("recognises a JavaScript shell by its empty app root or its <noscript> plea", () => {
    expect(
      readHtml(page("<title>Tide</title>", `<div id="__next"></div><script src="/app.js"></script>`)).problem,
    ).toMatch(/JavaScript/);
    expect(
      readHtml(
        page("", `<noscript>Please enable JavaScript to view this site.</noscript><div class="app"></div>`),
      ).problem,
    ).toMatch(/JavaScript/);
  });

  it("recognises a cookie wall, but reads an article under a consent banner", () => {
    const banner = `<div class="cookie-banner"><p>We use cookies to improve your experience. Accept all or manage your settings.</p><button>Accept</button></div>`;
    expect(readHtml(page("", banner)).problem).toMatch(/cookie-consent/);
    const withArticle = readHtml(page("", banner + story()));
    expect(withArticle.problem).toBeUndefined();
    expect(withArticle.text).not.toMatch(/cookies/);
  });

  it("recognises an error page and a paywalled teaser", () => {
    expect(
      readHtml(page("<title>Page not found</title>", "<h1>Sorry</h1><p>Nothing here.</p>")).problem,
    ).toMatch(/not found/);
    const teaser = page(
      "",
      `<div class="story"><p>${PARAS[0]}</p></div><div class="gate"><p>Subscribe to continue reading.</p></div>`,
    );
    expect(readHtml(teaser).problem).toMatch(/paywall/);
    expect(readHtml(page("", story())).problem).toBeUndefined();
  });

  it("gives the reason as the article's error, with the metadata it could read", () => {
    const a = ingestArticle(page("<title>Harbour news | Tollwick Tide</title>", `<div id="root"></div>`));
    expect(a.status).toBe("error");
    expect(a.error).toMatch(/JavaScript/);
  });
});

describe("htmlFragmentText", () => {
  it("turns escaped markup from a feed into words", () => {
    expect(htmlFragmentText("<p>Pier <em>closes</em> &amp; reopens</p><p>in May.</p>")).toBe(
      "Pier closes & reopens in May.",
    );
  });
});

describe("page size", () => {
  it("reads a page far larger than an article's limit, and refuses one whose text is too long", () => {
    const state = `<script>window.__STATE__ = ${JSON.stringify({ items: "x".repeat(MAX_ARTICLE_CHARS) })}</script>`;
    const heavy = ingestArticle(page(state, story()));
    expect(heavy.status).toBe("ok");
    expect(heavy.text.split("\n\n")).toEqual(PARAS);
    const book = ingestArticle(page("", `<div class="story">${`<p>${PARAS[0]}</p>`.repeat(3000)}</div>`));
    expect(book.error).toMatch(/Too long to be one article: the page's text/);
  });
});

describe("broken markup", () => {
  it("reads a page with thousands of unclosed tags instead of overflowing the stack", () => {
    const html = page(
      "",
      `<div class="story"><p>${PARAS[0]}</p>${"<font size=2>rain and the wind ".repeat(5_000)}</div>`,
    );
    const a = ingestArticle(html);
    expect(a.status).toBe("ok");
    expect(a.text.startsWith(PARAS[0]!)).toBe(true);
    expect(a.words).toBeGreaterThan(20_000);
  });

  it("never throws on fragments and stray brackets", () => {
    for (const raw of ["<html></html>", "<p>", "<div><<<>>></div>", "<body><p>Too short.</p></body>"])
      expect(ingestArticle(raw).status).toBe("error");
  });
});

describe("dates in the body", () => {
  it("keeps a first paragraph that mentions when something was published", () => {
    const first =
      "The audit, published on March 3, 2026, found that the port authority had overspent on the new berth.";
    const html = page(
      '<meta property="article:published_time" content="2026-03-20">',
      `<div class="story"><p>${first}</p>${story()}</div>`,
    );
    const a = ingestArticle(html);
    expect(a.text.startsWith(first)).toBe(true);
    expect(a.published).toBe("2026-03-20");
    expect(ingestArticle(`${first}\n\n${PARAS.join("\n\n")}`).text.startsWith(first)).toBe(true);
  });
});
