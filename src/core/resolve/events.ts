// Event mentions from every source -> events. Two mentions are one event when their family of
// types, dates (at their precision), places and participants are compatible and enough
// evidence adds up (eventLinks.ts). Pairs are found through shared keys (a participant, a
// place, a rare word, a written day), never by comparing every pair; they are joined
// strongest first, and a join that would put two events one article tells apart, two
// different rounds or two written dates that cannot meet into one event is refused.
import type { DatePrecision, DateValue, Event, EventFigure, EventMention } from "../model";
import { distinct, groupByKey } from "../lists";
import { shortId } from "../text/hash";
import type { ActorIndex } from "./actors";
import { dayNumber, daysBetween } from "../text/days";
import { featuresOf, type MentionFeatures } from "./eventFeatures";
import {
  canLink,
  familiesMeet,
  LINK_THRESHOLD,
  linkScore,
  STALE_AFTER_DAYS,
  type LinkWeights,
} from "./eventLinks";
import { Idf } from "./words";

/** A key shared by more mentions than this says too little to make them candidates. */
const MAX_POSTINGS = 64;

interface Component {
  members: MentionFeatures[];
  rounds: Set<number>;
  /** Families of its members other than "other": at most one. */
  families: Set<string>;
  /** Latest start and earliest end of the written dates: they must stay within a day. */
  maxFrom?: string;
  minTo?: string;
  /** Earliest publication among undated members: written dates may not start after it. */
  firstUndatedPub?: string;
  /** Latest start of the implied news week of undated members: written dates may not end long before it. */
  lastImpliedFrom?: string;
}

function componentOf(f: MentionFeatures): Component {
  const c: Component = {
    members: [f],
    rounds: new Set(f.round === undefined ? [] : [f.round]),
    families: new Set(f.family === "other" ? [] : [f.family]),
  };
  if (f.explicit) {
    c.maxFrom = f.explicit.from;
    c.minTo = f.explicit.to;
  } else if (f.published) c.firstUndatedPub = f.published;
  if (f.implied) c.lastImpliedFrom = f.implied.from;
  return c;
}

const maxOf = (a?: string, b?: string): string | undefined => (!a ? b : !b ? a : a > b ? a : b);
const minOf = (a?: string, b?: string): string | undefined => (!a ? b : !b ? a : a < b ? a : b);

function canJoin(x: Component, y: Component): boolean {
  if (new Set([...x.rounds, ...y.rounds]).size > 1) return false;
  if (new Set([...x.families, ...y.families]).size > 1) return false;
  const maxFrom = maxOf(x.maxFrom, y.maxFrom);
  const minTo = minOf(x.minTo, y.minTo);
  // Intervals meet pairwise exactly when the latest start is before the earliest end.
  if (maxFrom && minTo && daysBetween(minTo, maxFrom) > 1) return false;
  const firstPub = minOf(x.firstUndatedPub, y.firstUndatedPub);
  if (maxFrom && firstPub && daysBetween(firstPub, maxFrom) > 1) return false;
  const lastImplied = maxOf(x.lastImpliedFrom, y.lastImpliedFrom);
  if (minTo && lastImplied && daysBetween(minTo, lastImplied) > STALE_AFTER_DAYS) return false;
  // Mentions of one article must be linkable pair by pair.
  const [small, large] = x.members.length <= y.members.length ? [x, y] : [y, x];
  const sources = new Set(small.members.map((m) => m.source));
  for (const m of large.members) {
    if (!sources.has(m.source)) continue;
    for (const o of small.members) if (o.source === m.source && !canLink(m, o)) return false;
  }
  return true;
}

function join(x: Component, y: Component): Component {
  const c: Component = {
    members: [...x.members, ...y.members],
    rounds: new Set([...x.rounds, ...y.rounds]),
    families: new Set([...x.families, ...y.families]),
  };
  const maxFrom = maxOf(x.maxFrom, y.maxFrom);
  const minTo = minOf(x.minTo, y.minTo);
  const firstPub = minOf(x.firstUndatedPub, y.firstUndatedPub);
  if (maxFrom) c.maxFrom = maxFrom;
  if (minTo) c.minTo = minTo;
  if (firstPub) c.firstUndatedPub = firstPub;
  const lastImplied = maxOf(x.lastImpliedFrom, y.lastImpliedFrom);
  if (lastImplied) c.lastImpliedFrom = lastImplied;
  return c;
}

function keysOf(f: MentionFeatures): string[] {
  const keys = [...f.participants.map((p) => `a:${p}`), ...f.words.map((w) => `w:${w}`)];
  if (f.place) keys.push(`p:${f.place}`);
  if (f.explicit && f.dayPrecise) {
    const [from, to] = [dayNumber(f.explicit.from), dayNumber(f.explicit.to)];
    if (to - from <= 7) for (let d = from; d <= to; d++) keys.push(`d:${d}`);
  }
  return keys;
}

