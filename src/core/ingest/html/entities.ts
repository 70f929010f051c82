// Character references in HTML text and attributes: numeric ones in full (with the Windows-1252
// remapping of &#128;-&#159; that browsers apply), and the named ones that news pages use: all
// of Latin-1, typography, spaces, the Latin Extended and Greek letters, common symbols. The
// HTML standard's 2,231 names cost 38 KB in the bundle; a name outside this list is left as
// written. Decoding here, not in the tokenizer, keeps Apps Script and Node on one code path.

/**
 * Latin-1 names, in code point order from U+00A0 to U+00DF. The small letters from U+00E0 are
 * named as their capitals 32 code points before, in lower case; "divide" and "yuml" are in OTHERS.
 */
const LATIN1 =
  "nbsp iexcl cent pound curren yen brvbar sect uml copy ordf laquo not shy reg macr deg plusmn sup2 sup3 acute " +
  "micro para middot cedil sup1 ordm raquo frac14 frac12 frac34 iquest Agrave Aacute Acirc Atilde Auml Aring " +
  "AElig Ccedil Egrave Eacute Ecirc Euml Igrave Iacute Icirc Iuml ETH Ntilde Ograve Oacute Ocirc Otilde Ouml " +
  "times Oslash Ugrave Uacute Ucirc Uuml Yacute THORN szlig";

/** Other names, each followed by its character. */
const OTHERS =
  "quot\" amp& apos' lt< gt> divide÷ yumlÿ YumlŸ fnofƒ circˆ tilde˜ ensp\u2002 emsp\u2003 thinsp\u2009 zwnj\u200c zwj\u200d " +
  "lrm\u200e rlm\u200f ndash– mdash— horbar― lsquo‘ rsquo’ sbquo‚ ldquo“ rdquo” bdquo„ dagger† Dagger‡ bull• " +
  "hellip… permil‰ prime′ Prime″ lsaquo‹ rsaquo› oline‾ frasl⁄ euro€ trade™ larr← uarr↑ rarr→ darr↓ harr↔ " +
  "minus− infin∞ ne≠ le≤ ge≥ asymp≈ loz◊ hyphen‐ dash‐ nbhy‑ NewLine\n Tab\t half½ check✓ star☆ starf★ " +
  "hearts♥ numero№ inodotı Idotİ aogoną eogonę";

/** Capitals followed by their character, whose small letter is the next code point ("scaron" š). */
const CASE_PAIRS =
  "OEligŒ ScaronŠ ZcaronŽ CcaronČ CacuteĆ DstrokĐ EcaronĚ LstrokŁ NacuteŃ NcaronŇ RcaronŘ SacuteŚ " +
  "ScedilŞ TcaronŤ UringŮ ZacuteŹ ZdotŻ GbreveĞ AbreveĂ";

/** Greek letters, capital and small, in code point order (U+0391, U+03B1). */
const GREEK =
  "Alpha Beta Gamma Delta Epsilon Zeta Eta Theta Iota Kappa Lambda Mu Nu Xi Omicron Pi Rho _ Sigma Tau Upsilon Phi Chi Psi Omega";

/** What browsers read for &#128;-&#159; (Windows-1252), or the code itself where it has none. */
const C1 = "€\x81‚ƒ„…†‡ˆ‰Š‹Œ\x8dŽ\x8f\x90‘’“”•–—˜™š›œ\x9džŸ";

let named: Map<string, string> | undefined;

/** The table, built on first use so that loading the bundle costs nothing. */
function names(): Map<string, string> {
  if (named) return named;
  const m = new Map<string, string>();
  LATIN1.split(" ").forEach((n, i) => {
    m.set(n, String.fromCharCode(0xa0 + i));
    if (n.toLowerCase() !== n) m.set(n.toLowerCase(), String.fromCharCode(0xc0 + i));
  });
  for (const w of OTHERS.split(" ")) m.set(w.slice(0, -1), w.slice(-1));
  for (const w of CASE_PAIRS.split(" ")) {
    const name = w.slice(0, -1);
    m.set(name, w.slice(-1));
    m.set(name.toLowerCase(), String.fromCharCode(w.charCodeAt(name.length) + 1));
  }
  GREEK.split(" ").forEach((n, i) => {
    if (n === "_") return;
    m.set(n, String.fromCharCode(0x391 + i));
    m.set(n.toLowerCase(), String.fromCharCode(0x3b1 + i));
  });
  m.set("sigmaf", "\u03c2");
  return (named = m);
}

/** The Windows-1252 character for a C1 code (0x80-0x9F), or the code itself where it has none. */
const windows1252 = (code: number): string => C1[code - 0x80] as string;

/** Text decoded as Latin-1 where the bytes were Windows-1252: C1 controls become what was meant. */
export const remapC1Controls = (s: string): string =>
  s.replace(/[\u0080-\u009f]/g, (c) => windows1252(c.charCodeAt(0)));

function fromNumber(code: number): string {
  if (code === 0 || code > 0x10ffff || (code >= 0xd800 && code <= 0xdfff)) return "\ufffd";
  return code >= 0x80 && code <= 0x9f ? windows1252(code) : String.fromCodePoint(code);
}

const REFERENCE = /&(?:#(\d{1,8})|#[xX]([0-9a-fA-F]{1,7})|([A-Za-z][A-Za-z0-9]{1,31}));?/g;

/**
 * Decodes character references. In attribute values (`inAttribute`) a name needs its semicolon,
 * as browsers require, so query strings such as "?a=1&copy=2" survive.
 */
export function decodeEntities(s: string, inAttribute = false): string {
  if (!s.includes("&")) return s;
  return s.replace(REFERENCE, (whole, dec?: string, hex?: string, name?: string) => {
    if (dec || hex) return fromNumber(dec ? parseInt(dec, 10) : parseInt(hex as string, 16));
    const closed = whole.endsWith(";");
    if (!closed && inAttribute) return whole;
    const v = names().get(name as string);
    // Without a semicolon only the legacy Latin-1 names count, as in browsers.
    return v !== undefined && (closed || v.charCodeAt(0) < 0x100) ? v : whole;
  });
}
