// chrono-node's English parsers and refiners, only those that read the dates news reports write,
// run by a small pipeline of our own. chrono's `Chrono` class builds its whole default
// configuration when it is constructed, so importing it would bundle every parser into the Apps
// Script file, whose size is paid on every click: periods' ends, "within 3 days", "3 days later",
// "the past 3 days", time zone names, years BC, forward dating and times of day. Times of day are
// read beside a day by the event date refiners (extract/events/dates.ts): chrono's time parser
// alone is 6 KB of the bundle. The pipeline does what `Chrono.parse` does, step for step, so a kept
// parser gives exactly the result it gives inside chrono (tests/core/text/chrono.test.ts compares
// the two). `chrono-node-dist/*` is a path alias (tsconfig.base.json, jest.config.cjs) onto the
// package's own build, which its "exports" map does not list.
import { ParsingComponents, ParsingResult, ReferenceWithTimezone } from "chrono-node-dist/results.js";
import type { ParsedResult, ParsingOption } from "chrono-node-dist/types.js";
import type { Parser, ParsingContext, Refiner } from "chrono-node-dist/chrono.js";
import ISOFormatParser from "chrono-node-dist/common/parsers/ISOFormatParser.js";
import SlashDateFormatParser from "chrono-node-dist/common/parsers/SlashDateFormatParser.js";
import ENCasualDateParser from "chrono-node-dist/locales/en/parsers/ENCasualDateParser.js";
import ENMonthNameLittleEndianParser from "chrono-node-dist/locales/en/parsers/ENMonthNameLittleEndianParser.js";
import ENMonthNameMiddleEndianParser from "chrono-node-dist/locales/en/parsers/ENMonthNameMiddleEndianParser.js";
import ENMonthNameParser from "chrono-node-dist/locales/en/parsers/ENMonthNameParser.js";
import ENRelativeDateFormatParser from "chrono-node-dist/locales/en/parsers/ENRelativeDateFormatParser.js";
import ENSlashMonthFormatParser from "chrono-node-dist/locales/en/parsers/ENSlashMonthFormatParser.js";
import ENTimeUnitAgoFormatParser from "chrono-node-dist/locales/en/parsers/ENTimeUnitAgoFormatParser.js";
import ENWeekdayParser from "chrono-node-dist/locales/en/parsers/ENWeekdayParser.js";
import ENYearMonthDayParser from "chrono-node-dist/locales/en/parsers/ENYearMonthDayParser.js";
import ENYearMonthNameParser from "chrono-node-dist/locales/en/parsers/ENYearMonthNameParser.js";
import MergeWeekdayComponentRefiner from "chrono-node-dist/common/refiners/MergeWeekdayComponentRefiner.js";
import OverlapRemovalRefiner from "chrono-node-dist/common/refiners/OverlapRemovalRefiner.js";
import UnlikelyFormatFilter from "chrono-node-dist/common/refiners/UnlikelyFormatFilter.js";
import ENMergeDateRangeRefiner from "chrono-node-dist/locales/en/refiners/ENMergeDateRangeRefiner.js";
import ENMergeRelativeAfterDateRefiner from "chrono-node-dist/locales/en/refiners/ENMergeRelativeAfterDateRefiner.js";
import ENMergeRelativeFollowByDateRefiner from "chrono-node-dist/locales/en/refiners/ENMergeRelativeFollowByDateRefiner.js";
import ENUnlikelyFormatFilter from "chrono-node-dist/locales/en/refiners/ENUnlikelyFormatFilter.js";

export type { ParsedResult };

/** Components as parsers hand them over: known values, or components already built. */
type ComponentsInput = ConstructorParameters<typeof ParsingComponents>[1] | ParsingComponents;

