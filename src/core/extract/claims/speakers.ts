// Who speaks: the noun phrase before a reporting verb ("Kenyan officials said"), after it in an
// inversion ('"...," said one expert'), or at the head of the clause for a participle ("...,
// saying that"). Phrases are read against the sentence's actor mentions.
import { CALENDAR_NAMES } from "../../lexicon/calendar";
import { isRoleWord } from "../../lexicon/titles";
import type { ActorMention } from "../../model";
import type { Sentence } from "../../text/sentences";

export interface Speaker {
  /** The phrase as written, without a leading article. */
  text: string;
  /** Offsets within the sentence. */
  start: number;
  end: number;
  /** Where the phrase begins, article included ("the Sarrat"): clause boundaries are read from here. */
  phraseStart?: number;
  /** The actor the phrase names or speaks for ("Kenyan officials" -> Kenya). */
  actor?: ActorMention;
  /** The phrase is the actor's own name (not a group that speaks for it). */
  isActor?: boolean;
  pronoun?: boolean;
  /** A definite description to resolve against the article: "the ambassador". */
  description?: boolean;
}

// Titles and roles ("minister", "spokesman") count too, through isRoleWord.
const NOUNS =
  "officials?|sources?|witness(?:es)?|residents?|diplomats?|mediators?|spokesm[ae]n|spokeswom[ae]n|" +
  "spokespersons?|authorities|police|government|ministry|delegation|delegates|representatives?|" +
  "leadership|militants|rebels|reports?|statement|military|army|side|team|people|critics|survivors?|" +
  "union|company|firm|groups?|opposition|agency|council|court|jury|aides?|media|outlets?|administration|regime|forces|" +
  "troops|members|counterparts|crew|families|relatives|operator|airline|source|service|board|commission|" +
  "committee|department|office|authority|watchdog|panel|tribunal|inquiry|coastguard|bureau|hospital|" +
  "embassy|parliament|cabinet|prosecution|campaigners|activists|unions";
// Nouns of people: "inspectors", "regulator", "lawmakers", "scientist".
// Words of those shapes that name no one ("earlier", "former").
const SPEAKER_NOUN = new RegExp(
  `^(?:${NOUNS}|(?!(?:earlier|later|never|however|rather|further|whether|together|either|neither|former|latter)$)\\p{Ll}{3,}(?:er|or|ist|ian)s?)$`,
  "iu",
);

/** A word that can head a speaker phrase: a speaker noun ("officials") or a title ("minister"). */
const isSpeakerWord = (w: string | undefined): w is string => !!w && (SPEAKER_NOUN.test(w) || isRoleWord(w));

/** Words that can modify a speaker noun: "two senior Western officials", "multiple diplomatic sources". */
const MODIFIER_STOP =
  /^(?:was|were|is|are|be|been|had|has|have|that|and|but|or|to|of|in|on|at|by|for|with|from|as|it|its|this|these|those|which|who|whom|where|after|before|when|while|than|then|not|no|so|may|might|can|could|will|would|should|must|said|says|say|told|tells)$/i;

const DETERMINER = /^(?:the|a|an|this|that|these|those|one|some|several|many|two|three|four|five)$/i;

const ADVERB_TAIL =
  /(?:\s+(?:also|reportedly|allegedly|repeatedly|later|again|firmly|strongly|publicly|previously|earlier|even|then|initially|quickly|specifically|immediately|further|once|already|still|just|formally|officially|openly|privately|separately|flatly|angrily|swiftly|subsequently|now|has|have|had|been|was|were|is|are|will|would|could|may|might|must|should|did|does|do|not|never|only|however|too))+\s*$/i;

