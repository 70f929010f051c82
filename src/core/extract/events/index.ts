// Events: each trigger of a sentence that names something that happened becomes an event
// mention, with the date, place and figures nearest to it, the people in roles and the outcome.
// Refiners then drop headline repeats, give figures without a trigger to the event being told,
// and fold mentions that only repeat an event already mentioned in the article.
import type { ActorMention, EventMention, EventRoleMention, FigureMention } from "../../model";
import type { Sentence } from "../../text/sentences";
import {
  actorsInSentence,
  evidenceOf,
  runPipeline,
  type ArticleContext,
  type Refiner,
  type SentenceParser,
} from "../context";
import { dateValueOf, datesTheSaying, findDates, type DateReading } from "./dates";
import { findFigures } from "./figures";
import { findRoles, findStatus, findTalksFormat, mayNameRoles } from "./roles";
import { findTriggers, type EventType, type Trigger } from "./triggers";

const PLACE_BEFORE =
  /\b(in|at|near|outside|off|across|from|on|inside|into|to|(?:coast|city|town|port|province|region|village|outskirts) of)\s+(the\s+)?$/i;
/** Words near a trigger that recall an earlier event: "earlier rounds of talks", "the previous quake". */
const RECALL =
  /\b(earlier(?! (?:this|that|today|tonight|on|in the (?:day|week)))|previous|previously|last (year|month)|in the past|years ago|had been|recalled)\b/i;
/** "said that ...", "accusations that ...": the clause a date of the saying does not date. */
const REPORTED_CLAUSE =
  /\b(?:said|says|told|claimed|claims|accus\w+|alleg\w+|reported|confirmed|denied|warned|insisted|renewed \w+)\b[^.;]*?\bthat\s/gi;

/**
 * Where each event's words reach: a date or figure belongs to the type whose trigger stands
 * nearest to it, counting every occurrence of each type's words.
 */
function nearest<T extends { index: number }>(
  items: T[],
  all: Trigger[],
  t: Trigger,
  reaches: (x: T, o: Trigger) => boolean = () => true,
): T[] {
  // Every item is measured against every trigger: a loop, not arrays built per pair.
  const distance = (x: T, type: string): number => {
    let d = Infinity;
    for (const o of all) if (o.type === type && reaches(x, o)) d = Math.min(d, Math.abs(x.index - o.index));
    return d;
  };
  return items.filter((x) => {
    if (!reaches(x, t)) return false;
    const mine = distance(x, t.type);
    return all.every((o) => o.type === t.type || distance(x, o.type) >= mine);
  });
}

/**
 * "Clashes erupted in early September following attacks by ...": an event introduced after a
 * date as the cause or setting of what the sentence tells is not dated by that date.
 */
const INTRODUCES_CAUSE =
  /^[\s,]*(?:following|after|amid|amidst|in (?:response|retaliation|reprisal) (?:to|for)|triggered by|sparked by|prompted by)\s+(?:[\w'-]+\s+){0,4}$/i;

const dateReaches =
  (s: string) =>
  (d: DateReading, o: Trigger): boolean => {
    const end = d.index + d.text.length;
    return o.index < end || !INTRODUCES_CAUSE.test(s.slice(end, o.index));
  };

/** The place of the event: located ("in X") and near its trigger, not the far end of the sentence. */
function placeOf(
  s: string,
  sentenceStart: number,
  actors: ActorMention[],
  all: Trigger[],
  t: Trigger,
): string | undefined {
  const at = t.index;
  // Only places and countries can be the place: only they are measured against the triggers.
  const spans = actors
    .filter((a) => a.type === "place" || a.type === "country")
    .map((a) => ({ a, index: a.span ? a.span.start - sentenceStart : s.indexOf(a.surface) }));
  const strong: ActorMention[] = [];
  const weak: ActorMention[] = [];
  for (const { a, index: i } of nearest(spans, all, t)) {
    const prep = i > 0 && PLACE_BEFORE.exec(s.slice(0, i));
    if (!prep) continue;
    const far = Math.abs(i - at);
    if (
      /^(?:in|at|near|outside|inside|off|across)$|\sof$/i.test(prep[1] ?? "") ||
      /^on\s+the\s/i.test(prep[0])
    ) {
      if (far <= 90) strong.push(a);
    } else if (far <= 30) weak.push(a);
  }
  // Where the event is ("arrested in Y") beats where it leads ("ties to X"); then a named place
  // beats a country ("in Geneva, Switzerland"), and the one nearest the trigger wins.
  const located = strong.length ? strong : weak;
  const dist = (a: ActorMention): number => Math.abs((a.span ? a.span.start - sentenceStart : 0) - at);
  const places = located.filter((a) => a.type === "place").sort((a, b) => dist(a) - dist(b));
  return (places[0] ?? located.sort((a, b) => dist(a) - dist(b))[0])?.name;
}

function summarize(s: string, triggerIndex: number): string {
  if (s.length <= 200) return s;
  const start = Math.max(0, s.lastIndexOf(" ", Math.max(0, triggerIndex - 80)));
  const clipped = s.slice(start, start + 200);
  return `${start > 0 ? "..." : ""}${clipped.slice(0, clipped.lastIndexOf(" "))}...`;
}

/** Where reported clauses begin in a sentence: after "said that", "accusations that". */
function reportedClauses(s: string): number[] {
  const clauses: number[] = [];
  REPORTED_CLAUSE.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = REPORTED_CLAUSE.exec(s))) clauses.push(m.index + m[0].length);
  return clauses;
}

