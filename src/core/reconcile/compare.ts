// Whether two sources' values for one attribute agree. Each kind has its own notion of
// agreement: intervals for numbers, precision for dates, resolved actors for names.
import type { Slot } from "../model";
import { countryByName } from "../lexicon/countries";
import { nameKey } from "../text/normalize";
import { dayRange, rangesOverlap } from "../resolve/events";
import { variantKey } from "../resolve/actors";

function minutes(time: string): number {
  const [h, m] = time.split(":").map(Number) as [number, number];
  return h * 60 + m;
}

/** "10 p.m." and "9:59 p.m." agree: a time written on the hour is a rounded time. */
function timesAgree(a?: string, b?: string): boolean {
  if (!a || !b) return true;
  const rounded = a.endsWith(":00") || b.endsWith(":00");
  return Math.abs(minutes(a) - minutes(b)) <= (rounded ? 30 : 5);
}

function numbersAgree(a: Slot, b: Slot): boolean {
  if (!a.number || !b.number) return a.value === b.value;
  return a.number.min <= b.number.max && b.number.min <= a.number.max;
}

function datesAgree(a: Slot, b: Slot): boolean {
  if (!a.date || !b.date) return true;
  if (!rangesOverlap(dayRange(a.date), dayRange(b.date))) return false;
  return a.date.value !== b.date.value || timesAgree(a.date.time, b.date.time);
}

function namesAgree(a: Slot, b: Slot): boolean {
  if (a.actorId && b.actorId) return a.actorId === b.actorId;
  if (a.vague || b.vague) return false;
  const ka = variantKey(a.value).split(" ");
  const kb = variantKey(b.value).split(" ");
  // One name inside the other ("Aslam" in "Shahab Aslam") is the same person, written shorter.
  const [short, long] = ka.length <= kb.length ? [ka, kb] : [kb, ka];
  return short.every((w) => long.includes(w));
}

/** A place and the country that contains it are not a disagreement without a gazetteer to say so. */
function placesAgree(a: Slot, b: Slot): boolean {
  if (nameKey(a.value) === nameKey(b.value)) return true;
  return !!countryByName(a.value) !== !!countryByName(b.value);
}

// Outcomes that can both be true of one series of talks ("held" then "collapsed").
const COMPATIBLE_STATUS = new Set(["held|collapsed", "held|agreed", "held|resumed", "held|postponed"]);

function statusesAgree(a: Slot, b: Slot): boolean {
  if (a.value === b.value) return true;
  const pair = [a.value, b.value].sort().join("|");
  return COMPATIBLE_STATUS.has(pair);
}

export function valuesAgree(a: Slot, b: Slot): boolean {
  switch (a.kind) {
    case "number":
      return numbersAgree(a, b);
    case "date":
      return datesAgree(a, b);
    case "name":
      return namesAgree(a, b);
    case "place":
      return placesAgree(a, b);
    case "categorical":
      return statusesAgree(a, b);
    default:
      return nameKey(a.value) === nameKey(b.value);
  }
}

/** A point estimate for ordering numbers: the lower bound of open intervals. */
export function pointOf(s: Slot): number {
  if (!s.number) return NaN;
  return Number.isFinite(s.number.max) ? (s.number.min + s.number.max) / 2 : s.number.min;
}
