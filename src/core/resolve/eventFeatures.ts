// What event resolution compares about one event mention: its family of types, the days it may
// cover, its place and participants as resolved actors, its content words, the round it names
// ("the third round of talks"), and whether the text sets it apart from another event
// ("another attack", a recollection of an earlier one).
import type { EventMention } from "../model";
import { datesTheSaying } from "../extract/events/dates";
import { parseQuantity } from "../extract/events/numbers";
import { nameKey } from "../text/normalize";
import type { ActorIndex } from "./actors";
import { distinct } from "../lists";
import { addDays } from "../text/days";
import { dayRange, type DayRange } from "./dates";
import { contentWords } from "./words";

export interface MentionFeatures {
  /** Position in a deterministic order of all mentions (source, offset). */
  index: number;
  mention: EventMention;
  source: string;
  published?: string;
  family: string;
  /** The days a written date covers. */
  explicit?: DayRange;
  /** The written date is at day precision. */
  dayPrecise: boolean;
  /** For undated news: the week before publication. */
  implied?: DayRange;
  place?: string;
  /** The place is a whole country: often the setting of a sentence rather than where it happened. */
  placeIsCountry: boolean;
  /** The words of the place's name, to see whether another sentence names it too. */
  placeWords: string[];
  /** Time of day the written date gives, in minutes after midnight. */
  minutes?: number;
  participants: string[];
  words: string[];
  round?: number;
  /** "another attack", "a separate blast": a different event from one told before. */
  distinct: boolean;
  /** "the admission", "this abrupt reversal": the trigger refers back to an event already told. */
  definite: boolean;
  /** Index of the mention of the same family told just before in the same article, if any. */
  previousOfFamily?: number;
  recalled: boolean;
  figureKinds: string[];
}

/** Two figures of one kind in one article that cannot both be true are about two events. */
export function figuresClash(a: EventMention, b: EventMention): boolean {
  return a.figures.some((x) =>
    b.figures.some((y) => x.what === y.what && (x.value.max < y.value.min || y.value.max < x.value.min)),
  );
}

// Types one event is often called by in different sentences: talks are also a meeting, a
// bombing is also an explosion.
const FAMILY: Record<string, string> = {
  negotiation: "talks",
  meeting: "talks",
  attack: "attack",
  explosion: "attack",
};

export const familyOf = (type: string): string => FAMILY[type] ?? type;

const ORDINALS = [
  "first",
  "second",
  "third",
  "fourth",
  "fifth",
  "sixth",
  "seventh",
  "eighth",
  "ninth",
  "tenth",
];

const ROUND_BEFORE =
  /\b(first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|\d{1,2})(?:st|nd|rd|th)?\s+(?:round|session|phase|leg)\b/i;
const ROUND_AFTER =
  /\b(?:round|session|phase)\s+(one|two|three|four|five|six|seven|eight|nine|ten|\d{1,2})\b/i;

/** "the third round of talks" -> 3; "round two" -> 2. */
export function roundOf(sentence: string): number | undefined {
  const m = ROUND_BEFORE.exec(sentence) ?? ROUND_AFTER.exec(sentence);
  if (!m || !m[1]) return undefined;
  const w = m[1].toLowerCase();
  const ordinal = ORDINALS.indexOf(w);
  return ordinal >= 0 ? ordinal + 1 : parseQuantity(w);
}

const DISTINCT_BEFORE =
  /\b(?:another|a (?:second|third|fresh|new|separate|further|later|subsequent|similar|different)|separately|in a separate)\s+(?:[a-z-]+\s+){0,2}$/i;
// "In a recent flare-up, ...", "During an earlier visit, ...": an indefinite episode opening the
// sentence is a new one, not "the" event the article tells.
const EPISODE_OPENING =
  /^\s*(?:separately|in a separate\b|(?:in|during|after) (?:a|an|another) (?:recent|separate|earlier|previous|new|fresh|second|further)\b)/i;

const DEFINITE_BEFORE = /\b(?:the|this|that|these|those|such an?)\s+(?:[a-z-]+\s+){0,2}$/i;