/** Dates that may date a trigger: not one in the main clause for a trigger in a reported clause. */
function datesFor(
  s: string,
  dates: DateReading[],
  t: Trigger,
  triggers: Trigger[],
  clauses: number[],
): DateReading[] {
  if (!dates.length) return dates;
  // "On Friday, sources renewed accusations that X had struck": the saying's date is not the strike's.
  const opened = clauses.filter((c) => c <= t.index).pop();
  const anterior =
    opened !== undefined && /\bhad\s+(?:been\s+)?\w+(?:ed|en|wn|ne|ck|ht|lt|nt)\b/i.test(s.slice(opened));
  const usable = dates.filter((d) => {
    if (datesTheSaying(s, d.index, t.word, t.type)) return false;
    if (
      d.modifies &&
      !d.modifies.split(/\s+/).some((w) => t.word.toLowerCase().startsWith(w.toLowerCase().slice(0, 4)))
    )
      return false;
    return !anterior || d.index >= (opened ?? 0);
  });
  // A deal happens by being announced: "X was bought by Y, the companies announced on Tuesday".
  const rivals = t.type === "business" ? triggers.filter((o) => o.type !== "statement") : triggers;
  return nearest(usable, rivals, t, dateReaches(s));
}

// "the strike lasted 12 days", "sentenced to seven years": words that make a duration the event's.
const LASTED_BEFORE =
  /\b(?:lasted|lasting|lasts|went on for|sentenced to|jailed for|imprisoned for|prison terms? of|sentences? of)\s+(?:[a-z]+\s+){0,2}$/i;

/**
 * A duration is the event's own only when the sentence ties them: "lasted 12 days", "a 48-hour
 * strike" (the duration right before the event's word). "Ends two years of losses", "in office
 * for 12 years", "a seven-month review" measure something else.
 */
function isEventDuration(s: string, f: FigureMention, triggers: Trigger[]): boolean {
  const at = s.indexOf(f.value.text);
  if (at < 0) return false;
  if (LASTED_BEFORE.test(s.slice(Math.max(0, at - 40), at))) return true;
  const end = at + f.value.text.length;
  const unit = /^-(?:hours?|days?|weeks?|months?|years?)(?:-long)?\s+(?:[\w-]+\s+){0,2}/i.exec(s.slice(end));
  return !!unit && triggers.some((t) => t.index >= at && t.index <= end + unit[0].length);
}

/**
 * Without a trigger word, some roles still say what kind of event it is: a delegation or
 * negotiators led by someone are a party to talks, a judge hears a court case, a buyer makes a deal.
 */
function typeFromRoles(roles: EventRoleMention[]): EventType {
  if (roles.some((r) => /delegation|negotiators|side|talks/.test(r.holderOf ?? ""))) return "negotiation";
  if (roles.some((r) => r.role === "judge")) return "legal";
  if (roles.some((r) => r.role === "buyer")) return "business";
  return "other";
}

