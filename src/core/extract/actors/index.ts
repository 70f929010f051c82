import type { ActorMention } from "../../model";
import { runPipeline, type ArticleContext } from "../context";
import { ACTOR_PARSERS, type Candidate } from "./parsers";
import { ACTOR_REFINERS } from "./refiners";

/** Only the mention's own fields leave the pipeline. */
function toMention(c: Candidate): ActorMention {
  const m: ActorMention = {
    name: c.name,
    type: c.type,
    surface: c.surface,
    span: c.span,
    evidence: c.evidence,
  };
  if (c.role) m.role = c.role;
  if (c.affiliation) m.affiliation = c.affiliation;
  if (c.canonical) m.canonical = c.canonical;
  return m;
}

export function extractActors(ctx: ArticleContext): ActorMention[] {
  return runPipeline(ctx, ACTOR_PARSERS, ACTOR_REFINERS).map(toMention);
}
