// Slots -> conflicts. The values of one subject and attribute are grouped into classes of values
// that say the same thing; two classes that cannot both be true, held by different sources,
// make a conflict, labelled, weighed and explained. So does a rising count: "at least 84" then
// "103" can both be true, and the change is worth showing. Conflict ids rest on the subject's
// resolved identity and the attribute, so they survive re-runs and new articles.
import type { Article, Conflict, ConflictValue, Slot } from "../model";
import { distinct, groupByKey } from "../lists";
import { shortId } from "../text/hash";
import { UnionFind } from "../resolve/unionFind";
import { numbersComparable, numbersCompatible, numbersSame, valuesAgree } from "./compare";
import { explain } from "./explain";
import {
  conservativeOf,
  isTally,
  labelOf,
  pointOf,
  risesOverTime,
  severityOf,
  slotValues,
  sourcesOf,
  type ValueClass,
} from "./label";

export { actorSlots, eventSlots, eventLabel, sideId } from "./slots";
export { claimSlots, partyOf } from "./claims";

/** Connected groups of slots under a relation (small groups: one subject and attribute). */
function groupBy(slots: Slot[], related: (a: Slot, b: Slot) => boolean): ValueClass[] {
  const uf = new UnionFind();
  const key = (i: number): string => String(i).padStart(6, "0");
  for (let i = 0; i < slots.length; i++) {
    uf.find(key(i));
    for (let j = 0; j < i; j++) if (related(slots[i]!, slots[j]!)) uf.union(key(i), key(j));
  }
  const byRoot = groupByKey(slots, (_s, i) => uf.find(key(i)));
  return [...byRoot.values()].map((s) => ({ slots: s }));
}

/** Two classes can both be true when every figure of one is compatible with every figure of the other. */
function classesCompatible(a: ValueClass, b: ValueClass): boolean {
  return a.slots.every((x) => b.slots.every((y) => numbersCompatible(x, y)));
}

/**
 * Two values held by different sources (one source contradicting itself is not a dispute); for
 * a disputed claim, by different parties, who may be quoted in one article.
 */
function acrossSources(classes: ValueClass[]): boolean {
  const holders = classes.map((c) =>
    c.slots[0]?.kind === "claim" ? distinct(c.slots.map((s) => s.claimer ?? s.source)) : sourcesOf(c),
  );
  return holders.some((a, i) => holders.some((b, j) => i !== j && a.some((x) => b.some((y) => y !== x))));
}

/** What people read for a class: the wording most of its sources use, numerals before words. */
function shownValue(c: ValueClass): string {
  // Each party to a disputed claim is named, each wording of a figure shown: they are the values.
  if (c.slots[0]?.kind === "claim")
    return distinct(c.slots.map((s) => s.value))
      .slice(0, 3)
      .join("; ");
  // Unnamed parties are shown in each wording ("a foreign country / an unnamed entity").
  if (c.slots[0]?.kind === "number" || c.slots.every((s) => s.vague)) {
    const wordings = distinct(c.slots.map((s) => s.value.trim()));
    const byNumerals = wordings.sort(
      (a, b) => Number(/\d/.test(b)) - Number(/\d/.test(a)) || a.localeCompare(b),
    );
    return byNumerals.slice(0, 3).join(" / ");
  }
  const counts = new Map<string, Set<string>>();
  for (const s of c.slots) counts.set(s.value, (counts.get(s.value) ?? new Set()).add(s.source));
  // "held" says least of all outcomes: a class holding it and "collapsed" is shown as collapsed.
  const score = (v: string): number =>
    (/\d/.test(v) ? 1000 : 0) + (v === "held" ? -100 : 0) + (counts.get(v)?.size ?? 0);
  const specific = c.slots.filter((s) => !s.vague);
  return distinct((specific.length ? specific : c.slots).map((s) => s.value)).sort(
    (a, b) => score(b) - score(a) || a.localeCompare(b),
  )[0] as string;
}

interface Dispute {
  classes: ValueClass[];
  /** A compatible change over time rather than values that cannot both be true. */
  soft: boolean;
}

/**
 * One source giving two figures of one kind for one event that cannot both be true is counting
 * two things (the prices of two products, the dead of two incidents): the attribute is not one
 * fact, and comparing it across sources would flag look-alikes.
 */
function countsSeveralThings(group: Slot[]): boolean {
  for (const own of groupByKey(group, (s) => s.source).values())
    if (own.some((a, i) => own.some((b, j) => j > i && !numbersCompatible(a, b)))) return true;
  return false;
}

function numberDispute(group: Slot[]): Dispute | undefined {
  if (countsSeveralThings(group)) return undefined;
  // A figure comparable with none of the others (another unit, another quake) is no part of it.
  const classes = groupBy(group, numbersSame).filter((c, _i, all) =>
    all.some((o) => o !== c && c.slots.some((x) => o.slots.some((y) => numbersComparable(x, y)))),
  );
  if (classes.length < 2) return undefined;
  const clash = classes.some((a, i) => classes.some((b, j) => j > i && !classesCompatible(a, b)));
  const points = classes.map(pointOf).filter((n) => Number.isFinite(n) && n > 0);
  const spread = points.length ? Math.max(...points) / Math.min(...points) : 1;
  // Figures ten times apart are seldom two counts of one thing ("2 million" displaced against
  // "12" dead), unless a count rises report after report (and then not a hundredfold).
  if (spread > 100 || (spread > 10 && !(isTally(group[0]!.attribute) && risesOverTime(classes))))
    return undefined;
  if (clash) return { classes, soft: false };
  // All compatible: worth showing only when a count rises from one report to a later one.
  if (!isTally(group[0]!.attribute) || !risesOverTime(classes)) return undefined;
  return spread > 1.1 ? { classes, soft: true } : undefined;
}

