// Claims -> slots of disputed propositions. One party accuses or asserts, another denies: when
// the two claims are about one proposition (the same sentence reports both, or they share
// enough rare words) and come from different claimers, each claim is one value of the
// proposition's "disputed claim" slot. Pairs are found through shared words, not by comparing
// every claim with every other.
import { groupByKey } from "../lists";
import type { Article, Claim, Slot } from "../model";
import { shortId } from "../text/hash";
import { nameKey } from "../text/normalize";
import { UnionFind } from "../resolve/unionFind";
import { contentWords, Idf } from "../resolve/words";

/** Two claims are one proposition when they share at least three content words, and those
 * words are most of what each says (weighted overlap) or rare enough on their own. */
const MIN_SHARED_WORDS = 3;
const MIN_OVERLAP = 0.35;
const RARE_ENOUGH = 9;
const MAX_POSTINGS = 64;

const polarity = (c: Claim): "affirm" | "deny" | undefined =>
  c.stance === "deny" ? "deny" : c.stance === "accuse" || c.stance === "assert" ? "affirm" : undefined;

/** The party a claim speaks for: its claimer's actor, else its words. */
export const partyOf = (c: Claim): string => c.claimerId ?? `name:${nameKey(c.claimer)}`;

/** Claimers that are no one in particular ("sources", "officials") cannot be a party to a dispute. */
const ANONYMOUS =
  /^(?:the\s+)?(?:some\s+|multiple\s+|several\s+)?(?:sources?|officials?|reports?|analysts?|experts?|observers?|witnesses|media reports|one|he|she|they|it|we|i)$/i;

const POINTS_BACK =
  /^(?:(?:the|this|that|these|those|such)\s+)?(?:accusations?|allegations?|claims?|charges?|reports?|suggestions?)$/i;

interface Entry {
  claim: Claim;
  words: string[];
  wordSet: Set<string>;
  key: string;
}

function propositionText(c: Claim): string {
  const t = c.text.replace(/\s+/g, " ").trim();
  return t.length > 90 ? `${t.slice(0, t.lastIndexOf(" ", 90))}...` : t;
}

export function claimSlots(
  claims: Claim[],
  articles: Map<string, Article>,
  isParty: (claim: Claim) => boolean = () => true,
  sideOf: (claim: Claim) => string = partyOf,
): Slot[] {
  const entries: Entry[] = claims
    .filter((c) => polarity(c) && !ANONYMOUS.test(c.claimer.trim()) && isParty(c))
    .map((c) => {
      // The claimer's own name says nothing about what is claimed.
      const own = new Set(contentWords(c.claimer));
      const words = contentWords(`${c.text} ${c.quote ?? ""}`).filter((w) => !own.has(w));
      return { claim: c, words, wordSet: new Set(words), key: c.id };
    });
  const idf = new Idf();
  for (const e of entries) idf.add(e.words);
  const uf = new UnionFind();
  // One side accuses, the other denies. A plain assertion against a denial is a dispute only
  // when one sentence reports both (stances read from content are too loose otherwise).
  const link = (a: Entry, b: Entry, sameSentence: boolean): void => {
    if (polarity(a.claim) === polarity(b.claim) || sideOf(a.claim) === sideOf(b.claim)) return;
    if (!sameSentence && a.claim.stance !== "accuse" && b.claim.stance !== "accuse") return;
    uf.union(a.key, b.key);
  };
  // The same sentence reporting an accusation and its denial.
  const bySentence = groupByKey(entries, (e) => `${e.claim.evidence.source}|${e.claim.evidence.start}`);
  for (const list of bySentence.values())
    for (const a of list) for (const b of list) if (a !== b) link(a, b, true);
  // "X rejected the accusation": a denial that only points back takes the accusation just before it
  // in the same report (within a few sentences), made by someone else.
  const bySource = groupByKey(entries, (e) => e.claim.evidence.source);
  for (const list of bySource.values()) {
    list.sort((a, b) => a.claim.evidence.start - b.claim.evidence.start);
    list.forEach((d, i) => {
      if (d.claim.stance !== "deny" || !POINTS_BACK.test(d.claim.text.trim())) return;
      const target = list
        .slice(0, i)
        .reverse()
        .find((a) => a.claim.stance === "accuse" && sideOf(a.claim) !== sideOf(d.claim));
      if (target && d.claim.evidence.start - target.claim.evidence.start < 900) link(target, d, false);
    });
  }
  // Claims anywhere sharing enough rare words.
  const postings = new Map<string, Entry[]>();
  for (const e of entries)
    for (const w of e.words) {
      const list = postings.get(w) ?? [];
      if (list.length <= MAX_POSTINGS) list.push(e);
      postings.set(w, list);
    }
  const seen = new Set<string>();
  for (const list of postings.values()) {
    if (list.length > MAX_POSTINGS) continue;
    for (const a of list)
      for (const b of list) {
        if (a.key >= b.key || polarity(a.claim) === polarity(b.claim) || seen.has(`${a.key}|${b.key}`))
          continue;
        seen.add(`${a.key}|${b.key}`);
        const shared = a.words.filter((w) => b.wordSet.has(w));
        if (
          shared.length >= MIN_SHARED_WORDS &&
          (idf.similarity(a.words, b.words) >= MIN_OVERLAP ||
            idf.sharedWeight(a.words, b.words) >= RARE_ENOUGH)
        )
          link(a, b, false);
      }
  }
  const groups = groupByKey(entries, (e) => uf.find(e.key));
  const slots: Slot[] = [];
  for (const group of groups.values()) {
    if (new Set(group.map((e) => polarity(e.claim))).size < 2) continue;
    // The proposition is what the earliest affirming claim says.
    const published = (c: Claim): string => articles.get(c.source)?.published ?? "9999";
    const affirm = group
      .filter((e) => polarity(e.claim) === "affirm")
      .sort(
        (a, b) => published(a.claim).localeCompare(published(b.claim)) || a.key.localeCompare(b.key),
      )[0] as Entry;
    const subjectId = shortId("P", affirm.key);
    for (const { claim } of group) {
      const slot: Slot = {
        subjectId,
        subject: propositionText(affirm.claim),
        subjectKind: "claim",
        attribute: "disputed claim",
        kind: "claim",
        value: `${claim.claimer} (${claim.stance})`,
        source: claim.source,
        evidence: claim.evidence,
        claimer: claim.claimer,
        stance: claim.stance,
        claimId: claim.id,
      };
      const pub = articles.get(claim.source)?.published;
      if (pub) slot.published = pub;
      slots.push(slot);
    }
  }
  return slots;
}
