// Actor parsers: each capitalised span of a sentence goes through the typing rules; titles, roles
// and affiliations are read from the words around it. Items are `Candidate`s: actor mentions plus
// what the refiners need to link and type them across the article.
import { countryByName } from "../../lexicon/countries";
import type { ActorMention } from "../../model";
import type { Sentence } from "../../text/sentences";
import { evidenceOf, type ArticleContext, type SentenceParser } from "../context";
import { peelTitle } from "../../lexicon/titles";
import { affiliationAfter, appositiveRole, nameInRole, roleBefore, splitTitleInSpan } from "./affiliations";
import {
  ACTS_AFTER,
  ORG_WORDS,
  PLACE_PREFIXES,
  PLACE_WORDS,
  SENTENCE_STARTERS,
  SPEAKS_AFTER,
} from "./lexicon";
import { findNameSpans, type NameSpan } from "./spans";
import { GUESS, NAME_WORD, PLURAL, SHAPE, typeSpan, WEAK, words, type SpanView, type Typed } from "./typing";

export interface Candidate extends ActorMention {
  span: { start: number; end: number };
  /** How sure the typing rule was (see typing.ts). */
  strength: number;
  guess?: ActorMention["type"];
  /** The sentence is a title-case heading or caption: only names known elsewhere count. */
  heading?: boolean;
  /** A title, role, speech or initial says this is a person. */
  personEvidence?: boolean;
  /** Said right after the name ("X said"), for pronoun and speaker rules. */
  speaks?: boolean;
}

const OFFICE_OF_TERM: Record<string, string> = {
  presidency: "President",
  premiership: "Prime Minister",
  chancellorship: "Chancellor",
  governorship: "Governor",
  mayoralty: "Mayor",
};

const lastOf = (s: string): string => {
  const ws = words(s);
  return (ws[ws.length - 1] ?? "").toLowerCase();
};

const MODIFIER_PLACE = /^(based|born|bred|raised|headquartered)$/;
/** Modifiers that say the name acts: "US-led", "rebel-held". Others ("British-drawn") do not. */
const MODIFIER_ACTOR =
  /^(led|backed|controlled|sponsored|funded|owned|run|allied|aligned|brokered|mediated|supported|linked|affiliated|registered|operated)$/;

const ING_WORD = /^\p{Lu}\p{Ll}{2,}ing$/u;

function isStarterWord(text: string, ctx: ArticleContext): boolean {
  const first = (words(text)[0] ?? "").toLowerCase();
  if (SENTENCE_STARTERS.has(first)) return true;
  if (peelTitle(text).titled) return false;
  // A capitalised first word that the article also writes in lower case is an ordinary word
  // ("Survivors said"); an -ing or -ed word before a full name is a verb ("Named Maurice Cheeks").
  if (words(text).length > 2 && ING_WORD.test(words(text)[0] ?? "")) return true;
  return lowerWords(ctx).has(first);
}

