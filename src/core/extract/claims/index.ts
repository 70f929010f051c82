// Claims: attributed statements. Each parser recognises one way news attributes a statement;
// the refiner resolves pronoun claimers to the last person named before them.
import type { ActorMention, ClaimMention, Stance } from "../../model";
import {
  actorsInSentence,
  evidenceOf,
  runPipeline,
  type ArticleContext,
  type Refiner,
  type SentenceParser,
} from "../context";
import { MEDIA_WORDS } from "../actors/lexicon";
import { REPORTING_VERB, REPORTING_VERB_STANCE, stanceFromContent } from "./verbs";

/** Nouns that can speak without a name: "officials said", "sources told". */
const SPEAKER_NOUNS =
  "officials?|sources?|analysts?|experts?|witnesses|witness|residents?|observers?|diplomats?|mediators?|spokesm[ae]n|spokeswom[ae]n|spokespersons?|authorities|police|government|ministry|negotiators|delegation|representatives|leaders?|leadership|militants|rebels|activists|investigators|prosecutors|report|reports|statement|military|army|side|team|officers?|commanders?|people|critics";
const ADVERBS =
  "(?:\\s+(?:also|reportedly|allegedly|repeatedly|later|again|firmly|strongly|publicly|previously|earlier|even|then|had|has|have|had been|once|further|initially|quickly))*";

interface Speaker {
  text: string;
  start: number;
  end: number;
}

/** The speaker phrase that ends right before `index` in the sentence, if any. */
function speakerBefore(s: string, index: number, actors: ActorMention[]): Speaker | undefined {
  const head = s.slice(0, index);
  const re = new RegExp(
    `((?:[A-Z][\\p{L}'.-]*\\s+){0,4}(?:[A-Z][\\p{L}'.-]*|(?:[a-z]+\\s+){0,2}(?:${SPEAKER_NOUNS})|he|she|they|it|we|I))${ADVERBS}\\s*,?\\s*$`,
    "u",
  );
  const m = re.exec(head);
  if (!m || !m[1]) return undefined;
  let text = m[1].replace(/^(The|the)\s+/, "");
  // The phrase must name a known actor or be a speaker noun phrase.
  const words = text.split(/\s+/);
  if (
    words.length > 1 &&
    /^[A-Z]/.test(text) &&
    !actors.some((a) => text.includes(a.surface) || a.surface.includes(text))
  ) {
    // Keep the longest tail that is an actor surface.
    const hit = actors.find((a) => text.endsWith(a.surface));
    if (hit) text = hit.surface;
  }
  if (/^(it|this|that)$/i.test(text)) return undefined;
  return { text, start: m.index, end: m.index + m[1].length };
}

function actorName(text: string, actors: ActorMention[]): string {
  const exact = actors.find((a) => a.surface === text || a.name === text);
  if (exact) return exact.name;
  const inside = actors.find((a) => a.type !== "place" && text.includes(a.surface));
  if (
    inside &&
    /^[A-Z]/.test(text) &&
    text.split(/\s+/).length <= 4 &&
    !/\s(officials?|sources?|spokesm[ae]n)$/.test(text)
  ) {
    return inside.name;
  }
  return text;
}

function contentAfter(s: string, from: number): string {
  return s
    .slice(from)
    .replace(/^\s*(?:to\s+)?(?:[A-Z][\p{L}]*\s+){0,3}?(?:News\s+)?(?:that\b)?/u, "")
    .replace(/^[\s,:]+/, "")
    .replace(/[\s.]+$/, "")
    .trim();
}

function quoteIn(s: string): string | undefined {
  const m = /"([^"]{3,})"|'([^']{6,})'/.exec(s);
  return m ? (m[1] ?? m[2]) : undefined;
}

function stanceOf(verb: string, content: string): Stance {
  const byVerb = REPORTING_VERB_STANCE.get(verb.toLowerCase().replace(/\s+/g, " ")) ?? "other";
  if (byVerb !== "assert") return byVerb;
  return stanceFromContent(content) ?? "assert";
}

/** "according to X, ..." / "..., according to X." */
export const accordingToParser: SentenceParser<ClaimMention> = {
  name: "according-to",
  parse(sentence, ctx) {
    const s = sentence.text;
    const m =
      /\b[Aa]ccording to (?:a report by |reports? (?:from|by|in) |the )?((?:[A-Z][\p{L}'.-]*|of|the)(?:\s+(?:[A-Z][\p{L}'.-]*|of|the))*|(?:[a-z]+\s+){0,3}(?:sources|officials|witnesses|reports|media reports|the media reports))/u.exec(
        s,
      );
    if (!m || !m[1]) return [];
    const claimer = m[1].replace(/\s+(on|in|of|the)$/, "");
    const content = (s.slice(0, m.index) + s.slice(m.index + m[0].length))
      .replace(/^[\s,]+|[\s,.]+$/g, "")
      .replace(/\s+,/g, ",");
    const actors = actorsInSentence(ctx, sentence);
    const name = actorName(claimer, actors);
    const isMedia =
      actors.some((a) => a.name === name && a.type === "media") ||
      MEDIA_WORDS.has((name.split(" ").pop() ?? "").toLowerCase());
    const claim: ClaimMention = {
      claimer: name,
      stance: stanceFromContent(content) ?? "assert",
      text: content,
      evidence: evidenceOf(ctx, sentence),
    };
    if (isMedia) claim.via = name;
    const q = quoteIn(s);
    if (q) claim.quote = q;
    return [claim];
  },
};

