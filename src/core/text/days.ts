// Day arithmetic on ISO dates (YYYY-MM-DD), in UTC so that no machine's time zone moves a day.
// Shared by extraction (weekdays resolved to the past), ingest, resolution and reconciliation.

const DAY_MS = 86_400_000;

/** Two digits: months, days, hours and minutes in dates and times. */
export const twoDigits = (n: number): string => String(n).padStart(2, "0");

/** "2026-03-05" from its numbers (the year as given). */
export function isoDay(y: number, m: number, d: number): string {
  return `${y}-${twoDigits(m)}-${twoDigits(d)}`;
}

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

const dateOf = (dayNo: number): Date => new Date(dayNo * DAY_MS);

export function addDays(iso: string, days: number): string {
  const t = dateOf(dayNumber(iso) + days);
  return isoDay(t.getUTCFullYear(), t.getUTCMonth() + 1, t.getUTCDate());
}

/** Whole days from `a` to `b` (negative when `b` is earlier). */
export function daysBetween(a: string, b: string): number {
  return dayNumber(b) - dayNumber(a);
}

/** 0 for Sunday to 6 for Saturday. */
export function weekdayOf(iso: string): number {
  return dateOf(dayNumber(iso)).getUTCDay();
}
