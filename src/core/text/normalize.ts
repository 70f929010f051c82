// Unicode clean-up shared by ingest and matching. Publishing systems scatter look-alike
// characters (U+2011 non-breaking hyphen, curly quotes, no-break spaces) through text; the
// analysis needs one form of each so that "cross‑border" and "cross-border" are one word.

const HYPHENS = /[\u2010\u2011\u2012\u2013\u2212\u2043\uFE63\uFF0D]/g;
const DASHES = /[\u2014\u2015]/g;
const SINGLE_QUOTES = /[\u2018\u2019\u201A\u201B\u2032\uFF07]/g;
const DOUBLE_QUOTES = /[\u201C\u201D\u201E\u201F\u2033\u00AB\u00BB\uFF02]/g;
const SPACES = /[\u00A0\u1680\u2000-\u200A\u202F\u205F\u3000]/g;
const INVISIBLES = /[\u200B-\u200D\u2060\uFEFF\u00AD]/g;

/**
 * Normalizes characters without changing the text's length semantics that matter to readers:
 * hyphens become "-", em dashes " - " stay dashes ("—" -> "-"), curly quotes become straight,
 * exotic spaces become " ", invisible characters go. Line breaks are kept.
 */
export function normalizeText(raw: string): string {
  return raw
    .normalize("NFC")
    .replace(/\r\n?/g, "\n")
    .replace(INVISIBLES, "")
    .replace(HYPHENS, "-")
    .replace(DASHES, "-")
    .replace(SINGLE_QUOTES, "'")
    .replace(DOUBLE_QUOTES, '"')
    .replace(SPACES, " ")
    .replace(/\u2026/g, "...");
}

const KEYS = new Map<string, string>();

/** A key for comparing names: lower case, no accents, no punctuation, single spaces. */
export function nameKey(name: string): string {
  let key = KEYS.get(name);
  if (key !== undefined) return key;
  // Decomposing accents is the slow part: plain ASCII names skip it.
  const folded = /^[\x20-\x7e]*$/.test(name) ? name : name.normalize("NFKD").replace(/[\u0300-\u036f]/g, "");
  key = folded
    .toLowerCase()
    .replace(/'s\b/g, "")
    .replace(/[^a-z0-9]+/g, " ")
    .trim();
  // Names repeat within and across articles; the cache stays small for one run.
  if (KEYS.size > 50_000) KEYS.clear();
  KEYS.set(name, key);
  return key;
}

export function countWords(text: string): number {
  const m = text.match(/\S+/g);
  return m ? m.length : 0;
}
