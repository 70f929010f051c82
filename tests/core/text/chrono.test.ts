import { casual, strict } from "chrono-node/en";
import { casualDates, strictDates, type ParsedResult } from "../../../src/core/text/chrono";

const COMPONENTS = ["year", "month", "day", "weekday", "hour", "minute", "meridiem"] as const;

/** What a result says: where it stands, and each component with whether it is known or implied. */
function describe_(results: ParsedResult[]): string[] {
  return results.map((r) => {
    const side = (c: ParsedResult["start"] | undefined | null): string =>
      c ? COMPONENTS.map((k) => `${k}=${c.get(k)}${c.isCertain(k) ? "!" : ""}`).join(",") : "-";
    return `${r.index}:${r.text} | ${side(r.start)} | ${side(r.end)}`;
  });
}

const REF = { instant: new Date(Date.UTC(2026, 4, 8, 12)), timezone: 0 };

// Written the way reports date things; each line must read exactly as chrono's own casual reader
// reads it, since the pipeline keeps these parsers and refiners in chrono's order.
const KEPT = [
  "The ferry left the quay on Wednesday and sank on Thursday.",
  "Divers resumed the search on Friday, officials said.",
  "The council met on 3 March 2026 and again on March 17.",
  "Flooding began in early September and lasted until October 2, 2025.",
  "A spokesman said on Tuesday (5th May) that talks would resume next week.",
  "The plant closed two years ago and reopened last month.",
  "Between May 3 and 5, about 40 people were evacuated.",
  "The ruling, dated 2026-04-30, was published yesterday.",
  "Voting ran from Friday to Sunday.",
  "Earlier this year the mayor resigned; his deputy took over in February.",
  "Shots were heard on 4 May and police arrived on 5 May.",
  "The convoy was ambushed on 12/04/2026, the army said.",
  "The deal was signed today, hours before the vote.",
  "Last Friday's storm followed a dry spell that began in 2024.",
  "The trial opens on Monday, 11 May, and may last until June.",
];

describe("chrono pipeline", () => {
  it.each(KEPT)("reads as chrono's casual reader does: %s", (text) => {
    expect(describe_(casualDates.parse(text, REF.instant, 0))).toEqual(describe_(casual.parse(text, REF)));
  });

  it.each(["Published October 28, 2025", "28 Oct 2025 | Staff reporter", "Updated: 2025-11-07"])(
    "reads publication lines as chrono's strict reader does: %s",
    (text) => {
      const ref = new Date(Date.UTC(2000, 0, 1));
      expect(describe_(strictDates.parse(text, ref))).toEqual(describe_(strict.parse(text, ref)));
    },
  );

  it("leaves times of day to the event date refiners", () => {
    // events/dates.ts reads "at 10 p.m." beside a day itself: chrono's time parser is 6 KB.
    expect(casual.parse("at 10 p.m. on Thursday", REF)[0]?.start.isCertain("hour")).toBe(true);
    expect(describe_(casualDates.parse("at 10 p.m. on Thursday", REF.instant, 0))).toEqual([
      expect.stringMatching(/^11:on Thursday \|/),
    ]);
  });

  it("leaves out what news dates do not use: spans of time, spans counted forward, ends of periods", () => {
    // chrono's full reader dates these from the reference; an event they describe is dated by
    // something else in the text, or not at all.
    for (const text of [
      "They will decide within 3 days.",
      "The bridge reopened 2 weeks later.",
      "Rain fell over the past 3 days.",
    ]) {
      expect(casual.parse(text, REF).length).toBeGreaterThan(0);
      expect(casualDates.parse(text, REF.instant, 0)).toEqual([]);
    }
    // "three days after the vote" counts from the vote, not from the publication date.
    expect(describe_(casualDates.parse("signed today, three days after the vote", REF.instant, 0))).toEqual([
      expect.stringMatching(/^7:today \|/),
    ]);
    // "the end of June" stays a month (the wording keeps "the end of"), not June 30th.
    expect(casualDates.parse("until the end of June", REF.instant, 0)[0]?.start.isCertain("day")).toBe(false);
    expect(casual.parse("until the end of June", REF)[0]?.start.isCertain("day")).toBe(true);
  });
});