export const triggerParser: SentenceParser<EventMention> = (sentence: Sentence, ctx: ArticleContext) => {
  const s = sentence.text;
  const found = findTriggers(s);
  // One mention per type: the first trigger of each type names it.
  const triggers = found.filter((t, i) => found.findIndex((o) => o.type === t.type) === i);
  const figures = findFigures(sentence, ctx).filter(
    (f) => f.what !== "duration" || isEventDuration(s, f, found),
  );
  const actors = actorsInSentence(ctx, sentence);
  // People in roles need a verb that gives one ("led by", "hosted", "carried out").
  const roles = mayNameRoles(s) ? findRoles(sentence, ctx, actors) : [];
  if (!triggers.length && !figures.length && !roles.length) return [];
  const participants = [
    ...new Set(actors.filter((a) => a.type !== "place" && a.type !== "media").map((a) => a.name)),
  ];
  if (!triggers.length) {
    // Figures or roles alone: an event the refiners will attach to the one being told.
    const mention: EventMention = {
      type: typeFromRoles(roles),
      trigger: figures[0]?.what ?? "",
      summary: summarize(s, 0),
      participants,
      figures,
      roles,
      evidence: evidenceOf(ctx, sentence),
    };
    if (RECALL.test(s)) mention.recalled = true;
    return [mention];
  }
  const dates = findDates(s, ctx.article.published);
  const clauses = dates.length ? reportedClauses(s) : [];
  const located = actors.some((a) => a.type === "place" || a.type === "country");
  const figureAt = figures.map((f) => ({ f, index: s.indexOf(f.value.text) }));
  let talks: [string | undefined, EventMention["format"]] | undefined;
  return triggers.map((t, i) => {
    const mine: FigureMention[] = nearest(figureAt, found, t).map((x) => x.f);
    const mention: EventMention = {
      type: t.type,
      trigger: t.word,
      summary: summarize(s, t.index),
      participants,
      figures: mine,
      roles: i === 0 ? roles : [],
      evidence: evidenceOf(ctx, sentence),
    };
    const date = datesFor(s, dates, t, found, clauses)[0];
    if (date) mention.date = dateValueOf(date);
    const place = located ? placeOf(s, sentence.start, actors, found, t) : undefined;
    if (place) mention.place = place;
    if (t.type === "negotiation" || t.type === "meeting") {
      // Read from the whole sentence: once, for talks and a meeting alike.
      talks ??= [findStatus(s), findTalksFormat(s)];
      const [status, format] = talks;
      if (status) mention.status = status;
      if (format) mention.format = format;
    }
    // A written date says whether the event is the news or an earlier one; words say it otherwise.
    const around = s.slice(Math.max(0, t.index - 60), t.index + t.word.length + 60);
    if (date ? date.modifies || isPast(mention, ctx.article.published) : RECALL.test(around))
      mention.recalled = true;
    return mention;
  });
};