/** The trigger refers back to an event already told: "the admission", "this abrupt backtrack". */
export function refersBack(m: EventMention): boolean {
  // A verb ("the negotiators reversed their position") tells an act; only a noun refers back.
  if (!m.trigger || /^\S+ed\b/i.test(m.trigger)) return false;
  const s = m.evidence.sentence;
  const at = s.toLowerCase().indexOf(m.trigger.toLowerCase());
  return at >= 0 && DEFINITE_BEFORE.test(s.slice(0, at));
}

/** The trigger is introduced as a different event: "another deadly attack", "a second blast". */
export function introducesAnother(m: EventMention): boolean {
  const s = m.evidence.sentence;
  if (EPISODE_OPENING.test(s)) return true;
  if (!m.trigger) return false;
  const at = s.toLowerCase().indexOf(m.trigger.toLowerCase());
  return at >= 0 && DISTINCT_BEFORE.test(s.slice(0, at));
}

// Extraction flags any sentence with a word of the past ("earlier", "once"); time words that
// point at the news itself ("earlier this week", "once again") do not make a recollection.
const CURRENT_TIME =
  /\b(?:earlier|later) (?:this|that|today|on|in the (?:day|week))\b|\bonce (?:again|more)\b/gi;
// Not "former": a former mayor on trial today is news, not a recollection.
const PAST_CUE =
  /\b(?:earlier|previous(?:ly)?|last (?:year|month|week)|once|in the past|years? ago|months ago|recalled|(?:19|20)\d\d)\b/i;

/** The sentence recalls an earlier event rather than telling the news. */
export function recallsEarlier(m: EventMention): boolean {
  return !!m.recalled && PAST_CUE.test(m.evidence.sentence.replace(CURRENT_TIME, " "));
}

/**
 * The written date of a mention dates the event (not the report of it), and can be read: a
 * relative date ("today", "on Friday") means nothing in an article without a publication date.
 */
export function datesTheEvent(m: EventMention, published: string | undefined): boolean {
  if (!m.date) return false;
  if (!published && !/\b\d{4}\b/.test(m.date.text)) return false;
  const s = m.evidence.sentence;
  const at = s.indexOf(m.date.text);
  return at < 0 || !datesTheSaying(s, at, m.trigger || undefined, m.type);
}

export function featuresOf(
  mentions: EventMention[],
  published: Map<string, string | undefined>,
  actors: ActorIndex,
): MentionFeatures[] {
  const ordered = [...mentions].sort(
    (a, b) =>
      a.evidence.source.localeCompare(b.evidence.source) ||
      a.evidence.start - b.evidence.start ||
      a.type.localeCompare(b.type),
  );
  const lastOfFamily = new Map<string, number>();
  return ordered.map((m, index) => {
    const source = m.evidence.source;
    const pub = published.get(source);
    const f: MentionFeatures = {
      index,
      mention: m,
      source,
      family: familyOf(m.type),
      dayPrecise: m.date?.precision === "day" && datesTheEvent(m, pub),
      participants: [
        ...new Set(m.participants.map((p) => actors.byName(p)?.id ?? `name:${nameKey(p)}`)),
      ].sort(),
      words: contentWords(m.evidence.sentence),
      distinct: introducesAnother(m),
      definite: refersBack(m),
      recalled: recallsEarlier(m),
      placeIsCountry: false,
      placeWords: m.place ? contentWords(m.place) : [],
      figureKinds: distinct(m.figures.map((x) => x.what)),
    };
    if (pub) f.published = pub;
    if (m.date && datesTheEvent(m, pub)) {
      f.explicit = dayRange(m.date);
      const t = /^(\d{1,2}):(\d{2})$/.exec(m.date.time ?? "");
      if (t) f.minutes = Number(t[1]) * 60 + Number(t[2]);
    } else if (pub && !f.recalled) f.implied = { from: addDays(pub, -6), to: pub };
    if (m.place) {
      const actor = actors.byName(m.place);
      f.place = actor?.id ?? `place:${nameKey(m.place)}`;
      f.placeIsCountry = actor?.type === "country";
    }
    const round = roundOf(m.evidence.sentence);
    if (round !== undefined) f.round = round;
    const key = `${source}|${f.family}`;
    const previous = lastOfFamily.get(key);
    if (previous !== undefined) f.previousOfFamily = previous;
    lastOfFamily.set(key, index);
    return f;
  });
}
