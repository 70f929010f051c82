import { parseAddress, resolveAddress, sameSite, siteDomain } from "../../../src/core/ingest/url";

describe("web addresses", () => {
  it("parses http(s) addresses only", () => {
    expect(parseAddress("https://user@WWW.Tide.example:8080/a?b#c")).toEqual({
      scheme: "https:",
      host: "www.tide.example",
      rest: "/a?b#c",
    });
    expect(parseAddress("ftp://tide.example/x")).toBeUndefined();
    expect(parseAddress("/relative")).toBeUndefined();
  });

  it("resolves every kind of relative link", () => {
    const base = "https://tide.example/news/2026/pier.html?x=1#top";
    expect(resolveAddress("https://other.example/a", base)).toBe("https://other.example/a");
    expect(resolveAddress("//cdn.example/a.js", base)).toBe("https://cdn.example/a.js");
    expect(resolveAddress("/about", base)).toBe("https://tide.example/about");
    expect(resolveAddress("photos/1.jpg", base)).toBe("https://tide.example/news/2026/photos/1.jpg");
    expect(resolveAddress("../2025/old.html", base)).toBe("https://tide.example/news/2025/old.html");
    expect(resolveAddress("?page=2", base)).toBe("https://tide.example/news/2026/pier.html?page=2");
    expect(resolveAddress("#comments", base)).toBe("https://tide.example/news/2026/pier.html?x=1#comments");
    expect(resolveAddress("mailto:desk@tide.example", base)).toBeUndefined();
    expect(resolveAddress("/about")).toBeUndefined();
  });

  it("names a site by its domain and tells one site from another", () => {
    expect(siteDomain("https://www.valley-echo.example/a")).toBe("valley-echo.example");
    expect(siteDomain("https://amp.tide.example/a")).toBe("tide.example");
    expect(sameSite("https://www.tide.example/a", "https://amp.tide.example/b")).toBe(true);
    expect(sameSite("https://tide.co.uk/a", "https://other.co.uk/a")).toBe(false);
    expect(sameSite("https://tide.example/a", "https://tide.example.net/a")).toBe(false);
  });
});
