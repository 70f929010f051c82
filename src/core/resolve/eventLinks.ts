// How much two event mentions look like one event, and when they cannot be one. Hard rules
// first (different written dates, different rounds, an event dated after the other report was
// published, two places or a "separate" event within one article), then evidence that adds up:
// agreeing dates and places, shared participants and shared rare words, weighted by rarity.
import { addDays } from "../text/days";
import { rangesOverlap } from "./dates";
import { figuresClash, type MentionFeatures } from "./eventFeatures";
import type { Idf } from "./words";

/** Families whose mentions in one article are separate acts unless one refers back to another. */
const SEPARATE_ACTS = new Set(["statement"]);

/** Evidence needed to call two mentions one event. */
export const LINK_THRESHOLD = 3;

/** Slack, in days, when comparing written dates: "Wednesday night" and "Thursday" may be one night. */
const DATE_SLACK = 1;

/** An event cannot be told in an article published before it happened. */
function reportedBeforeItHappened(dated: MentionFeatures, other: MentionFeatures): boolean {
  return (
    !!dated.explicit &&
    !other.explicit &&
    !!other.published &&
    dated.explicit.from > addDays(other.published, 1)
  );
}

/** Undated news is about the weeks before publication, not about a date long before it. */
export const STALE_AFTER_DAYS = 45;

/** A written date that ends long before the other, undated, report was news. */
function staleFor(dated: MentionFeatures, other: MentionFeatures): boolean {
  return (
    !!dated.explicit && !!other.implied && dated.explicit.to < addDays(other.implied.from, -STALE_AFTER_DAYS)
  );
}

/**
 * Two families can be one event when they are the same, or when one is "other": a sentence with
 * figures or people in roles but no word naming the event ("the court fined him $3 million").
 */
export const familiesMeet = (a: string, b: string): boolean => a === b || a === "other" || b === "other";

/** False when the two mentions cannot be one event, whatever else they share. */
export function canLink(a: MentionFeatures, b: MentionFeatures): boolean {
  if (!familiesMeet(a.family, b.family)) return false;
  if (a.round !== undefined && b.round !== undefined && a.round !== b.round) return false;
  if (
    a.explicit &&
    b.explicit &&
    !rangesOverlap(a.explicit, b.explicit, a.dayPrecise && b.dayPrecise ? DATE_SLACK : 0)
  )
    return false;
  if (reportedBeforeItHappened(a, b) || reportedBeforeItHappened(b, a)) return false;
  if (staleFor(a, b) || staleFor(b, a)) return false;
  if (a.source === b.source) {
    // Within one article the writer tells events apart: a second place, "another attack", or
    // a recollection next to the news are different events.
    if (a.place && b.place && a.place !== b.place && !a.placeIsCountry && !b.placeIsCountry) return false;
    const later = a.mention.evidence.start > b.mention.evidence.start ? a : b;
    if (later.distinct) return false;
    const datesMeet = !!a.explicit && !!b.explicit;
    if (a.recalled !== b.recalled && !datesMeet) return false;
    // "Twelve were killed at the market ... two soldiers were killed at the checkpoint".
    if (figuresClash(a.mention, b.mention)) return false;
  }
  return true;
}

export interface LinkWeights {
  words: Idf;
  actors: Idf;
}

function dateScore(a: MentionFeatures, b: MentionFeatures): number {
  if (a.explicit && b.explicit) {
    const sameDay =
      a.dayPrecise && b.dayPrecise && a.explicit.from === b.explicit.from && a.explicit.to === b.explicit.to;
    if (!sameDay) return 1.5;
    // Two times of day on the same day: agreeing within rounding is strong evidence.
    if (a.minutes === undefined || b.minutes === undefined) return 2.5;
    return Math.abs(a.minutes - b.minutes) <= 30 ? 3.5 : 1.5;
  }
  const ra = a.explicit ?? a.implied;
  const rb = b.explicit ?? b.implied;
  if (!ra || !rb) return 0;
  if (rangesOverlap(ra, rb, DATE_SLACK)) return 0.5;
  // An undated mention is placed in the week before publication only as a guess: follow-up
  // reports of the same event come days later.
  return rangesOverlap(ra, rb, 14) ? 0 : -1;
}

const namesPlaceOf = (named: MentionFeatures, other: MentionFeatures): boolean =>
  named.placeWords.length > 0 && named.placeWords.every((w) => other.words.includes(w));

function placeScore(a: MentionFeatures, b: MentionFeatures): number {
  if (!a.place && !b.place) return 0;
  if (a.place === b.place) return 1.5;
  // Extraction keeps one place per sentence; the other sentence may name this one too.
  if (namesPlaceOf(a, b) || namesPlaceOf(b, a)) return 1.5;
  if (!a.place || !b.place) return 0;
  return a.placeIsCountry || b.placeIsCountry ? -0.5 : -1;
}

/** Evidence that two linkable mentions are one event; compare with LINK_THRESHOLD. */
export function linkScore(a: MentionFeatures, b: MentionFeatures, w: LinkWeights): number {
  let score = dateScore(a, b) + placeScore(a, b);
  // What the sentences share, by rarity, saturating: a few rare words are strong evidence, the
  // names every sentence of the story carries are next to none. Two long sentences sharing
  // some words of the story are weaker evidence than two short ones sharing most of theirs.
  const shared = w.words.sharedWeight(a.words, b.words);
  const dice = w.words.similarity(a.words, b.words);
  score += Math.min(3.5, 3.5 * (1 - Math.exp(-shared / 5)) * (0.5 + dice));
  score += 2 * (1 - Math.exp(-w.actors.sharedWeight(a.participants, b.participants) / 3));
  // The same kinds of figures (a toll, a magnitude) told about both.
  score += 0.5 * Math.min(2, a.figureKinds.filter((k) => b.figureKinds.includes(k)).length);
  if (a.source === b.source) {
    // Within one article, a second sentence about the same kind of event is, unless the text
    // says otherwise, about the event the article tells; but two statements are two acts (an
    // admission, then a reversal) unless the later one refers back to the one just before
    // ("this reversal").
    const [earlier, later] = a.index < b.index ? [a, b] : [b, a];
    if (!SEPARATE_ACTS.has(a.family) || (later.definite && later.previousOfFamily === earlier.index))
      score += LINK_THRESHOLD;
  } else if (a.recalled !== b.recalled && !(a.explicit && b.explicit)) score -= 1;
  return score;
}
