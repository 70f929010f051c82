import { toInterval } from "../../../src/core/extract/events/numbers";

describe("toInterval", () => {
  it("reads qualifiers and vague quantities as ACLED does", () => {
    expect(toInterval("more than", "200", "more than 200")).toEqual({
      min: 201,
      max: Infinity,
      text: "more than 200",
    });
    expect(toInterval("nearly", "400", "nearly 400")).toMatchObject({ max: 400 });
    expect(toInterval(undefined, "dozens", "dozens")).toEqual({ min: 12, max: Infinity, text: "dozens" });
    expect(toInterval(undefined, "twenty-six", "twenty-six")).toMatchObject({ min: 26, max: 26 });
    expect(toInterval(undefined, "1,200", "1,200")).toMatchObject({ min: 1200, max: 1200 });
  });
});
