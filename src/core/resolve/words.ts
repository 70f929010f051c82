// Content words of a sentence, for comparing what two sentences are about: lower case, no
// function words, numbers, months or weekdays, cut to a crude stem so "strikes" and "striking"
// meet. Weighted by rarity (idf) where they are compared.
import { CALENDAR_NAMES } from "../lexicon/calendar";
import { FUNCTION_WORDS } from "../lexicon/functionWords";

const STOP = new Set([
  ...FUNCTION_WORDS.split(" "),
  ...(
    "them nor said says say told tell according than per via others one two three four five six seven " +
    "eight nine ten new very much own same again further week weeks month months year years day days " +
    "time times recent recently morning afternoon evening night people report reported reports officials " +
    "official sources source statement added noted"
  ).split(" "),
  ...CALENDAR_NAMES.split("|"),
]);

export function stem(word: string): string {
  if (word.length <= 4) return word;
  return word
    .replace(/(?:ations?|ions?|ings?|ments?|ed|es|s|ly)$/, "")
    .replace(/e$/, "")
    .replace(/(.)\1$/, "$1")
    .slice(0, 6);
}

/** Distinct content-word stems of a text. */
export function contentWords(text: string): string[] {
  const out = new Set<string>();
  for (const raw of text
    .toLowerCase()
    .normalize("NFKD")
    .replace(/[\u0300-\u036f]/g, "")
    .split(/[^a-z]+/)) {
    if (raw.length < 3 || STOP.has(raw)) continue;
    out.add(stem(raw));
  }
  return [...out];
}

const UNSEEN_BAGS = 10;

/** Inverse document frequency over a set of bags. */
export class Idf {
  private df = new Map<string, number>();
  private n = 0;
  private weights = new Map<string, number>();

  add(bag: Iterable<string>): void {
    this.n++;
    this.weights.clear();
    for (const w of new Set(bag)) this.df.set(w, (this.df.get(w) ?? 0) + 1);
  }

  /**
   * log((N + prior) / (df + 1)): a word in every bag of a large set weighs next to nothing, a
   * word in one bag the most. The prior stands for bags not seen: in a ledger of two articles a
   * word both share is still evidence.
   */
  weight(w: string): number {
    let x = this.weights.get(w);
    if (x === undefined) {
      x = Math.max(0, Math.log((this.n + UNSEEN_BAGS) / ((this.df.get(w) ?? 0) + 1)));
      this.weights.set(w, x);
    }
    return x;
  }

  count(w: string): number {
    return this.df.get(w) ?? 0;
  }

  get size(): number {
    return this.n;
  }

  /** The weight of what two bags share: rare shared words count, common ones hardly. */
  sharedWeight(a: readonly string[], b: readonly string[]): number {
    const setB = new Set(b);
    let shared = 0;
    for (const w of new Set(a)) if (setB.has(w)) shared += this.weight(w);
    return shared;
  }

  /** Weighted Dice overlap of two bags, 0..1. */
  similarity(a: readonly string[], b: readonly string[]): number {
    if (!a.length || !b.length) return 0;
    const setB = new Set(b);
    let shared = 0;
    let total = 0;
    for (const w of a) {
      const x = this.weight(w);
      total += x;
      if (setB.has(w)) shared += x;
    }
    for (const w of b) total += this.weight(w);
    return total ? (2 * shared) / total : 0;
  }
}
