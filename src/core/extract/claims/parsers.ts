// Claim parsers: each recognises one way news attributes a statement. They see one sentence and
// its actor mentions; the refiners then resolve pronouns, descriptions and chains across sentences.
import type { ActorMention, ClaimMention } from "../../model";
import type { Sentence } from "../../text/sentences";
import { actorsInSentence, evidenceOf, type ArticleContext, type SentenceParser } from "../context";
import { MEDIA_WORDS } from "../actors/lexicon";
import { mainClauseStart, speakerAfter, speakerBefore, subjectAt, type Speaker } from "./speakers";
import {
  A_REPORTING_VERB,
  CLAIM_NOUN,
  isParticiple,
  NOUN_STANCE,
  findReportingVerbs,
  stanceFromContent,
  stanceOf,
} from "./verbs";

export interface ClaimCandidate extends ClaimMention {
  /** Offset of the speaker (or of the claim when the speaker is elsewhere) in the cleaned text. */
  at: number;
  pronoun?: boolean;
  /** "the ambassador": to resolve against earlier mentions. */
  description?: boolean;
  /** A quote whose speaker is named in a neighbouring sentence. */
  pending?: boolean;
  /** Content offsets in the cleaned text, for chains of attribution within a sentence. */
  content: { start: number; end: number };
}

interface Frame {
  verb: string;
  start: number;
  end: number;
  speaker: Speaker;
  /** '"...," said X' or '"...," X said': the claim is the quotation before. */
  quoted: boolean;
  /** The speaker was taken from the clause ("..., saying", "... and accused"), not written before the verb. */
  inherited: boolean;
}

const QUOTE = /"([^"]{3,})"|(?:^|[\s(])'([^']{4,}?)'(?=[\s,.;:!?)]|$)/;

/** The first quotation inside `text`, without its marks. */
export function quoteIn(text: string): string | undefined {
  const m = QUOTE.exec(text);
  const q = (m?.[1] ?? m?.[2])?.trim();
  return q || undefined;
}

