// Event dates: chrono-node reads the expressions; small refiners make them behave as news
// dates do. Dates are read against the article's publication date only: without one, a relative
// expression ("on Wednesday") stays unresolved, never resolved against the machine's clock.
import { casual } from "chrono-node/en";
import type { DatePrecision, DateValue } from "../../model";

type ChronoResult = ReturnType<typeof casual.parse>[number];
type Components = ChronoResult["start"];

const pad = (n: number): string => String(n).padStart(2, "0");

function isoDay(y: number, m: number, d: number): string {
  return `${y}-${pad(m)}-${pad(d)}`;
}

function addDays(iso: string, days: number): string {
  const [y, m, d] = iso.split("-").map(Number) as [number, number, number];
  const t = new Date(Date.UTC(y, m - 1, d) + days * 86_400_000);
  return isoDay(t.getUTCFullYear(), t.getUTCMonth() + 1, t.getUTCDate());
}

interface Reading {
  value: string;
  precision: DatePrecision;
  time?: string;
  text: string;
  index: number;
}

/** Words chrono reads as dates that do not date an event. */
const NOT_A_DATE = /^(now|right now|for now|currently|today's|tonight's|at present|by now)$/i;

function precisionOf(c: Components, text: string): DatePrecision | undefined {
  if (/\bweek\b/i.test(text)) return "week";
  if (c.isCertain("day") || c.isCertain("weekday")) return "day";
  if (/\b(yesterday|today|tonight|ago)\b/i.test(text)) return "day";
  if (c.isCertain("month")) return "month";
  if (c.isCertain("year") || /\byear\b/i.test(text)) return "year";
  return undefined;
}

function read(r: ChronoResult, ref: string | undefined): Reading | undefined {
  if (NOT_A_DATE.test(r.text.trim())) return undefined;
  const c = r.start;
  const precision = precisionOf(c, r.text);
  if (!precision) return undefined;
  // Without a publication date only a date that writes its year is a date.
  if (!ref && !c.isCertain("year")) return undefined;
  let y = c.get("year") ?? 0;
  const m = c.get("month") ?? 1;
  const d = c.get("day") ?? 1;
  let value = isoDay(y, m, d);
  if (ref) {
    // Refiner: a weekday without "next" is the last one on or before the publication date.
    if (c.isCertain("weekday") && !c.isCertain("day") && !/\bnext\b/i.test(r.text) && value > ref)
      value = addDays(value, -7);
    // Refiner: a month and day without a year lie in the past unless they are days ahead.
    if (!c.isCertain("year") && (c.isCertain("month") || c.isCertain("day")) && value > addDays(ref, 7)) {
      y -= 1;
      value = isoDay(y, m, d);
    }
  }
  const [yy, mm] = value.split("-");
  const shown = precision === "year" ? `${yy}` : precision === "month" ? `${yy}-${mm}` : value;
  const reading: Reading = { value: shown, precision, text: r.text, index: r.index };
  if (c.isCertain("hour")) reading.time = `${pad(c.get("hour") ?? 0)}:${pad(c.get("minute") ?? 0)}`;
  return reading;
}

/** A bare year: "in 2019", "since 2021", "the 2001 battle". chrono reads none of these. */
function yearReading(text: string): Reading | undefined {
  const m =
    /\b(?:in|since|during|of|from|until|by|the)\s+((?:19|20)\d{2})\b(?!\s*(?:-|mile|km|people|troops|soldiers))/i.exec(
      text,
    );
  if (!m || !m[1]) return undefined;
  return { value: m[1], precision: "year", text: m[0], index: m.index };
}

/**
 * The date of what a sentence reports. `published` is the article's ISO publication date.
 * "on Wednesday and Thursday" gives a range; "early September" keeps month precision.
 */
export function findEventDate(text: string, published: string | undefined): DateValue | undefined {
  const ref = published && /^\d{4}-\d{2}-\d{2}$/.test(published) ? published : undefined;
  const [ry, rm, rd] = (ref ?? "2000-01-01").split("-").map(Number) as [number, number, number];
  const results = casual.parse(
    text,
    { instant: new Date(Date.UTC(ry, rm - 1, rd, 12)), timezone: 0 },
    { forwardDate: false },
  );
  const readings = results.map((r) => read(r, ref)).filter((r): r is Reading => r !== undefined);
  if (readings.length === 0) {
    const y = yearReading(text);
    return y ? { value: y.value, precision: y.precision, text: y.text } : undefined;
  }
  const first = readings[0] as Reading;
  const out: DateValue = { value: first.value, precision: first.precision, text: first.text };
  if (first.time) out.time = first.time;
  // Refiner: "Wednesday and Thursday", "March 3 to March 5": two dates joined make a range.
  const second = readings[1];
  if (second && first.precision === "day" && second.precision === "day") {
    const between = text.slice(first.index + first.text.length, second.index);
    if (/^\s*(and|to|-|through|until)\s*$/i.test(between) && second.value > first.value) {
      out.end = second.value;
      out.text = text.slice(first.index, second.index + second.text.length);
    }
  }
  const range = results[0]?.end;
  if (!out.end && range && range.isCertain("day")) {
    const end = isoDay(range.get("year") ?? 0, range.get("month") ?? 1, range.get("day") ?? 1);
    if (end > out.value) out.end = end;
  }
  return out;
}
