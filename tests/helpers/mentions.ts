// Hand-built mentions for resolve and reconcile tests, so those stages are tested apart from
// extraction. Every name is invented.
import type { ActorMention, ActorType, EventMention, Evidence } from "../../src/core/model";

let offset = 0;

export function evidence(source: string, sentence: string, start?: number): Evidence {
  const s = start ?? (offset += 200);
  return { source, sentence, start: s, end: s + sentence.length };
}

export function actor(
  source: string,
  name: string,
  type: ActorType,
  extra: Partial<ActorMention> = {},
): ActorMention {
  return {
    name,
    type,
    surface: extra.surface ?? name,
    evidence: evidence(source, `About ${name}.`),
    ...extra,
  };
}

export function event(source: string, sentence: string, extra: Partial<EventMention> = {}): EventMention {
  return {
    type: "attack",
    trigger: "attack",
    summary: sentence,
    participants: [],
    figures: [],
    roles: [],
    evidence: evidence(source, sentence),
    ...extra,
  };
}

export const day = (value: string, text = value) => ({ value, precision: "day" as const, text });
