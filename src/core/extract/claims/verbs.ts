// Reporting verbs and nouns, and the stance each gives a claim. Short generic lists.
import type { Stance } from "../../model";

const words = (s: string): string[] => s.trim().split(/\s+/);

const BY_STANCE: Record<Stance, string[]> = {
  assert: words(
    "said says say told tells stated states claimed claims claim added adds noted notes explained explains " +
      "announced announces confirmed confirms confirm acknowledged acknowledges admitted admits reported " +
      "reports wrote writes insisted insists insist described describes labelled labeled called calls " +
      "characterized characterised emphasized emphasised stressed argued argues maintained maintains " +
      "countered revealed reveals conveyed indicated believes believe declared declares reiterated " +
      "repeated suggested estimated posted tweeted recalled recounted testified concluded observed replied " +
      "responded asserted affirmed disclosed predicted promised pledged vowed assured expressed " +
      "saying adding stating claiming noting arguing insisting explaining suggesting describing calling " +
      "reporting confirming declaring indicating acknowledging admitting maintaining",
  ),
  deny: words(
    "denied denies deny rejected rejects reject dismissed dismisses refuted refutes disputed disputes " +
      "contested denying rejecting dismissing disputing",
  ),
  accuse: words(
    "accused accuses accuse blamed blames blame condemned condemns criticized criticised criticizes " +
      "criticises alleged alleges complained complains charged faulted accusing blaming condemning " +
      "criticizing criticising alleging",
  ),
  warn: words("warned warns warn threatened threatens threaten cautioned cautions warning threatening"),
  demand: [
    ...words(
      "demanded demands demand urged urges urge asked asks pressed appealed appeals requested pleaded " +
        "demanding urging asking",
    ),
    "called for",
    "called on",
    "calls for",
    "calls on",
    "calling for",
    "calling on",
  ],
  other: [],
};

BY_STANCE.assert.push("made it clear", "made clear");

export const REPORTING_VERB_STANCE = new Map<string, Stance>();
for (const [stance, verbs] of Object.entries(BY_STANCE) as [Stance, string[]][]) {
  for (const v of verbs) if (!REPORTING_VERB_STANCE.has(v)) REPORTING_VERB_STANCE.set(v, stance);
}

const alternation = [...REPORTING_VERB_STANCE.keys()]
  .sort((a, b) => b.length - a.length)
  .map((v) => v.replace(/ /g, "\\s+"))
  .join("|");

/** A reporting verb as a whole word. Group 1 is the verb. */
export const REPORTING_VERB = new RegExp(`\\b(${alternation})\\b`, "gi");
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
  /\b(blam\w*|accus\w*|responsible for|violat\w*|breach\w*|interfer\w*|sponsor\w*|harbou?r(?:s|ed|ing)|shelter(?:s|ed|ing)|orchestrat\w*|masterminded|sabotag\w*|controlling|pulling the strings|puppet\w*|scapegoat\w*|lied|covered up|cover-up|alleged|disappoint\w*|frustrat\w*|outrag\w*)\b/i;
const DEMAND =
  /\b(must|should|has to|have to|needs? to|ought to|demanded|demanding|demands that|called for|calls for)\b/i;
const CONDITION = /\b(only (?:[\w-]+ ){0,8}if|on condition that|provided that|as long as|unless)\b/i;
const NEGATION =
  /\b(not|never|no|cannot|can't|won't|didn't|doesn't|don't|isn't|wasn't|aren't|weren't|hasn't|haven't)\b/i;
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
  if (NEGATION.test(content)) {
    const self =
      SELF.test(content) || (speaker.length > 2 && content.toLowerCase().startsWith(speaker.toLowerCase()));
    if (self || /\b(false|baseless|untrue|no control|no role|no link|no involvement)\b/i.test(content))
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
  return stanceFromContent(content, speaker) ?? "assert";
}