/**
 * Classes of values that all agree with each other. Agreement is not transitive ("held" goes
 * with "collapsed" and with "resumed", which do not go together), so a value joins a class
 * only when it agrees with every value already in it; the most common values go first.
 */
function compatibleClasses(group: Slot[]): ValueClass[] {
  const buckets = [...groupByKey(group, (s) => s.value).values()].sort(
    (a, b) => b.length - a.length || (a[0] as Slot).value.localeCompare((b[0] as Slot).value),
  );
  const classes: ValueClass[] = [];
  for (const bucket of buckets) {
    const home = classes.find((c) => bucket.every((x) => c.slots.every((y) => valuesAgree(x, y))));
    if (home) home.slots.push(...bucket);
    else classes.push({ slots: [...bucket] });
  }
  return classes;
}

/**
 * An event has one date and one place. A source that gives two of them for one event usually
 * tells two moments of it ("arrived on Sunday", "talks on Monday"): a value only such sources
 * hold is not a claim against the others.
 */
function withoutSecondValues(classes: ValueClass[]): ValueClass[] {
  return classes.filter((c, i) => {
    const others = new Set(classes.flatMap((o, j) => (j === i ? [] : sourcesOf(o))));
    return !sourcesOf(c).every((s) => others.has(s));
  });
}

/**
 * Roles a party may hold towards several others at once: two named counterparties are two
 * agreements, not a contradiction; an unnamed one against a named one is worth showing.
 */
const MANY_AT_ONCE = new Set(["counterparty"]);

function disputeOf(group: Slot[]): Dispute | undefined {
  const first = group[0] as Slot;
  if (first.kind === "number") return numberDispute(group);
  let classes = compatibleClasses(group);
  if (first.kind === "date" || first.kind === "place") classes = withoutSecondValues(classes);
  if (MANY_AT_ONCE.has(first.attribute) && !classes.some((c) => c.slots.every((s) => s.vague)))
    return undefined;
  return classes.length >= 2 ? { classes, soft: false } : undefined;
}

function byPublished(a: ConflictValue, b: ConflictValue): number {
  return (
    (a.published?.[0] ?? "9999").localeCompare(b.published?.[0] ?? "9999") || a.value.localeCompare(b.value)
  );
}

function valueOf(c: ValueClass, withEvents: boolean): ConflictValue {
  const v: ConflictValue = {
    value: shownValue(c),
    sources: sourcesOf(c),
    evidence: c.slots.map((s) => s.evidence),
  };
  const by = slotValues(c, "attributedTo");
  if (by.length) v.attributedTo = by;
  const pub = slotValues(c, "published").sort();
  if (pub.length) {
    v.published = pub;
    v.sourceDates = v.sources.map((src) => c.slots.find((s) => s.source === src)?.published ?? "");
  }
  const events = slotValues(c, "eventId").sort();
  if (withEvents && events.length) v.events = events;
  const claims = slotValues(c, "claimId").sort();
  if (claims.length) v.claims = claims;
  return v;
}

export function reconcile(slots: Slot[], articles: Map<string, Article>): Conflict[] {
  const groups = groupByKey(slots, (s) => `${s.subjectId}|${s.attribute}`);
  const conflicts: Conflict[] = [];
  for (const [key, group] of groups) {
    if (group[0]?.kind !== "claim" && new Set(group.map((s) => s.source)).size < 2) continue;
    const dispute = disputeOf(group);
    if (!dispute || !acrossSources(dispute.classes)) continue;
    const { classes, soft } = dispute;
    const first = group[0] as Slot;
    const label = labelOf(classes, first, soft);
    const withEvents = first.subjectKind === "side";
    const values = classes.map((c) => valueOf(c, withEvents)).sort(byPublished);
    const ordered = [...classes].sort((a, b) => byPublished(valueOf(a, false), valueOf(b, false)));
    const conflict: Conflict = {
      id: shortId("X", key),
      subjectId: first.subjectId,
      subject: first.subject,
      attribute: first.attribute,
      kind: first.kind,
      values,
      label,
      severity: severityOf(classes, first, label),
      explanation: explain(ordered, shownValue, label, articles),
      sources: distinct(group.map((s) => s.source)).sort(),
    };
    if (first.subjectKind) conflict.subjectKind = first.subjectKind;
    const conservative = conservativeOf(classes, first);
    if (conservative) conflict.conservative = conservative;
    conflicts.push(conflict);
  }
  const rank = { high: 0, medium: 1, low: 2 };
  return conflicts.sort((a, b) => rank[a.severity] - rank[b.severity] || a.id.localeCompare(b.id));
}
