// Slots -> conflicts. Values of one subject and attribute are grouped into classes of values
// that agree; two classes held by different sources make a conflict, labelled and explained.
import type { Article, Conflict, ConflictLabel, ConflictValue, Severity, Slot } from "../model";
import { shortId } from "../text/hash";
import { pointOf, valuesAgree } from "./compare";

export { eventSlots } from "./slots";

interface ValueClass {
  slots: Slot[];
}

/** Groups slots so that every slot agrees with at least one other of its class. */
function classify(slots: Slot[]): ValueClass[] {
  const classes: ValueClass[] = [];
  for (const s of slots) {
    const joined = classes.filter((c) => c.slots.some((o) => valuesAgree(o, s)));
    if (joined.length === 0) classes.push({ slots: [s] });
    else {
      const [first, ...rest] = joined as [ValueClass, ...ValueClass[]];
      first.slots.push(s);
      for (const r of rest) {
        first.slots.push(...r.slots);
        classes.splice(classes.indexOf(r), 1);
      }
    }
  }
  return classes;
}

const uniq = <T>(xs: T[]): T[] => [...new Set(xs)];

function sourcesOf(c: ValueClass): string[] {
  return uniq(c.slots.map((s) => s.source)).sort();
}

/** The value a class stands for: the most specific, most often given value. */
function representative(c: ValueClass): Slot {
  const counts = new Map<string, number>();
  for (const s of c.slots) counts.set(s.value, (counts.get(s.value) ?? 0) + 1);
  return [...c.slots].sort(
    (a, b) =>
      Number(!!a.vague) - Number(!!b.vague) || (counts.get(b.value) ?? 0) - (counts.get(a.value) ?? 0),
  )[0] as Slot;
}

function label(classes: ValueClass[]): ConflictLabel {
  const all = classes.flatMap((c) => c.slots);
  if (
    classes.some((c) => c.slots.every((s) => s.vague)) &&
    classes.some((c) => c.slots.some((s) => !s.vague))
  ) {
    return "vague vs specific";
  }
  const bodies = classes.map((c) => uniq(c.slots.map((s) => s.attributedTo?.toLowerCase()).filter(Boolean)));
  if (
    bodies.every((b) => b.length > 0) &&
    bodies.every((b, i) => bodies.every((o, j) => i === j || !b.some((x) => o.includes(x))))
  ) {
    return "different measuring bodies";
  }
  // Values that change with publication date, each class from a different day: an update.
  const days = classes.map((c) => uniq(c.slots.map((s) => s.published).filter((d): d is string => !!d)));
  if (days.every((d) => d.length > 0)) {
    const spans = days.map(
      (d) => [d.reduce((a, b) => (a < b ? a : b)), d.reduce((a, b) => (a > b ? a : b))] as const,
    );
    const disjoint = spans.every((a, i) => spans.every((b, j) => i === j || a[1] < b[0] || b[1] < a[0]));
    if (disjoint && new Set(all.map((s) => s.published)).size > 1) return "update over time";
  }
  return "genuine disagreement";
}

function severity(kind: Slot["kind"], lab: ConflictLabel): Severity {
  if (lab === "update over time" || lab === "vague vs specific") return "low";
  if (lab === "different measuring bodies") return "medium";
  return kind === "number" || kind === "categorical" ? "medium" : "high";
}

function describeSource(s: Slot, articles: Map<string, Article>): string {
  const a = articles.get(s.source);
  const bits = [a?.outlet, s.published].filter(Boolean).join(", ");
  return `${s.source}${bits ? ` (${bits})` : ""}`;
}