/** Headline-only duplicates ("Talks Collapse in X") add nothing when the body says the same. */
export const headingRefiner: Refiner<EventMention> = (events, ctx) => {
  // A heading has no final punctuation and no other sentence in its paragraph.
  const paragraphOf = new Map<number, number>();
  const sizes = new Map<number, number>();
  for (const o of ctx.sentences) {
    paragraphOf.set(o.start, o.paragraph);
    sizes.set(o.paragraph, (sizes.get(o.paragraph) ?? 0) + 1);
  }
  const isHeading = (e: EventMention): boolean => {
    const p = paragraphOf.get(e.evidence.start);
    return !/[.!?"')]$/.test(e.evidence.sentence.slice(-1)) && (p === undefined || sizes.get(p) === 1);
  };
  const body = events.filter((e) => !isHeading(e));
  return events.filter((e) => !isHeading(e) || !body.some((b) => b.type === e.type));
};

/**
 * A sentence with figures but no event word ("The vessel had 180 passengers on board") speaks
 * of the event the article is telling: the last event mention before it in the same paragraph,
 * else the article's first event that is not a recollection.
 */
export const orphanFigureRefiner: Refiner<EventMention> = (events, ctx) => {
  const paragraphOf = new Map(ctx.sentences.map((s) => [s.start, s.paragraph]));
  const anchored = events.filter((e) => e.type !== "other" || e.roles.length > 0);
  const main = anchored.find((e) => !e.recalled);
  const out: EventMention[] = [];
  for (const e of events) {
    if (e.type !== "other" || e.roles.length > 0 || e.figures.length === 0) {
      if (e.type !== "other" || e.roles.length > 0 || e.figures.length > 0) out.push(e);
      continue;
    }
    const para = paragraphOf.get(e.evidence.start);
    const before = anchored.filter(
      (a) => a.evidence.start < e.evidence.start && paragraphOf.get(a.evidence.start) === para,
    );
    const host = before[before.length - 1] ?? main;
    if (host) host.figures.push(...e.figures);
    else out.push(e);
  }
  return out;
};

/** Words that introduce another event of the same kind: "a second attack", "another quake". */
const ANOTHER = /\b(another|second|separate|similar|previous|earlier|last (?:week|month|year))\b/i;

/** Kinds of event one happening is told as: "a car bomb exploded" ... "the attack". */
const FAMILY: Record<string, string> = { attack: "violence", explosion: "violence", clash: "violence" };
/** "the attack", "this bombing": a definite reference to an event already told. */
const ANAPHORA = /\b(?:the|this|that|such an?)\s+(?:\w+\s+)?$/i;

/** A date that ended a month or more before the article: the mention tells of an earlier event. */
function isPast(e: EventMention, published: string | undefined): boolean {
  if (!e.date || !published) return false;
  const { value, precision, end } = e.date;
  const last =
    end ?? (precision === "year" ? `${value}-12-31` : precision === "month" ? `${value}-28` : value);
  const [y, m, d] = published.split("-").map(Number) as [number, number, number];
  const monthBefore = new Date(Date.UTC(y, m - 2, d)).toISOString().slice(0, 10);
  return last < monthBefore;
}

/**
 * A mention that only repeats an event the article already named (same type, no date, place or
 * outcome of its own) adds its figures, roles and participants to it instead of standing alone;
 * the mention with the most precise date, a place and figures speaks for the event.
 */
export const repeatRefiner: Refiner<EventMention> = (events, ctx) => {
  const published = ctx.article.published;
  const score = (e: EventMention): number =>
    (e.date ? ({ day: 4, week: 3, month: 2, year: 1 } as const)[e.date.precision] : 0) +
    (e.place ? 2 : 0) +
    Math.min(2, e.figures.length) +
    (e.roles.length ? 1 : 0);
  // What each mention says of itself, read once: every mention is compared with every other.
  const another = events.map((e) => ANOTHER.test(e.evidence.sentence));
  const mayHost = events.map((h, i) => !h.recalled && !isPast(h, published) && !another[i]);
  const folded = new Set<EventMention>();
  events.forEach((e, i) => {
    if (e.date || e.place || e.status || e.format || e.recalled || e.type === "other") return;
    if (another[i]) return;
    let anaphora: boolean | undefined;
    const host = events
      .filter(
        (h, k) =>
          h !== e &&
          !folded.has(h) &&
          (h.type === e.type ||
            (FAMILY[h.type] !== undefined &&
              FAMILY[h.type] === FAMILY[e.type] &&
              (anaphora ??= ANAPHORA.test(
                e.evidence.sentence.slice(0, Math.max(0, e.evidence.sentence.indexOf(e.trigger))),
              )))) &&
          mayHost[k],
      )
      .sort((a, b) => score(b) - score(a) || a.evidence.start - b.evidence.start)[0];
    if (!host || score(host) === 0) return;
    host.figures.push(...e.figures);
    host.roles.push(...e.roles);
    for (const p of e.participants) if (!host.participants.includes(p)) host.participants.push(p);
    folded.add(e);
  });
  return events.filter((e) => !folded.has(e));
};

export const EVENT_PARSERS = [triggerParser];
// triggerParser keeps one mention per type and sentence, so no refiner needs to drop repeats within one.
export const EVENT_REFINERS = [headingRefiner, orphanFigureRefiner, repeatRefiner];

/** Needs `ctx.actors` filled: places and participants are read from the article's actors. */
export function extractEvents(ctx: ArticleContext): EventMention[] {
  return runPipeline(ctx, EVENT_PARSERS, EVENT_REFINERS);
}
