import type { ActorMention } from "../../model";
import { runPipeline, type ArticleContext } from "../context";
import { ACTOR_PARSERS } from "./parsers";
import { ACTOR_REFINERS } from "./refiners";

export function extractActors(ctx: ArticleContext): ActorMention[] {
  return runPipeline(ctx, ACTOR_PARSERS, ACTOR_REFINERS);
}
