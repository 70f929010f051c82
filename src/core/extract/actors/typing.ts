// Typing rules: what kind of actor a capitalised span names. Each rule is small and named; the
// first that recognises a span wins, and says how sure it is (the refiners let a surer reading
// of a name in one sentence decide its type in the others).
import { countryByCapital, countryByDemonym, countryByName } from "../../lexicon/countries";
import { peelTitle } from "../../lexicon/titles";
import type { ActorType } from "../../model";
import type { Sentence } from "../../text/sentences";
import {
  ACTS_AFTER,
  BETWEEN_AND,
  FACILITY_NOUNS,
  GROUP_NOUNS_AFTER,
  JOINED_PARTICLE,
  MEDIA_CONTEXT_BEFORE,
  MEDIA_WORDS,
  NAME_PARTICLES,
  NOT_ACRONYMS,
  NOT_NAMES,
  ORG_WORDS,
  PERSON_NOUNS_AFTER,
  PLACE_NOUNS_AFTER,
  PLACE_PREFIXES,
  PLACE_PREPOSITIONS,
  PLACE_WORDS,
  PRODUCT_NOUNS_AFTER,
  SENTENCE_STARTERS,
  SPEAKS_AFTER,
  THING_WORDS,
  WEAK_PLACE_BEFORE,
} from "./lexicon";
import type { NameSpan } from "./spans";

export interface SpanView {
  span: NameSpan;
  /** Span text with leading function words removed. */
  text: string;
  /** Sentence text before and after the span (after its "'s" when possessive). */
  before: string;
  after: string;
  sentence: Sentence;
}

/** How sure a rule is: tables > shape or context > weak context > guess. */
export const SURE = 3;
export const SHAPE = 2;
export const WEAK = 1;
/** The shape of a person's name and nothing else: weaker than any context. */
export const NAME_SHAPE = 0.5;
export const GUESS = 0;

export interface Typed {
  name: string;
  type: ActorType;
  strength: number;
  role?: string;
  affiliation?: string;
  canonical?: string;
  /** Words of the text that make up the name when they go beyond the span ("Velmar airbase"). */
  surface?: string;
  /** A title, honorific or role says this is a person. */
  titled?: boolean;
  /** For "other": the type the surroundings suggest, used when no other mention decides. */
  guess?: ActorType;
}

/** The span as written, read as `type`. */
const reading = (v: SpanView, type: ActorType, strength: number): Typed => ({ name: v.text, type, strength });
/** A country's name (as written, or the country's own for a demonym). */
const country = (name: string, c: { name: string }): Typed => ({
  name,
  type: "country",
  canonical: `country:${c.name}`,
  strength: SURE,
});

/** A typed reading, `null` when the span is not an actor at all, undefined when the rule passes. */
export type TypingRule = (v: SpanView) => Typed | null | undefined;

