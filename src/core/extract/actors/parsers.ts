// Actor parsers: each capitalised span goes through a list of small named typing rules, the
// first that recognises it wins. Roles and affiliations are read from the words around the span.
import { countryByCapital, countryByDemonym, countryByName } from "../../lexicon/countries";
import { isRoleWord, peelTitle } from "../../lexicon/titles";
import type { ActorMention, ActorType } from "../../model";
import type { Sentence } from "../../text/sentences";
import { evidenceOf, type ArticleContext, type SentenceParser } from "../context";
import {
  MEDIA_CONTEXT_BEFORE,
  MEDIA_WORDS,
  ORG_WORDS,
  PLACE_PREPOSITIONS,
  PLACE_WORDS,
  SENTENCE_STARTERS,
  SPEAKS_AFTER,
} from "./lexicon";
import { findNameSpans, type NameSpan } from "./spans";

interface SpanView {
  span: NameSpan;
  /** Span text with a leading "The" removed. */
  text: string;
  before: string;
  after: string;
  sentence: Sentence;
}

interface Typed {
  name: string;
  type: ActorType;
  role?: string;
  affiliation?: string;
  canonical?: string;
}

interface TypingRule {
  name: string;
  apply(v: SpanView): Typed | undefined;
}

const lastWord = (s: string): string => (s.split(/\s+/).pop() ?? "").toLowerCase();
const words = (s: string): string[] => s.split(/\s+/).filter(Boolean);

const countryRule: TypingRule = {
  name: "country",
  apply(v) {
    const c = countryByName(v.text);
    return c ? { name: v.text, type: "country", canonical: `country:${c.name}` } : undefined;
  },
};

/** "Pakistani officials" speak for Pakistan; "Afghan Taliban" is a name of its own. */
const demonymRule: TypingRule = {
  name: "demonym",
  apply(v) {
    if (words(v.text).length !== 1) return undefined;
    const c = countryByDemonym(v.text);
    return c ? { name: c.name, type: "country", canonical: `country:${c.name}` } : undefined;
  },
};

/** A capital that speaks or owns something is its government; elsewhere it is a place. */
const capitalRule: TypingRule = {
  name: "capital",
  apply(v) {
    const c = countryByCapital(v.text);
    if (!c) return undefined;
    if (
      v.span.possessive ||
      SPEAKS_AFTER.test(v.after) ||
      (/^\s*(and|or)\s+[A-Z]/.test(v.after) && !PLACE_PREPOSITIONS.test(v.before))
    ) {
      return { name: v.text, type: "country", canonical: `country:${c.name}` };
    }
    return { name: v.text, type: "place" };
  },
};

const acronymRule: TypingRule = {
  name: "acronym",
  apply(v) {
    if (!/^[A-Z][A-Z0-9&]{1,6}$/.test(v.text)) return undefined;
    return { name: v.text, type: "organization", canonical: `acronym:${v.text}` };
  },
};

const mediaRule: TypingRule = {
  name: "media",
  apply(v) {
    if (MEDIA_WORDS.has(lastWord(v.text)) && words(v.text).length >= 2)
      return { name: v.text, type: "media" };
    if (
      MEDIA_CONTEXT_BEFORE.test(v.before) &&
      !peelTitle(v.text).role &&
      words(v.text).length <= 3 &&
      !countryByName(v.text)
    ) {
      return { name: v.text, type: "media" };
    }
    return undefined;
  },
};

const organizationRule: TypingRule = {
  name: "organization",
  apply(v) {
    const ws = words(v.text);
    if (ws.some((w) => ORG_WORDS.has(w.toLowerCase()))) return { name: v.text, type: "organization" };
    // "Afghan Taliban", "Kurdish Workers": a demonym leading a name makes a group of that country.
    if (ws.length >= 2 && countryByDemonym(ws[0] ?? "") && !peelTitle(v.text).role) {
      return { name: v.text, type: "organization" };
    }
    return undefined;
  },
};

