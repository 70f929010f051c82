// The small shared modules every stage leans on: ISO day arithmetic (text/days.ts) and list
// helpers (lists.ts). Results must not depend on the machine's time zone or on hashing order.
import { distinct, filled, groupByKey } from "../../src/core/lists";
import { addDays, dayNumber, daysBetween, isoDay, twoDigits, weekdayOf } from "../../src/core/text/days";

describe("ISO day arithmetic", () => {
  it("writes days with two-digit months and days", () => {
    expect(isoDay(2026, 3, 5)).toBe("2026-03-05");
    expect(twoDigits(7)).toBe("07");
    expect(twoDigits(12)).toBe("12");
  });
  it("moves across months, years and leap days", () => {
    expect(addDays("2026-02-27", 2)).toBe("2026-03-01");
    expect(addDays("2024-02-28", 1)).toBe("2024-02-29");
    expect(addDays("2026-01-01", -1)).toBe("2025-12-31");
    expect(addDays("2026-03-13", -7)).toBe("2026-03-06");
  });
  it("counts days between dates, reading a month or a year as its first day", () => {
    expect(daysBetween("2026-03-01", "2026-03-13")).toBe(12);
    expect(daysBetween("2026-03-13", "2026-03-01")).toBe(-12);
    expect(dayNumber("2026-03")).toBe(dayNumber("2026-03-01"));
    expect(dayNumber("2026")).toBe(dayNumber("2026-01-01"));
  });
  it("gives the weekday of a date, Sunday first", () => {
    expect(weekdayOf("2026-03-13")).toBe(5); // a Friday
    expect(weekdayOf("2026-03-15")).toBe(0); // a Sunday
  });
});

describe("list helpers", () => {
  it("keep the first-seen order of distinct values", () => {
    expect(distinct(["b", "a", "b", "c", "a"])).toEqual(["b", "a", "c"]);
    expect(filled(["", "x", undefined, "y", "x"])).toEqual(["x", "y"]);
  });
  it("group items by key, keys and items in first-seen order, with the item's index at hand", () => {
    const groups = groupByKey(["apple", "bean", "avocado", "beet", "corn"], (w) => w[0]);
    expect([...groups]).toEqual([
      ["a", ["apple", "avocado"]],
      ["b", ["bean", "beet"]],
      ["c", ["corn"]],
    ]);
    expect([...groupByKey(["x", "y", "z"], (_w, i) => i % 2).values()]).toEqual([["x", "z"], ["y"]]);
  });
});
