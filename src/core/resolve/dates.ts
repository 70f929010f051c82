// The span of days a date covers at its precision. Shared by event resolution (are two mentions
// the same event?) and reconcile (do two dates agree?).
import type { DateValue } from "../model";
import { addDays, dayNumber, isoDay } from "../text/days";

export interface DayRange {
  from: string;
  to: string;
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
      return { from: isoDay(y, m ?? 1, 1), to: isoDay(y, m ?? 1, lastDayOfMonth(y, m ?? 1)) };
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