/** "Army Chief Asim Munir": a title then a name, even when the title holds an organisation word. */
const titledPersonRule: TypingRule = {
  name: "titled-person",
  apply(v) {
    if (isBareTitle(v.text)) return { name: v.text, type: "other" };
    const { role, name } = peelTitle(v.text);
    const ws = words(name);
    if (!role || ws.length < 2 || ws.length > 4) return undefined;
    if (ws.some((w) => ORG_WORDS.has(w.toLowerCase()) || PLACE_WORDS.has(w.toLowerCase()))) return undefined;
    return { name, type: "person", role };
  },
};

const placeRule: TypingRule = {
  name: "place",
  apply(v) {
    if (PLACE_WORDS.has(lastWord(v.text)) && words(v.text).length >= 2)
      return { name: v.text, type: "place" };
    if (PLACE_PREPOSITIONS.test(v.before) && !peelTitle(v.text).role && !SPEAKS_AFTER.test(v.after)) {
      return { name: v.text, type: "place" };
    }
    return undefined;
  },
};

/** "Defence Minister Khwaja Asif", "Asim Malik": a title or two to four capitalised words. */
const personRule: TypingRule = {
  name: "person",
  apply(v) {
    const { role, name } = peelTitle(v.text);
    const n = words(name).length;
    if (role && n >= 1 && n <= 4) return { name, type: "person", role };
    if (n >= 2 && n <= 4 && words(name).every((w) => /^[\p{Lu}][\p{Ll}'.-]+$|^[A-Z]\.$/u.test(w))) {
      return { name, type: "person" };
    }
    return undefined;
  },
};

export const ACTOR_TYPING_RULES: TypingRule[] = [
  countryRule,
  demonymRule,
  capitalRule,
  acronymRule,
  titledPersonRule,
  mediaRule,
  organizationRule,
  placeRule,
  personRule,
];

/** Lower-case role words right before a name: "spokesman Suhail Shaheen", "the intelligence chief X". */
function roleBefore(before: string): string | undefined {
  const m = /(?:^|[\s,(])((?:[a-z]+[- ]){0,2}[a-z]+)\s*,?\s*$/.exec(before);
  if (!m || !m[1]) return undefined;
  const ws = m[1].split(/\s+/);
  if (!isRoleWord(ws[ws.length - 1] ?? "")) return undefined;
  // Keep the modifiers that belong to the role ("intelligence chief"), drop articles.
  const kept = ws.filter((w) => !/^(the|a|an|its|their|his|her|and|said)$/.test(w));
  return kept.length ? kept.join(" ") : undefined;
}

/** ", head of the ISI's Special Operations Division," -> that role. */
function appositiveRole(after: string): string | undefined {
  const m =
    /^,\s+((?:the\s+)?(?:[a-z]+\s+){0,3}(?:head|chief|leader|director|commander|spokesman|spokeswoman|spokesperson|minister|founder|chairman|president|member|officer|secretary|ambassador|envoy|editor|correspondent|analyst|expert|researcher|professor|journalist)\b[^,;.]{0,80})[,;.]/.exec(
      after,
    );
  return m?.[1]?.replace(/^the\s+/, "").trim();
}

/** "X of the Inter-Services Intelligence" -> that organisation. */
function affiliationAfter(after: string): string | undefined {
  const m = /^\s+of\s+(?:the\s+)?((?:[A-Z][\p{L}'-]*)(?:\s+(?:of\s+)?[A-Z][\p{L}'-]*)*)/u.exec(after);
  return m?.[1];
}

function isStarterWord(text: string): boolean {
  return SENTENCE_STARTERS.has((words(text)[0] ?? "").toLowerCase());
}

function view(span: NameSpan, sentence: Sentence): SpanView | undefined {
  let { text } = span;
  let start = span.start;
  // Drop a sentence-initial function word: "The Taliban said" -> "Taliban".
  while (isStarterWord(text)) {
    const rest = text.replace(/^\S+\s*/, "");
    if (!rest) return undefined;
    start += text.length - rest.length;
    text = rest;
  }
  return {
    span: { ...span, start, text },
    text,
    before: sentence.text.slice(0, start),
    after: sentence.text.slice(span.end + (span.possessive ? 2 : 0)),
    sentence,
  };
}

/** A headline or section heading: a line of its own without sentence punctuation. */
function isHeading(sentence: Sentence, ctx: ArticleContext): boolean {
  if (/[.!?"')]$/.test(sentence.text)) return false;
  return !ctx.sentences.some((o) => o !== sentence && o.paragraph === sentence.paragraph);
}

/** A title alone, with no name after it: "the Defence Minister". */
function isBareTitle(text: string): boolean {
  return peelTitle(`${text} Name`).name === "Name";
}

export const namedSpanParser: SentenceParser<ActorMention> = {
  name: "named-span",
  parse(sentence, ctx) {
    const out: ActorMention[] = [];
    // Headings capitalise every word: only names recognised from tables count there.
    const heading = isHeading(sentence, ctx);
    let possessor: Typed | undefined;
    for (const raw of findNameSpans(sentence.text)) {
      const v = view(raw, sentence);
      if (!v) continue;
      // An unknown single word may still be a short form of a name given elsewhere ("Aslam");
      // it is kept as "other" for the refiners to link or drop.
      const typed =
        typeSpan(v) ?? (words(v.text).length === 1 ? { name: v.text, type: "other" as const } : undefined);
      if (!typed) continue;
      if (heading && typed.type !== "country") continue;
      if (
        v.span.sentenceInitial &&
        words(v.text).length === 1 &&
        typed.type === "place" &&
        !countryByCapital(v.text)
      )
        continue;
      if (typed.type === "person") {
        typed.role ??= roleBefore(v.before) ?? appositiveRole(v.after);
        const aff = affiliationAfter(v.after);
        if (aff) typed.affiliation = aff;
        // "Pakistan's Defence Minister X": the possessor right before the name.
        else if (possessor && /'s\s+$/.test(v.before)) typed.affiliation = possessor.name;
      }
      out.push(mention(typed, v, ctx));
      possessor = v.span.possessive ? typed : undefined;
    }
    return out;
  },
};

function typeSpan(v: SpanView): Typed | undefined {
  for (const rule of ACTOR_TYPING_RULES) {
    const t = rule.apply(v);
    if (t) return t;
  }
  return undefined;
}

function mention(t: Typed, v: SpanView, ctx: ArticleContext): ActorMention {
  const m: ActorMention = {
    name: t.name,
    type: t.type,
    surface: v.text,
    evidence: evidenceOf(ctx, v.sentence),
  };
  if (t.role) m.role = t.role;
  if (t.affiliation) m.affiliation = t.affiliation;
  if (t.canonical) m.canonical = t.canonical;
  return m;
}

/** "Tehrik-i-Taliban Pakistan (TTP)": the long form and the acronym are one organisation. */
export const acronymDefinitionParser: SentenceParser<ActorMention> = {
  name: "acronym-definition",
  parse(sentence, ctx) {
    const out: ActorMention[] = [];
    const re =
      /((?:[A-Z][\p{L}'-]*)(?:\s+(?:of|the|for|and|al|el|de)?\s*[A-Z][\p{L}'-]*)*)\s+\(([A-Z][A-Za-z0-9&]{1,7})\)/gu;
    let m: RegExpExecArray | null;
    while ((m = re.exec(sentence.text))) {
      const long = (m[1] ?? "").replace(/^(The|the)\s+/, "");
      const acro = m[2] ?? "";
      if (!long || countryByName(long)) continue;
      const evidence = evidenceOf(ctx, sentence);
      const canonical = `acronym:${acro}`;
      out.push({ name: long, type: "organization", surface: long, canonical, evidence });
    }
    return out;
  },
};

export const ACTOR_PARSERS: SentenceParser<ActorMention>[] = [namedSpanParser, acronymDefinitionParser];
