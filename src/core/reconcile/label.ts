// What kind of disagreement a set of value classes is, how much it matters, and the value a
// careful coder would keep (ACLED: the most conservative figure, every source's figure noted).
import type { ConflictLabel, Severity, Slot } from "../model";
import { distinct, filled } from "../lists";
import { nameKey } from "../text/normalize";
import { daysBetween } from "../text/days";
import { writtenNumber } from "./compare";

/** Values of one subject and attribute that agree with each other. */
export interface ValueClass {
  slots: Slot[];
}

/** Counts that grow as a story unfolds: a later, higher figure is an update, not a contradiction. */
const TALLIES = new Set([
  "killed",
  "dead",
  "injured",
  "wounded",
  "missing",
  "displaced",
  "evacuated",
  "arrested",
  "detained",
  "rescued",
  "affected",
  "survivors",
]);

export const isTally = (attribute: string): boolean => TALLIES.has(attribute);

type TextField = "source" | "published" | "attributedTo" | "claimer" | "eventDate" | "eventId" | "claimId";

/** The distinct values a class's slots give for one field, blanks left out, in first-seen order. */
export const slotValues = (c: ValueClass, field: TextField): string[] => filled(c.slots.map((s) => s[field]));

export const sourcesOf = (c: ValueClass): string[] => distinct(c.slots.map((s) => s.source)).sort();

const publishedOf = (c: ValueClass): string[] => slotValues(c, "published").sort();

/** The number a class stands for: the written number most of its slots give. */
export function pointOf(c: ValueClass): number {
  const counts = new Map<number, number>();
  for (const s of c.slots) {
    const n = writtenNumber(s);
    if (Number.isFinite(n)) counts.set(n, (counts.get(n) ?? 0) + 1);
  }
  return [...counts].sort((a, b) => b[1] - a[1] || a[0] - b[0])[0]?.[0] ?? NaN;
}

// "The toll later rose to 17": the report itself tells the figure came after the others of its day.
const ROSE = /\b(?:rose|risen|rising|climbed|increased|jumped|now stands)\b/i;

/** One report's figure, then a later report's higher one: the count went on. */
export function risesOverTime(classes: ValueClass[]): boolean {
  const dated = classes.map((c) => {
    const first = publishedOf(c)[0];
    const rose = c.slots.every((s) => ROSE.test(s.evidence.sentence));
    return { first: first && rose ? `${first}+` : first, point: pointOf(c) };
  });
  if (dated.some((d) => !d.first || !Number.isFinite(d.point))) return false;
  dated.sort((a, b) => (a.first as string).localeCompare(b.first as string));
  for (let i = 1; i < dated.length; i++) {
    const [prev, cur] = [dated[i - 1]!, dated[i]!];
    if (!(cur.first! > prev.first!) || !(cur.point > prev.point)) return false;
  }
  return true;
}

/** When a value was true, as far as the report says: its event's date, else the report's date. */
function whenOf(s: Slot): string | undefined {
  return s.eventDate && /^\d{4}-\d{2}-\d{2}$/.test(s.eventDate) ? s.eventDate : s.published;
}

/** The classes were true at times at least three days apart: a side may have changed hands between them. */
export function differentTimes(classes: ValueClass[]): boolean {
  const spans = classes.map((c) => {
    const days = c.slots.map(whenOf);
    if (days.some((d) => !d)) return undefined;
    const sorted = (days as string[]).sort();
    return [sorted[0] as string, sorted[sorted.length - 1] as string] as const;
  });
  if (spans.some((s) => !s)) return false;
  const ok = spans as (readonly [string, string])[];
  return ok.every((a, i) =>
    ok.every((b, j) => i === j || daysBetween(a[1], b[0]) >= 3 || daysBetween(b[1], a[0]) >= 3),
  );
}

/** Each class first reported at least `minDays` after the one before: the later may describe a later state. */
function reportedApart(classes: ValueClass[], minDays: number): boolean {
  const firsts = classes.map((c) => publishedOf(c)[0]);
  if (firsts.some((f) => !f)) return false;
  const sorted = (firsts as string[]).sort();
  return sorted.every((d, i) => i === 0 || daysBetween(sorted[i - 1] as string, d) >= minDays);
}

const sameBody = (a: string, b: string): boolean => {
  const [ka, kb] = [nameKey(a), nameKey(b)];
  return ka === kb || ` ${ka} `.includes(` ${kb} `) || ` ${kb} `.includes(` ${ka} `);
};

/** Every value comes from a named body, and no body stands behind two values. */
export function differentBodies(classes: ValueClass[]): boolean {
  const bodies = classes.map((c) => slotValues(c, "attributedTo"));
  if (bodies.some((b) => b.length === 0)) return false;
  return bodies.every((b, i) =>
    bodies.every((o, j) => i === j || !b.some((x) => o.some((y) => sameBody(x, y)))),
  );
}

export function labelOf(classes: ValueClass[], first: Slot, soft: boolean): ConflictLabel {
  if (first.kind === "name" || first.kind === "place") {
    const vague = classes.some((c) => c.slots.every((s) => s.vague));
    const specific = classes.some((c) => c.slots.some((s) => !s.vague));
    if (vague && specific) return "vague vs specific";
  }
  if (soft) return "update over time";
  if (first.kind === "number") {
    if (isTally(first.attribute) && risesOverTime(classes)) return "update over time";
    if (differentBodies(classes)) return "different measuring bodies";
    return "genuine disagreement";
  }
  if (first.subjectKind === "side")
    return differentTimes(classes) ? "update over time" : "genuine disagreement";
  // An outcome changes as talks go on; a person's rank or office only over weeks (a promotion,
  // a reshuffle); the format of one session does not change between two reports of it.
  if (first.attribute === "status")
    return reportedApart(classes, 1) ? "update over time" : "genuine disagreement";
  if (first.subjectKind === "actor")
    return reportedApart(classes, 30) ? "update over time" : "genuine disagreement";
  return "genuine disagreement";
}

export function severityOf(classes: ValueClass[], first: Slot, label: ConflictLabel): Severity {
  if (label === "update over time" || label === "vague vs specific") return "low";
  if (label === "different measuring bodies") return "medium";
  if (first.kind === "number") {
    const points = classes.map(pointOf).filter((n) => Number.isFinite(n) && n > 0);
    const lo = Math.min(...points);
    const hi = Math.max(...points);
    return points.length >= 2 && (hi - lo) / hi >= 0.2 ? "high" : "medium";
  }
  if (first.attribute === "format" || first.subjectKind === "actor") return "medium";
  return "high";
}

/** ACLED's rule for figures: keep every source's, code the lowest (as one of its wordings). */
export function conservativeOf(classes: ValueClass[], first: Slot): string | undefined {
  if (first.kind !== "number") return undefined;
  const all = classes.flatMap((c) => c.slots).filter((s) => s.number);
  const lowest = all.sort(
    (a, b) =>
      (a.number?.min ?? 0) - (b.number?.min ?? 0) ||
      Number(/\d/.test(b.value)) - Number(/\d/.test(a.value)) ||
      a.value.localeCompare(b.value),
  )[0];
  return lowest?.value.trim();
}
