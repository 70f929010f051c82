// The whole core pipeline: articles -> ledger. Pure: the same articles give the same ledger in
// Apps Script and in the local runner.
import { extractMentions } from "./extract";
import { assignVersions } from "./ledger/versions";
import type { Article, ArticleMentions, Claim, Event, Ledger } from "./model";
import { actorSlots, claimSlots, eventSlots, partyOf, reconcile } from "./reconcile";
import { resolveActors, type ActorIndex } from "./resolve/actors";
import { resolveEvents } from "./resolve/events";
import { shortId } from "./text/hash";

/**
 * Marks copies of one article (same cleaned text) as duplicates and earlier texts under one URL
 * as superseded by the newest (see ledger/versions.ts), so that importing an article twice adds
 * nothing and a changed article is analysed once, in its latest version.
 */
export function markDuplicates(articles: Article[]): Article[] {
  return assignVersions(articles);
}

function toClaims(mentions: ArticleMentions[], actors: ActorIndex, events: Event[]): Claim[] {
  const eventBySentence = new Map<string, string>();
  for (const e of events)
    for (const m of e.mentions) eventBySentence.set(`${m.evidence.source}|${m.evidence.start}`, e.id);
  const claims: Claim[] = [];
  for (const am of mentions) {
    for (const c of am.claims) {
      const named = actors.byName(c.claimer);
      // "Kenyan officials" are no actor of their own but speak for one (Kenya): the claim is
      // Kenya's, so a denial by Kenya's ministry is no dispute with it, and an accusation is.
      const speaksFor = named ?? (c.claimerActor ? actors.byName(c.claimerActor) : undefined);
      const claim: Claim = {
        id: shortId("C", `${c.evidence.source}|${c.evidence.start}|${c.claimer}|${c.text}`),
        claimer: named?.name ?? c.claimer,
        stance: c.stance,
        text: c.text,
        source: c.evidence.source,
        evidence: c.evidence,
      };
      if (speaksFor) claim.claimerId = speaksFor.id;
      if (c.quote) claim.quote = c.quote;
      if (c.via) claim.via = c.via;
      const about = eventBySentence.get(`${c.evidence.source}|${c.evidence.start}`);
      if (about) claim.about = about;
      claims.push(claim);
    }
  }
  return claims;
}

/** A claimer that can be a party to a dispute: a person, organisation, group or country, not an outlet or a place. */
function isParty(c: Claim, actors: ActorIndex): boolean {
  const a = c.claimerId ? actors.byId(c.claimerId) : undefined;
  return (
    !!a && (a.type === "person" || a.type === "organization" || a.type === "group" || a.type === "country")
  );
}

/** A spokesman speaks for the organisation he works for: it and he are one side of a dispute. */
function sideOf(c: Claim, actors: ActorIndex): string {
  const a = c.claimerId ? actors.byId(c.claimerId) : undefined;
  const org = a?.type === "person" && a.affiliation ? actors.byName(a.affiliation) : undefined;
  return org?.id ?? partyOf(c);
}

export function analyze(input: Article[]): Ledger {
  const sources = markDuplicates(input);
  const ok = sources.filter((a) => a.status === "ok");
  const mentions = ok.map(extractMentions);
  const actorIndex = resolveActors(mentions.flatMap((m) => m.actors));
  const published = new Map(ok.map((a) => [a.id, a.published]));
  const events = resolveEvents(
    mentions.flatMap((m) => m.events),
    published,
    actorIndex,
  );
  const articles = new Map(ok.map((a) => [a.id, a]));
  const claims = toClaims(mentions, actorIndex, events);
  const slots = [
    ...eventSlots(events, articles, actorIndex),
    ...actorSlots(actorIndex, articles),
    ...claimSlots(
      claims,
      articles,
      (c) => isParty(c, actorIndex),
      (c) => sideOf(c, actorIndex),
    ),
  ];
  return { sources, actors: actorIndex.actors, events, claims, conflicts: reconcile(slots, articles) };
}
