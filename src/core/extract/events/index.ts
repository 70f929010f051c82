// Events: a sentence with an event trigger becomes an event mention with its date, place,
// participants, figures, people in roles and outcome.
import type { ActorMention, EventMention } from "../../model";
import type { Sentence } from "../../text/sentences";
import {
  actorsInSentence,
  evidenceOf,
  runPipeline,
  type ArticleContext,
  type Refiner,
  type SentenceParser,
} from "../context";
import { findEventDate } from "./dates";
import { findFigures } from "./figures";
import { findRoles, findStatus } from "./roles";
import { findTrigger } from "./triggers";

const PLACE_BEFORE = /\b(in|at|near|outside|off|across|from)\s+(the\s+)?$/i;
const RECALL =
  /\b(earlier|previous|previously|last (year|month)|once|former|in the past|years ago|had been|recalled|same .* earlier)\b/i;

function placeOf(s: string, actors: ActorMention[]): string | undefined {
  const candidates = actors.filter((a) => a.type === "place" || a.type === "country");
  const located = candidates.filter((a) => {
    const at = s.indexOf(a.surface);
    return at > 0 && PLACE_BEFORE.test(s.slice(0, at));
  });
  // A named place beats a country: "in Istanbul, Turkey" is Istanbul.
  const place = located.find((a) => a.type === "place") ?? located[0];
  return place?.name;
}

function summarize(s: string, triggerIndex: number): string {
  if (s.length <= 200) return s;
  const start = Math.max(0, s.lastIndexOf(" ", Math.max(0, triggerIndex - 80)));
  const clipped = s.slice(start, start + 200);
  return `${start > 0 ? "..." : ""}${clipped.slice(0, clipped.lastIndexOf(" "))}...`;
}

export const triggerParser: SentenceParser<EventMention> = {
  name: "trigger",
  parse(sentence: Sentence, ctx: ArticleContext) {
    const s = sentence.text;
    const trigger = findTrigger(s);
    const figures = findFigures(sentence, ctx);
    const actors = actorsInSentence(ctx, sentence);
    const roles = findRoles(sentence, ctx, actors);
    if (!trigger && figures.length === 0 && roles.length === 0) return [];
    // A delegation or negotiators led by someone are a party to talks even when no trigger word is there.
    const impliedType = roles.some((r) => /delegation|negotiators|side|talks/.test(r.holderOf ?? ""))
      ? "negotiation"
      : "other";
    const mention: EventMention = {
      type: trigger?.type ?? impliedType,
      trigger: trigger?.word ?? figures[0]?.what ?? "",
      summary: summarize(s, trigger?.index ?? 0),
      participants: [
        ...new Set(actors.filter((a) => a.type !== "place" && a.type !== "media").map((a) => a.name)),
      ],
      figures,
      roles,
      evidence: evidenceOf(ctx, sentence),
    };
    const date = findEventDate(s, ctx.article.published);
    if (date) mention.date = date;
    const place = placeOf(s, actors);
    if (place) mention.place = place;
    if (mention.type === "negotiation" || mention.type === "meeting") {
      const status = findStatus(s);
      if (status) mention.status = status;
    }
    if (RECALL.test(s)) mention.recalled = true;
    return [mention];
  },
};

/** Headline-only duplicates ("Talks Collapse in X") add nothing when the body says the same. */
export const headingRefiner: Refiner<EventMention> = {
  name: "drop-heading-duplicates",
  refine(events, ctx) {
    const isHeading = (e: EventMention): boolean =>
      !/[.!?"')]$/.test(e.evidence.sentence) &&
      !ctx.sentences.some(
        (o) =>
          o.start !== e.evidence.start &&
          o.paragraph === ctx.sentences.find((x) => x.start === e.evidence.start)?.paragraph,
      );
    const body = events.filter((e) => !isHeading(e));
    return events.filter((e) => !isHeading(e) || !body.some((b) => b.type === e.type));
  },
};

/**
 * A sentence with figures but no event word ("The vessel had 180 passengers on board") speaks
 * of the event the article is telling: the last event mention before it in the same paragraph,
 * else the article's first event that is not a recollection.
 */
export const orphanFigureRefiner: Refiner<EventMention> = {
  name: "attach-orphan-figures",
  refine(events, ctx) {
    const paragraphOf = new Map(ctx.sentences.map((s) => [s.start, s.paragraph]));
    const anchored = events.filter((e) => e.type !== "other" || e.roles.length > 0);
    const main = anchored.find((e) => !e.recalled);
    const out: EventMention[] = [];
    for (const e of events) {
      if (e.type !== "other" || e.roles.length > 0 || e.figures.length === 0) {
        out.push(e);
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
  },
};

export const EVENT_PARSERS = [triggerParser];
export const EVENT_REFINERS = [headingRefiner, orphanFigureRefiner];

/** Needs `ctx.actors` filled: places and participants are read from the article's actors. */
export function extractEvents(ctx: ArticleContext): EventMention[] {
  return runPipeline(ctx, EVENT_PARSERS, EVENT_REFINERS);
}
