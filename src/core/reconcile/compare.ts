// Whether two sources' values for one attribute agree. Each kind has its own notion of
// agreement: intervals for numbers, precision for dates, resolved actors for names, a small
// model of outcomes for talks, ranks and offices for roles.
import type { Slot } from "../model";
import { countryByName } from "../lexicon/countries";
import { parseQuantity, QUALIFIERS } from "../extract/events/numbers";
import { nameKey } from "../text/normalize";
import { dayRange, rangesOverlap } from "../resolve/dates";
import { rolesConflict } from "../resolve/roles";
import { acronymOf, initialsOf, variantKey } from "../resolve/names";

function minutes(time: string): number {
  const [h, m] = time.split(":").map(Number) as [number, number];
  return h * 60 + m;
}

/** "10 p.m." and "9:59 p.m." agree: a time written on the hour or half hour is a rounded time. */
export function timesAgree(a?: string, b?: string): boolean {
  if (!a || !b) return true;
  const rounded = /:(00|30)$/.test(a) || /:(00|30)$/.test(b);
  return Math.abs(minutes(a) - minutes(b)) <= (rounded ? 30 : 5);
}

const QUALIFIER = new RegExp(`^(?:${QUALIFIERS}|an estimated|estimated)\\s+`, "i");

/** The number as written: "at least 84" -> 84, "Fourteen" -> 14, "dozens" -> 12 (its lower bound). */
export function writtenNumber(s: Slot): number {
  if (!s.number) return NaN;
  const bare = s.number.text
    .trim()
    .replace(QUALIFIER, "")
    .replace(/^[$€£¥₹]/, "");
  return parseQuantity(bare) ?? s.number.min;
}

/** The values the number names for sure: its interval when bounded, else the number written. */
function closedRange(s: Slot): [number, number] {
  const n = s.number as NonNullable<Slot["number"]>;
  if (Number.isFinite(n.max)) return [n.min, n.max];
  const w = writtenNumber(s);
  return [w, w];
}

const STRICT_BELOW = /^(?:more than|over)\s/i;
const STRICT_ABOVE = /^(?:fewer than|less than)\s/i;

/**
 * The interval a number allows. "More than 20" is read as counts are ((21, ...) when counting
 * people) but allows anything above 20: "more than 20%" and "20.8%" agree.
 */
function allowed(s: Slot): [number, number] {
  const n = s.number as NonNullable<Slot["number"]>;
  const text = n.text.trim();
  const w = writtenNumber(s);
  const min = STRICT_BELOW.test(text) && Number.isFinite(w) ? Math.min(n.min, w + 1e-9) : n.min;
  const max = STRICT_ABOVE.test(text) && Number.isFinite(w) ? Math.max(n.max, w - 1e-9) : n.max;
  return [min, max];
}

const UNITS: [RegExp, string][] = [
  [/^(?:km|kms|kilomet(?:er|re)s?)\b/, "km"],
  [/^(?:mi|miles?)\b/, "mi"],
  [/^(?:m|met(?:er|re)s?)\b/, "m"],
  [/^(?:ft|feet|foot)\b/, "ft"],
  [/^(?:minutes?|mins?)\b/, "minute"],
  [/^(?:hours?|hrs?)\b/, "hour"],
  [/^days?\b/, "day"],
  [/^weeks?\b/, "week"],
  [/^months?\b/, "month"],
  [/^years?\b/, "year"],
];
const CURRENCIES: [RegExp, string][] = [
  [/(?:\$|\bUS\$|\bUSD|\bdollars?)/, "USD"],
  [/(?:€|\bEUR|\beuros?)/, "EUR"],
  [/(?:£|\bGBP|\bpounds?)/, "GBP"],
  [/(?:¥|\byen|\byuan)/, "JPY/CNY"],
  [/(?:₹|\bRs\.?|\brupees?)/, "INR"],
];

/** The unit a figure is counted in, read around its words: "12 miles", "$2.1 billion". */
export function unitOf(s: Slot): string | undefined {
  const text = s.number?.text ?? s.value;
  const sentence = s.evidence.sentence;
  const at = sentence.indexOf(text);
  if (at < 0) return undefined;
  const after = sentence
    .slice(at + text.length)
    .trimStart()
    .toLowerCase();
  const unit = UNITS.find(([re]) => re.test(after))?.[1];
  if (unit) return unit;
  const around = `${sentence.slice(Math.max(0, at - 4), at)} ${after.slice(0, 12)}`;
  return CURRENCIES.find(([re]) => re.test(around))?.[1];
}

/**
 * Two figures measure one thing in one way, so comparing them means something: not two units
 * ("12 km", "7 miles": no conversion is assumed), not magnitudes a whole step apart (two
 * quakes, not two readings of one).
 */
export function numbersComparable(a: Slot, b: Slot): boolean {
  const [ua, ub] = [unitOf(a), unitOf(b)];
  if (ua && ub && ua !== ub) return false;
  return !(a.attribute === "magnitude" && Math.abs(writtenNumber(a) - writtenNumber(b)) > 1);
}

