// Character references in HTML text and attributes: numeric ones in full (with the Windows-1252
// remapping of &#128;-&#159; that browsers apply), and the named ones that news pages use: all
// of Latin-1, typography, spaces, the Latin Extended and Greek letters, common symbols. The
// HTML standard's 2,231 names cost 38 KB in the bundle; a name outside this list is left as
// written. Decoding here, not in the tokenizer, keeps Apps Script and Node on one code path.

/** Latin-1 names, in code point order from U+00A0. */
const LATIN1 =
  "nbsp iexcl cent pound curren yen brvbar sect uml copy ordf laquo not shy reg macr deg plusmn sup2 sup3 acute " +
  "micro para middot cedil sup1 ordm raquo frac14 frac12 frac34 iquest Agrave Aacute Acirc Atilde Auml Aring " +
  "AElig Ccedil Egrave Eacute Ecirc Euml Igrave Iacute Icirc Iuml ETH Ntilde Ograve Oacute Ocirc Otilde Ouml " +
  "times Oslash Ugrave Uacute Ucirc Uuml Yacute THORN szlig agrave aacute acirc atilde auml aring aelig ccedil " +
  "egrave eacute ecirc euml igrave iacute icirc iuml eth ntilde ograve oacute ocirc otilde ouml divide oslash " +
  "ugrave uacute ucirc uuml yacute thorn yuml";

/** Other names as name:hex code point. */
const OTHERS =
  "quot:22 amp:26 apos:27 lt:3c gt:3e OElig:152 oelig:153 Scaron:160 scaron:161 Yuml:178 Zcaron:17d " +
  "zcaron:17e fnof:192 circ:2c6 tilde:2dc ensp:2002 emsp:2003 thinsp:2009 zwnj:200c zwj:200d lrm:200e " +
  "rlm:200f ndash:2013 mdash:2014 horbar:2015 lsquo:2018 rsquo:2019 sbquo:201a ldquo:201c rdquo:201d " +
  "bdquo:201e dagger:2020 Dagger:2021 bull:2022 hellip:2026 permil:2030 prime:2032 Prime:2033 lsaquo:2039 " +
  "rsaquo:203a oline:203e frasl:2044 euro:20ac trade:2122 larr:2190 uarr:2191 rarr:2192 darr:2193 " +
  "harr:2194 minus:2212 infin:221e ne:2260 le:2264 ge:2265 asymp:2248 loz:25ca hyphen:2010 dash:2010 " +
  "nbhy:2011 NewLine:a Tab:9 half:bd check:2713 star:2606 starf:2605 hearts:2665 numero:2116 " +
  "Ccaron:10c ccaron:10d Cacute:106 cacute:107 Dstrok:110 dstrok:111 Ecaron:11a ecaron:11b " +
  "Lstrok:141 lstrok:142 Nacute:143 nacute:144 Ncaron:147 ncaron:148 Rcaron:158 rcaron:159 Sacute:15a " +
  "sacute:15b Scedil:15e scedil:15f Tcaron:164 tcaron:165 Uring:16e uring:16f Zacute:179 zacute:17a " +
  "Zdot:17b zdot:17c gbreve:11f Gbreve:11e inodot:131 Idot:130 abreve:103 Abreve:102 aogon:105 eogon:119";

/** Greek letters, capital and small, in code point order (U+0391, U+03B1). */
const GREEK =
  "Alpha Beta Gamma Delta Epsilon Zeta Eta Theta Iota Kappa Lambda Mu Nu Xi Omicron Pi Rho _ Sigma Tau Upsilon Phi Chi Psi Omega";

/** What browsers read for &#128;-&#159; (Windows-1252), "-" where the code stays as is. */
const C1 =
  "20ac - 201a 192 201e 2026 2020 2021 2c6 2030 160 2039 152 - 17d - - 2018 2019 201c 201d 2022 2013 2014 2dc 2122 161 203a 153 - 17e 178";

let named: Map<string, string> | undefined;

/** The table, built on first use so that loading the bundle costs nothing. */
function names(): Map<string, string> {
  if (named) return named;
  const m = new Map<string, string>();
  LATIN1.split(" ").forEach((n, i) => m.set(n, String.fromCharCode(0xa0 + i)));
  for (const pair of OTHERS.split(" ")) {
    const [n, hex] = pair.split(":");
    m.set(n as string, String.fromCodePoint(parseInt(hex as string, 16)));
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
function windows1252(code: number): string {
  const mapped = C1.split(" ")[code - 0x80];
  return String.fromCodePoint(mapped && mapped !== "-" ? parseInt(mapped, 16) : code);
}

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
