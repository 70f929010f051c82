// Numbers as news writes them, read into intervals that keep their wording. ACLED's rules for
// vague quantities: "dozens" is at least 12, "hundreds" at least 100.
import type { NumberValue } from "../../model";

const UNITS: Record<string, number> = {
  zero: 0,
  one: 1,
  two: 2,
  three: 3,
  four: 4,
  five: 5,
  six: 6,
  seven: 7,
  eight: 8,
  nine: 9,
  ten: 10,
  eleven: 11,
  twelve: 12,
  thirteen: 13,
  fourteen: 14,
  fifteen: 15,
  sixteen: 16,
  seventeen: 17,
  eighteen: 18,
  nineteen: 19,
  twenty: 20,
  thirty: 30,
  forty: 40,
  fifty: 50,
  sixty: 60,
  seventy: 70,
  eighty: 80,
  ninety: 90,
  a: 1,
  an: 1,
  dozen: 12,
};
const SCALES: Record<string, number> = {
  hundred: 100,
  thousand: 1_000,
  million: 1_000_000,
  billion: 1_000_000_000,
};

/** Vague quantities as intervals (ACLED: dozens >= 12, hundreds >= 100). */
const VAGUE: Record<string, [number, number]> = {
  several: [3, 9],
  "a few": [2, 5],
  few: [2, 5],
  "a handful": [2, 5],
  dozens: [12, Infinity],
  scores: [40, Infinity],
  hundreds: [100, Infinity],
  thousands: [1_000, Infinity],
  millions: [1_000_000, Infinity],
};

const WORD_NUMBER = `(?:(?:${Object.keys(UNITS)
  .filter((w) => w !== "a" && w !== "an")
  .join("|")})(?:[- ](?:${Object.keys(UNITS)
  .filter((w) => w.length > 2)
  .join("|")}))?(?:\\s+(?:${Object.keys(SCALES).join("|")}))?)`;
const DIGITS = `(?:\\d{1,3}(?:,\\d{3})+|\\d+)(?:\\.\\d+)?(?:\\s*(?:${Object.keys(SCALES).join("|")}|bn|m|k)\\b)?`;
/** Words that qualify a number: "at least 84", "nearly 400". */
export const QUALIFIERS =
  "at least|more than|over|nearly|almost|about|around|roughly|approximately|some|up to|fewer than|less than|close to|as many as|at most";
const QUALIFIER = `(?:${QUALIFIERS})`;

const CURRENCY = `US\\$|\\$|€|£|¥|₹`;

/** A quantity: "200", "2.1 billion", "twenty-six", "dozens". */
const QUANTITY = new RegExp(`\\b(?:${DIGITS}|${WORD_NUMBER}|${Object.keys(VAGUE).join("|")})\\b`, "gi");
const CURRENCY_BEFORE = new RegExp(`(${CURRENCY})\\s*$`);
const QUALIFIER_BEFORE = new RegExp(`\\b(${QUALIFIER})\\s+$`, "i");

export interface NumberPhrase {
  /** The whole phrase: qualifier, currency and quantity ("about $2.1 billion"). */
  text: string;
  index: number;
  qualifier?: string;
  currency?: string;
  quantity: string;
}

/**
 * The numbers of a sentence with their qualifiers and currencies: "more than 200", "at least 84",
 * "about $2.1 billion", "dozens". The quantity is found first; what stands before it is read
 * after (a pattern that starts with optional words would be tried at every character).
 */
export function numberPhrases(s: string): NumberPhrase[] {
  const out: NumberPhrase[] = [];
  QUANTITY.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = QUANTITY.exec(s))) {
    let start = m.index;
    // "no one was killed", "not one house stood": a denial, not a count of one.
    if (/^one$/i.test(m[0]) && /\b(?:no|not)\s+$/i.test(s.slice(Math.max(0, start - 4), start))) continue;
    const currency = CURRENCY_BEFORE.exec(s.slice(Math.max(0, start - 5), start));
    if (currency) start -= currency[0].length;
    const qualifier = QUALIFIER_BEFORE.exec(s.slice(Math.max(0, start - 22), start));
    if (qualifier) start -= qualifier[0].length;
    const p: NumberPhrase = { text: s.slice(start, m.index + m[0].length), index: start, quantity: m[0] };
    if (qualifier?.[1]) p.qualifier = qualifier[1];
    if (currency?.[1]) p.currency = currency[1];
    out.push(p);
  }
  return out;
}

function wordsToNumber(text: string): number | undefined {
  let total = 0;
  let current = 0;
  let seen = false;
  for (const w of text.toLowerCase().split(/[\s-]+/)) {
    if (w in UNITS) {
      current += UNITS[w] ?? 0;
      seen = true;
    } else if (w in SCALES) {
      current = (current || 1) * (SCALES[w] ?? 1);
      if ((SCALES[w] ?? 0) >= 1000) {
        total += current;
        current = 0;
      }
      seen = true;
    } else return undefined;
  }
  return seen ? total + current : undefined;
}

export function parseQuantity(text: string): number | undefined {
  const t = text.trim().toLowerCase();
  const d = /^((?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+)?)\s*(hundred|thousand|million|billion|bn|m|k)?$/.exec(t);
  if (d && d[1]) {
    const base = Number(d[1].replace(/,/g, ""));
    const scale = d[2] ? (SCALES[d[2]] ?? { bn: 1e9, m: 1e6, k: 1e3 }[d[2]] ?? 1) : 1;
    return base * scale;
  }
  return wordsToNumber(t);
}

/** Reads "more than 200" into (200, +inf) keeping the words. */
export function toInterval(
  qualifier: string | undefined,
  quantity: string,
  text: string,
): NumberValue | undefined {
  const vague = VAGUE[quantity.toLowerCase()];
  if (vague) return { min: vague[0], max: vague[1], text };
  const n = parseQuantity(quantity);
  if (n === undefined) return undefined;
  const step = Number.isInteger(n) ? 1 : 0;
  switch ((qualifier ?? "").toLowerCase()) {
    case "at least":
    case "as many as":
      return { min: n, max: qualifier?.toLowerCase() === "as many as" ? n : Infinity, text };
    case "more than":
    case "over":
      return { min: n + step, max: Infinity, text };
    case "nearly":
    case "almost":
    case "close to":
      return { min: Math.floor(n * 0.9), max: n, text };
    case "about":
    case "around":
    case "roughly":
    case "approximately":
    case "some":
      return { min: Math.floor(n * 0.9), max: Math.ceil(n * 1.1), text };
    case "up to":
    case "at most":
      return { min: 0, max: n, text };
    case "fewer than":
    case "less than":
      return { min: 0, max: n - step, text };
    default:
      return { min: n, max: n, text };
  }
}

/** A figure's wording with its unit when the wording does not show it ("48 hours", not "48"). */
export const withUnit = (wording: string, unit: string | undefined): string =>
  unit && !/[$€£¥]/.test(wording) && !wording.toLowerCase().includes(unit.toLowerCase())
    ? `${wording} ${unit}`
    : wording;
