// People and parties named in a role of an event ("the delegation, led by X"; "hosted by Y";
// "bought by Z"; "an agreement with W"), the outcome a sentence reports for talks and meetings
// (collapsed, resumed, postponed) and whether talks were direct or through mediators.
import type { ActorMention, EventRoleMention } from "../../model";
import { countryByDemonym, countryByName } from "../../lexicon/countries";
import type { Sentence } from "../../text/sentences";
import { evidenceOf, type ArticleContext } from "../context";

const ROLE_VERBS: [string, RegExp][] = [
  ["leader", /\b(?:led|headed|commanded|chaired|spearheaded)\s+by\s+/gi],
  ["host", /\bhosted\s+by\s+/gi],
  ["mediator", /\b(?:mediated|brokered|facilitated)\s+by\s+|\bmediation\s+(?:by|of|from)\s+/gi],
  ["responsible", /\b(?:carried out|claimed|perpetrated|organi[sz]ed)\s+by\s+/gi],
  ["buyer", /\b(?:acquired|bought|purchased|taken over)\s+by\s+/gi],
  ["judge", /\b(?:presided over|heard|tried)\s+by\s+/gi],
];

// Parties to an agreement: "an agreement with X", "signing a deal with a foreign country".
const AGREEMENT_WITH = /\b(?:agreement|deal|pact|accord|contract|treaty)\s+with\s+/gi;

/**
 * A cheap look for the words every rule above needs, so that most sentences skip `findRoles`:
 * the rules' own patterns, and the words of the active leader and buyer rules below.
 */
const ROLE_CUE = new RegExp(
  [
    ...ROLE_VERBS.map(([, re]) => re.source),
    AGREEMENT_WITH.source,
    "\\bmediation\\s|\\b(?:led|headed)\\s|acquire|bought|purchase|took over|to buy|take over",
  ].join("|"),
  "i",
);

/** Whether a sentence may name someone in a role of an event (a filter: `findRoles` reads them). */
export const mayNameRoles = (sentence: string): boolean => ROLE_CUE.test(sentence);

/**
 * The group that holds the role across the story: "Norland's delegation", "the rescue
 * operation". The event itself ("the attack was claimed by", "the talks were hosted by") is not
 * a holder: its roles belong to the event.
 */
const HOLDER =
  /((?:[A-Z][\p{L}'-]*(?:'s)?\s+){0,3})(delegation|team|side|negotiators|operation|rescue operation|rescue effort|rescue|investigation|inquiry|mission|force|task force|army|government|coalition|committee|panel|search)\s*,?\s*(?:(?:was|were|is|are|has been|had been|being)\s*)?$/u;

/** "an unnamed foreign entity", "a third country": a party the text does not name. */
const UNNAMED_PARTY =
  /^(?:an?|some|one|another)\s+(?:(?:unnamed|unidentified|undisclosed|unspecified|foreign|third|certain|anonymous|mystery|private)\s+)+[a-z-]+/;

