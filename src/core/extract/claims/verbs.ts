// Reporting verbs and nouns, and the stance each gives a claim. Short generic lists.
import type { Stance } from "../../model";

/**
 * The forms of a reporting verb from its base: "claim" -> claims, claimed, claiming; "deny" ->
 * denies, denied, denying; "admit*" doubles its last letter (admitted). A "+" keeps the base
 * too ("officials deny+"): most bases are nouns as often as verbs ("a state", "the report").
 * Irregular forms are written out ("said|says|saying").
 */
function forms(list: string): string[] {
  return list.split(/\s+/).flatMap((w) => {
    if (w.includes("|")) return w.split("|").map((v) => v.replace(/_/g, " "));
    const keep = w.includes("+");
    const base = w.replace(/[*+]/g, "");
    const stem = w.includes("*") ? base + base.slice(-1) : base;
    let out: string[];
    if (/[^aeiou]y$/.test(base)) out = [`${base.slice(0, -1)}ies`, `${base.slice(0, -1)}ied`, `${base}ing`];
    else if (base.endsWith("e")) out = [`${base}s`, `${base}d`, `${base.slice(0, -1)}ing`];
    else out = [base + (/(s|sh|ch|x|z)$/.test(base) ? "es" : "s"), `${stem}ed`, `${stem}ing`];
    return keep ? [base, ...out] : out;
  });
}

const BY_STANCE: Record<Stance, string[]> = {
  assert: forms(
    "said|say|says|saying told|tell|tells|telling wrote|writes|writing labeled|labeling made_it_clear|made_clear " +
      "state claim+ add note explain announce confirm+ acknowledge admit* report insist+ describe label* call " +
      "characterize characterise emphasize emphasise stress argue+ maintain+ counter reveal convey indicate " +
      "believe+ declare reiterate repeat suggest estimate post tweet recall recount testify conclude observe " +
      "reply respond assert affirm disclose predict promise pledge vow assure express welcome praise " +
      "hailed|hails apologise apologize",
  ),
  deny: forms("deny+ reject+ dismiss refute dispute+ contest"),
  accuse: forms(
    "accuse+ blame+ condemn criticize criticise allege complain charge fault slam* lambast denounce decry " +
      "brand blasted|blasting hit_out_at|hits_out_at|hitting_out_at",
  ),
  warn: forms("warn+ threaten+ caution"),
  demand: [
    ...forms("demand+ urge+ ask press appeal request plead"),
    ...forms("call+").flatMap((c) => [`${c} for`, `${c} on`]),
  ],
  other: [],
};

export const REPORTING_VERB_STANCE = new Map<string, Stance>();
for (const [stance, verbs] of Object.entries(BY_STANCE) as [Stance, string[]][]) {
  for (const v of verbs) if (!REPORTING_VERB_STANCE.has(v)) REPORTING_VERB_STANCE.set(v, stance);
}

/** Every reporting verb form, longest first, as a regular-expression alternation. */
export const REPORTING_VERBS = [...REPORTING_VERB_STANCE.keys()]
  .sort((a, b) => b.length - a.length)
  .map((v) => v.replace(/ /g, "\\s+"))
  .join("|");

const PHRASES = [...REPORTING_VERB_STANCE.keys()].filter((v) => v.includes(" ")).map((v) => v.split(" "));
const SINGLE = [...REPORTING_VERB_STANCE.keys()].filter((v) => !v.includes(" "));
/**
 * Words are runs of ASCII letters; a phrase's words may stand apart by anything else. Phrases come
 * first, so that "called for" wins over "called".
 */
const VERB_WORDS = new RegExp(
  `(?<![A-Za-z])(?:${[...PHRASES.map((p) => p.join("[^A-Za-z]+")), ...SINGLE].join("|")})(?![A-Za-z])`,
  "gi",
);

/**
 * The reporting verbs of a sentence, in order, found in one pass of one pattern: a regular
 * expression runs as compiled code from the first call, where a loop over words would not.
 */
export function findReportingVerbs(s: string): { verb: string; index: number; length: number }[] {
  const out: { verb: string; index: number; length: number }[] = [];
  VERB_WORDS.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = VERB_WORDS.exec(s))) out.push({ verb: m[0], index: m.index, length: m[0].length });
  return out;
}

/** A reporting verb as a whole word. Group 1 is the verb. */
export const REPORTING_VERB = new RegExp(`\\b(${REPORTING_VERBS})\\b`, "gi");
/** The same, for a single test or search. */
export const A_REPORTING_VERB = new RegExp(REPORTING_VERB.source, "i");

/** Verbs in -ing that continue the clause's subject: "..., saying that". */
export const isParticiple = (verb: string): boolean => /ing$/i.test(verb);

/** Verbs that describe rather than report: their stance comes from how they describe. */
export const DESCRIBING =
  /^(described|describes|describing|labell?ed|called|calls|calling|characteri[sz]ed)$/i;

/** Nouns that carry a claim: "renewed accusations that...", "issued a warning". Group 1 is the noun. */
export const CLAIM_NOUN =
  /\b(accusations?|allegations?|charges?|claims?|warnings?|threats?|demands?|denials?|assurances?|admission)\s+(?:that|of)\b/i;

export const NOUN_STANCE: Record<string, Stance> = {
  accusation: "accuse",
  allegation: "accuse",
  charge: "accuse",
  claim: "assert",
  warning: "warn",
  threat: "warn",
  demand: "demand",
  denial: "deny",
  assurance: "assert",
  admission: "assert",
};

