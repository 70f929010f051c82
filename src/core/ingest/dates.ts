// Absolute publication dates as publishers print them. Only a full date (day, month and year all
// written) counts here: a guessed publication date would shift every relative date in the body.
import { strictDates as chronoStrict } from "../text/chrono";
import { isoDay } from "../text/days";

export interface FoundDate {
  iso: string;
  index: number;
  length: number;
}

/** The ISO date of the first full date in `s`, if any (undefined in, undefined out). */
export const isoDateIn = (s: string | undefined): string | undefined =>
  s ? findAbsoluteDate(s)?.iso : undefined;

/** The first full date in `s` ("2025-11-07", "October 28, 2025", "28 Oct 2025"). */
export function findAbsoluteDate(s: string): FoundDate | undefined {
  // ISO dates are read literally: chrono would move "2025-11-07T23:30:00Z" into the local day.
  const isoMatch = /\b(\d{4})-(\d{2})-(\d{2})\b/.exec(s);
  if (isoMatch && isoMatch.index < 40) {
    return { iso: isoMatch[0], index: isoMatch.index, length: isoMatch[0].length };
  }
  // A fixed reference keeps the result independent of the machine's clock.
  const results = chronoStrict.parse(s, new Date(Date.UTC(2000, 0, 1)));
  for (const r of results) {
    const c = r.start;
    if (!c.isCertain("day") || !c.isCertain("month") || !c.isCertain("year")) continue;
    const y = c.get("year");
    const m = c.get("month");
    const d = c.get("day");
    if (y == null || m == null || d == null) continue;
    return { iso: isoDay(y, m, d), index: r.index, length: r.text.length };
  }
  return undefined;
}
