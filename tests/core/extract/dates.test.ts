import { findEventDate } from "../../../src/core/extract/events/dates";

describe("findEventDate", () => {
  it("resolves weekdays to the past and keeps ranges and precision", () => {
    // 2026-05-08 is a Friday.
    expect(findEventDate("held on Wednesday and Thursday", "2026-05-08")).toMatchObject({
      value: "2026-05-06",
      end: "2026-05-07",
      precision: "day",
    });
    expect(findEventDate("clashes in early September", "2026-05-08")).toMatchObject({
      value: "2025-09",
      precision: "month",
    });
    expect(findEventDate("a visit earlier this year", "2026-05-08")).toMatchObject({
      value: "2026",
      precision: "year",
    });
    expect(findEventDate("talks this week", "2026-05-08")).toMatchObject({ precision: "week" });
    expect(findEventDate("for now the talks go on", "2026-05-08")).toBeUndefined();
    expect(findEventDate("the 2019 sinking", "2026-05-08")).toMatchObject({
      value: "2019",
      precision: "year",
    });
  });
  it("leaves relative dates unresolved without a publication date", () => {
    expect(findEventDate("on Wednesday", undefined)).toBeUndefined();
    expect(findEventDate("on 3 March 2026", undefined)).toMatchObject({ value: "2026-03-03" });
    // chrono marks the year of "next year" as known; it is known only from a reference.
    expect(findEventDate("a vote planned for next year", undefined)).toBeUndefined();
    expect(findEventDate("the dam failed last month", undefined)).toBeUndefined();
    expect(findEventDate("the archive opened in May 2011", undefined)).toMatchObject({ value: "2011-05" });
  });
  it("does not date an event by a span counted from another event", () => {
    expect(findEventDate("the mine reopened a month later", "2026-05-08")).toBeUndefined();
    expect(findEventDate("a strike began three days after the vote", "2026-05-08")).toBeUndefined();
    expect(findEventDate("the talks stalled for a second time", "2026-05-08")).toBeUndefined();
  });
  it("keeps the time of day", () => {
    expect(findEventDate("at 9:58 p.m. on Thursday", "2026-05-08")).toMatchObject({
      value: "2026-05-07",
      time: "21:58",
    });
  });
});

describe("findDates refiners", () => {
  it("keeps a qualifier in the wording and month precision", () => {
    expect(findEventDate("fighting in late March", "2026-05-08")).toMatchObject({
      value: "2026-03",
      precision: "month",
      text: "late March",
    });
  });
  it("aligns 'last week' to the week before publication", () => {
    // 2026-05-08 is a Friday; the week before starts on Sunday 2026-04-26.
    expect(findEventDate("protests last week", "2026-05-08")).toMatchObject({
      value: "2026-04-26",
      precision: "week",
    });
  });
  it("reads 'between May 3 and 5' as a range", () => {
    expect(findEventDate("between May 3 and 5", "2026-05-08")).toMatchObject({
      value: "2026-05-03",
      end: "2026-05-05",
    });
  });
  it("prefers the written date to the weekday in apposition", () => {
    expect(findEventDate("on Wednesday (29th April)", "2026-05-08")).toMatchObject({ value: "2026-04-29" });
  });
  it("leaves a bare number alone", () => {
    expect(findEventDate("212 passengers were aboard", "2026-05-08")).toBeUndefined();
  });
});
