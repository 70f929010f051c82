// Article -> mentions of actors, events and claims, each with its evidence span.
import type { Article, ArticleMentions } from "../model";
import { extractActors } from "./actors";
import { extractClaims } from "./claims";
import { makeContext } from "./context";
import { extractEvents } from "./events";

export function extractMentions(article: Article): ArticleMentions {
  if (article.status !== "ok") return { source: article.id, actors: [], events: [], claims: [] };
  const ctx = makeContext(article);
  ctx.actors = extractActors(ctx);
  return {
    source: article.id,
    actors: ctx.actors,
    events: extractEvents(ctx),
    claims: extractClaims(ctx),
  };
}