// Words that judge harshly: a description with them accuses.
const NEGATIVE =
  /\b(un[a-z]{3,}(?:ed|ive|ic|able|ible|al|ful|ent|ant|ous|ary)|dis(?:organi[sz]ed|honest|respectful|graceful|astrous)|ir(?:responsible|rational)|il(?:legal|legitimate|logical)|aggressive|baseless|false|lies|propaganda|sabotage|provocative|hostile|reckless|absurd|ridiculous|shameful|cowardly|heinous|criminal|brutal|terrorists?|puppets?|disappointment|failures?|insult\w*|outrageous|disgraceful|scandalous|dangerous|deceptive|misleading|corrupt|incompetent|negligent|farce|sham|betrayal|mockery|gamble|disaster)\b/i;
// Not harsh, though they look it.
const NOT_NEGATIVE = /^un(der|it|ion|ivers|less|til)/i;

/** True when the words judge harshly ("unrealistic and aggressive", "sabotage by design"). */
export function isNegative(text: string): boolean {
  const m = NEGATIVE.exec(text);
  return !!m && !NOT_NEGATIVE.test(m[0]);
}

// A threat needs only a modal ("will face consequences"); harm needs a condition ("if X, we will strike").
const THREAT =
  /\b(all options|consequences|repercussions|retaliat\w*|reciprocal|open war|be targeted|will pay|pay a (?:heavy )?price|(?:will|would|could|shall)\s+(?:\w+\s+){0,3}(?:face|suffer|punish\w*|respond|crush|destroy|be repeated|use force|be met with force))\b/i;
const CONDITIONAL = /\b(if|unless|will|would|could|shall)\b/i;
const HARM =
  /\b(?:will|would|could|shall)\s+(?:\w+\s+){0,3}(?:close|collapse|fail|die|lose|shut|cost|strike|fight|attack|quit|resign|sue|walk out|stop|halt|cut)\b/i;
const CONDITION_WORD = /\b(if|unless|otherwise|or else)\b/i;
const ACCUSATION =
  /\b(blam\w*|accus\w*|condemn\w*|denounc\w*|responsible for|violat\w*|breach\w*|interfer\w*|sponsor\w*|harbou?r(?:s|ed|ing)|shelter(?:s|ed|ing)|orchestrat\w*|masterminded|sabotag\w*|controlling|pulling the strings|puppet\w*|scapegoat\w*|lied|covered up|cover-up|alleged|disappoint\w*|frustrat\w*|outrag\w*|betray\w*|cowardly|heinous|barbaric|despicable|shameful|atrocit\w*|war crimes?)\b/i;
const DEMAND =
  /\b(must|should|has to|have to|needs? to|ought to|demanded|demanding|demands that|called for|calls for)\b/i;
const CONDITION = /\b(only (?:[\w-]+ ){0,8}if|on condition that|provided that|as long as|unless)\b/i;
const NEGATION =
  /\b(not|never|no|cannot|can't|won't|didn't|doesn't|don't|isn't|wasn't|aren't|weren't|hasn't|haven't)\b/i;
const RELATIVE_NEGATION =
  /\b(?:that|which|who)\s+(?:has|have|had|is|are|was|were|does|do|did|will|would|could|can)(?:n't|\s+not)\b/gi;
const SELF = /^(?:\s*(?:that\s+)?)(?:it|they|we|i|he|she|the (?:government|group|ministry|army|company))\b/i;

/**
 * Stance from what a claim says, for verbs that carry none ("said"). `speaker` is the claimer's
 * name: a negation about the speaker is a denial, about others a plain statement.
 */
export function stanceFromContent(content: string, speaker = ""): Stance | undefined {
  if (
    (THREAT.test(content) && CONDITIONAL.test(content)) ||
    (HARM.test(content) && CONDITION_WORD.test(content))
  )
    return "warn";
  if (CONDITION.test(content)) return "demand";
  if (ACCUSATION.test(content)) return "accuse";
  if (DEMAND.test(content)) return "demand";
  // A negation in a relative clause ("growth that hasn't arrived") denies nothing of the speaker.
  const main = content.replace(RELATIVE_NEGATION, " ");
  if (NEGATION.test(main)) {
    const self =
      SELF.test(main) || (speaker.length > 2 && main.toLowerCase().startsWith(speaker.toLowerCase()));
    if (self || /\b(false|baseless|untrue|no control|no role|no link|no involvement)\b/i.test(main))
      return "deny";
  }
  return undefined;
}

/** Stance from the verb, then from the content for verbs that report without judging. */
export function stanceOf(verb: string, content: string, speaker = ""): Stance {
  const v = verb.toLowerCase().replace(/\s+/g, " ");
  // A question asks: "asked why the ferry sailed", "wondered whether ...".
  if (/^(?:why|whether|how|what|who|when|where)\b/i.test(content.trim()) || /\?["']?$/.test(content.trim()))
    return "other";
  if (DESCRIBING.test(v)) return isNegative(content) ? "accuse" : "assert";
  const byVerb = REPORTING_VERB_STANCE.get(v) ?? "other";
  if (byVerb !== "assert") return byVerb;
  // "told workers to stay inside": an instruction.
  if (/^tel|^tol/.test(v) && /^to\s/i.test(content.trim())) return "demand";
  return stanceFromContent(content, speaker) ?? "assert";
}
