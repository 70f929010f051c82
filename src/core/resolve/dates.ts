// Day arithmetic on ISO dates and the span of days a date covers at its precision. Shared by
// event resolution (are two mentions the same event?) and reconcile (do two dates agree?).
import type { DateValue } from "../model";

export interface DayRange {
  from: string;
  to: string;
}

const pad = (n: number): string => String(n).padStart(2, "0");
const DAY_MS = 86_400_000;

// Resolution compares the same few hundred dates again and again: parse each once.
const dayNumbers = new Map<string, number>();

/** Days since 1970-01-01 of an ISO date (YYYY, YYYY-MM or YYYY-MM-DD; missing parts are 1). */
export function dayNumber(iso: string): number {
  let n = dayNumbers.get(iso);
  if (n === undefined) {
    const [y, m, d] = iso.split("-").map(Number) as [number, number | undefined, number | undefined];
    n = Math.round(Date.UTC(y, (m ?? 1) - 1, d ?? 1) / DAY_MS);
    if (dayNumbers.size > 50_000) dayNumbers.clear();
    dayNumbers.set(iso, n);
  }
  return n;
}

export function addDays(iso: string, days: number): string {
  const t = new Date((dayNumber(iso) + days) * DAY_MS);
  return `${t.getUTCFullYear()}-${pad(t.getUTCMonth() + 1)}-${pad(t.getUTCDate())}`;
}

/** Whole days from `a` to `b` (negative when `b` is earlier). */
export function daysBetween(a: string, b: string): number {
  return dayNumber(b) - dayNumber(a);
}

function lastDayOfMonth(y: number, m: number): number {
  return new Date(Date.UTC(y, m, 0)).getUTCDate();
}

/** The days a date value may cover, at its precision. */
export function dayRange(date: Pick<DateValue, "value" | "precision" | "end">): DayRange {
  const [y, m] = date.value.split("-").map(Number) as [number, number | undefined];
  switch (date.precision) {
    case "year":
      return { from: `${y}-01-01`, to: `${y}-12-31` };
    case "month":
      return { from: `${y}-${pad(m ?? 1)}-01`, to: `${y}-${pad(m ?? 1)}-${pad(lastDayOfMonth(y, m ?? 1))}` };
    case "week":
      return { from: date.value, to: addDays(date.value, 6) };
    default:
      return { from: date.value, to: date.end ?? date.value };
  }
}

export function rangesOverlap(a: DayRange, b: DayRange, slackDays = 0): boolean {
  return dayNumber(a.from) <= dayNumber(b.to) + slackDays && dayNumber(b.from) <= dayNumber(a.to) + slackDays;
}

/** The smallest range holding both. */
export function hull(a: DayRange | undefined, b: DayRange | undefined): DayRange | undefined {
  if (!a) return b;
  if (!b) return a;
  return { from: a.from < b.from ? a.from : b.from, to: a.to > b.to ? a.to : b.to };
}