/** Candidate pairs: same article, or a shared key that is not too common; families must meet. */
function candidatePairs(features: MentionFeatures[]): [MentionFeatures, MentionFeatures][] {
  const n = features.length;
  const seen = new Set<number>();
  const pairs: [MentionFeatures, MentionFeatures][] = [];
  const add = (a: MentionFeatures, b: MentionFeatures): void => {
    if (!familiesMeet(a.family, b.family)) return;
    const [x, y] = a.index < b.index ? [a, b] : [b, a];
    const k = x.index * n + y.index;
    if (seen.has(k)) return;
    seen.add(k);
    pairs.push([x, y]);
  };
  const bySource = groupByKey(features, (f) => f.source);
  const postings = new Map<string, MentionFeatures[]>();
  for (const f of features) {
    for (const k of keysOf(f)) {
      const list = postings.get(k);
      if (!list) postings.set(k, [f]);
      else if (list.length <= MAX_POSTINGS) list.push(f);
    }
  }
  for (const list of bySource.values())
    for (let i = 0; i < list.length; i++) for (let j = i + 1; j < list.length; j++) add(list[i]!, list[j]!);
  for (const list of postings.values()) {
    if (list.length > MAX_POSTINGS) continue;
    for (let i = 0; i < list.length; i++)
      for (let j = i + 1; j < list.length; j++)
        if (list[i]!.source !== list[j]!.source) add(list[i]!, list[j]!);
  }
  return pairs;
}

/** Rarity is counted within each family: words every talks sentence uses say nothing about which talks. */
function weightsOf(features: MentionFeatures[]): Map<string, LinkWeights> {
  const byFamily = new Map<string, LinkWeights>();
  for (const f of features) {
    let w = byFamily.get(f.family);
    if (!w) byFamily.set(f.family, (w = { words: new Idf(), actors: new Idf() }));
    w.words.add(f.words);
    w.actors.add(f.participants);
  }
  return byFamily;
}

function weightsFor(weights: Map<string, LinkWeights>, family: string): LinkWeights {
  return weights.get(family) ?? (weights.get("other") as LinkWeights);
}

/** Groups mention features into events: strongest links first, refusing joins that break a rule. */
export function clusterMentions(
  features: MentionFeatures[],
  weights: Map<string, LinkWeights> = weightsOf(features),
): MentionFeatures[][] {
  const scored = candidatePairs(features)
    .filter(([a, b]) => canLink(a, b))
    .map(([a, b]) => ({
      a,
      b,
      score: linkScore(a, b, weightsFor(weights, a.family === "other" ? b.family : a.family)),
    }))
    .filter((p) => p.score >= LINK_THRESHOLD)
    .sort((p, q) => q.score - p.score || p.a.index - q.a.index || p.b.index - q.b.index);
  const owner = features.map((f) => componentOf(f));
  for (const { a, b } of scored) {
    const x = owner[a.index] as Component;
    const y = owner[b.index] as Component;
    if (x === y || !canJoin(x, y)) continue;
    const c = join(x, y);
    for (const m of c.members) owner[m.index] = c;
  }
  return distinct(owner).map((c) => c.members.sort((p, q) => p.index - q.index));
}

export function resolveEvents(
  mentions: EventMention[],
  publishedBySource: Map<string, string | undefined>,
  actors: ActorIndex,
): Event[] {
  const features = featuresOf(mentions, publishedBySource, actors);
  const weights = weightsOf(features);
  const events = clusterMentions(features, weights).map((members) => toEvent(members, actors, weights));
  events.sort(
    (a, b) =>
      b.sources.length - a.sources.length ||
      (a.date ?? "9").localeCompare(b.date ?? "9") ||
      a.id.localeCompare(b.id),
  );
  return events;
}

const PRECISION_RANK: Record<DatePrecision, number> = { day: 0, week: 1, month: 2, year: 3 };

/** The most precise written date, and among those the one most mentions give. */
function bestDate(members: MentionFeatures[]): DateValue | undefined {
  const dated = members
    .filter((f) => f.explicit)
    .map((f) => f.mention.date)
    .filter((d): d is DateValue => !!d);
  const count = (d: DateValue): number => dated.filter((o) => o.value === d.value && o.end === d.end).length;
  return [...dated].sort(
    (a, b) =>
      PRECISION_RANK[a.precision] - PRECISION_RANK[b.precision] ||
      count(b) - count(a) ||
      a.value.localeCompare(b.value),
  )[0];
}

/**
 * When no source writes the event's date: the first publication among the reports that tell it
 * as news (a report of "talks have failed" dates them to its own week). Recollections say
 * nothing about when; an article without a publication date dates nothing.
 */
function firstReport(members: MentionFeatures[]): string | undefined {
  let first: string | undefined;
  for (const m of members) if (m.implied && (!first || m.implied.to < first)) first = m.implied.to;
  return first;
}

/**
 * The mention an event's id rests on: from the earliest-published source (sources without a
 * date last), so adding later reports, as people do, keeps the id.
 */