/** What chrono's parsers and refiners read from the context they are given. */
class Context {
  readonly option: ParsingOption;
  readonly reference: ReferenceWithTimezone;
  readonly refDate: Date;
  constructor(
    readonly text: string,
    instant: Date,
    timezoneOffset?: number,
  ) {
    this.option = {};
    // The reference is built here, not by chrono's `fromInput`, which reads time zone names: the
    // bundle leaves chrono's table of them out (scripts/build.mjs).
    this.reference = new ReferenceWithTimezone(instant, timezoneOffset);
    this.refDate = instant;
  }
  createParsingComponents(c?: ComponentsInput) {
    return c instanceof ParsingComponents ? c : new ParsingComponents(this.reference, c);
  }
  createParsingResult(
    index: number,
    textOrEnd: number | string,
    start?: ComponentsInput,
    end?: ComponentsInput,
  ): ParsingResult {
    const text = typeof textOrEnd === "string" ? textOrEnd : this.text.substring(index, textOrEnd);
    return new ParsingResult(
      this.reference,
      index,
      text,
      start ? this.createParsingComponents(start) : undefined,
      end ? this.createParsingComponents(end) : undefined,
    );
  }
  debug(): void {}
}

/** Every match of one parser, left to right; a match that gives nothing is retried one character on. */
function runParser(context: Context, parser: Parser): ParsingResult[] {
  const ctx = context as unknown as ParsingContext;
  const results: ParsingResult[] = [];
  const pattern = parser.pattern(ctx);
  const text = context.text;
  let from = 0;
  let match = pattern.exec(text);
  while (match) {
    match.index += from;
    const found = parser.extract(ctx, match);
    if (!found) {
      from = match.index + 1;
      match = pattern.exec(text.substring(from));
      continue;
    }
    const result =
      found instanceof ParsingResult
        ? found
        : found instanceof ParsingComponents
          ? Object.assign(context.createParsingResult(match.index, match[0]), { start: found })
          : context.createParsingResult(match.index, match[0], found);
    results.push(result);
    from = result.index + result.text.length;
    match = pattern.exec(text.substring(from));
  }
  return results;
}

/** A date reader: chrono's parsers, then its refiners, in chrono's order. */
export interface DateReader {
  /** `timezoneOffset` in minutes east of UTC; without one, the machine's. */
  parse(text: string, instant: Date, timezoneOffset?: number): ParsedResult[];
}

function reader(parsers: Parser[], refiners: Refiner[]): DateReader {
  return {
    parse(text, instant, timezoneOffset) {
      const context = new Context(text, instant, timezoneOffset);
      const found = parsers.flatMap((p) => runParser(context, p)).sort((a, b) => a.index - b.index);
      const ctx = context as unknown as ParsingContext;
      return refiners.reduce((rs, r) => r.refine(ctx, rs), found);
    },
  };
}

/** chrono's English configuration (strict or casual) without the parsers news dates do not need. */
function english(strict: boolean): DateReader {
  const parsers: Parser[] = [
    new ENYearMonthDayParser(strict),
    new ISOFormatParser(),
    new SlashDateFormatParser(false),
    new ENMonthNameLittleEndianParser(),
    new ENMonthNameMiddleEndianParser(false),
    new ENWeekdayParser(),
    new ENSlashMonthFormatParser(),
    new ENTimeUnitAgoFormatParser(strict),
    new ENYearMonthNameParser(),
  ];
  if (!strict)
    parsers.push(new ENCasualDateParser(), new ENMonthNameParser(), new ENRelativeDateFormatParser());
  // chrono's order, less the time-zone, forward-dating and end-of-period refiners.
  const refiners: Refiner[] = [
    new OverlapRemovalRefiner(),
    new ENMergeRelativeAfterDateRefiner(),
    new ENMergeRelativeFollowByDateRefiner(),
    new OverlapRemovalRefiner(),
    new MergeWeekdayComponentRefiner(),
    new OverlapRemovalRefiner(),
    new UnlikelyFormatFilter(strict),
    new ENMergeDateRangeRefiner(),
  ];
  if (!strict) refiners.push(new ENUnlikelyFormatFilter());
  return reader(parsers, refiners);
}

/** Dates as reports write them, relative ones included ("on Tuesday", "last week"). */
export const casualDates = english(false);
/** Only dates written out in full or in part ("October 28, 2025", "28 Oct"): publication dates. */
export const strictDates = english(true);
