// Event dates: chrono-node reads the expressions; small named refiners make them behave as news
// dates do. Dates are read against the article's publication date only: without one, a relative
// expression ("on Wednesday") stays unresolved, never resolved against the machine's clock.
import { casualDates as casual, type ParsedResult } from "../../text/chrono";
import type { DatePrecision, DateValue } from "../../model";
import { addDays, isoDay, twoDigits, weekdayOf } from "../../text/days";

type ChronoResult = ParsedResult;
type Components = ChronoResult["start"];

// "a report by X on Wednesday", "said on Tuesday", "told reporters on Monday": words of a saying
// just before a date.
const SAYING_BEFORE_DATE =
  /\b(?:report|reports|reported|reporting|said|says|told|announced|statement|confirmed|wrote|posted|tweeted|published|interview|briefing|press conference)\b[^.;"]{0,40}$/i;

/** Events that happen by being made public: a statement, a deal ("said on Monday it had agreed to buy"). */
const ANNOUNCED = new Set(["statement", "business"]);

/**
 * The date at `dateIndex` dates a saying, not the event the sentence tells ("The ministry said on
 * Friday that gunmen ambushed a convoy"), unless the event's own word stands between the saying
 * and the date ("police said the blast on Friday killed 12") or the event is the announcement.
 */
export function datesTheSaying(
  sentence: string,
  dateIndex: number,
  trigger?: string,
  type?: string,
): boolean {
  if (type && ANNOUNCED.has(type)) return false;
  const before = sentence.slice(0, dateIndex);
  const saying = SAYING_BEFORE_DATE.exec(before);
  if (!saying) return false;
  if (!trigger) return true;
  const between = before.slice(saying.index).toLowerCase();
  return !between.includes(trigger.toLowerCase());
}

/** A date read from a sentence, with where its words stand. */
export interface DateReading extends DateValue {
  index: number;
  /** The words a year stands before: "the 2001 US-led battle" dates the battle only. */
  modifies?: string;
}

/** Words chrono reads as dates that do not date an event. */
const NOT_A_DATE = /^(now|right now|for now|currently|today's|tonight's|at present|by now|as of now)$/i;

function precisionOf(c: Components, text: string): DatePrecision | undefined {
  if (/\bweek\b/i.test(text)) return "week";
  if (c.isCertain("day") || c.isCertain("weekday")) return "day";
  if (/\b(yesterday|today|tonight|ago)\b/i.test(text)) return "day";
  if (c.isCertain("month")) return "month";
  if (c.isCertain("year") || /\byear\b/i.test(text)) return "year";
  return undefined;
}

function show(value: string, precision: DatePrecision): string {
  const [yy, mm] = value.split("-");
  return precision === "year" ? `${yy}` : precision === "month" ? `${yy}-${mm}` : value;
}

/** One chrono result -> a reading, with the news refiners applied. */
function read(r: ChronoResult, index: number, ref: string | undefined): DateReading | undefined {
  if (NOT_A_DATE.test(r.text.trim())) return undefined;
  // "sat in separate rooms", "wed in June": a weekday's short form is a day only when capitalised.
  if (/^(?:(?:on|last|this|next)\s+)?(?:mon|tues?|wed|thu(?:rs?)?|fri|sat|sun)\.?$/.test(r.text.trim()))
    return undefined;
  // "two hours before", "three days earlier" count from another event, not from publication.
  if (/\b(?:before|earlier)\W*$/i.test(r.text)) return undefined;
  const c = r.start;
  const precision = precisionOf(c, r.text);
  if (!precision) return undefined;
  // Without a publication date only a date that writes its year is a date: chrono counts the
  // year of "next year" as known, from the reference it was given.
  if (!ref && (!c.isCertain("year") || !/\d{4}|'\d\d\b/.test(r.text))) return undefined;
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
    // Refiner: "last week" is the week before the publication's, from its Sunday.
    if (precision === "week") value = addDays(value, -weekdayOf(value));
  }
  // Refiner: "two months after", "for ten years" count from another event or are spans of time:
  // only a named day, a written date or "next" puts an event after the article.
  if (
    ref &&
    value > addDays(ref, 1) &&
    !/\d|\bnext\b|tomorrow|\b(?:mon|tues|wednes|thurs|fri|satur|sun)day\b|\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)/i.test(
      r.text,
    )
  )
    return undefined;
  return { value: show(value, precision), precision, text: r.text.replace(/[\s,]+$/, ""), index };
}

/** A bare year: "in 2019", "since 2021", "the 2001 battle". chrono reads none of these. */
function yearReadings(text: string): DateReading[] {
  const out: DateReading[] = [];
  const re =
    /\b(?:in|since|during|of|from|until|by|the|early|late|mid-?)\s+((?:19|20)\d{2})\b(?!\s*(?:-|mile|km|people|troops|soldiers|%|per))(?:\s+([\w-]+(?:\s+[a-z]+)?))?/gi;
  let m: RegExpExecArray | null;
  while ((m = re.exec(text))) {
    if (!m[1]) continue;
    const r: DateReading = {
      value: m[1],
      precision: "year",
      text: m[0].slice(0, m[0].indexOf(m[1]) + 4),
      index: m.index,
    };
    if (/^the\b/i.test(m[0]) && m[2]) r.modifies = m[2];
    out.push(r);
  }
  return out;
}

/** Refiner: "early September", "mid-March", "late 2024" keep their qualifier in the wording. */
function withQualifier(text: string, r: DateReading): DateReading {
  const q = /\b(early|mid|late|the end of|the start of|the beginning of)[\s-]+$/i.exec(
    text.slice(0, r.index),
  );
  return q ? { ...r, text: text.slice(q.index, r.index + r.text.length), index: q.index } : r;
}

/** A time of day as reports write it: "3 a.m.", "11.40pm", "20:00", "noon", "midnight". */
const TIME_OF_DAY = String.raw`\b(?:(1[0-2]|0?[1-9])(?:[:.]([0-5]\d))?\s*([ap])\.?\s?m\b\.?|([01]?\d|2[0-3]):([0-5]\d)\b|(noon|midday|midnight)\b)`;
// "at about 9 p.m.": the time as given, its approximation left in the wording.
const AT = String.raw`(?:\bat\s+)?(?:(?:about|around|approximately|roughly)\s+)?`;
const TIME_BEFORE = new RegExp(String.raw`${AT}${TIME_OF_DAY}\s*,?\s*(?:on\s+)?$`, "i");
const TIME_AFTER = new RegExp(String.raw`^,?\s*${AT}${TIME_OF_DAY}`, "i");

function clock(m: RegExpExecArray): string {
  if (m[6]) return /midnight/i.test(m[6]) ? "00:00" : "12:00";
  if (m[4]) return `${twoDigits(Number(m[4]))}:${m[5]}`;
  const h = (Number(m[1]) % 12) + (/p/i.test(m[3] ?? "") ? 12 : 0);
  return `${twoDigits(h)}:${m[2] ?? "00"}`;
}

/**
 * Refiner: a time of day written against a day ("at 3 a.m. on Monday", "on Monday at 11.40pm")
 * is that day's time, and its words join the date's, as a part of the day does ("Monday night").
 * A time alone dates nothing.
 */
function withTime(text: string, r: DateReading): DateReading {
  if (r.precision !== "day") return r;
  const part = /^\s+(?:morning|afternoon|evening|night)\b/i.exec(text.slice(r.index + r.text.length));
  if (part) r = { ...r, text: r.text + part[0] };
  const end = r.index + r.text.length;
  const before = TIME_BEFORE.exec(text.slice(Math.max(0, r.index - 30), r.index));
  if (before) {
    const index = r.index - before[0].length;
    return { ...r, time: clock(before), index, text: text.slice(index, end) };
  }
  const after = TIME_AFTER.exec(text.slice(end, end + 30));
  return after ? { ...r, time: clock(after), text: text.slice(r.index, end + after[0].length) } : r;
}

/**
 * Every date of a sentence, in order. `published` is the article's ISO publication date.
 * "on Wednesday and Thursday" gives a range; "on Wednesday (29th October)" keeps the written date.
 */
/** Words without which a sentence holds no date: chrono is not asked about the others. */
const MAY_HOLD_DATE =
  /\d[-/:.]\d|\d\s*(?:a\.?m\b|p\.?m\b|st\b|nd\b|rd\b|th\b|gmt|utc)|\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec|mon|tue|wed|thu|fri|sat|sun|today|tonight|yesterday|tomorrow|week|month|year|ago|morning|afternoon|evening|night|noon|midnight|decade|century)/i;

