// Keys under which two written names are the same name: case, accents, punctuation, single-letter
// connectors and doubled letters (transliteration), vowels (a looser key for people's names),
// initials (acronyms) and a media outlet's name without its generic last word.
import { nameKey } from "../text/normalize";

/**
 * Folds spelling variants: "Hizb-e-Norran" and "Hizb-i-Norran" (single-letter
 * connectors), "Qassem" and "Qasem" (doubled letters), "Várga" and "Varga" (accents).
 */
export function variantKey(name: string): string {
  return nameKey(name)
    .split(" ")
    .filter((w) => w.length > 1 || /\d/.test(w))
    .map((w) => w.replace(/(.)\1+/g, "$1"))
    .join(" ");
}

// "Iran-backed", "British-drawn", "Velm-based": a compound that describes the name, not part of it.
const DESCRIBING_COMPOUND =
  /^[\p{Lu}][\p{L}.]*-(?:backed|based|drawn|led|owned|run|born|funded|allied|aligned|controlled|held|made|built)\s+/u;

/** The name without a leading describing compound: "Iran-backed Houthis" -> "Houthis". */
export function withoutDescription(name: string): string {
  return name.replace(DESCRIBING_COMPOUND, "");
}

export function nameTokens(name: string): string[] {
  return variantKey(name).split(" ").filter(Boolean);
}

/**
 * Consonant skeleton of each word: "Mohammed" / "Muhammad" / "Mohamad" -> "mhmd", "Zelensky" /
 * "Zelenskyy" -> "zlnsk". Only a hint: transliterations of one name share it, but so may two
 * different names, so resolve uses it with more evidence.
 */
export function skeletonKey(name: string): string {
  return nameTokens(name)
    .map((w) => w[0] + w.slice(1).replace(/[aeiouy]+/g, ""))
    .join(" ");
}

const FUNCTION_WORDS = new Set(["of", "the", "and", "for", "de", "du", "la", "le", "al", "el", "&"]);

/** "Joint Intelligence Bureau" -> "JIB"; "Northern Front" -> "NF"; "Bank of Norland" -> "BN". */
export function initialsOf(name: string): string {
  return name
    .split(/[\s-]+/)
    .filter((w) => w && !FUNCTION_WORDS.has(w.toLowerCase()))
    .map((w) => w[0] ?? "")
    .join("")
    .toUpperCase();
}

/** An acronym as written: two to seven capitals or digits, dots allowed ("U.N."). */
export function acronymOf(name: string): string | undefined {
  const compact = name.replace(/\./g, "");
  return /^[A-Z][A-Z0-9&]{1,6}$/.test(compact) ? compact : undefined;
}

// Words that end an outlet's name without being part of what distinguishes it.
const MEDIA_TAILS = /\s+(news|tv|television|online|network|media|channel|radio|newspaper|daily|digital)$/;

/** "Dawn News" and "Dawn" are one outlet: the key without the generic last word. */
export function mediaKey(name: string): string {
  let k = variantKey(name);
  for (let prev = ""; prev !== k && MEDIA_TAILS.test(k);) {
    prev = k;
    k = k.replace(MEDIA_TAILS, "");
  }
  return k;
}

// A company's legal form: "Intel Corp", "Norcom Systems Inc." and the bare name are one company.
const CORPORATE_TAILS = /\s+(corp|corporation|inc|incorporated|ltd|limited|llc|plc|co|sa|ag|nv|gmbh)$/;

/** "Velm Foods Ltd" and "Velm Foods" are one company: the key without its legal form. */
export function corporateKey(name: string): string {
  const k = variantKey(name);
  const bare = k.replace(CORPORATE_TAILS, "");
  return bare || k;
}
