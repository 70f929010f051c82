// Claims: attributed statements. Parsers recognise the ways news attributes a statement (a
// reporting verb, "according to", a claim noun, a quotation standing alone); refiners resolve
// chains, pronouns and descriptions across the article and keep one claim per statement.
import type { ClaimMention } from "../../model";
import { runPipeline, type ArticleContext } from "../context";
import { CLAIM_PARSERS, type ClaimCandidate } from "./parsers";
import { CLAIM_REFINERS } from "./refiners";

function toMention(c: ClaimCandidate): ClaimMention {
  const m: ClaimMention = { claimer: c.claimer, stance: c.stance, text: c.text, evidence: c.evidence };
  if (c.claimerActor && c.claimerActor !== c.claimer) m.claimerActor = c.claimerActor;
  if (c.quote) m.quote = c.quote;
  if (c.via && c.via !== c.claimer) m.via = c.via;
  return m;
}

/** Needs `ctx.actors` filled: claimers are read against the article's actors. */
export function extractClaims(ctx: ArticleContext): ClaimMention[] {
  return runPipeline(ctx, CLAIM_PARSERS, CLAIM_REFINERS)
    .sort((a, b) => a.evidence.start - b.evidence.start || a.at - b.at)
    .map(toMention);
}
