// A ledger from the compromise baseline's mentions, resolved by the product's own resolve step,
// so that the shared scorer compares the two extractors and nothing else.
import { markDuplicates } from "../../../src/core/analyze";
import type { Article, Claim, Ledger } from "../../../src/core/model";
import { resolveActors } from "../../../src/core/resolve/actors";
import { shortId } from "../../../src/core/text/hash";
import { baselineMentions } from "./compromise";

export function baselineLedger(input: Article[]): Ledger {
  const sources = markDuplicates(input);
  const mentions = sources.filter((a) => a.status === "ok").map(baselineMentions);
  const actors = resolveActors(mentions.flatMap((m) => m.actors));
  const claims: Claim[] = mentions.flatMap((m) =>
    m.claims.map((c) => ({
      id: shortId("C", `${c.evidence.source}|${c.evidence.start}|${c.claimer}|${c.text}`),
      claimer: actors.byName(c.claimer)?.name ?? c.claimer,
      stance: c.stance,
      text: c.text,
      source: c.evidence.source,
      evidence: c.evidence,
    })),
  );
  return { sources, actors: actors.actors, events: [], claims, conflicts: [] };
}
