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
  });
  it("keeps the time of day", () => {
    expect(findEventDate("at 9:58 p.m. on Thursday", "2026-05-08")).toMatchObject({
      value: "2026-05-07",
      time: "21:58",
    });
  });
});