/** "Norway's delegation" and "the Norwegian delegation" name one holder: "Norway delegation". */
export function normalizeHolder(prefix: string, noun: string): string {
  const words = prefix
    .trim()
    .split(/\s+/)
    .filter(Boolean)
    .map((w) => {
      const bare = w.replace(/'s$/, "");
      return countryByDemonym(bare)?.name ?? countryByName(bare)?.name ?? bare;
    })
    .filter((w) => !/^(the|a|an|its|their)$/i.test(w));
  // "Norland's team", "the Norland side", "Norland's negotiators": one party at the table.
  const party = /^(?:team|side|negotiators)$/i.test(noun) ? "delegation" : noun.toLowerCase();
  return [...words, party].join(" ").trim();
}

/** The first named actor within a few words after `from` ("led by the intelligence chief X"). */
function nameAt(s: string, from: number, actors: ActorMention[]): string | undefined {
  let best: { name: string; at: number } | undefined;
  let qualifier = false;
  for (const a of actors) {
    if (a.type === "place") continue;
    const at = s.indexOf(a.surface, from);
    if (at < 0 || at - from > 40) continue;
    // "hosted by U.S. comedians": a country qualifying a group names no one who held the role.
    if (a.type === "country" && /^\s+\p{Ll}+s\b/u.test(s.slice(at + a.surface.length))) {
      qualifier = true;
      continue;
    }
    if (!best || at < best.at) best = { name: a.name, at };
  }
  if (best) return best.name;
  if (qualifier) return undefined;
  const rest = s.slice(from);
  const unnamed = UNNAMED_PARTY.exec(rest);
  if (unnamed) return unnamed[0];
  const m = /^(?:the\s+)?((?:[A-Z][\p{L}'.-]*\s*)+)/u.exec(rest);
  return m?.[1]?.trim() || undefined;
}

/** The party nearest before `at` that can sign an agreement: a country or an organisation. */
function partyBefore(s: string, at: number, actors: ActorMention[]): string | undefined {
  let best: { name: string; at: number } | undefined;
  for (const a of actors) {
    if (a.type !== "country" && a.type !== "organization" && a.type !== "group") continue;
    const i = s.lastIndexOf(a.surface, at);
    if (i >= 0 && i < at && (!best || i > best.at)) best = { name: a.name, at: i };
  }
  return best?.name;
}

/** "X has an agreement with Y": Y is the counterparty of X's agreement, a fact across the story. */
function agreementRoles(sentence: Sentence, ctx: ArticleContext, actors: ActorMention[]): EventRoleMention[] {
  const s = sentence.text;
  const out: EventRoleMention[] = [];
  AGREEMENT_WITH.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = AGREEMENT_WITH.exec(s))) {
    const party = partyBefore(s, m.index, actors);
    const name = nameAt(s, m.index + m[0].length, actors);
    if (!party || !name || name === party) continue;
    out.push({
      role: "counterparty",
      holderOf: `${party} agreement`,
      name,
      evidence: evidenceOf(ctx, sentence),
    });
  }
  return out;
}

export function findRoles(
  sentence: Sentence,
  ctx: ArticleContext,
  actors: ActorMention[],
): EventRoleMention[] {
  const s = sentence.text;
  const out: EventRoleMention[] = [];
  for (const [role, re] of ROLE_VERBS) {
    re.lastIndex = 0;
    let m: RegExpExecArray | null;
    while ((m = re.exec(s))) {
      const name = nameAt(s, m.index + m[0].length, actors);
      if (!name) continue;
      const r: EventRoleMention = { role, name, evidence: evidenceOf(ctx, sentence) };
      const holder = HOLDER.exec(s.slice(0, m.index));
      if (holder && holder[2]) r.holderOf = normalizeHolder(holder[1] ?? "", holder[2]);
      out.push(r);
    }
  }
  out.push(...agreementRoles(sentence, ctx, actors));
  // "The Norwegian delegation was led by X" is handled above; "X led the delegation" here.
  const active =
    /((?:[A-Z][\p{L}'.-]*\s+){1,4})(?:led|headed)\s+(?:the\s+)?((?:[A-Z][\p{L}'-]*(?:'s)?\s+){0,2})(delegation|team|negotiators|operation|rescue|investigation|mission)\b/u.exec(
      s,
    );
  if (active && active[1] && active[3]) {
    const raw = active[1].trim();
    const hit = actors.find((a) => raw.includes(a.surface));
    out.push({
      role: "leader",
      name: hit ? hit.name : raw,
      holderOf: normalizeHolder(active[2] ?? "", active[3]),
      evidence: evidenceOf(ctx, sentence),
    });
  }
  out.push(...activeBuyers(sentence, ctx, actors));
  return out;
}

// "Kestrel agreed on Tuesday to buy X", "Norcom acquired X": the buyer is the subject.
const BUYS =
  /\b(?:(?:has|have|had)\s+)?(?:(?:agreed|agrees|offered|offers|moved|bid)(?:\s+[\w-]+){0,3}?\s+to\s+(?:buy|acquire|purchase|take over)|bought|acquired|purchased|took over)\s/gi;

/** The organisation, person or country that buys, named as the subject right before the verb. */
function activeBuyers(sentence: Sentence, ctx: ArticleContext, actors: ActorMention[]): EventRoleMention[] {
  const s = sentence.text;
  const out: EventRoleMention[] = [];
  const parties = actors.filter(
    (a) => a.type === "organization" || a.type === "person" || a.type === "country",
  );
  BUYS.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = BUYS.exec(s))) {
    const at = m.index;
    const subject = parties.find((a) => {
      const i = s.lastIndexOf(a.surface, at);
      return i >= 0 && /^\s*$/.test(s.slice(i + a.surface.length, at));
    });
    if (subject) out.push({ role: "buyer", name: subject.name, evidence: evidenceOf(ctx, sentence) });
  }
  return out;
}

const STATUS_RULES: [string, RegExp][] = [
  ["resumed", /\b(resum\w+|restart\w*|re-?engaged|reconvened|back on track)\b/gi],
  ["postponed", /\b(postponed|delayed|put off|rescheduled|called off|cancell?ed)\b/gi],
  [
    "collapsed",
    /\b(collaps\w+|broke down|broken down|breakdown|fell apart|falling apart|failed|fail|failure|ended without|concluded without|deadlock\w*|stalled|derailed|no breakthrough)\b/gi,
  ],
  [
    "agreed",
    /\b(agreed|reached an agreement|signed an? (?:deal|agreement|accord)|breakthrough was reached)\b/gi,
  ],
  ["held", /\b(took place|were held|was held|held on|held in|convened)\b/gi],
];

/**
 * Words before an outcome that make it not (yet) an outcome: "unlikely to resume", "could
 * collapse", "have not resumed", "if the talks fail", "hopes to reach an agreement".
 */
const NOT_AN_OUTCOME =
  /\b(?:not|no|never|unlikely to|likely to|yet to|fail(?:ed|s)? to|hope[sd]? to|hoping to|could|would|may|might|will|shall|should|expected to|set to|due to|plans? to|planned to|aim(?:s|ed)? to|meant to|trying to|threaten(?:ed|s)? to|if|unless|whether|before|avoid|prevent|risk of|fears? of|fear(?:ed)? that)\s+(?:\w+\s+){0,2}$/i;

/** The outcome of talks or a meeting as the sentence reports it, as a fact rather than a prospect. */
export function findStatus(sentence: string): string | undefined {
  for (const [status, re] of STATUS_RULES) {
    re.lastIndex = 0;
    let m: RegExpExecArray | null;
    while ((m = re.exec(sentence))) if (!NOT_AN_OUTCOME.test(sentence.slice(0, m.index))) return status;
  }
  return undefined;
}

const INDIRECT =
  /\b(indirect(?:ly)?|proximity talks|without (?:any )?direct (?:contact|talks|meeting)|no direct (?:contact|talks|meeting)|shuttl\w+ between|(?:in )?separate (?:rooms|sessions)|through (?:the )?mediators|(?:mediators|intermediaries) (?:relayed|carried|passed))\b/i;
const DIRECT =
  /\b(direct talks|face[- ]to[- ]face|directly (?:met|negotiated|talked)|met directly|sat down together|at the same table)\b/i;

/** Whether talks were held directly or through mediators, when the sentence says. */
export function findTalksFormat(sentence: string): "direct" | "indirect" | undefined {
  if (INDIRECT.test(sentence)) return "indirect";
  const m = DIRECT.exec(sentence);
  if (
    m &&
    !NOT_AN_OUTCOME.test(sentence.slice(0, m.index)) &&
    !/\bwithout\s+(?:\w+\s+)?$/i.test(sentence.slice(0, m.index))
  )
    return "direct";
  return undefined;
}
