import { analyze } from "../../src/core/analyze";
import { valuesAgree } from "../../src/core/reconcile/compare";
import type { Slot } from "../../src/core/model";
import { article } from "../helpers/articles";

const ev = { source: "S-1", sentence: "x", start: 0, end: 1 };
const slot = (over: Partial<Slot>): Slot => ({
  subjectId: "E-1",
  subject: "quake",
  attribute: "killed",
  kind: "number",
  value: "",
  source: "S-1",
  evidence: ev,
  ...over,
});

describe("valuesAgree", () => {
  it("compares numbers as intervals", () => {
    const atLeast84 = slot({ value: "at least 84", number: { min: 84, max: Infinity, text: "at least 84" } });
    const n103 = slot({ value: "103", number: { min: 103, max: 103, text: "103" } });
    const m61 = slot({ value: "6.1", number: { min: 6.1, max: 6.1, text: "6.1" } });
    const m65 = slot({ value: "6.5", number: { min: 6.5, max: 6.5, text: "6.5" } });
    expect(valuesAgree(atLeast84, n103)).toBe(true);
    expect(valuesAgree(m61, m65)).toBe(false);
  });
  it("compares dates at their precision and times with rounding", () => {
    const month = slot({
      kind: "date",
      value: "October",
      date: { value: "2025-10", precision: "month", text: "October" },
    });
    const day = slot({
      kind: "date",
      value: "Oct 28",
      date: { value: "2025-10-28", precision: "day", text: "October 28" },
    });
    const sat = slot({
      kind: "date",
      value: "Sat",
      date: { value: "2025-10-25", precision: "day", text: "Saturday" },
    });
    const sun = slot({
      kind: "date",
      value: "Sun",
      date: { value: "2025-10-26", precision: "day", text: "Sunday" },
    });
    const tenPm = slot({
      kind: "date",
      value: "10pm",
      date: { value: "2025-10-26", precision: "day", time: "22:00", text: "10 p.m." },
    });
    const nineFiftyNine = slot({
      kind: "date",
      value: "9:59",
      date: { value: "2025-10-26", precision: "day", time: "21:59", text: "9:59 p.m." },
    });
    expect(valuesAgree(month, day)).toBe(true);
    expect(valuesAgree(sat, sun)).toBe(false);
    expect(valuesAgree(tenPm, nineFiftyNine)).toBe(true);
  });
  it("treats a name inside a longer one as the same person and vague names as different", () => {
    const full = slot({ kind: "name", value: "Ada Ren" });
    const short = slot({ kind: "name", value: "Ren" });
    const other = slot({ kind: "name", value: "Ada Moss" });
    const vague = slot({ kind: "name", value: "an unnamed foreign country", vague: true });
    expect(valuesAgree(full, short)).toBe(true);
    expect(valuesAgree(full, other)).toBe(false);
    expect(valuesAgree(full, vague)).toBe(false);
  });
});

describe("analyze: conflicts across sources", () => {
  const a = article(
    "Outlet: North Post\nDate: 2026-04-02\n\nAn earthquake struck near Tarvik on Tuesday. At least 12 people were killed in the earthquake, the fire service said.",
  );
  const b = article(
    "Outlet: South Wire\nDate: 2026-04-03\n\nThe earthquake near Tarvik on Tuesday killed 30 people, the health ministry said.",
  );
  const c = article(
    "Outlet: East Radio\nDate: 2026-04-03\n\nIn 2011 an earthquake near Tarvik killed 90 people.",
  );

  it("flags the disputed toll once, with sources, label and conservative value, and leaves other events alone", () => {
    const ledger = analyze([a, b, c]);
    const killed = ledger.conflicts.filter((x) => x.attribute === "killed");
    expect(killed).toHaveLength(1);
    const conflict = killed[0]!;
    expect(conflict.values.map((v) => v.value).sort()).toEqual(["30", "At least 12"].sort());
    expect(conflict.values.flatMap((v) => v.sources).sort()).toEqual([a.id, b.id].sort());
    expect(conflict.conservative).toBe("At least 12");
    expect(conflict.explanation).toMatch(/North Post/);
    expect(ledger.conflicts.some((x) => x.values.some((v) => v.value === "90"))).toBe(false);
  });

  it("keeps conflict ids stable across runs and input order", () => {
    const one = analyze([a, b, c])
      .conflicts.map((x) => x.id)
      .sort();
    const two = analyze([c, b, a])
      .conflicts.map((x) => x.id)
      .sort();
    expect(two).toEqual(one);
  });

  it("marks a second copy of an article as a duplicate", () => {
    const ledger = analyze([a, a]);
    expect(ledger.sources.map((s) => s.status)).toEqual(["ok", "duplicate"]);
    expect(new Set(ledger.sources.map((s) => s.id)).size).toBe(2);
  });
});
