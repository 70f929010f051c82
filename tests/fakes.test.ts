import { FakeLock, FakeSpreadsheet, interpretInput } from "./fakes/spreadsheet";

describe("in-memory spreadsheet fake", () => {
  it("is 1-based, gives '' for blanks and 0 as the last row of an empty sheet", () => {
    const ss = new FakeSpreadsheet();
    const sheet = ss.insertSheet("T");
    expect(sheet.getLastRow()).toBe(0);
    expect(sheet.getLastColumn()).toBe(0);
    sheet.getRange(2, 2, 1, 1).setValues([["x"]]);
    expect(sheet.getRange(1, 1, 2, 2).getValues()).toEqual([
      ["", ""],
      ["", "x"],
    ]);
    expect(sheet.getLastRow()).toBe(2);
    expect(() => sheet.getRange(0, 1, 1, 1)).toThrow(/out of bounds/);
  });

  it("returns copies from getValues", () => {
    const ss = new FakeSpreadsheet();
    const sheet = ss.insertSheet("T");
    sheet.getRange(1, 1, 1, 1).setValues([["a"]]);
    const v = sheet.getRange(1, 1, 1, 1).getValues();
    (v[0] as unknown[])[0] = "changed";
    expect(sheet.getRange(1, 1, 1, 1).getValues()[0]?.[0]).toBe("a");
  });

  it("throws when setValues does not match the range size", () => {
    const sheet = new FakeSpreadsheet().insertSheet("T");
    expect(() => sheet.getRange(1, 1, 2, 2).setValues([["a", "b"]])).toThrow(
      /1 rows and 2 columns, but the range has 2 rows/,
    );
    expect(() => sheet.getRange(1, 1, 1, 2).setValues([["a"]])).toThrow();
  });

  it("reads strings as typed input: formulas, numbers, dates, and apostrophe-quoted text", () => {
    expect(interpretInput("=1+1")).toEqual({ value: 2, formula: "=1+1" });
    expect(interpretInput('=HYPERLINK("x")').value).toBe("#NAME?");
    expect(interpretInput("  =SUM(A1)").formula).toBe("=SUM(A1)");
    expect(interpretInput("-evil").value).toBe("#ERROR!");
    expect(interpretInput("26").value).toBe(26);
    expect(interpretInput("2025-11-07").value).toBeInstanceOf(Date);
    expect(interpretInput("'=1+1")).toEqual({ value: "=1+1", formula: "" });
    expect(interpretInput("'2025-11-07").value).toBe("2025-11-07");
    expect(interpretInput("plain").value).toBe("plain");
  });

  it("counts calls per method", () => {
    const ss = new FakeSpreadsheet();
    const sheet = ss.insertSheet("T");
    sheet.getRange(1, 1, 1, 1).setValues([["a"]]);
    sheet.getRange(1, 1, 1, 1).getValues();
    sheet.getRange(1, 1, 1, 1).getValues();
    expect(ss.counter.get("Range.getValues")).toBe(2);
    expect(ss.counter.get("Range.setValues")).toBe(1);
    expect(ss.counter.get("Spreadsheet.insertSheet")).toBe(1);
  });

  it("refuses a second tab of the same name", () => {
    const ss = new FakeSpreadsheet();
    ss.insertSheet("T");
    expect(() => ss.insertSheet("T")).toThrow(/already exists/);
  });

  it("lets only one of two locks on one document be held", () => {
    const shared = { holder: null as object | null };
    const a = new FakeLock(shared);
    const b = new FakeLock(shared);
    expect(a.tryLock(1000)).toBe(true);
    expect(b.tryLock(1000)).toBe(false);
    a.releaseLock();
    expect(b.tryLock(1000)).toBe(true);
  });
});