const WORDS = new Map<string, readonly string[]>();
/** The words of a name, split once per name (the rules ask often). Read-only: shared. */
export function words(s: string): readonly string[] {
  let ws = WORDS.get(s);
  if (!ws) {
    ws = s.split(/\s+/).filter(Boolean);
    if (WORDS.size > 20_000) WORDS.clear();
    WORDS.set(s, ws);
  }
  return ws;
}
const lower = (s: string): string => s.toLowerCase();
// Patterns the rules run on every span, compiled once.
const UPPER_FIRST = /^\p{Lu}/u;
/** A plural: "Survivors", "Prosecutors". */
export const PLURAL = /\p{Ll}s$/u;
const TICKER = /^:\s*\p{Lu}/u;
const TICKER_OPEN = /\(\p{Lu}+:\s*$/u;
const LISTED_AFTER = /^\s*,\s*(the\s+)?\p{Lu}/u;
const NEWS_WORD = /^\p{Lu}[\p{L}]*news$/iu;
const ACRONYM = /^\p{Lu}[\p{Lu}&]{1,6}$|^\p{Lu}[\p{Lu}&]*\p{Ll}\p{Lu}+$/u;
const LOWER_LETTER = /\p{Ll}/u;
const INITIAL = /^\p{Lu}\.$/u;
const CAMEL = /\p{Ll}\p{Lu}/u;
const lastWord = (s: string): string => {
  const ws = words(s);
  return lower(ws[ws.length - 1] ?? "");
};

/** A person's name: capitalised words, initials, particles ("O'Brien", "DeGeneres", "Ana K. Petrov"). */
export const NAME_WORD = new RegExp(
  String.raw`^(\p{Lu}[\p{Ll}\p{Lu}'’.-]*\p{Ll}[\p{L}'’.-]*|\p{Lu}\.|\p{Lu}|${NAME_PARTICLES}|${JOINED_PARTICLE}\p{L}*)$`,
  "u",
);
const PARTICLE = new RegExp(`^(?:${NAME_PARTICLES}|Al|El)$`);
/** How many words of a name are names: particles do not count ("Kadir bin Salem Al Rami" has four). */
const nameCount = (ws: readonly string[]): number => ws.filter((w) => !PARTICLE.test(w)).length;

/** Media outlets share an identity key with and without "News"/"TV": "Velm" and "Velm News". */
export function mediaKey(name: string): string | undefined {
  const core = name
    .replace(/^the\s+/i, "")
    .replace(/\s*(news|tv|television|radio|online|network|channel|newspaper)$/i, "")
    .trim();
  return core ? `media:${lower(core).replace(/[^\p{L}\p{N}]+/gu, " ")}` : undefined;
}

/** "Joint Intelligence Bureau" -> "JIB": the initials of its capitalised words. */
export function initialsOf(name: string): string {
  return name
    .split(/[\s-]+/)
    .filter((w) => UPPER_FIRST.test(w))
    .map((w) => w[0])
    .join("");
}

/** "the Sorrel bombing": a name before an event noun is where it happened. */
const EVENT_NOUN_AFTER =
  /^\s+(?:[a-z]+\s+)?(attacks?|bombings?|massacre|earthquake|quake|blast|shooting|crash|floods?|disaster|tragedy|incident|explosion|fire|killings|riots|siege|standoff)\b/i;

/** Prizes, laws, wars and products: named, but not actors. */
const thingRule: TypingRule = (v) => {
  const ws = words(v.text);
  if (ws.length >= 2 && THING_WORDS.has(lastWord(v.text))) return null;
  if (ws.length >= 2 && PRODUCT_NOUNS_AFTER.test(v.after) && !v.span.possessive) return null;
  // Stock tickers: "(NYSE: AMD)".
  if (TICKER.test(v.after) || TICKER_OPEN.test(v.before)) return null;
  if (ws.length === 1 && NOT_NAMES.has(lower(v.text))) return null;
  // A title alone is not a name: "the Defence Minister".
  if (peelTitle(`${v.text} Name`).name === "Name") return null;
  return undefined;
};

const countryRule: TypingRule = (v) => {
  const c = countryByName(v.text);
  return c ? country(v.text, c) : undefined;
};

/** "Kenyan officials" speak for Kenya: a demonym stands for its country. */
const demonymRule: TypingRule = (v) => {
  if (words(v.text).length > 2) return undefined;
  const c = countryByDemonym(v.text);
  return c ? country(c.name, c) : undefined;
};

/**
 * A capital is its country's government ("Nairobi said", "talks with Washington") unless the
 * sentence puts something in it ("in Nairobi", "Nairobi airport"): then it is a place.
 */
const capitalRule: TypingRule = (v) => {
  const c = countryByCapital(v.text);
  if (!c) return undefined;
  const located =
    PLACE_PREPOSITIONS.test(v.before) ||
    PLACE_NOUNS_AFTER.test(v.after) ||
    LISTED_AFTER.test(v.after) ||
    (/\bfrom\s+$/i.test(v.before) &&
      !/\b(calls?|message|word|pressure|demands?|orders?|response|signal|statement|action|support|assurances?|guarantees?|request|aid|help|envoys?|officials|delegation)\s+from\s+$/i.test(
        v.before,
      )) ||
    /\b(to|into)\s+$/i.test(v.before);
  if (located && !SPEAKS_AFTER.test(v.after) && !v.span.possessive) return reading(v, "place", SURE);
  return country(v.text, c);
};

/** "told Velm News", "the Harbour Courier": a media outlet by its name or by what it does. */
const mediaRule: TypingRule = (v) => {
  const ws = words(v.text);
  const shaped =
    (ws.length >= 2 && MEDIA_WORDS.has(lastWord(v.text))) ||
    NEWS_WORD.test(v.text) ||
    (ws.length >= 3 && /\sNews\s/.test(` ${v.text} `));
  const told = MEDIA_CONTEXT_BEFORE.test(v.before) && ws.length <= 3 && !peelTitle(v.text).titled;
  if (!shaped && !told) return undefined;
  if (countryByName(v.text) || (ws.length >= 2 && ws.some((w) => ORG_WORDS.has(lower(w))) && !shaped))
    return undefined;
  const t = reading(v, "media", shaped ? SHAPE : WEAK);
  const key = mediaKey(v.text);
  if (key) t.canonical = key;
  return t;
};

const acronymRule: TypingRule = (v) => {
  if (!ACRONYM.test(v.text)) return undefined;
  if (NOT_ACRONYMS.has(lower(v.text))) return null;
  return { name: v.text, type: "organization", canonical: `acronym:${v.text}`, strength: SHAPE };
};

/** "Army Chief Asim Munir": a title then a name, even when the title holds an organisation word. */
const titledPersonRule: TypingRule = (v) => {
  const { role, name, titled } = peelTitle(v.text);
  if (!titled) return undefined;
  const ws = words(name);
  const names = nameCount(ws);
  if (names < 1 || names > 4 || !ws.every((w) => NAME_WORD.test(w))) return undefined;
  if (ORG_WORDS.has(lastWord(name)) || PLACE_PREFIXES.has(lower(ws[0] ?? ""))) return undefined;
  // "Doctor Who": a title before a function word is not a person's title.
  if (ws.every((w) => SENTENCE_STARTERS.has(lower(w)))) return null;
  const t: Typed = { name, type: "person", strength: SHAPE, titled: true };
  if (role) t.role = role;
  return t;
};

const organizationRule: TypingRule = (v) => {
  const ws = words(v.text);
  // "Police said", "Prosecutors allege": a lone generic word at the start is no name.
  const lone = ws.length === 1 && (v.span.sentenceInitial || PLURAL.test(v.text));
  if (!lone && ws.some((w) => ORG_WORDS.has(lower(w)))) return reading(v, "organization", SHAPE);
  // "Sudanese Front", "Kurdish Workers": a demonym leading a name makes a group of that country.
  if (ws.length >= 2 && countryByDemonym(ws[0] ?? "") && !peelTitle(v.text).titled)
    return reading(v, "organization", SHAPE);
  return undefined;
};

/** A lower-case noun after the name says what it is: "Velmar airbase", "Zarqa militants", "a Spiro man". */
const headNounRule: TypingRule = (v) => {
  if (v.span.possessive) return undefined;
  const place = PLACE_NOUNS_AFTER.exec(v.after);
  if (place && place[1]) {
    const noun = lower(place[1]);
    if (FACILITY_NOUNS.has(noun.replace(/\s+/g, ""))) {
      const surface = `${v.text} ${place[1]}`;
      return { name: surface, surface, type: "place", strength: SHAPE };
    }
    return reading(v, "place", SHAPE);
  }
  if (PERSON_NOUNS_AFTER.test(v.after) && /\b(an?|the|one|two|three|\d+)\s+$/i.test(v.before))
    return reading(v, "place", WEAK);
  const ws = words(v.text);
  const personShaped = ws.length >= 2 && ws.every((w) => NAME_WORD.test(w));
  if (GROUP_NOUNS_AFTER.test(v.after) && ws.length <= 4 && !personShaped)
    return reading(v, "organization", WEAK);
  return undefined;
};

const placeRule: TypingRule = (v) => {
  const ws = words(v.text);
  // "..., Lena Park, said": a place does not speak; a name shaped like one can.
  const speaks =
    ws.length === 2 && PLACE_WORDS.has(lastWord(v.text)) && SPEAKS_AFTER.test(v.after.replace(/^\s*,/, ""));
  if (
    ws.length >= 2 &&
    !speaks &&
    (PLACE_WORDS.has(lastWord(v.text)) || PLACE_PREFIXES.has(lower(ws[0] ?? "")))
  )
    return reading(v, "place", SHAPE);
  if (PLACE_PREPOSITIONS.test(v.before) && !peelTitle(v.text).titled) return reading(v, "place", WEAK);
  return undefined;
};

/** Two to four name-shaped words: a person, to be confirmed by the rest of the article. */
const personRule: TypingRule = (v) => {
  const ws = words(v.text);
  const names = nameCount(ws);
  if (names < 2 || names > 4 || !ws.every((w) => NAME_WORD.test(w))) return undefined;
  if (!LOWER_LETTER.test(ws[0] ?? "") && !INITIAL.test(ws[0] ?? "")) return undefined;
  return reading(v, "person", NAME_SHAPE);
};

/**
 * A single unknown word: kept as "other" with a guess from its surroundings, for the refiners
 * to link ("Sandor" to "Piet Sandor") or type from another sentence; else the guess decides.
 */
const singleWordRule: TypingRule = (v) => {
  if (words(v.text).length !== 1 || v.text.length < 2) return undefined;
  const t = reading(v, "other", GUESS);
  const plural = PLURAL.test(v.text) && !/ss$/.test(v.text);
  // The object of a preposition is not the subject of the verb after it: "buses to X were cut".
  const object = WEAK_PLACE_BEFORE.test(v.before) || BETWEEN_AND.test(v.before);
  if (
    CAMEL.test(v.text) ||
    SPEAKS_AFTER.test(v.after) ||
    GROUP_NOUNS_AFTER.test(v.after) ||
    (!plural && !object && ACTS_AFTER.test(v.after)) ||
    (v.span.possessive && !v.span.sentenceInitial)
  )
    t.guess = "organization";
  else if (/\baccording to\s+$/i.test(v.before)) t.guess = "media";
  else if (object || (/\bthe\s+$/i.test(v.before) && EVENT_NOUN_AFTER.test(v.after))) t.guess = "place";
  return t;
};

/**
 * "BRASK, June 12 (Northern Wire) -": the city that opens a dateline is a place, named as a name
 * ("Brask") when the wire writes it in capitals. The agency in brackets is left to the media rule.
 */
const datelineRule: TypingRule = (v) => {
  if (!v.sentence.dateline || v.before.trim()) return undefined;
  const name = /[a-z]/.test(v.text)
    ? v.text
    : v.text.toLowerCase().replace(/(^|[\s-])(\p{L})/gu, (m) => m.toUpperCase());
  return { name, type: "place", strength: SURE };
};

/** "Lena Park, 34, a teacher": a name given an age is a person, whatever its last word. */
const agedPersonRule: TypingRule = (v) =>
  /^,\s*\d{1,3},/.test(v.after) ? reading(v, "person", SHAPE) : undefined;

export const ACTOR_TYPING_RULES: TypingRule[] = [
  thingRule,
  countryRule,
  demonymRule,
  datelineRule,
  capitalRule,
  mediaRule,
  acronymRule,
  titledPersonRule,
  agedPersonRule,
  organizationRule,
  headNounRule,
  placeRule,
  personRule,
  singleWordRule,
];

export function typeSpan(v: SpanView): Typed | undefined {
  for (const rule of ACTOR_TYPING_RULES) {
    const t = rule(v);
    if (t === null) return undefined;
    if (t) return t;
  }
  return undefined;
}
