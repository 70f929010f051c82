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
    expect(findEventDate("the levee gave way two hours before the alert", "2026-05-08")).toBeUndefined();
    expect(findEventDate("a tremor was felt three days earlier", "2026-05-08")).toBeUndefined();
    expect(findEventDate("the bridge fell two days ago", "2026-05-08")).toMatchObject({
      value: "2026-05-06",
    });
  });
  it("keeps the time of day", () => {
    expect(findEventDate("at 9:58 p.m. on Thursday", "2026-05-08")).toMatchObject({
      value: "2026-05-07",
      time: "21:58",
      text: "at 9:58 p.m. on Thursday",
    });
    // 2026-05-08 is a Friday: "Monday" is 2026-05-04.
    const cases: [string, string, string][] = [
      ["the siren sounded at 3 a.m. on Monday, a warden said", "03:00", "at 3 a.m. on Monday"],
      ["the dyke broke on Monday at 11.40pm", "23:40", "on Monday at 11.40pm"],
      ["the polls closed on Monday, at 20:00 local time", "20:00", "on Monday, at 20:00"],
      ["the strike began at midnight on Monday", "00:00", "at midnight on Monday"],
      ["shots rang out shortly after noon on May 4", "12:00", "noon on May 4"],
      ["the 12 a.m. curfew began on Monday", "", "on Monday"],
    ];
    for (const [text, time, words] of cases) {
      const d = findEventDate(text, "2026-05-08");
      expect(d).toMatchObject({ value: "2026-05-04", text: words });
      expect(d?.time ?? "").toBe(time);
    }
    // A part of the day stays in the words.
    expect(findEventDate("the ferry sank on Monday night", "2026-05-08")).toMatchObject({
      text: "on Monday night",
      value: "2026-05-04",
    });
    expect(findEventDate("talks resumed Monday afternoon at 3 p.m.", "2026-05-08")).toMatchObject({
      text: "Monday afternoon at 3 p.m.",
      time: "15:00",
    });
    // A time alone dates nothing; a figure is not a time.
    expect(findEventDate("the vote closes at 6 p.m.", "2026-05-08")).toBeUndefined();
    expect(findEventDate("on Monday 12 people were hurt", "2026-05-08")?.time).toBeUndefined();
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
  it("reads 'this morning' as the day of publication, a weekend as its two days, 'at about 9 p.m.' as a time", () => {
    expect(findEventDate("The quay flooded early this morning", "2026-05-08")).toMatchObject({
      value: "2026-05-08",
      precision: "day",
    });
    expect(findEventDate("The quay flooded over the weekend", "2026-05-08")).toMatchObject({
      value: "2026-05-02",
      end: "2026-05-03",
    });
    expect(findEventDate("The quay flooded last weekend", "2026-05-08")).toMatchObject({
      value: "2026-05-02",
    });
    expect(findEventDate("The ferry sank on Tuesday at about 9 p.m.", "2026-05-08")).toMatchObject({
      value: "2026-05-05",
      time: "21:00",
    });
  });
  it("reads a weekday's short form only when it is capitalised", () => {
    expect(findEventDate("The delegations sat in separate rooms", "2026-05-08")).toBeUndefined();
    expect(findEventDate("The couple will wed in June", "2026-05-08")?.value).not.toBe("2026-05-06");
    expect(findEventDate("Talks resumed on Sat. in Velm", "2026-05-08")).toMatchObject({
      value: "2026-05-02",
    });
  });
});
