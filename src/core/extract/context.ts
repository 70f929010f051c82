// What every extraction rule sees: the article, its sentences, and helpers to build evidence.
import type { ActorMention, Article, Evidence } from "../model";
import { groupByKey } from "../lists";
import { splitSentences, type Sentence } from "../text/sentences";

export interface ArticleContext {
  article: Article;
  sentences: Sentence[];
  /** Actor mentions, filled once the actor pipeline has run, for the claim and event rules. */
  actors: ActorMention[];
}

/**
 * A parser reads one sentence and proposes items; it never looks at other sentences. Parsers and
 * refiners are named functions: the name says which rule it is.
 */
export type SentenceParser<T> = (sentence: Sentence, ctx: ArticleContext, index: number) => T[];

/** A refiner sees every item of an article at once: it links, merges, fixes or drops them. */
export type Refiner<T> = (items: T[], ctx: ArticleContext) => T[];

export function makeContext(article: Article): ArticleContext {
  return { article, sentences: splitSentences(article.text), actors: [] };
}

export function evidenceOf(ctx: ArticleContext, sentence: Sentence): Evidence {
  return { source: ctx.article.id, sentence: sentence.text, start: sentence.start, end: sentence.end };
}

export function runPipeline<T>(
  ctx: ArticleContext,
  parsers: SentenceParser<T>[],
  refiners: Refiner<T>[],
): T[] {
  let items: T[] = [];
  ctx.sentences.forEach((sentence, index) => {
    for (const parse of parsers) items.push(...parse(sentence, ctx, index));
  });
  for (const refine of refiners) items = refine(items, ctx);
  return items;
}

// Every claim and event rule asks for a sentence's actors: group them once per article.
const BY_SENTENCE = new WeakMap<ActorMention[], Map<number, ActorMention[]>>();

/** Actor mentions found in one sentence, in article order. Shared: callers must not modify it. */
export function actorsInSentence(ctx: ArticleContext, sentence: Sentence): ActorMention[] {
  let bySentence = BY_SENTENCE.get(ctx.actors);
  if (!bySentence)
    BY_SENTENCE.set(ctx.actors, (bySentence = groupByKey(ctx.actors, (a) => a.evidence.start)));
  return bySentence.get(sentence.start) ?? [];
}