const LOWER_WORDS = new WeakMap<ArticleContext, Set<string>>();
/** The words an article writes in lower case. */
function lowerWords(ctx: ArticleContext): Set<string> {
  let s = LOWER_WORDS.get(ctx);
  if (!s) {
    // Words are runs of letters, apostrophes and hyphens; those that begin in lower case.
    s = new Set(ctx.article.text.match(/(?<![A-Za-z'-])[a-z][A-Za-z'-]*/g));
    LOWER_WORDS.set(ctx, s);
  }
  return s;
}

function view(span: NameSpan, sentence: Sentence, ctx: ArticleContext): SpanView | undefined {
  let { text } = span;
  let start = span.start;
  // Drop sentence-initial function words and ordinary words: "The Sarrat said" -> "Sarrat".
  if (span.sentenceInitial) {
    while (isStarterWord(text, ctx)) {
      const rest = text.replace(/^\S+\s*/, "");
      if (!rest) return undefined;
      start += text.length - rest.length;
      text = rest;
    }
  } else if (/^the\s/i.test(text)) {
    start += 4;
    text = text.slice(4);
  }
  // The words around a name that the rules read: a few before, a clause after.
  const from = span.end + (span.possessive ? 2 : 0);
  return {
    span: start === span.start ? span : { ...span, start, text },
    text,
    before: sentence.text.slice(Math.max(0, start - 80), start),
    after: sentence.text.slice(from, from + 140),
    sentence,
  };
}

/** A headline, section heading or caption in title case: a short line of capitalised words. */
const PARAGRAPH_SIZES = new WeakMap<ArticleContext, Map<number, number>>();

// Words (between spaces) that begin with four letters or more, and those of them capitalised.
const LONG_WORDS = /(?<!\S)\p{L}{4,}/gu;
const CAPITALISED_LONG_WORDS = /(?<!\S)(?=\p{L}{4})\p{Lu}/gu;

function isHeading(sentence: Sentence, ctx: ArticleContext): boolean {
  let sizes = PARAGRAPH_SIZES.get(ctx);
  if (!sizes) {
    sizes = new Map();
    for (const o of ctx.sentences) sizes.set(o.paragraph, (sizes.get(o.paragraph) ?? 0) + 1);
    PARAGRAPH_SIZES.set(ctx, sizes);
  }
  if (sizes.get(sentence.paragraph) !== 1) return false;
  const words = sentence.text.match(LONG_WORDS)?.length ?? 0;
  const caps = sentence.text.match(CAPITALISED_LONG_WORDS)?.length ?? 0;
  if (words === 0 || caps / words < 0.85) return false;
  // Headlines end without a full stop; captions are a few capitalised words ("File Photo.").
  return !/[."']$/.test(sentence.text) || (words <= 3 && caps === words);
}

function candidate(t: Typed, v: SpanView, ctx: ArticleContext): Candidate {
  const at = v.sentence.start + v.span.start;
  const surface = t.surface ?? v.text;
  const m: Candidate = {
    name: t.name,
    type: t.type,
    surface,
    span: { start: at, end: at + surface.length },
    strength: t.strength,
    evidence: evidenceOf(ctx, v.sentence),
  };
  if (t.role) m.role = t.role;
  if (t.affiliation) m.affiliation = t.affiliation;
  if (t.canonical) m.canonical = t.canonical;
  if (t.guess) m.guess = t.guess;
  if (t.titled) m.personEvidence = true;
  if (SPEAKS_AFTER.test(v.after)) m.speaks = true;
  return m;
}

/** Reads a person's role and affiliation from the words around the name. */
function personContext(t: Typed, v: SpanView, possessor: Candidate | undefined): void {
  let before = roleBefore(v.before);
  // "Opposition leader X" at the start of a sentence: an unknown capitalised word is part of the role.
  if (
    before &&
    possessor &&
    possessor.type === "other" &&
    !possessor.guess &&
    v.before.trim().startsWith(possessor.surface)
  ) {
    before = `${possessor.surface} ${before}`;
    possessor = undefined;
  }
  const apposition = appositiveRole(v.after);
  const role = [t.role, before && !t.role ? before : undefined, apposition].filter(Boolean).join(", ");
  if (role) t.role = role;
  if (before || apposition) t.titled = true;
  const aff =
    affiliationAfter(v.after) ??
    (possessor && (/'s\s+$/.test(v.before) || (before && possessor.type !== "person"))
      ? possessor.name
      : undefined) ??
    (apposition ? nameInRole(apposition) : undefined);
  if (aff && aff !== t.name) t.affiliation = aff;
  // "X's presidency": the office the text gives through its term.
  const term = v.span.possessive
    ? /^\s*(presidency|premiership|chancellorship|governorship|mayoralty)\b/i.exec(v.after)
    : null;
  if (term && term[1] && !t.role) {
    t.role = OFFICE_OF_TERM[term[1].toLowerCase()];
    t.titled = true;
  }
  if (/^\s*(,\s*(who|aged|\d{1,3},)|\s\(\d{1,3}\))/.test(v.after) || /\d+[- ]year[- ]old\s+$/.test(v.before))
    t.titled = true;
  if (words(t.name).some((w) => /^\p{Lu}\.$/u.test(w))) t.titled = true;
}

/** The span read with neutral surroundings (for a prefix split off a title). */
function typeAlone(text: string, v: SpanView): Typed | undefined {
  const span: NameSpan = { ...v.span, text, possessive: false, sentenceInitial: false };
  return typeSpan({ ...v, span, text, before: "", after: "" });
}

export const namedSpanParser: SentenceParser<Candidate> = (sentence, ctx) => {
  const out: Candidate[] = [];
  const heading = isHeading(sentence, ctx);
  let previous: Candidate | undefined;
  let previousEnd = -1;
  for (const raw of findNameSpans(sentence.text)) {
    const v = view(raw, sentence, ctx);
    if (!v) continue;
    // The possessor or affiliation right before: "Kenya's Defence Minister X", "Front spokesman X".
    const gap = sentence.text.slice(previousEnd, v.span.start);
    const possessor =
      previous &&
      /^\s+((?:[\p{Ll}-]+\s+){0,3})$/u.test(gap) &&
      !/\b(and|or|of|to|in|on|at|the|for|with|by|from|as|said|says)\s/.test(gap)
        ? previous
        : undefined;
    let typed: Typed | undefined;
    if (v.span.modifier) {
      if (!MODIFIER_PLACE.test(v.span.modifier) && !MODIFIER_ACTOR.test(v.span.modifier)) continue;
      typed = typeAlone(v.text, v);
      if (
        typed &&
        MODIFIER_PLACE.test(v.span.modifier) &&
        typed.type !== "person" &&
        !countryByName(v.text)
      ) {
        typed = { ...typed, type: "place", canonical: undefined, name: v.text };
      }
    } else {
      // The span's own reading, when taken, serves both the title split and the span whole.
      let whole: Typed | undefined;
      const split =
        words(v.text).length >= 3
          ? (splitPersonOf(v, ctx) ?? splitOffTitle(v, ctx, (whole = typeSpan(v))))
          : undefined;
      if (split) {
        const [prefix, person] = split;
        if (prefix) out.push(prefix);
        typed = person;
      } else typed = whole ?? typeSpan(v);
    }
    if (!typed) {
      previous = undefined;
      continue;
    }
    // A sentence-initial single word is only a name if another sentence says so, or if it acts
    // ("Apple unveils"); a plural one never is ("Survivors said").
    if (v.span.sentenceInitial && typed.strength === GUESS && v.span.start === raw.start) {
      if (PLURAL.test(v.text) || !ACTS_AFTER.test(v.after) || lowerWords(ctx).has(v.text.toLowerCase()))
        delete typed.guess;
    }
    // An all-capital word the article also writes in lower case is shouting, not an acronym.
    if (typed.canonical?.startsWith("acronym:") && lowerWords(ctx).has(v.text.toLowerCase())) continue;
    if (typed.type === "person") personContext(typed, v, possessor);
    const m = candidate(typed, v, ctx);
    if (heading) m.heading = true;
    out.push(m);
    previous = m;
    previousEnd = raw.end + (raw.possessive ? 2 : 0);
  }
  return out;
};

/**
 * "Dana Reyes of Fort Ellery", "Sanjay Lal of Halden University": a person's name, then "of" and
 * where they are from or work. The span is two actors; the second is the first's affiliation.
 */
function splitPersonOf(v: SpanView, ctx: ArticleContext): [Candidate | undefined, Typed] | undefined {
  const m = /^(.+?) of (?:the )?(.+)$/.exec(v.text);
  if (!m || !m[1] || !m[2]) return undefined;
  const { role, name, titled } = peelTitle(m[1]);
  const ws = words(name);
  if (ws.length < 2 || ws.length > 3 || !ws.every((w) => NAME_WORD.test(w))) return undefined;
  if (
    ws.some(
      (w) =>
        ORG_WORDS.has(w.toLowerCase()) ||
        PLACE_WORDS.has(w.toLowerCase()) ||
        PLACE_PREFIXES.has(w.toLowerCase()),
    )
  )
    return undefined;
  const at = v.text.length - m[2].length;
  const ov: SpanView = {
    ...v,
    text: m[2],
    span: { ...v.span, start: v.span.start + at, text: m[2] },
    before: v.sentence.text.slice(Math.max(0, v.span.start + at - 80), v.span.start + at),
  };
  const other = typeSpan(ov) ?? { name: m[2], type: "organization" as const, strength: WEAK };
  const person: Typed = {
    name,
    type: "person",
    strength: SHAPE,
    titled: true,
    affiliation: other.name,
    surface: m[1],
  };
  if (role || titled) person.role = role;
  if (other.type === "other") other.type = "organization";
  return [candidate(other, ov, ctx), person];
}

/** "AMD CEO Rory Read": the prefix as its own actor, and the person with role and affiliation. */
function splitOffTitle(
  v: SpanView,
  ctx: ArticleContext,
  whole: Typed | undefined,
): [Candidate | undefined, Typed] | undefined {
  if (whole && (whole.titled || whole.strength > SHAPE)) return undefined;
  const split = splitTitleInSpan(v.text, (p) => {
    const t = typeAlone(p, v);
    return !!t && t.type !== "person" && t.type !== "other";
  });
  if (!split) return undefined;
  if (ORG_WORDS.has(lastOf(split.name))) return undefined;
  let prefixTyped = typeAlone(split.prefix, v);
  // What stands before a title is whom the title serves: "Norcom CEO X".
  if (prefixTyped?.type === "other")
    prefixTyped = { name: split.prefix, type: "organization", strength: WEAK };
  const person: Typed = { name: split.name, type: "person", role: split.role, strength: SHAPE, titled: true };
  if (prefixTyped && prefixTyped.type !== "person" && prefixTyped.type !== "other") {
    person.affiliation = prefixTyped.name;
    const pv: SpanView = { ...v, text: split.prefix, span: { ...v.span, text: split.prefix } };
    return [
      { ...candidate(prefixTyped, pv, ctx), strength: Math.min(prefixTyped.strength, WEAK + 1) },
      person,
    ];
  }
  return [undefined, person];
}

export const ACTOR_PARSERS: SentenceParser<Candidate>[] = [namedSpanParser];