/** "X said (that) ...", "X told Y ...", "X accused Y of ...". */
export const speakerVerbParser: SentenceParser<ClaimMention> = {
  name: "speaker-verb",
  parse(sentence, ctx) {
    const s = sentence.text;
    if (/\b[Aa]ccording to\b/.test(s)) return [];
    const actors = actorsInSentence(ctx, sentence);
    const re = new RegExp(REPORTING_VERB.source, "gi");
    let m: RegExpExecArray | null;
    while ((m = re.exec(s))) {
      const verb = m[1] ?? "";
      const speaker = speakerBefore(s, m.index, actors);
      if (!speaker) continue;
      // Quoted speech before the speaker: the claim is the quote.
      const q = quoteIn(s);
      const content = q && s.indexOf(q) < speaker.start ? q : contentAfter(s, m.index + m[0].length);
      if (!content || content.split(/\s+/).length < 2) continue;
      const claimer = actorName(speaker.text, actors);
      const claim: ClaimMention = {
        claimer,
        stance: stanceOf(verb, content),
        text: content,
        evidence: evidenceOf(ctx, sentence),
      };
      if (q) claim.quote = q;
      const via = /\btold\s+((?:[A-Z][\p{L}]*\s?)+)/u.exec(s.slice(m.index));
      if (via && via[1] && MEDIA_WORDS.has((via[1].trim().split(" ").pop() ?? "").toLowerCase()))
        claim.via = via[1].trim();
      return [claim];
    }
    return [];
  },
};

/** '"...," said X' and '"...," X said' with the speaker after the quote. */
export const quoteThenSpeakerParser: SentenceParser<ClaimMention> = {
  name: "quote-then-speaker",
  parse(sentence, ctx) {
    const s = sentence.text;
    const m =
      /"([^"]{3,})"\s*,?\s*(said|says|added|wrote|stated|told|declared|warned|insisted|claimed)\s+((?:[A-Z][\p{L}'.-]*\s?){1,4}|(?:an?|one|the)\s+[a-z]+(?:\s+[a-z]+){0,3})/u.exec(
        s,
      );
    if (!m || !m[1] || !m[3]) return [];
    const actors = actorsInSentence(ctx, sentence);
    return [
      {
        claimer: actorName(m[3].trim(), actors),
        stance: stanceOf(m[2] ?? "said", m[1]),
        text: m[1],
        quote: m[1],
        evidence: evidenceOf(ctx, sentence),
      },
    ];
  },
};

/** "he said" / "she said" / "they said": the last person (or actor) named before the sentence. */
export const pronounRefiner: Refiner<ClaimMention> = {
  name: "pronoun-claimer",
  refine(claims, ctx) {
    const actors = ctx.actors.slice().sort((a, b) => a.evidence.start - b.evidence.start);
    return claims
      .map((c) => {
        if (!/^(he|she|they|we|I)$/i.test(c.claimer)) return c;
        const wantPerson = /^(he|she|I)$/i.test(c.claimer);
        const before = actors.filter(
          (a) =>
            a.evidence.start <= c.evidence.start &&
            (wantPerson ? a.type === "person" : a.type !== "place" && a.type !== "media"),
        );
        const last = before[before.length - 1];
        return last ? { ...c, claimer: last.name } : undefined;
      })
      .filter((c): c is ClaimMention => c !== undefined);
  },
};

/** Two parsers may read one sentence; keep one claim per sentence and claimer. */
export const dedupeRefiner: Refiner<ClaimMention> = {
  name: "dedupe",
  refine(claims) {
    const seen = new Set<string>();
    return claims.filter((c) => {
      const key = `${c.evidence.start}|${c.claimer.toLowerCase()}`;
      if (seen.has(key)) return false;
      seen.add(key);
      return true;
    });
  },
};

export const CLAIM_PARSERS = [quoteThenSpeakerParser, accordingToParser, speakerVerbParser];
export const CLAIM_REFINERS = [pronounRefiner, dedupeRefiner];

/** Needs `ctx.actors` filled: claimers are read against the article's actors. */
export function extractClaims(ctx: ArticleContext): ClaimMention[] {
  return runPipeline(ctx, CLAIM_PARSERS, CLAIM_REFINERS);
}