const PARENTHETICAL =
  /,\s*(?:however|meanwhile|in turn|though|too|also|for (?:his|her|its|their) part|in (?:a|his|her|its|their) statement|on \w+(?: \w+)?|last \w+|earlier|later|who\b[^,]*|which\b[^,]*|[a-z]+ly|\d{1,3}|(?:a|an|the)\s+[^,"]{2,80})\s*,\s*$/i;

/** What may stand before a subject: the start, punctuation, or a conjunction. */
const BOUNDARY_BEFORE =
  /(?:^|[,;:("(\u2014-]\s*|\b(?:and|but|while|as|that|when|after|because|since|although|though|yet|so|said|says|added|whereas|where|if|claims?|charges?|a charge|accusations?|allegations?)\s+)$/i;

const PRONOUN = /^(?:he|she|they|we|i|it)$/i;

// Patterns read for every reporting verb, compiled once.
const UPPER_FIRST = /^\p{Lu}/u;
const OWNER_BEFORE = /(\p{Lu}[\p{L}.'-]*(?:\s+\p{Lu}[\p{L}.'-]*)*)'s\s+$/u;
const WORD = /[\p{L}][\p{L}'.-]*/gu;
const ACRONYM_AFTER = /\s*\(\p{Lu}[\p{L}&]{1,9}\)$/u;
const WORD_BEFORE = /([\p{L}][\p{L}.-]*)\s+$/u;
const LOWER_TAIL = /-\p{Ll}+$/u;
const APPOSITION_BEFORE = /(?:\b(?:his|her|its|their|the|a|an)\s+)?(?:[\p{Ll}-]+\s+){0,2}[\p{Ll}]+,\s*$/u;
const NAME_AT_END = /(\p{Lu}[\p{L}'.-]*(?:\s+\p{Lu}[\p{L}'.-]*){0,3})$/u;

// The patterns above read the end of a text: only its last characters are given to them, so a
// long sentence costs no more than a short one.
const atBoundary = (text: string): boolean => BOUNDARY_BEFORE.test(text.slice(-40));
/** `re` (anchored at the end) on the last characters of `text`; `index` is in `text`. */
function execEnd(re: RegExp, text: string, n = 100): RegExpExecArray | null {
  const cut = Math.max(0, text.length - n);
  const m = re.exec(text.slice(cut));
  if (m) m.index += cut;
  return m;
}
/** `text` without what `re` (anchored at the end) matches in its last `n` characters. */
function trimEnd(text: string, re: RegExp, n: number): string {
  const m = execEnd(re, text, n);
  return m ? text.slice(0, m.index) : text;
}

function actorEndingAt(actors: ActorMention[], sentence: Sentence, end: number): ActorMention | undefined {
  let best: ActorMention | undefined;
  for (const a of actors) {
    if (!a.span || a.span.end - sentence.start !== end) continue;
    if (!best || (best.span && a.span.start < best.span.start)) best = a;
  }
  return best;
}

/**
 * Where the name of an actor that ends at `end` begins, with its owner: "Nairobi's Foreign Office",
 * "Kampala's government". None when no actor ends there, or a place does (places do not speak).
 */
function actorPhraseStart(actors: ActorMention[], sentence: Sentence, end: number): number | undefined {
  const actor = actorEndingAt(actors, sentence, end);
  if (!actor?.span || actor.type === "place") return undefined;
  const start = actor.span.start - sentence.start;
  const owner = execEnd(OWNER_BEFORE, sentence.text.slice(0, start));
  return owner ? start - owner[0].length : start;
}

function actorStartingAt(
  actors: ActorMention[],
  sentence: Sentence,
  start: number,
): ActorMention | undefined {
  return actors.find((a) => a.span && a.span.start - sentence.start === start);
}

function actorsInside(actors: ActorMention[], sentence: Sentence, from: number, to: number): ActorMention[] {
  return actors.filter(
    (a) => a.span && a.span.start - sentence.start >= from && a.span.end - sentence.start <= to,
  );
}

function finish(sentence: Sentence, actors: ActorMention[], start: number, end: number): Speaker | undefined {
  let s = start;
  let text = sentence.text.slice(s, end);
  const art = /^(?:the|a|an)\s+/i.exec(text);
  if (art) {
    s += art[0].length;
    text = text.slice(art[0].length);
  }
  if (!text) return undefined;
  if (PRONOUN.test(text))
    return /^it$/i.test(text) ? undefined : { text, start: s, end, phraseStart: start, pronoun: true };
  const inside = actorsInside(actors, sentence, s, end);
  const last = inside[inside.length - 1];
  const sp: Speaker = { text, start: s, end, phraseStart: start };
  // "Nairobi's Foreign Office", "Kenya's Defence Minister Amos Wekesa": the head is the actor.
  if (last?.span && last.span.end - sentence.start === end && last.type !== "place") {
    sp.actor = last;
    sp.isActor = true;
    sp.text = last.name;
    return sp;
  }
  // "Kenyan officials", "Front spokesmen": the group speaks for the actor that modifies it.
  const modifier = inside.find((a) => a.type !== "place" && a.type !== "media");
  const words = text.split(/\s+/);
  const head = words[words.length - 1] ?? "";
  if (modifier && isSpeakerWord(head)) sp.actor = modifier;
  if (!modifier && art && /^the$/i.test(art[0].trim()) && isSpeakerWord(head)) sp.description = true;
  return sp;
}

/**
 * Where a speaker noun phrase that ends `text` begins: modifiers, a speaker noun or title, and an
 * optional "from X" ("two senior Western officials", "one expert from Halden"). Read word by word
 * from the end, without backtracking.
 */
function nounPhraseAtEnd(text: string): number | undefined {
  const toks = [...text.matchAll(WORD)];
  let i = toks.length - 1;
  // Words are joined by spaces only: punctuation ends the phrase.
  const joined = (k: number): boolean => {
    const a = toks[k];
    const b = toks[k + 1];
    return !!a && !!b && /^\s+$/.test(text.slice((a.index ?? 0) + a[0].length, b.index));
  };
  if (i < 0 || (toks[i]?.index ?? 0) + (toks[i]?.[0].length ?? 0) !== text.length) return undefined;
  // "... from the Foreign Office": capitalised words, "and", then the preposition.
  let k = i;
  while (k > 0 && joined(k - 1) && (UPPER_FIRST.test(toks[k]?.[0] ?? "") || toks[k]?.[0] === "and")) k--;
  if (k < i || UPPER_FIRST.test(toks[i]?.[0] ?? "")) {
    let p = k;
    if (toks[p]?.[0] === "the" && p > 0 && joined(p - 1)) p--;
    if (/^(?:from|of|for|at|in|with)$/.test(toks[p]?.[0] ?? "") && p > 0 && joined(p - 1)) i = p - 1;
  }
  const headWord = toks[i]?.[0] ?? "";
  if (!isSpeakerWord(headWord)) return undefined;
  let first = i;
  for (let n = 0; n < 5 && first > 0 && joined(first - 1); n++) {
    const w = toks[first - 1]?.[0] ?? "";
    if (MODIFIER_STOP.test(w)) break;
    first--;
    if (DETERMINER.test(w)) break;
  }
  return toks[first]?.index;
}

/** The speaker phrase that ends right before `index` (a reporting verb), if any. */
export function speakerBefore(
  sentence: Sentence,
  index: number,
  actors: ActorMention[],
): Speaker | undefined {
  const s = sentence.text;
  let head = trimEnd(s.slice(0, index), ADVERB_TAIL, 70);
  if (head.endsWith(",") || head.endsWith(", ")) head = trimEnd(head, PARENTHETICAL, 140);
  // "Her counterpart, Tomas Brek, called": the name between commas speaks; "the National
  // Disaster Agency (NDA) said": the acronym in parentheses is part of the name.
  // The head is most of the sentence: each pattern is run only when the end can match it.
  head = head.trimEnd();
  if (head.endsWith(",")) head = head.slice(0, -1);
  if (head.endsWith(")")) head = head.replace(ACRONYM_AFTER, "");
  if (!head) return undefined;
  // "Trump, who has called ...", "officials who had accused ...": the antecedent speaks.
  const rel = head.endsWith("who") ? /,?\s+who$/.exec(head) : null;
  if (rel) return antecedent(sentence, rel.index, actors);
  const end = head.length;
  let start = actorPhraseStart(actors, sentence, end);
  if (start !== undefined) {
    // "Nairobi-based journalist Ana K. Petrov": lower-case role words before the name.
    let roleWords = 0;
    for (let k = 0; k < 3; k++) {
      const w = execEnd(WORD_BEFORE, s.slice(0, start), 40);
      if (!w || !w[1] || MODIFIER_STOP.test(w[1])) break;
      const first = w.index === 0;
      if (UPPER_FIRST.test(w[1]) !== LOWER_TAIL.test(w[1]) && !first) break;
      if (/^(the|a|an)$/i.test(w[1])) break;
      start -= w[0].length;
      roleWords++;
    }
    // "Skyline Air chief executive Jonas Field": the organisation before the role.
    const owner2 = roleWords ? actorEndingAt(actors, sentence, start - 1) : undefined;
    if (owner2?.span && s[start - 1] === " ") start = owner2.span.start - sentence.start;
    const lead = execEnd(/(?:the|a|an)\s+$/i, s.slice(0, start), 10);
    if (lead) start -= lead[0].length;
    // "his lawyer, Karl Brandt": the apposition belongs to the phrase (the claim ends before it).
    const appos = execEnd(APPOSITION_BEFORE, s.slice(0, start), 60);
    const head2 = appos?.[0].replace(/,\s*$/, "").split(/\s+/).pop() ?? "";
    if (appos && isSpeakerWord(head2) && atBoundary(s.slice(0, appos.index))) {
      const sp = finish(sentence, actors, start, end);
      if (sp) sp.phraseStart = appos.index;
      return sp;
    }
    if (atBoundary(s.slice(0, start))) return finish(sentence, actors, start, end);
  }
  // A pronoun.
  const pron = execEnd(/(?:^|[\s,;:"(])(he|she|they|we|I|it)$/, head, 8);
  if (pron && pron[1] && atBoundary(head.slice(0, end - pron[1].length)))
    return finish(sentence, actors, end - pron[1].length, end);
  // A noun phrase ending in a speaker noun or a title, possibly with "from X": "one expert from X".
  // Only the last words can hold it: reading the tail keeps this linear in the sentence.
  const tail = head.slice(Math.max(0, head.length - 160));
  const np = nounPhraseAtEnd(tail);
  if (np !== undefined) {
    const start = end - (tail.length - np);
    if (atBoundary(s.slice(0, start))) return finish(sentence, actors, start, end);
  }
  // A capitalised name the actor rules did not keep.
  const name = NAME_AT_END.exec(tail);
  if (name && name[1] && atBoundary(head.slice(0, end - name[1].length))) {
    const start = end - name[1].length;
    if (!/^(?:The|It|This|That|There|These|Those)$/.test(name[1]))
      return finish(sentence, actors, start, end);
  }
  return undefined;
}

/** The noun phrase before a relative "who": an actor or a speaker noun phrase, wherever it stands. */
function antecedent(sentence: Sentence, end: number, actors: ActorMention[]): Speaker | undefined {
  const s = sentence.text;
  const start = actorPhraseStart(actors, sentence, end);
  if (start !== undefined) return finish(sentence, actors, start, end);
  const np = /((?:[\p{L}][\p{L}'.-]*\s+){0,5}?)([\p{L}][\p{L}'-]*)$/u.exec(
    s.slice(Math.max(0, end - 160), end),
  );
  if (!np || !isSpeakerWord(np[2])) return undefined;
  const mods = (np[1] ?? "").trim().split(/\s+/).filter(Boolean);
  let k = mods.length;
  while (k > 0 && !MODIFIER_STOP.test(mods[k - 1] ?? "")) k--;
  const kept = mods.slice(k).join(" ");
  return finish(sentence, actors, end - np[2].length - (kept ? kept.length + 1 : 0), end);
}

const FINITE = /^(?:is|are|was|were|has|have|had|will|would|did|does)$/i;
const SETTING = /\s+(?:at|on|in|during|via)\s+(\S+)/g;
const WEEKDAY_OR_MONTH = new RegExp(`^(?:${CALENDAR_NAMES})$`, "i");
/** After the verb, "said in a statement", "said he backed ...": no speaker there. */
const NOT_A_SPEAKER =
  /^(?:(?:in|on|at|to|from|with|by|for|if|that|when|while|as)\b|(?:he|she|they|we|i|you)\s)/i;

/** The speaker of an inversion: 'said X' ("..., said one expert from Nairobi."). */
export function speakerAfter(sentence: Sentence, from: number, actors: ActorMention[]): Speaker | undefined {
  const s = sentence.text;
  const m = /^\s+((?:the|a|an|one|two|some|another)\s+)?([^,.;:!?"]{1,80}?)\s*(?=[,.;:!?"]|$)/i.exec(
    s.slice(from),
  );
  if (!m || !m[2] || NOT_A_SPEAKER.test(m[2])) return undefined;
  const start = from + m[0].indexOf(m[1] ?? m[2]);
  let end = from + m[0].length - (m[0].length - m[0].trimEnd().length);
  // "said X at a news conference", "said X on Sunday": the speaker ends where the setting begins.
  // A capitalised place stays ("officials in Merrow").
  for (const p of s.slice(start, end).matchAll(SETTING)) {
    if (/^[\p{Ll}\d]/u.test(p[1] ?? "") || WEEKDAY_OR_MONTH.test(p[1] ?? "")) {
      end = start + (p.index ?? 0);
      break;
    }
  }
  const text = s.slice(start, end);
  const words = text.split(/\s+/);
  // "..., said 42 people were hurt": a clause, not who spoke.
  if (words.length > 8 || words.some((w) => FINITE.test(w))) return undefined;
  const actor =
    actorStartingAt(actors, sentence, start) ??
    actorStartingAt(actors, sentence, start + (m[1]?.length ?? 0));
  if (!actor && !UPPER_FIRST.test(m[2]) && !words.some(isSpeakerWord)) return undefined;
  return finish(sentence, actors, start, end);
}

/** The subject at `pos`: an actor (with a speaker noun after it), a speaker noun phrase or a pronoun. */
export function subjectAt(sentence: Sentence, pos: number, actors: ActorMention[]): Speaker | undefined {
  const s = sentence.text;
  const lead = /^(?:the|a|an)\s+/i.exec(s.slice(pos));
  const at = pos + (lead ? lead[0].length : 0);
  const actor = actorStartingAt(actors, sentence, at);
  if (actor?.span) {
    let end = actor.span.end - sentence.start;
    if (s.slice(end, end + 3) === "'s ") {
      // "Nairobi's Foreign Office" is a subject; "Nairobi's demands" is not a speaker.
      const owned = actorStartingAt(actors, sentence, end + 3);
      if (!owned?.span) return undefined;
      end = owned.span.end - sentence.start;
    }
    // "the Kenyan general", "Ugandan security officials": a speaker noun within two words.
    const noun = /^\s+([a-z]+)(?:\s+([a-z]+))?/.exec(s.slice(end));
    if (noun && isSpeakerWord(noun[2])) end += noun[0].length;
    else if (noun && isSpeakerWord(noun[1])) end += noun[0].length - (noun[2] ? noun[2].length + 1 : 0);
    return finish(sentence, actors, pos, end);
  }
  const np = /^((?:[\p{L}][\p{L}'.-]*\s+){0,4}?)([\p{L}][\p{L}'-]*)\b/u.exec(s.slice(at));
  if (np && np[2] && PRONOUN.test(np[2]) && !np[1]) return finish(sentence, actors, at, at + np[2].length);
  if (np && isSpeakerWord(np[2])) {
    const mods = (np[1] ?? "").trim().split(/\s+/).filter(Boolean);
    if (mods.every((w) => !MODIFIER_STOP.test(w))) return finish(sentence, actors, pos, at + np[0].length);
  }
  return undefined;
}

/** Where the main clause starts: after an introductory phrase ("On Friday morning, ..."). */
export function mainClauseStart(sentence: Sentence): number {
  const m =
    /^(?:(?:on|in|at|after|before|during|following|despite|instead of|while|when|as|since|with|without|under|amid|earlier|later|meanwhile|however|also|still|now|yet|but|and|so|then|separately|ironically|last|this|speaking|asked)\b[^,]{0,120},\s*)/i.exec(
      sentence.text,
    );
  return m ? m[0].length : 0;
}