/** Two numbers can both be true: their intervals meet ("at least 84" and "103"). */
export function numbersCompatible(a: Slot, b: Slot): boolean {
  if (!a.number || !b.number) return a.value === b.value;
  if (!numbersComparable(a, b)) return true;
  const [amin, amax] = allowed(a);
  const [bmin, bmax] = allowed(b);
  return amin <= bmax && bmin <= amax;
}

/**
 * Two numbers say the same thing, not just something compatible: one's written number lies in
 * what the other names for sure ("Fourteen" and "at least 14", "about 30" and "31"), while
 * "at least 14" and "31" are compatible but different.
 */
export function numbersSame(a: Slot, b: Slot): boolean {
  if (!a.number || !b.number) return a.value === b.value;
  const [alo, ahi] = closedRange(a);
  const [blo, bhi] = closedRange(b);
  const wa = writtenNumber(a);
  const wb = writtenNumber(b);
  return (wa >= blo && wa <= bhi) || (wb >= alo && wb <= ahi);
}

function datesAgree(a: Slot, b: Slot): boolean {
  if (!a.date || !b.date) return true;
  if (!rangesOverlap(dayRange(a.date), dayRange(b.date))) return false;
  return a.date.value !== b.date.value || timesAgree(a.date.time, b.date.time);
}

function namesAgree(a: Slot, b: Slot): boolean {
  if (!!a.vague !== !!b.vague) return false;
  if (a.vague && b.vague) return true;
  // "AP" and "Associated Press": two actors when two sources each wrote one form, one organisation.
  const [acr, full] = acronymOf(a.value) ? [acronymOf(a.value), b.value] : [acronymOf(b.value), a.value];
  if (acr && acr === initialsOf(full)) return true;
  if (a.actorId && b.actorId) return a.actorId === b.actorId;
  const ka = variantKey(a.value).split(" ");
  const kb = variantKey(b.value).split(" ");
  // One name inside the other ("Lind" in "Petra Lind") is the same person, written shorter.
  const [short, long] = ka.length <= kb.length ? [ka, kb] : [kb, ka];
  return short.every((w) => long.includes(w));
}

// A place named by a facility ("the Grand Hotel", "the central station") may lie inside the
// other place named; without a gazetteer that is not a disagreement.
const FACILITY =
  /\b(hotel|airport|airbase|base|stadium|arena|building|tower|street|road|avenue|square|station|hall|palace|house|hospital|clinic|bridge|market|mall|mosque|church|cathedral|temple|school|university|campus|camp|prison|jail|port|harbou?r|quay|pier|dock|terminal|embassy|consulate|parliament|court|courthouse|headquarters|office|plant|factory|mine|centre|center|park|club|restaurant|cafe|ranch|farm|compound|estate|village)\b/i;

const mentionsPlace = (sentence: string, place: string): boolean =>
  ` ${nameKey(sentence)} `.includes(` ${nameKey(place)} `);

/** "Norway", "Norway-Sweden": a whole country is too often the setting of a sentence to dispute. */
const countryLevel = (place: string): boolean => place.split(/\s*-\s*/).every((p) => !!countryByName(p));

/**
 * Two places disagree only when both name areas (towns, regions, points) that are not one inside
 * the other. A country named as an event's place is more often the sentence's setting than the
 * event's place, so it disagrees with nothing.
 */
function placesAgree(a: Slot, b: Slot): boolean {
  if (variantKey(a.value) === variantKey(b.value)) return true;
  // A source whose sentence names both places is not contradicting the other; nor are two
  // places some article of the ledger names together (a town and its region).
  if (mentionsPlace(a.evidence.sentence, b.value) || mentionsPlace(b.evidence.sentence, a.value)) return true;
  if (a.nearby?.includes(b.value) || b.nearby?.includes(a.value)) return true;
  if (countryLevel(a.value) || countryLevel(b.value)) return true;
  if (FACILITY.test(a.value) || FACILITY.test(b.value)) return true;
  const ka = nameKey(a.value);
  const kb = nameKey(b.value);
  return ka.includes(kb) || kb.includes(ka);
}

// What each outcome of talks says happened. Two outcomes disagree when one denies what the other
// asserts: talks that collapsed did not (yet) resume; talks that were postponed were not held.
const OUTCOME_DENIES: Record<string, string[]> = {
  held: ["postponed"],
  collapsed: ["resumed", "agreed", "postponed"],
  resumed: ["collapsed", "postponed"],
  agreed: ["collapsed", "postponed"],
  postponed: ["held", "collapsed", "resumed", "agreed"],
};

function outcomesAgree(a: string, b: string): boolean {
  return a === b || !(OUTCOME_DENIES[a]?.includes(b) ?? true);
}

export function valuesAgree(a: Slot, b: Slot): boolean {
  switch (a.kind) {
    case "number":
      return numbersCompatible(a, b);
    case "date":
      return datesAgree(a, b);
    case "name":
      return namesAgree(a, b);
    case "place":
      return placesAgree(a, b);
    case "categorical":
      if (a.attribute === "status") return outcomesAgree(a.value, b.value);
      if (a.attribute === "role") return !rolesConflict(a.value, b.value);
      return nameKey(a.value) === nameKey(b.value);
    case "claim":
      // Accusing and asserting both affirm the proposition; denying it is the other side.
      return (a.stance === "deny") === (b.stance === "deny");
    default:
      return nameKey(a.value) === nameKey(b.value);
  }
}
