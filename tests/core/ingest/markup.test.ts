// The HTML reader: what each piece of markup becomes. Expectations are written as the events
// read back into markup, every element closed where the reader closed it; a "<" that is text
// shows as "&lt;", so that text and tags cannot be mistaken for each other.
import { readMarkup } from "../../../src/core/ingest/html/markup";
import { parseHtml, textOf } from "../../../src/core/ingest/html/parse";

function read(html: string): string {
  let out = "";
  const open: string[] = [];
  readMarkup(html, {
    open(tag, attrs) {
      out += `<${tag}${Object.entries(attrs)
        .map(([k, v]) => ` ${k}="${v}"`)
        .join("")}>`;
      open.push(tag);
    },
    close() {
      out += `</${open.pop()}>`;
    },
    text(text) {
      out += text.replace(/</g, "&lt;");
    },
  });
  expect(open).toEqual([]);
  return out;
}

describe("readMarkup: what is not content", () => {
  it("skips the doctype, processing instructions and declarations", () => {
    expect(read('<!DOCTYPE html><?xml version="1.0"?><html><body><p>Hi</p></body></html>')).toBe(
      "<html><body><p>Hi</p></body></html>",
    );
    expect(read("<![if !IE]>old<![endif]> browsers")).toBe("old browsers");
  });

  it("skips comments, the shortest ones included, and a comment left open hides the rest", () => {
    expect(read("a<!-- <p>not a paragraph</p> -->b")).toBe("ab");
    expect(read("<!-->one<!--->two<!---- x ---->three")).toBe("onetwothree");
    expect(read("kept<!-- open to the end <p>lost</p>")).toBe("kept");
  });

  it("skips CDATA sections, which HTML does not have", () => {
    expect(read("a<![CDATA[<b>x</b>]]>b<![CDATA[ to the end")).toBe("ab");
  });
});

describe("readMarkup: raw text", () => {
  it("reads script and style bodies as text, tags and all, up to their own end tag", () => {
    expect(read('<script>var s = "</div><p>";</script><p>x</p>')).toBe(
      '<script>var s = "&lt;/div>&lt;p>";</script><p>x</p>',
    );
    expect(read("<style>p > a { color: red }</style>")).toBe("<style>p > a { color: red }</style>");
  });

  it("does the same for title, textarea and xmp", () => {
    expect(read("<title>Ports <b>&amp; harbours</title>")).toBe("<title>Ports &lt;b>&amp; harbours</title>");
    expect(read("<textarea><p>draft</textarea><xmp><i>x</i></xmp>")).toBe(
      "<textarea>&lt;p>draft</textarea><xmp>&lt;i>x&lt;/i></xmp>",
    );
  });

  it("ends raw text at its end tag in any case, followed by a space or '>' only", () => {
    expect(read("<SCRIPT>x</Script >y")).toBe("<script>x</script>y");
    expect(read("<script>a</scripts>b</script/>c</script>")).toBe(
      "<script>a&lt;/scripts>b&lt;/script/>c</script>",
    );
    expect(read("<script>if (a &lt; b) {} </script")).toBe("<script>if (a &lt; b) {} &lt;/script</script>");
  });

  it("reads noscript and iframe contents as markup", () => {
    expect(read("<noscript><p>Turn it on</p></noscript><iframe><b>x</b></iframe>")).toBe(
      "<noscript><p>Turn it on</p></noscript><iframe><b>x</b></iframe>",
    );
  });
});

describe("readMarkup: tags and attributes", () => {
  it("lower-cases tag and attribute names", () => {
    expect(read('<DIV Class="Lead"><P>x</p></Div>')).toBe('<div class="Lead"><p>x</p></div>');
  });

  it("reads values in double, single or no quotes, and attributes without a value", () => {
    expect(read(`<a href="/one" title='it says "no"' data-n=3 hidden>z</a>`)).toBe(
      `<a href="/one" title="it says "no"" data-n="3" hidden="">z</a>`,
    );
    expect(read('<a title = "a > b" x="1"y="2" empty=>z</a>')).toBe(
      '<a title="a > b" x="1" y="2" empty="">z</a>',
    );
  });

  it("keeps the first of two values and leaves references as written", () => {
    expect(read('<a id="one" ID="two" href="?a=1&amp;b=2">z</a>')).toBe(
      '<a id="one" href="?a=1&amp;b=2">z</a>',
    );
  });

  it("ignores '/>' on HTML elements, where an unquoted value may end in '/'", () => {
    expect(read("<div/>inside<br/>")).toBe("<div>inside<br></br></div>");
    expect(read("<a href=/path/>x</a>")).toBe('<a href="/path/">x</a>');
  });

  it("closes '<x/>' inside svg and math, up to an element that holds HTML again", () => {
    expect(read('<svg><path d="M0"/><circle/></svg><div/>x')).toBe(
      '<svg><path d="M0"></path><circle></circle></svg><div>x</div>',
    );
    expect(read("<math><mi><b/>x</mi><b/></math>")).toBe("<math><mi><b>x</b></mi><b></b></math>");
  });

  it("closes void elements at once, and reads '</br>' as a line break", () => {
    const voids = "area base br col embed hr img input link meta param source track wbr".split(" ");
    for (const tag of voids) expect(read(`<${tag}>x`)).toBe(`<${tag}></${tag}>x`);
    expect(read("a</br>b</img>c")).toBe("a<br></br>bc");
  });
});