function explain(
  subject: string,
  attribute: string,
  classes: ValueClass[],
  lab: ConflictLabel,
  articles: Map<string, Article>,
): string {
  const parts = classes.map((c) => {
    const rep = representative(c);
    const who = uniq(c.slots.map((s) => describeSource(s, articles))).join(" and ");
    const by = uniq(c.slots.map((s) => s.attributedTo).filter(Boolean));
    return `${who} give${c.slots.length > 1 && who.includes(" and ") ? "" : "s"} "${rep.value}"${by.length ? ` (according to ${by.join(", ")})` : ""}`;
  });
  const why: Record<ConflictLabel, string> = {
    "update over time": "the reports were published on different dates, so the later one may be an update",
    "genuine disagreement": "the sources disagree",
    "different measuring bodies": "the figures come from different bodies",
    "vague vs specific": "one source is vague where another names it",
  };
  return `On the ${attribute} of ${subject}, ${parts.join("; ")}: ${why[lab]}.`;
}

function conservative(kind: Slot["kind"], classes: ValueClass[]): string | undefined {
  if (kind !== "number") return undefined;
  // ACLED: code the lowest figure any source gives.
  const lowest = classes
    .flatMap((c) => c.slots)
    .sort((a, b) => (a.number?.min ?? 0) - (b.number?.min ?? 0))[0];
  return lowest?.value;
}

function isUpdate(classes: ValueClass[]): boolean {
  // "at least 84" then "103": compatible, but a change worth showing when it comes later.
  const all = classes[0]?.slots ?? [];
  const points = all.map(pointOf).filter((n) => Number.isFinite(n));
  if (points.length < 2) return false;
  const lo = Math.min(...points);
  const hi = Math.max(...points);
  return hi > lo * 1.1 && new Set(all.map((s) => s.published).filter(Boolean)).size > 1;
}

export function reconcile(slots: Slot[], articles: Map<string, Article>): Conflict[] {
  const groups = new Map<string, Slot[]>();
  for (const s of slots) {
    const key = `${s.subjectId}|${s.attribute}`;
    const g = groups.get(key);
    if (g) g.push(s);
    else groups.set(key, [s]);
  }
  const conflicts: Conflict[] = [];
  for (const [key, group] of groups) {
    if (new Set(group.map((s) => s.source)).size < 2) continue;
    let classes = classify(group);
    if (classes.length < 2) {
      if (!(group[0]?.kind === "number" && isUpdate(classes))) continue;
      // Split the one class by value so each figure shows with its sources.
      const byValue = new Map<string, Slot[]>();
      for (const s of classes[0]?.slots ?? []) byValue.set(s.value, [...(byValue.get(s.value) ?? []), s]);
      classes = [...byValue.values()].map((slotsOfValue) => ({ slots: slotsOfValue }));
    }
    // A disagreement inside one source only is not a disagreement between sources.
    const holders = classes.map(sourcesOf);
    const crossSource = holders.some((a, i) =>
      holders.some((b, j) => i !== j && a.some((x) => b.some((y) => y !== x))),
    );
    if (!crossSource) continue;
    const first = group[0] as Slot;
    const lab = classes.length >= 2 && classify(group).length < 2 ? "update over time" : label(classes);
    const values: ConflictValue[] = classes.map((c) => {
      const rep = representative(c);
      const v: ConflictValue = {
        value: rep.value,
        sources: sourcesOf(c),
        evidence: c.slots.map((s) => s.evidence),
      };
      const by = uniq(c.slots.map((s) => s.attributedTo).filter((x): x is string => !!x));
      if (by.length) v.attributedTo = by;
      const pub = uniq(c.slots.map((s) => s.published).filter((x): x is string => !!x));
      if (pub.length) v.published = pub;
      return v;
    });
    values.sort(
      (a, b) =>
        (a.published?.[0] ?? "").localeCompare(b.published?.[0] ?? "") || a.value.localeCompare(b.value),
    );
    const conflict: Conflict = {
      id: shortId("X", key),
      subjectId: first.subjectId,
      subject: first.subject,
      attribute: first.attribute,
      kind: first.kind,
      values,
      label: lab,
      severity: severity(first.kind, lab),
      explanation: explain(first.subject, first.attribute, classes, lab, articles),
      sources: uniq(group.map((s) => s.source)).sort(),
    };
    const cons = conservative(first.kind, classes);
    if (cons) conflict.conservative = cons;
    conflicts.push(conflict);
  }
  return conflicts;
}