function anchorOf(members: MentionFeatures[]): MentionFeatures {
  return [...members].sort(
    (a, b) =>
      (a.published ?? "9999").localeCompare(b.published ?? "9999") ||
      a.source.localeCompare(b.source) ||
      a.mention.evidence.start - b.mention.evidence.start,
  )[0] as MentionFeatures;
}

/** How many of the event's facts a sentence gives: date, place, figures, people in roles, outcome, parties. */
function factsIn(m: EventMention): number {
  return (
    (m.date ? 1 : 0) +
    (m.place ? 1 : 0) +
    Math.min(2, m.figures.length) +
    Math.min(2, m.roles.length) +
    (m.status ? 1 : 0) +
    0.3 * Math.min(3, m.participants.length)
  );
}

/**
 * The sentence that tells the event: the one giving most of its facts, and among those the one
 * sharing most rare words with the other sources' sentences (it tells the event as the
 * sources together tell it); sentences that recall it in passing only when nothing else does.
 */
function representativeOf(members: MentionFeatures[], w: LinkWeights, date?: DateValue): MentionFeatures {
  const current = members.filter((m) => !m.recalled);
  const dated = date?.precision === "day" ? current.filter((m) => m.mention.date?.value === date.value) : [];
  const pool = dated.length ? dated : current.length ? current : members;
  const shared = pool.map((m) => {
    let s = 0;
    for (const o of members) if (o.source !== m.source) s += w.words.sharedWeight(m.words, o.words);
    return s;
  });
  const top = Math.max(1e-9, ...shared);
  let best = anchorOf(pool);
  let bestScore = -Infinity;
  pool.forEach((m, i) => {
    const score = factsIn(m.mention) + (shared[i] as number) / top;
    if (score > bestScore + 1e-9 || (Math.abs(score - bestScore) <= 1e-9 && anchorOf([m, best]) === m))
      [best, bestScore] = [m, score];
  });
  return best;
}

function mostCommon(values: string[]): string | undefined {
  const counts = new Map<string, number>();
  for (const v of values) counts.set(v, (counts.get(v) ?? 0) + 1);
  return [...counts].sort((a, b) => b[1] - a[1])[0]?.[0];
}

function figuresOf(mentions: EventMention[]): EventFigure[] {
  return mentions.flatMap((m) =>
    m.figures.map((f) => {
      const ef: EventFigure = {
        what: f.what,
        value: f.value.text,
        min: f.value.min,
        max: f.value.max,
        source: f.evidence.source,
        evidence: f.evidence,
      };
      if (f.unit) ef.unit = f.unit;
      if (f.attributedTo) ef.attributedTo = f.attributedTo;
      return ef;
    }),
  );
}

function toEvent(members: MentionFeatures[], actors: ActorIndex, weights: Map<string, LinkWeights>): Event {
  const mentions = members.map((f) => f.mention);
  const sources = distinct(mentions.map((m) => m.evidence.source)).sort();
  const date = bestDate(members);
  const anchor = anchorOf(members);
  const family = members.find((m) => m.family !== "other")?.family ?? "other";
  const rep = representativeOf(members, weightsFor(weights, family), date);
  const types = mentions.map((m) => m.type);
  const type = mostCommon(types.filter((t) => t !== "other")) ?? types[0] ?? "other";
  const participantCounts = new Map<string, number>();
  for (const m of mentions)
    for (const p of new Set(m.participants.map((x) => actors.byName(x)?.name ?? x)))
      participantCounts.set(p, (participantCounts.get(p) ?? 0) + 1);
  const participants = [...participantCounts].sort((a, b) => b[1] - a[1]).map(([p]) => p);
  const place = mostCommon(mentions.map((m) => m.place).filter((p): p is string => !!p));
  // One sentence per source, the first report first: the summary's sentence for its source,
  // else the source's first sentence about the event.
  const firstOfSource = new Map<string, MentionFeatures>();
  for (const m of members) {
    const seen = firstOfSource.get(m.source);
    if (!seen || m.mention.evidence.start < seen.mention.evidence.start) firstOfSource.set(m.source, m);
  }
  firstOfSource.set(rep.source, rep);
  const evidence = [...firstOfSource.values()]
    .sort((a, b) => (anchorOf([a, b]) === a ? -1 : 1))
    .map((m) => m.mention.evidence);
  const event: Event = {
    id: shortId("E", `${family}|${anchor.source}|${anchor.mention.evidence.start}`),
    type,
    summary: rep.mention.summary,
    participants,
    figures: figuresOf(mentions),
    sources,
    evidence,
    mentions,
  };
  const reported = date ? undefined : firstReport(members);
  if (date) {
    event.date = date.value;
    event.datePrecision = date.precision;
    if (date.end) event.dateEnd = date.end;
  } else if (reported) {
    event.date = reported;
    event.dateBasis = "report";
  }
  if (place) event.place = place;
  if (members.every((m) => m.recalled)) event.recalled = true;
  return event;
}
