import { decodeEntities } from "../../../src/core/ingest/html/entities";

describe("decodeEntities", () => {
  it("decodes numeric references, with browsers' Windows-1252 reading of 128-159", () => {
    expect(decodeEntities("&#8220;a&#x201D; &#39;b&#146; &#150; &#0;")).toBe(
      "\u201ca\u201d 'b\u2019 \u2013 \ufffd",
    );
    expect(decodeEntities("&#x1F30A;")).toBe("\u{1F30A}");
  });

  it("decodes the named references news pages use", () => {
    expect(
      decodeEntities(
        "Z&uuml;rich &amp; S&atilde;o Paulo &mdash; &euro;5 &hellip; &Scaron;koda &alpha;&Omega;",
      ),
    ).toBe("Zürich & São Paulo — €5 … Škoda αΩ");
  });

  it("reads legacy names without a semicolon in text, never in attributes, and leaves unknown names", () => {
    expect(decodeEntities("&copy 2026 &amp more")).toBe("© 2026 & more");
    expect(decodeEntities("/page?a=1&copy=2&lang=en", true)).toBe("/page?a=1&copy=2&lang=en");
    expect(decodeEntities("&ndash &unknownname; &")).toBe("&ndash &unknownname; &");
  });
});