/**
 * chrono over the stretches of a sentence around its date words only: the same dates, a fraction
 * of the text to scan. Indices are the sentence's.
 */
function chronoAround(text: string, instant: Date): { r: ChronoResult; index: number }[] {
  const windows: [number, number][] = [];
  const re = new RegExp(MAY_HOLD_DATE.source, "gi");
  let m: RegExpExecArray | null;
  while ((m = re.exec(text))) {
    let a = Math.max(0, m.index - 40);
    let b = Math.min(text.length, m.index + m[0].length + 40);
    // Cut at spaces so no word is split.
    while (a > 0 && text[a - 1] !== " ") a--;
    while (b < text.length && text[b] !== " ") b++;
    const last = windows[windows.length - 1];
    if (last && a <= last[1]) last[1] = Math.max(last[1], b);
    else windows.push([a, b]);
  }
  const out: { r: ChronoResult; index: number }[] = [];
  for (const [a, b] of windows)
    for (const r of casual.parse(text.slice(a, b), instant, 0)) out.push({ r, index: r.index + a });
  return out;
}

export function findDates(text: string, published: string | undefined): DateReading[] {
  const ref = published && /^\d{4}-\d{2}-\d{2}$/.test(published) ? published : undefined;
  const [ry, rm, rd] = (ref ?? "2000-01-01").split("-").map(Number) as [number, number, number];
  const results = chronoAround(text, new Date(Date.UTC(ry, rm - 1, rd, 12)));
  let readings: DateReading[] = [];
  results.forEach(({ r, index }) => {
    const reading = read(r, index, ref);
    if (!reading) return;
    // Refiner: chrono's own range ("March 3 to March 5").
    const end = r.end;
    if (end && end.isCertain("day") && reading.precision === "day") {
      const e = isoDay(end.get("year") ?? 0, end.get("month") ?? 1, end.get("day") ?? 1);
      if (e > reading.value) reading.end = e;
    }
    // Refiner: a weekend is its Saturday and Sunday ("over the weekend", "last weekend").
    if (/weekend$/i.test(r.text) && reading.precision === "day") {
      reading.value = addDays(reading.value, -((weekdayOf(reading.value) + 1) % 7));
      reading.end = addDays(reading.value, 1);
    }
    readings.push(withQualifier(text, reading));
  });
  const covered = (i: number): boolean => readings.some((r) => i >= r.index && i < r.index + r.text.length);
  for (const y of yearReadings(text)) if (!covered(y.index + y.text.length - 1)) readings.push(y);
  // Refiner: "this morning", "early this afternoon" are the day of publication.
  const today = ref ? /\b(?:(?:early|late)\s+)?this\s+(?:morning|afternoon|evening)\b/i.exec(text) : null;
  if (today && ref && !covered(today.index))
    readings.push({ value: ref, precision: "day", text: today[0], index: today.index });
  readings.sort((a, b) => a.index - b.index);
  // Refiner: a weekday and the date in apposition ("Wednesday (29th October)") are one day.
  readings = readings.filter((r, i) => {
    const next = readings[i + 1];
    if (!next || r.precision !== "day" || next.precision !== "day") return true;
    const between = text.slice(r.index + r.text.length, next.index);
    if (/^\s*[(,]\s*(?:the\s+)?$/.test(between) && /\d/.test(next.text) && !/\d/.test(r.text)) {
      next.text = text.slice(r.index, next.index + next.text.length).replace(/\s*\($/, "");
      next.index = r.index;
      return false;
    }
    return true;
  });
  // Refiner: "Wednesday and Thursday", "March 3 to 5": two days joined make a range.
  for (let i = 0; i + 1 < readings.length; i++) {
    const a = readings[i] as DateReading;
    const b = readings[i + 1] as DateReading;
    if (a.precision !== "day" || b.precision !== "day" || a.end) continue;
    const between = text.slice(a.index + a.text.length, b.index);
    if (/^\s*(and|to|-|through|until|till)\s*$/i.test(between) && b.value > a.value) {
      a.end = b.value;
      a.text = text.slice(a.index, b.index + b.text.length);
      readings.splice(i + 1, 1);
    }
  }
  // Refiner: "between March 3 and 5": a bare day after the date ends its range.
  for (const r of readings) {
    if (r.precision !== "day" || r.end) continue;
    const tail = /^\s*(?:and|to|-|through|until)\s*(\d{1,2})\b(?!\s*(?:[:.]\d|%|am|pm|a\.m|p\.m))/i.exec(
      text.slice(r.index + r.text.length),
    );
    const day = Number(tail?.[1]);
    if (tail && day >= 1 && day <= 31) {
      const e = `${r.value.slice(0, 8)}${twoDigits(day)}`;
      if (e > r.value) {
        r.end = e;
        r.text = text.slice(r.index, r.index + r.text.length + tail[0].length);
      }
    }
  }
  return readings.map((r) => withTime(text, r));
}

const toValue = (r: DateReading): DateValue => {
  const v: DateValue = { value: r.value, precision: r.precision, text: r.text };
  if (r.end) v.end = r.end;
  if (r.time) v.time = r.time;
  return v;
};

/** The date of what a sentence reports: its first date, or the one nearest `at` when given. */
export function findEventDate(
  text: string,
  published: string | undefined,
  at?: number,
): DateValue | undefined {
  const readings = findDates(text, published);
  if (!readings.length) return undefined;
  if (at === undefined) return toValue(readings[0] as DateReading);
  const near = [...readings].sort(
    (a, b) => Math.abs(a.index - at) - Math.abs(b.index - at),
  )[0] as DateReading;
  return toValue(near);
}

export { toValue as dateValueOf };
