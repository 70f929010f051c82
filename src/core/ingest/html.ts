// A first, dependency-free reading of HTML: enough for saved pages with simple markup. Block
// elements become paragraph breaks; scripts, styles and obvious chrome (nav, header, footer,
// aside, form) are dropped; metadata comes from the usual meta tags.

export interface HtmlReading {
  text: string;
  title?: string;
  outlet?: string;
  published?: string;
  author?: string;
  url?: string;
}

const NAMED_ENTITIES: Record<string, string> = {
  amp: "&",
  lt: "<",
  gt: ">",
  quot: '"',
  apos: "'",
  nbsp: " ",
  ndash: "-",
  mdash: "-",
  hellip: "...",
  lsquo: "'",
  rsquo: "'",
  ldquo: '"',
  rdquo: '"',
  copy: "©",
  eacute: "é",
  egrave: "è",
  uuml: "ü",
  ouml: "ö",
  auml: "ä",
  ccedil: "ç",
};

export function decodeEntities(s: string): string {
  return s.replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (whole, body: string) => {
    if (body[0] === "#") {
      const code =
        body[1] === "x" || body[1] === "X" ? parseInt(body.slice(2), 16) : parseInt(body.slice(1), 10);
      return Number.isFinite(code) && code > 0 && code < 0x110000 ? String.fromCodePoint(code) : whole;
    }
    return NAMED_ENTITIES[body.toLowerCase()] ?? whole;
  });
}

export function looksLikeHtml(raw: string): boolean {
  const head = raw.slice(0, 2000).trimStart().toLowerCase();
  return (
    head.startsWith("<!doctype html") ||
    head.startsWith("<html") ||
    /<(p|div|article|body|head)[\s>]/.test(head)
  );
}

function meta(html: string, key: string): string | undefined {
  const re = new RegExp(
    `<meta[^>]+(?:property|name|itemprop)=["']${key}["'][^>]*content=["']([^"']*)["']|<meta[^>]+content=["']([^"']*)["'][^>]*(?:property|name|itemprop)=["']${key}["']`,
    "i",
  );
  const m = re.exec(html);
  const v = m?.[1] ?? m?.[2];
  return v ? decodeEntities(v).trim() : undefined;
}

export function readHtml(html: string): HtmlReading {
  const titleTag = /<title[^>]*>([\s\S]*?)<\/title>/i.exec(html)?.[1];
  const canonical = /<link[^>]+rel=["']canonical["'][^>]*href=["']([^"']+)["']/i.exec(html)?.[1];
  const published = meta(html, "article:published_time") ?? meta(html, "datePublished") ?? meta(html, "date");
  const body = html
    .replace(/<!--[\s\S]*?-->/g, " ")
    .replace(
      /<(script|style|noscript|template|svg|nav|header|footer|aside|form|figure|iframe)\b[\s\S]*?<\/\1>/gi,
      " ",
    )
    .replace(/<br\s*\/?>/gi, "\n")
    .replace(
      /<\/?(p|div|section|article|main|h[1-6]|li|ul|ol|blockquote|tr|table|pre|figcaption|dd|dt)\b[^>]*>/gi,
      "\n\n",
    )
    .replace(/<[^>]+>/g, " ");
  const text = decodeEntities(body)
    .split("\n")
    .map((l) => l.replace(/[ \t]+/g, " ").trim())
    .join("\n")
    .replace(/\n{3,}/g, "\n\n")
    .trim();
  return {
    text,
    title: meta(html, "og:title") ?? (titleTag ? decodeEntities(titleTag).trim() : undefined),
    outlet: meta(html, "og:site_name"),
    published,
    author: meta(html, "author"),
    url: canonical ?? meta(html, "og:url"),
  };
}
