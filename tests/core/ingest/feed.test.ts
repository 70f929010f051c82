// RSS 2.0, RSS 1.0 and Atom item lists, read through the XmlService-shaped interface. The test
// adapter wraps htmlparser2's xmlMode DOM; in the add-on, XmlService's own elements plug in.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { readFeed, type XmlElementLike } from "../../../src/core/ingest/feed";
import { REPO } from "../../helpers/shared";
import { parseXmlRoot } from "../../helpers/xmlElement";

const feed = (name: string, url?: string): ReturnType<typeof readFeed> =>
  readFeed(parseXmlRoot(readFileSync(join(REPO, "tests", "fixtures", "feeds", name), "utf8")), url);

// Compile-time check: Apps Script's XmlService elements fit the interface the reader needs.
const _xmlServiceFits = (e: GoogleAppsScript.XML_Service.Element): XmlElementLike => e;

describe("readFeed", () => {
  it("lists RSS 2.0 items with namespaced author and dates, links from <link> or a permalink guid", () => {
    const f = feed("rss2.xml");
    expect(f?.format).toBe("rss");
    expect(f?.title).toBe("The Valley Echo");
    expect(f?.items).toEqual([
      {
        title: "Boil-water notice for Marrow Creek after filter fault at treatment plant",
        url: "https://www.valley-echo.example/2026/03/14/marrow-creek-water-plant-fault/",
        published: "2026-03-14",
        summary:
          "Residents of Marrow Creek were told on Friday to boil tap water before drinking it after a filter failed at the town’s treatment plant. The post Boil-water notice for Marrow Creek appeared first on The Valley Echo.",
        author: "Hester Ganley",
      },
      {
        title: "Valley girls win the regional basketball final",
        url: "https://www.valley-echo.example/2026/03/14/valley-hoops-final/",
        published: "2026-03-14",
        summary:
          "The Valley High girls beat Crane Hill 61–58 in overtime & will play for the state title next week.",
        author: "Sam Petrakis",
      },
      {
        title: "Crane Hill zoning hearing moved to April",
        url: "https://www.valley-echo.example/2026/03/13/crane-hill-zoning/",
        published: "2026-03-13",
        summary: undefined,
        author: undefined,
      },
    ]);
  });

  it("lists Atom entries: alternate links resolved against the feed, html and xhtml summaries as text", () => {
    const f = feed("atom.xml", "https://www.harborstandard.example/arc/outboundfeeds/business/atom/");
    expect(f?.format).toBe("atom");
    expect(f?.title).toBe("Harbor Standard: Business");
    expect(f?.items).toEqual([
      {
        title: "Dockworkers at Port of Belhaven walk out over shift changes",
        url: "https://www.harborstandard.example/business/2026/02/27/dockworkers-strike-port-of-belhaven/",
        published: "2026-02-27",
        summary: "About 1,400 dockworkers walked off the job in a dispute over new shift schedules.",
        author: "Anika Sorensen, Paulo Medeiros",
      },
      {
        title: "Belhaven rents rose faster than wages for a fourth year",
        url: "https://www.harborstandard.example/business/2026/02/26/belhaven-rent-survey/",
        published: "2026-02-26",
        summary: "A survey of 1,200 tenants found rents up 7 percent.",
        author: undefined,
      },
    ]);
  });

  it("lists RSS 1.0 (RDF) items, whose elements live in a default namespace", () => {
    const f = feed("rss1.xml");
    expect(f?.format).toBe("rdf");
    expect(f?.items).toEqual([
      {
        title: "Court blocks quarry expansion near Linden Falls",
        url: "https://www.ashbycourier.example/news/court-blocks-quarry-expansion-near-linden-falls",
        published: "2026-03-13",
        summary: "A county judge blocked the expansion of a limestone quarry.",
        author: "Bram Okafor",
      },
    ]);
  });

  it("matches elements by namespace, not by prefix", () => {
    const xml = `<a:feed xmlns:a="http://www.w3.org/2005/Atom"><a:entry><a:title>Pier closes</a:title><a:link href="https://tide.example/p"/></a:entry></a:feed>`;
    expect(readFeed(parseXmlRoot(xml))?.items[0]).toMatchObject({
      title: "Pier closes",
      url: "https://tide.example/p",
    });
    const wrongNs = `<rss xmlns="http://example.org/not-rss"><channel><item><title>x</title></item></channel></rss>`;
    expect(readFeed(parseXmlRoot(wrongNs))).toBeUndefined();
  });

  it("says undefined for a document that is not a feed", () => {
    expect(
      readFeed(parseXmlRoot("<urlset><url><loc>https://tide.example/</loc></url></urlset>")),
    ).toBeUndefined();
    expect(readFeed(parseXmlRoot('<rss version="2.0"></rss>'))).toBeUndefined();
  });
});
