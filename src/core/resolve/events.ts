// Event mentions from every source -> events. Two mentions are one event when their family of
// types, dates (at their precision), places and participants are compatible and enough
// evidence adds up (eventLinks.ts). Pairs are found through shared keys (a participant, a
// place, a rare word, a written day), never by comparing every pair; they are joined
// strongest first, and a join that would put two events one article tells apart, two
// different rounds or two written dates that cannot meet into one event is refused.
import type { DatePrecision, DateValue, Event, EventFigure, EventMention } from "../model";
import { shortId } from "../text/hash";
import type { ActorIndex } from "./actors";
import { dayNumber, daysBetween } from "./dates";
import { featuresOf, type MentionFeatures } from "./eventFeatures";
import { canLink, LINK_THRESHOLD, linkScore, STALE_AFTER_DAYS, type LinkWeights } from "./eventLinks";
import { Idf } from "./words";

export { addDays, dayRange, rangesOverlap, type DayRange } from "./dates";

/** A key shared by more mentions than this says too little to make them candidates. */
const MAX_POSTINGS = 64;

interface Component {
  members: MentionFeatures[];
  rounds: Set<number>;
  /** Latest start and earliest end of the written dates: they must stay within a day. */
  maxFrom?: string;
  minTo?: string;
  /** Earliest publication among undated members: written dates may not start after it. */
  firstUndatedPub?: string;
  /** Latest start of the implied news week of undated members: written dates may not end long before it. */
  lastImpliedFrom?: string;
}

function componentOf(f: MentionFeatures): Component {
  const c: Component = { members: [f], rounds: new Set(f.round === undefined ? [] : [f.round]) };
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
  const c: Component = { members: [...x.members, ...y.members], rounds: new Set([...x.rounds, ...y.rounds]) };
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
  return keys.map((k) => `${f.family}|${k}`);
}

/** Candidate pairs: same article and family, or a shared key that is not too common. */
function candidatePairs(features: MentionFeatures[]): [MentionFeatures, MentionFeatures][] {
  const n = features.length;
  const seen = new Set<number>();
  const pairs: [MentionFeatures, MentionFeatures][] = [];
  const add = (a: MentionFeatures, b: MentionFeatures): void => {
    const [x, y] = a.index < b.index ? [a, b] : [b, a];
    const k = x.index * n + y.index;
    if (seen.has(k)) return;
    seen.add(k);
    pairs.push([x, y]);
  };
  const bySourceFamily = new Map<string, MentionFeatures[]>();
  const postings = new Map<string, MentionFeatures[]>();
  for (const f of features) {
    const sf = `${f.source}|${f.family}`;
    const same = bySourceFamily.get(sf);
    if (same) same.push(f);
    else bySourceFamily.set(sf, [f]);
    for (const k of keysOf(f)) {
      const list = postings.get(k);
      if (!list) postings.set(k, [f]);
      else if (list.length <= MAX_POSTINGS) list.push(f);
    }
  }
  for (const list of bySourceFamily.values())
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

/** Groups mention features into events: strongest links first, refusing joins that break a rule. */
export function clusterMentions(
  features: MentionFeatures[],
  weights: Map<string, LinkWeights> = weightsOf(features),
): MentionFeatures[][] {
  const scored = candidatePairs(features)
    .filter(([a, b]) => canLink(a, b))
    .map(([a, b]) => ({ a, b, score: linkScore(a, b, weights.get(a.family) as LinkWeights) }))
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
  return [...new Set(owner)].map((c) => c.members.sort((p, q) => p.index - q.index));
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

/**
 * The sentence that tells the event as its sources together tell it: the one sharing most
 * rare words with the others (a medoid), among sentences that tell the news rather than
 * recall it. Ties go to the earliest report.
 */
function representativeOf(members: MentionFeatures[], w: LinkWeights, date?: DateValue): MentionFeatures {
  const current = members.filter((m) => !m.recalled);
  const dated = date?.precision === "day" ? current.filter((m) => m.mention.date?.value === date.value) : [];
  const pool = (dated.length ? dated : current.length ? current : members)
    .slice()
    .sort((a, b) => (anchorOf([a, b]) === a ? -1 : 1));
  let best = pool[0] as MentionFeatures;
  let bestScore = -1;
  // Bounded: the first sentences of the earliest reports are enough candidates.
  for (const m of pool.slice(0, 24)) {
    let s = 0;
    for (const o of members)
      if (o !== m && o.source !== m.source) s += w.words.sharedWeight(m.words, o.words);
    if (s > bestScore + 1e-9) [best, bestScore] = [m, s];
  }
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
  const sources = [...new Set(mentions.map((m) => m.evidence.source))].sort();
  const date = bestDate(members);
  const anchor = anchorOf(members);
  const rep = representativeOf(members, weights.get(anchor.family) as LinkWeights, date);
  const types = mentions.map((m) => m.type);
  const type = mostCommon(types.filter((t) => t !== "other")) ?? types[0] ?? "other";
  const participantCounts = new Map<string, number>();
  for (const m of mentions)
    for (const p of new Set(m.participants.map((x) => actors.byName(x)?.name ?? x)))
      participantCounts.set(p, (participantCounts.get(p) ?? 0) + 1);
  const participants = [...participantCounts].sort((a, b) => b[1] - a[1]).map(([p]) => p);
  const place = mostCommon(mentions.map((m) => m.place).filter((p): p is string => !!p));
  const evidence = [rep.mention.evidence];
  for (const s of sources) {
    if (s === rep.source) continue;
    const first = mentions.find((m) => m.evidence.source === s);
    if (first) evidence.push(first.evidence);
  }
  const event: Event = {
    id: shortId("E", `${anchor.family}|${anchor.source}|${anchor.mention.evidence.start}`),
    type,
    summary: rep.mention.summary,
    participants,
    figures: figuresOf(mentions),
    sources,
    evidence,
    mentions,
  };
  if (date) {
    event.date = date.value;
    event.datePrecision = date.precision;
    if (date.end) event.dateEnd = date.end;
  }
  if (place) event.place = place;
  if (members.every((m) => m.recalled)) event.recalled = true;
  return event;
}