describe("readMarkup: where elements end", () => {
  it("closes an open paragraph at the start of a block", () => {
    for (const block of ["div", "p", "ul", "h2", "table", "blockquote", "section"])
      expect(read(`<p>a<${block}>b</${block}>`)).toBe(`<p>a</p><${block}>b</${block}>`);
    // Only when the paragraph is the element open last.
    expect(read("<p><span>a<div>b")).toBe("<p><span>a<div>b</div></span></p>");
  });

  it("closes list items, cells, rows, options and definitions at the next of their kind", () => {
    expect(read("<ul><li>x<li>y</ul>")).toBe("<ul><li>x</li><li>y</li></ul>");
    expect(read("<table><tr><td>a<td>b<tr><th>c<th>d</table>")).toBe(
      "<table><tr><td>a</td><td>b</td></tr><tr><th>c</th><th>d</th></tr></table>",
    );
    expect(read("<select><option>a<option>b</select>")).toBe(
      "<select><option>a</option><option>b</option></select>",
    );
    expect(read("<dl><dt>a<dd>b<dt>c</dl>")).toBe("<dl><dt>a</dt><dd>b</dd><dt>c</dt></dl>");
  });

  it("closes what is open inside the element an end tag names, and ignores stray end tags", () => {
    expect(read("<div><span><b>x</div>y")).toBe("<div><span><b>x</b></span></div>y");
    expect(read("a</div>b</span>c")).toBe("abc");
    expect(read("a</p>b")).toBe("a<p></p>b");
  });

  it("closes what is still open at the end", () => {
    expect(read("<div><p>a")).toBe("<div><p>a</p></div>");
  });

  it("drops a tag cut off by the end of the input", () => {
    expect(read('<p>a<div class="lead')).toBe("<p>a</p>");
    expect(read("<p>b</p")).toBe("<p>b</p>");
  });
});

describe("readMarkup: text", () => {
  it("keeps a '<' that starts no tag", () => {
    expect(read("a < b, <3, 2<<3, 1 <= 2, </ >")).toBe("a &lt; b, &lt;3, 2&lt;&lt;3, 1 &lt;= 2, &lt;/ >");
  });

  it("skips an end tag that does not start with a letter", () => {
    expect(read("a </3 b>c")).toBe("a c");
  });

  it("passes NUL bytes and references through untouched", () => {
    expect(read("a\0b<p\0>c</p\0>&amp &#233;")).toBe("a\0b<p\0>c</p\0>&amp &#233;");
  });

  it("is linear in the input, whatever the input", () => {
    const size = 1_000_000;
    const hostile = [
      "<".repeat(size),
      "<a ".repeat(size / 3),
      '<a b="'.repeat(size / 6),
      "<!--".repeat(size / 4),
      "</".repeat(size / 2),
      `<script>${"</scrip".repeat(size / 7)}`,
      // An end tag finds its element without searching every open one.
      "<div>".repeat(size / 10) + "</span>".repeat(size / 14),
      "<p>x".repeat(size / 4),
    ];
    for (const html of hostile) {
      const started = Date.now();
      let events = 0;
      readMarkup(html, { open: () => events++, close: () => events++, text: () => events++ });
      expect(Date.now() - started).toBeLessThan(1500);
    }
  });
});

describe("parseHtml on the reader", () => {
  it("decodes references in text and attribute values, where a name needs its semicolon", () => {
    const root = parseHtml('<p title="&quot;Quay&quot; &copy=1">caf&eacute; &#233;&#xE9; &copy 2026</p>');
    const p = root.children[0];
    expect(p && typeof p !== "string" && p.attrs.title).toBe('"Quay" &copy=1');
    expect(textOf(root)).toBe("café éé © 2026");
  });

  it("decodes a reference split by a comment, keeps JSON-LD and drops other scripts and styles", () => {
    const root = parseHtml(
      '<p>fish &am<!-- -->p; chips</p><script type="application/ld+json">{"a": 1}</script><script>x()</script><style>p{}</style>',
    );
    expect(textOf(root)).toBe('fish & chips{"a": 1}');
  });
});