/** A verb form used as a noun or infinitive ("the claims", "to say", "a warning") does not attribute. */
function isVerbUse(s: string, start: number, verb: string): boolean {
  const before = s.slice(Math.max(0, start - 60), start);
  // "should not blame", "could say": what might be said is not an attribution.
  if (/\b(?:should|must|could|would|might|may|can|cannot|will)(?:\s+not)?(?:\s+\w+ly)?\s+$/i.test(before))
    return false;
  // "a call, believed to be from ...", "was said to have left": a description, with no speaker.
  if (
    /^(?:believed|said|reported|alleged|estimated)$/i.test(verb) &&
    /^\s+to\s+(?:be|have)\b/i.test(s.slice(start + verb.length))
  )
    return false;
  if (isParticiple(verb))
    return /(?:,["']?|\b(?:and|while|before|after|by|without|is|are|was|were|been|be|kept|keeps))\s+$/i.test(
      before,
    );
  if (
    /\b(the|its|their|his|her|these|those|such|of|new|renewed|recent|earlier|media|news|a|an|no|any|to|be|being|been|is|are|was|were|refused to|declined to)(?:\s+(?:\w+ly|later|also|not|never|then|again))?\s+$/.test(
      before,
    )
  )
    return false;
  return !/'s\s+$/.test(before);
}

/** Character ranges of the quotations in a sentence (a quote left open runs to the end). */
function quoteRanges(s: string): [number, number][] {
  const out: [number, number][] = [];
  let open = -1;
  for (let i = s.indexOf('"'); i >= 0; i = s.indexOf('"', i + 1)) {
    if (open < 0) open = i;
    else {
      out.push([open, i]);
      open = -1;
    }
  }
  if (open >= 0) out.push([open, s.length]);
  return out;
}

const inQuote = (ranges: [number, number][], at: number): boolean =>
  ranges.some(([a, b]) => at > a && at < b);

/** True when the sentence begins inside a quotation opened earlier in its paragraph. */
function opensInside(ctx: ArticleContext, sentence: Sentence): boolean {
  let marks = 0;
  for (const o of ctx.sentences) {
    if (o.start >= sentence.start) break;
    if (o.paragraph === sentence.paragraph) marks += (o.text.match(/"/g) ?? []).length;
  }
  return marks % 2 === 1;
}

/**
 * The speaker of a participle or of a verb joined by "and": the subject of the nearest clause
 * that has one ("..., they changed their position, saying"), else the previous speaker, else the
 * sentence's subject.
 */
function clauseSpeaker(
  sentence: Sentence,
  verbStart: number,
  verb: string,
  actors: ActorMention[],
  prior: Frame | undefined,
): Speaker | undefined {
  const s = sentence.text
    .slice(0, verbStart)
    .replace(/[\s,"']*(?:\b(?:and|but|yet|then)\s+)?(?:\w+ly\s+)?$/i, "");
  if (!isParticiple(verb)) {
    // "X said ... and accused": X again; "the report said mediators ... and blamed": a document
    // does not blame, the people it reports do.
    if (prior && !DOCUMENT.test(prior.speaker.text)) return prior.speaker;
    const nested = prior ? subjectAt(sentence, prior.end + 1, actors) : undefined;
    return nested && !nested.isActor
      ? nested
      : (prior?.speaker ?? subjectAt(sentence, mainClauseStart(sentence), actors));
  }
  // "..., they changed their position, saying": the subject of the nearest clause that has one.
  const starts: number[] = [];
  const re = /(?:,\s+|;\s+|\bthat\s+|\bwhile\s+|\bwhen\s+)/g;
  let m: RegExpExecArray | null;
  while ((m = re.exec(s))) starts.push(m.index + m[0].length);
  starts.sort((a, b) => b - a);
  for (const at of starts) {
    if (at >= s.length || (prior && at > prior.start && at <= prior.end + 1)) continue;
    const sp = subjectAt(sentence, at, actors);
    if (sp) return sp;
  }
  return prior?.speaker ?? subjectAt(sentence, mainClauseStart(sentence), actors);
}

/** A quotation at the end of the text, or followed only by names joined by "and". */
const NAMES_AFTER = String.raw`[\s,]*(?:(?:\p{Lu}[\p{L}.'-]*|and)\s+)*$`;
const QUOTE_THEN_NAMES = new RegExp(`"([^"]+)"${NAMES_AFTER}`, "u");
/** The same, the quotation closed by its own punctuation ('"...," Varn said'). */
const QUOTE_CLOSED = new RegExp(`[,.!?]"${NAMES_AFTER}`, "u");

const RUN_ON =
  /^(?:\s+(?:of|from|in|at|for|on)(?:\s+[\p{L}'-]+){1,4})*(?:\s+(?:who|which|that)\s[^,;:"]*)?\s*$/u;

/**
 * "The operator of the ferry that sank on Tuesday denied ...": the sentence's subject, when all
 * that stands between it and the verb is its own complement, without a comma or a quotation.
 */
function runOnSubject(sentence: Sentence, verbStart: number, actors: ActorMention[]): Speaker | undefined {
  const sp = subjectAt(sentence, mainClauseStart(sentence), actors);
  const gap = sp && sentence.text.slice(sp.end, verbStart);
  // Words that qualify the subject ("of the ferry", "at the camp"), then at most one relative
  // clause; no other reporting verb, which would have a speaker of its own.
  return gap && gap.length < 100 && RUN_ON.test(gap) && !A_REPORTING_VERB.test(gap) ? sp : undefined;
}

const TAKES_OBJECT =
  /^(?:blam|accus|condemn|critici|fault|reject|den[iy]|dismiss|refut|disput|urg|demand|press|charg)/i;

const DOCUMENT =
  /^(?:report|reports|statement|study|survey|document|filing|article|letter|communique|release)$/i;

/** The claim's speaker fields, from the speaker phrase. */
function setClaimer(c: ClaimCandidate, sp: Speaker): void {
  c.claimer = sp.text;
  if (sp.actor && !sp.isActor) c.claimerActor = sp.actor.name;
  if (sp.pronoun) c.pronoun = true;
  if (sp.description) c.description = true;
}

const isMediaName = (name: string, actors: ActorMention[]): boolean =>
  actors.some((a) => a.type === "media" && (a.name === name || a.surface === name)) ||
  MEDIA_WORDS.has((name.split(/\s+/).pop() ?? "").toLowerCase());

// "told Velm News that", "told reporters", "told the council that".
const LISTENER =
  /^\s+((?:the\s+)?(?:\p{Lu}[\p{L}'.-]*(?:\s+\p{Lu}[\p{L}'.-]*)*|reporters|journalists|the media|[a-z]+))(?:\s+(?:on|in|at)\s+(?:an?\s+|the\s+)?\w+)?\s*(?:,\s*)?/u;
// "wrote on X, ...", "said in a statement that ...".
const CHANNELS = "statement|post|tweet|interview|letter|video|speech|message|briefing|televised address";
const SAID_WHERE = new RegExp(
  String.raw`^\s*(?:on|in)\s+(?:a\s+|an\s+|his\s+|her\s+|its\s+|their\s+)?(?:\p{Lu}[\p{L}]*|${CHANNELS})\b[^,:"]{0,40}?[,:]?\s*(?=["\p{L}])`,
  "u",
);
// "... in a post on social media", "... in a statement": where it was said, after the claim.
const SAID_WHERE_AFTER = new RegExp(
  String.raw`,?\s+(?:in|on)\s+(?:a|an|its|his|her|their)\s+(?:${CHANNELS})(?:\s+on\s+[\w ]{1,30})?$`,
  "i",
);
// "X wrote that the ministry acknowledged ...": a clause reported inside the content.
const NAMED_THAT = /^\s+(?:the\s+)?\p{Lu}[\p{L}' .-]*\s+that\s*$/u;

/** Trims an attribution's content to what is claimed: no "that", no listener, no trailing "according to". */
function contentSpan(
  s: string,
  from: number,
  to: number,
  verb: string,
): [number, number, string | undefined] {
  let start = from;
  let end = to;
  let listener: string | undefined;
  const rest = s.slice(start, end);
  if (/^tol[d]|^tell/i.test(verb)) {
    const m = LISTENER.exec(rest);
    if (m && m[1]) {
      listener = m[1].replace(/^the\s+/i, "");
      start += m[0].length;
    }
  }
  // Where it was said is not what was said.
  const where = SAID_WHERE.exec(s.slice(start, end));
  if (where) start += where[0].length;
  const lead =
    /^[\s,:]*(?:(?:earlier|later|again|also|previously|separately|yesterday|today)\s+(?=that))?(?:that\s+)?/i.exec(
      s.slice(start, end),
    );
  if (lead) start += lead[0].length;
  const tail =
    /(?:,?\s*according to [^,;]+)?(?:,\s*(?:(?:has|have|had|is|was|were|are|will|would|also|then|later|even|\w+ly)\s+)*)?[\s,;:.-]*(?:\b(?:and|but|yet|while|as|so)\s*)?$/i.exec(
      s.slice(start, end),
    );
  if (tail) end -= tail[0].length;
  const setting = SAID_WHERE_AFTER.exec(s.slice(start, end));
  if (setting) end -= setting[0].length;
  return [start, Math.max(start, end), listener];
}

function candidate(
  ctx: ArticleContext,
  sentence: Sentence,
  sp: Speaker,
  stanceVerb: string,
  content: [number, number],
): ClaimCandidate {
  const s = sentence.text;
  const text = s
    .slice(content[0], content[1])
    .trim()
    .replace(/[,;:.]$/, "");
  const c: ClaimCandidate = {
    claimer: sp.text,
    stance: stanceOf(stanceVerb, text, sp.text),
    text,
    evidence: evidenceOf(ctx, sentence),
    at: sentence.start + sp.start,
    content: { start: sentence.start + content[0], end: sentence.start + content[1] },
  };
  setClaimer(c, sp);
  const q = quoteIn(text);
  if (q) c.quote = q;
  return c;
}

/**
 * "X said (that) ...", "X told Y ...", "X accused Y of ...", '"...," said X', "X labelled it
 * '...', yet declared that ...", "..., saying ...": every reporting verb with its speaker.
 */
export const reportingVerbParser: SentenceParser<ClaimCandidate> = (sentence, ctx) => {
  const s = sentence.text;
  const actors = actorsInSentence(ctx, sentence);
  const quotes = quoteRanges(s);
  let frames: Frame[] = [];
  for (const found of findReportingVerbs(s)) {
    const { verb } = found;
    const start = found.index;
    const end = start + found.length;
    if (!isVerbUse(s, start, verb)) continue;
    const before = s.slice(0, start);
    let speaker: Speaker | undefined;
    let quoted = false;
    let inherited = false;
    // '"...," said X' inverts; a verb with an object never does ("X, the envoy, blamed Y").
    if (
      /(?:[,.!?]["']?|["'])\s*$/.test(before.slice(-5)) &&
      !isParticiple(verb) &&
      !TAKES_OBJECT.test(verb)
    ) {
      speaker = speakerAfter(sentence, end, actors);
      quoted = !!speaker;
    }
    if (!speaker && !isParticiple(verb)) {
      speaker = speakerBefore(sentence, start, actors) ?? runOnSubject(sentence, start, actors);
      // '"...," Malouf stated', '"...," Malouf and Sarr said in a statement': the speakers stand
      // between the quotation and the verb.
      if (speaker && QUOTE_CLOSED.test(s.slice(0, speaker.phraseStart ?? speaker.start))) quoted = true;
    }
    if (
      !speaker &&
      (isParticiple(verb) || /(?:\b(?:and|but|yet|then)|,)\s*(?:\w+ly\s+)?$/i.test(before.slice(-30)))
    ) {
      speaker = clauseSpeaker(sentence, start, verb, actors, frames[frames.length - 1]);
      inherited = !!speaker;
    }
    if (!speaker || (!quoted && speaker.end > end)) continue;
    frames.push({ verb, start, end, speaker, quoted, inherited });
  }
  // A quotation opened in an earlier sentence is claimed there, with all its sentences.
  if (frames.length && opensInside(ctx, sentence)) {
    const closing = s.indexOf('"');
    frames = frames.filter((f) => !f.quoted || s.slice(closing + 1, f.start).includes('"'));
  }
  // Verbs inside a quotation belong to the quoted speech when the sentence attributes it.
  if (frames.some((f) => !inQuote(quotes, f.start))) frames = frames.filter((f) => !inQuote(quotes, f.start));
  const out: ClaimCandidate[] = [];
  frames.forEach((f, i) => {
    let contentFrom = f.end;
    let contentTo = s.length;
    // The next attribution ends this one's content, unless it is reported inside it ("X wrote
    // that the ministry acknowledged ...").
    for (const next of frames.slice(i + 1)) {
      const nextClause =
        next.inherited || next.quoted ? next.start : (next.speaker.phraseStart ?? next.speaker.start);
      if (nextClause > f.end && /^[\s,:]*(?:that\s*)?$/i.test(s.slice(f.end, nextClause))) continue;
      if (nextClause > f.end && NAMED_THAT.test(s.slice(f.end, nextClause))) continue;
      contentTo = nextClause > f.end ? nextClause : next.start;
      break;
    }
    let span: [number, number, string | undefined];
    if (f.quoted) {
      const upto = Math.min(f.start, f.speaker.phraseStart ?? f.speaker.start);
      const q = QUOTE_THEN_NAMES.exec(s.slice(0, upto)) ?? undefined;
      contentFrom = q ? q.index + 1 : 0;
      contentTo = q ? contentFrom + (q[1]?.length ?? 0) : upto;
      span = [contentFrom, contentTo, undefined];
    } else span = contentSpan(s, contentFrom, contentTo, f.verb);
    // "..., police said." / "..., the chief executive told analysts.": the claim came first.
    const phrase = f.speaker.phraseStart ?? f.speaker.start;
    // Nothing after the verb but a word or when and where it was said ("said on Sunday").
    const rest = s.slice(span[0], span[1]).trim();
    const bare =
      !/\s/.test(rest) || /^(?:on|in|at|late|early|last|earlier|later|this)\s[^,;:"]{0,40}$/i.test(rest);
    if (!f.quoted && bare && /,\s*$/.test(s.slice(0, phrase)) && i === 0) {
      const lead = contentSpan(s, 0, s.slice(0, phrase).replace(/[\s,]+$/, "").length, "said");
      span = [lead[0], lead[1], span[2]];
    }
    const [a, b, listener] = span;
    const c = candidate(ctx, sentence, f.speaker, f.verb, [a, b]);
    if (listener && isMediaName(listener, actors)) c.via = listener;
    if (f.quoted && !c.quote) c.quote = c.text.replace(/[,.]$/, "");
    out.push(c);
  });
  return out;
};

/** "according to X, ..." and "..., according to X": the source alone, when nothing else attributes. */
export const accordingToParser: SentenceParser<ClaimCandidate> = (sentence, ctx) => {
  const s = sentence.text;
  if (!s.includes("ccording to")) return [];
  const m =
    /\b[Aa]ccording to (?:a report by |reports? (?:from|by|in) |an? (?:statement|spokes\w+) (?:from|by|for) |the )?(?:the )?((?:\p{Lu}[\p{L}'.-]*\s+)*(?:[a-z]+\s+){0,3}(?:sources|officials|witnesses|reports|residents|police|authorities|estimates|figures|data|statement|report|ministry|agency|department|office|government|army|military|service|commission|council|committee|court|hospital|survey|guard|spokesm[ae]n|spokesperson|analysts|experts)\b|\p{Lu}[\p{L}'.-]*(?:\s+(?:\p{Lu}[\p{L}'.-]*|of|the)\b)*)/u.exec(
      s,
    );
  if (!m || !m[1]) return [];
  const phrase = m[1].replace(/\s+(?:on|in|of|the)$/, "").replace(/\.$/, "");
  const actors = actorsInSentence(ctx, sentence);
  const at = m.index + m[0].indexOf(m[1]);
  // "Kenya's Velm News": the outlet at the end of the phrase is the source.
  const hit = actors.find(
    (a) => a.span && a.span.end - sentence.start === at + phrase.length && a.type !== "place",
  );
  const sp: Speaker = { text: phrase.replace(/'s$/, ""), start: at, end: at + phrase.length };
  if (hit) {
    sp.actor = hit;
    sp.isActor = true;
    sp.text = hit.name;
  } else {
    const inside = actors.find(
      (a) =>
        a.span && a.span.start - sentence.start >= at && a.span.end - sentence.start <= at + phrase.length,
    );
    if (inside) sp.actor = inside;
  }
  // The content is the sentence without its attribution.
  const before = s.slice(0, m.index).replace(/[\s,]+$/, "");
  const after = s.slice(m.index + m[0].length).replace(/^[^,]*?,\s*/, "");
  // "..., according to X, which last year ...": what follows describes X; the claim came first.
  const [from, to] =
    before.length >= after.length || /^(?:which|who)\b/.test(after)
      ? [0, before.length]
      : [s.length - after.length, s.length];
  const c = candidate(ctx, sentence, sp, "said", [from, to]);
  if (isMediaName(sp.text, actors) || /\breports?\b/i.test(phrase)) c.via = sp.text;
  return [c];
};

/** "renewed accusations that X", "issued a warning of Y", "countered with claims of Z". */
export const claimNounParser: SentenceParser<ClaimCandidate> = (sentence, ctx) => {
  const s = sentence.text;
  const m = CLAIM_NOUN.exec(s);
  if (!m || !m[1]) return [];
  const noun = m[1].toLowerCase().replace(/s$/, "");
  // The verb that carries the noun: "renewed", "issued a strong", "countered with".
  const gov =
    /\b(renewed|made|issued|levell?ed|repeated|voiced|raised|countered with|rejected|denied|dismissed|dismissing|rejecting|echoed|sent|delivered)\s+(?:[a-z]+\s+){0,3}$/i.exec(
      s.slice(0, m.index),
    );
  if (!gov || !gov[1]) return [];
  const actors = actorsInSentence(ctx, sentence);
  const sp =
    speakerBefore(sentence, gov.index, actors) ?? subjectAt(sentence, mainClauseStart(sentence), actors);
  if (!sp) return [];
  let to = s.length;
  const stop = /[;]|,\s+(?:while|but|yet|and|which|saying|adding|stating)\b/.exec(
    s.slice(m.index + m[0].length),
  );
  if (stop) to = m.index + m[0].length + stop.index;
  const [a, b] = contentSpan(s, m.index + m[0].length, to, "said");
  const c = candidate(ctx, sentence, sp, "said", [a, b]);
  const byNoun = NOUN_STANCE[noun] ?? "assert";
  c.stance = /^(rejected|denied|dismiss)/i.test(gov[1]) ? "deny" : byNoun === "assert" ? c.stance : byNoun;
  return [c];
};

/** A sentence that is all quotation, its speaker named in the next sentence ('"..." He added.') or earlier. */
export const quoteOnlyParser: SentenceParser<ClaimCandidate> = (sentence, ctx, index) => {
  const s = sentence.text;
  if (!s.startsWith('"')) return [];
  const m = /^"([^"]{8,})"?[.!?]?$/.exec(s);
  if (!m || !m[1] || A_REPORTING_VERB.test(s.replace(/"[^"]*"/g, ""))) return [];
  const quote = m[1].replace(/[,.]$/, "");
  const c: ClaimCandidate = {
    claimer: "",
    stance: stanceFromContent(quote) ?? "assert",
    text: quote,
    quote,
    evidence: evidenceOf(ctx, sentence),
    at: sentence.start,
    content: { start: sentence.start, end: sentence.end },
    pending: true,
  };
  // A quotation over several sentences: the speaker follows where it closes ('... there," he said.').
  if (!s.endsWith('"')) {
    for (let k = index + 1; k < ctx.sentences.length; k++) {
      const later = ctx.sentences[k];
      if (!later || later.paragraph !== sentence.paragraph) break;
      const close = /^[^"]*[,.!?]"\s*(.*)$/.exec(later.text);
      if (!close) continue;
      // One claim for the whole quotation, its evidence running over its sentences.
      const all = ctx.article.text.slice(sentence.start, later.end);
      const whole = /^"([^"]+)"/.exec(all)?.[1]?.replace(/[,.]$/, "");
      if (whole) {
        c.text = whole;
        c.quote = whole;
        c.stance = stanceFromContent(whole) ?? "assert";
        c.evidence = { source: ctx.article.id, sentence: all, start: sentence.start, end: later.end };
        c.content = { start: sentence.start, end: sentence.start + whole.length + 1 };
      }
      const rest = later.text.length - (close[1] ?? "").length;
      const v = A_REPORTING_VERB.exec(close[1] ?? "");
      const actors = actorsInSentence(ctx, later);
      const sp = v
        ? (speakerAfter(later, rest + v.index + v[0].length, actors) ??
          speakerBefore(later, rest + v.index, actors))
        : undefined;
      if (sp) {
        setClaimer(c, sp);
        c.at = later.start + sp.start;
        delete c.pending;
      }
      const via = /according to (?:the\s+)?(\p{Lu}[\p{L}'.-]*(?:\s+\p{Lu}[\p{L}'.-]*)*)/u.exec(
        close[1] ?? "",
      );
      if (via && via[1]) c.via = via[1].replace(/\.$/, "");
      break;
    }
    if (!c.pending) return [c];
  }
  // 'He added.' / 'Holm said on Friday.': a next sentence that only attributes names the speaker.
  const next = ctx.sentences[index + 1];
  if (next && next.paragraph === sentence.paragraph && next.text.split(/\s+/).length <= 8) {
    const v = A_REPORTING_VERB.exec(next.text);
    const sp = v ? speakerBefore(next, v.index, actorsInSentence(ctx, next)) : undefined;
    if (sp) {
      setClaimer(c, sp);
      c.at = next.start + sp.start;
      delete c.pending;
    }
  }
  return [c];
};

/** "State television quoted the defence minister as saying ...": the one quoted speaks, through the one quoting. */
export const quotedAsSayingParser: SentenceParser<ClaimCandidate> = (sentence, ctx) => {
  const s = sentence.text;
  const m = /\bquot(?:ed|es|ing)\s+(.{2,80}?)\s+as\s+saying\s+/i.exec(s);
  if (!m || !m[1]) return [];
  const actors = actorsInSentence(ctx, sentence);
  const at = m.index + m[0].indexOf(m[1]);
  const lead = /^(?:the|a|an)\s+/i.exec(m[1])?.[0].length ?? 0;
  const sp: Speaker = speakerBefore(sentence, at + m[1].length, actors) ?? {
    text: m[1].slice(lead),
    start: at + lead,
    end: at + m[1].length,
  };
  const [from, to] = contentSpan(s, m.index + m[0].length, s.length, "said");
  const c = candidate(ctx, sentence, sp, "said", [from, to]);
  const via = s.slice(mainClauseStart(sentence), m.index).trim();
  if (via && via.split(/\s+/).length <= 5 && !/[,;]/.test(via)) c.via = via.replace(/^(?:the|a|an)\s+/i, "");
  return [c];
};

export const CLAIM_PARSERS: SentenceParser<ClaimCandidate>[] = [
  reportingVerbParser,
  quotedAsSayingParser,
  claimNounParser,
  accordingToParser,
  quoteOnlyParser,
];
