// Web addresses without the URL class: Apps Script's V8 has no `URL`, and the core may not reach
// for platform globals. Enough to resolve a page's links and name its site, nothing more.

export interface WebAddress {
  /** "https:" */
  scheme: string;
  /** Lower-cased host without port: "www.valley-echo.example". */
  host: string;
  /** Path, query and fragment as written: "/news/a?b=1#c". */
  rest: string;
}

const ABSOLUTE = /^([a-z][a-z0-9+.-]*:)\/\/([^/?#]*)(.*)$/i;

export function parseAddress(url: string): WebAddress | undefined {
  const m = ABSOLUTE.exec(url.trim());
  if (!m) return undefined;
  const host = (m[2] ?? "")
    .replace(/^[^@]*@/, "")
    .replace(/:\d*$/, "")
    .toLowerCase();
  const scheme = (m[1] ?? "").toLowerCase();
  if (!host || (scheme !== "http:" && scheme !== "https:")) return undefined;
  return { scheme, host, rest: m[3] || "/" };
}

/** Resolves `href` (absolute, protocol-relative, root-relative or relative) against `base`. */
export function resolveAddress(href: string, base?: string): string | undefined {
  const h = href.trim();
  if (parseAddress(h)) return h;
  const b = base ? parseAddress(base) : undefined;
  if (!b || !h || /^[a-z][a-z0-9+.-]*:/i.test(h)) return undefined;
  if (h.startsWith("//")) return b.scheme + h;
  const origin = `${b.scheme}//${b.host}`;
  if (h.startsWith("/")) return origin + h;
  const path = b.rest.replace(/[?#].*$/, "");
  if (h.startsWith("?")) return origin + path + h;
  if (h.startsWith("#")) return origin + b.rest.replace(/#.*$/, "") + h;
  const parts: string[] = [];
  for (const seg of (path.replace(/[^/]*$/, "") + h).split("/")) {
    if (seg === "..") parts.pop();
    else if (seg !== ".") parts.push(seg);
  }
  return origin + parts.join("/").replace(/^\/*/, "/");
}

/** The site's name as people write it: host without "www.", "m." or "amp.". */
export function siteDomain(url: string): string | undefined {
  return parseAddress(url)?.host.replace(/^(www\d?|m|amp|mobile)\./, "");
}

/**
 * The registrable part of a host, near enough to tell one site from another: the last two
 * labels, or three under a short second-level label ("co.uk", "com.au").
 */
function siteKey(host: string): string {
  const labels = host.split(".");
  const n = labels.length >= 3 && (labels[labels.length - 2] ?? "").length <= 3 ? 3 : 2;
  return labels.slice(-n).join(".");
}

export function sameSite(a: string, b: string): boolean {
  const x = parseAddress(a);
  const y = parseAddress(b);
  return !!x && !!y && siteKey(x.host) === siteKey(y.host);
}
