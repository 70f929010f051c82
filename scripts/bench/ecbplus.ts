// Adapter for the ECB+ corpus (../shared/benchmarks/ecbplus): rebuilds each document's text from
// its tokens (with a character offset per token), reads the gold actor mentions, and scores a
// list of predicted names per document.
//
// Gold, as the issue defines it: human-participant (HUMAN_PART_*) and location (LOC_*) mentions,
// in the sentences the corpus guarantees are annotated (ECBplus_coreference_sentences.csv), that
// contain a proper name: a capitalised token that does not start its sentence. Both engines are
// scored by the same rule: a predicted name matches a gold mention when their normalized names
// are equal or one is the other's trailing words ("Lang" and "Mr Lang", "Canada" and "western
// Canada").
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import type { Article } from "../../src/core/model";
import { hashHex } from "../../src/core/text/hash";
import { countWords, nameKey, normalizeText } from "../../src/core/text/normalize";

export const DEV_TOPICS = [2, 5, 12, 18, 21, 23, 34, 35];
export const TEST_TOPICS = [36, 37, 38, 39, 40, 41, 42, 43, 44, 45];

interface Token {
  id: string;
  sentence: number;
  number: number;
  word: string;
  start: number;
  end: number;
}

export interface GoldMention {
  tag: string;
  text: string;
  /** Normalized proper-name cores of the mention ("in western Canada" -> "canada"). */
  keys: string[];
  /** True when a capitalised token other than the sentence's first is in it (a proper name). */
  proper: boolean;
  sentence: number;
}

export interface EcbDoc {
  name: string;
  topic: number;
  article: Article;
  /** ECB+ sentence number of each line of the rebuilt text, with its character range. */
  sentences: { number: number; start: number; end: number }[];
  annotated: Set<number>;
  gold: GoldMention[];
}

const NO_SPACE_BEFORE = /^(?:[,.;:?!)\]%]|'s|'|n't|'ve|'m|'re|'ll|'d|''|”|’)$/i;
const NO_SPACE_AFTER = /^(?:[([$]|``|“)$/;

function decode(s: string): string {
  return s
    .replace(/&quot;/g, '"')
    .replace(/&apos;/g, "'")
    .replace(/&lt;/g, "<")
    .replace(/&gt;/g, ">")
    .replace(/&amp;/g, "&");
}

/** Joins tokens into readable text, as a news site would show it, keeping each token's offsets. */
function detokenize(
  tokens: Token[],
  skipFirstSentence: boolean,
): { text: string; lines: EcbDoc["sentences"] } {
  let text = "";
  const lines: EcbDoc["sentences"] = [];
  let current = -1;
  let lineStart = 0;
  let openQuote = false;
  let prev = "";
  let glue = false;
  tokens.forEach((t, i) => {
    const next = tokens[i + 1]?.sentence === t.sentence ? tokens[i + 1] : undefined;
    if (skipFirstSentence && t.sentence === 0) return;
    if (t.sentence !== current) {
      if (current >= 0) {
        lines.push({ number: current, start: lineStart, end: text.length });
        // The first sentence of a story is its title: a paragraph of its own.
        text += lines.length === 1 ? "\n\n" : "\n";
      }
      current = t.sentence;
      lineStart = text.length;
      openQuote = false;
      prev = "";
    }
    let word = normalizeText(t.word === "``" || t.word === "''" ? '"' : t.word);
    if (word === "") word = "_";
    let space = prev !== "";
    // "T - Mobile", "energy - efficient": a hyphen between word tokens was written without spaces.
    const between = word === "-" ? /[\p{L}\p{N}]$/u : /\d$/u;
    const nextOk = word === "-" ? /^[\p{L}\p{N}]/u : /^\d/u;
    if (/^[-:.,]$/.test(word) && between.test(text) && nextOk.test(next?.word ?? "")) {
      text += word;
      t.start = text.length - 1;
      t.end = text.length;
      prev = "-";
      glue = true;
      return;
    }
    if (glue) space = false;
    glue = false;
    if (word === '"') {
      if (openQuote) space = false;
      openQuote = !openQuote;
    }
    if (NO_SPACE_BEFORE.test(t.word) || NO_SPACE_AFTER.test(prev) || (prev === '"' && openQuote))
      space = false;
    if (space) text += " ";
    t.start = text.length;
    text += word;
    t.end = text.length;
    prev = t.word === '"' ? '"' : t.word;
  });
  if (current >= 0) lines.push({ number: current, start: lineStart, end: text.length });
  return { text, lines };
}

const isProperToken = (t: Token): boolean => t.number > 0 && /^\p{Lu}/u.test(t.word) && t.word !== "I";

/**
 * The proper-name cores of a gold mention: from its first to its last capitalised token, and each
 * side of a possessive ("Indonesia's Aceh province" -> "indonesia aceh", "indonesia", "aceh").
 */
function coresOf(tokens: Token[]): string[] {
  const caps = tokens.map((t) => /^\p{Lu}/u.test(t.word));
  const first = caps.indexOf(true);
  const last = caps.lastIndexOf(true);
  if (first < 0) return [];
  const words = tokens.slice(first, last + 1).map((t) => t.word);
  const whole = words.join(" ");
  const parts = whole.split(/(?:'s|')\s+|\s+'s\s+|\s*,\s*/).filter((p) => /\p{Lu}/u.test(p));
  return [...new Set([whole, ...(parts.length > 1 ? parts : [])].map(normalizeKey).filter(Boolean))];
}

// Leading words that are not part of a name, for both engines alike.
const LEADING =
  /^(?:the|a|an|mr|mrs|ms|dr|sir|president|prime minister|minister|gov|governor|sen|senator|rep|judge|justice|prophet|general|gen|officer|attorney general|chief)\s+/;

export function normalizeKey(name: string): string {
  let k = nameKey(name);
  for (let prev = ""; prev !== k;) {
    prev = k;
    k = k.replace(LEADING, "").replace(/\s+(inc|corp|corporation|co|ltd|llc|plc)$/, "");
  }
  return k.trim();
}

function endsWithWords(long: string, short: string): boolean {
  return long === short || long.endsWith(` ${short}`);
}

export function namesMatch(pred: string, gold: string): boolean {
  if (!pred || !gold) return false;
  return endsWithWords(gold, pred) || endsWithWords(pred, gold);
}

function readCsv(root: string): Map<string, Set<number>> {
  const out = new Map<string, Set<number>>();
  const lines = readFileSync(join(root, "ECBplus_coreference_sentences.csv"), "utf8").split(/\r?\n/).slice(1);
  for (const line of lines) {
    const [topic, file, sentence] = line.split(",");
    if (!topic || !file || sentence === undefined) continue;
    const key = `${topic}_${file}`;
    const set = out.get(key) ?? new Set<number>();
    set.add(Number(sentence));
    out.set(key, set);
  }
  return out;
}

function parseDoc(path: string, topic: number, annotated: Set<number>): EcbDoc {
  const xml = readFileSync(path, "utf8");
  const name =
    path
      .split("/")
      .pop()
      ?.replace(/\.xml$/, "") ?? path;
  const tokens: Token[] = [];
  const byId = new Map<string, Token>();
  const tokenRe = /<token t_id="(\d+)" sentence="(\d+)" number="(\d+)">([^<]*)<\/token>/g;
  let m: RegExpExecArray | null;
  while ((m = tokenRe.exec(xml))) {
    const t: Token = {
      id: m[1] ?? "",
      sentence: Number(m[2]),
      number: Number(m[3]),
      word: decode(m[4] ?? ""),
      start: 0,
      end: 0,
    };
    tokens.push(t);
    byId.set(t.id, t);
  }
  const isPlus = name.endsWith("ecbplus");
  const { text, lines } = detokenize(tokens, isPlus);
  const gold: GoldMention[] = [];
  const markables = xml.slice(xml.indexOf("<Markables>"), xml.indexOf("</Markables>"));
  const mentionRe = /<((?:HUMAN_PART|LOC)\w*) m_id="\d+"\s*>([\s\S]*?)<\/\1>/g;
  while ((m = mentionRe.exec(markables))) {
    const anchors = [...(m[2] ?? "").matchAll(/t_id="(\d+)"/g)]
      .map((a) => byId.get(a[1] ?? ""))
      .filter((t): t is Token => t !== undefined)
      .sort((a, b) => a.start - b.start);
    const first = anchors[0];
    if (!first || !annotated.has(first.sentence) || (isPlus && first.sentence === 0)) continue;
    const keys = coresOf(anchors);
    if (!keys.length) continue;
    const proper = anchors.some(isProperToken);
    gold.push({
      tag: m[1] ?? "",
      text: anchors.map((t) => t.word).join(" "),
      keys,
      proper,
      sentence: first.sentence,
    });
  }
  const article: Article = {
    id: `ECB-${name}`,
    file: `${name}.xml`,
    text,
    contentHash: hashHex(text),
    words: countWords(text),
    status: "ok",
  };
  return { name, topic, article, sentences: lines, annotated, gold };
}

export function ecbRoot(shared: string): string {
  return join(shared, "benchmarks", "ecbplus");
}

export function loadTopics(root: string, topics: number[]): EcbDoc[] {
  const csv = readCsv(root);
  const docs: EcbDoc[] = [];
  for (const topic of topics) {
    const dir = join(root, "ECB+", String(topic));
    let files: string[];
    try {
      files = readdirSync(dir).filter((f) => f.endsWith(".xml"));
    } catch {
      continue;
    }
    for (const f of files.sort()) {
      const key = `${topic}_${f.replace(/^\d+_/, "").replace(/\.xml$/, "")}`;
      docs.push(parseDoc(join(dir, f), topic, csv.get(key) ?? new Set()));
    }
  }
  return docs;
}

/** A predicted actor: its name, the words it was written with, and where in the text. */
export interface PredictedName {
  name: string;
  surface?: string;
  /** Character offset in the document's text (any offset inside the sentence will do). */
  at: number;
}

export interface DocScore {
  recall: number | undefined;
  precision: number | undefined;
  gold: number;
  predicted: number;
  missed: string[];
  wrong: string[];
}

/**
 * Actor recall and precision of one document, by normalized name. Recall counts the gold mentions
 * with a proper name; a prediction is right when it matches any gold participant or location
 * mention of the document, including one that only a sentence-initial capital makes a name.
 * Both are undefined for a document without gold proper names (ECB+ annotates only the
 * participants of its seminal events, so such a document cannot tell a right name from a wrong one).
 */
export function scoreDoc(doc: EcbDoc, preds: PredictedName[]): DocScore {
  const sentenceAt = (at: number): number | undefined =>
    doc.sentences.find((s) => at >= s.start && at <= s.end)?.number;
  const inScope = preds.filter((p) => {
    const n = sentenceAt(p.at);
    return n !== undefined && doc.annotated.has(n);
  });
  const predKeys = new Map<string, string[]>();
  for (const p of inScope) {
    const keys = [...new Set([p.name, p.surface ?? p.name].map(normalizeKey).filter(Boolean))];
    const id = keys[0];
    if (id && !predKeys.has(id)) predKeys.set(id, keys);
  }
  const matches = (keys: string[], gold: string[]): boolean =>
    keys.some((k) => gold.some((g) => namesMatch(k, g)));
  const wanted = new Map<string, string[]>();
  for (const g of doc.gold) if (g.proper && !wanted.has(g.keys[0] ?? "")) wanted.set(g.keys[0] ?? "", g.keys);
  const allowed = doc.gold.flatMap((g) => g.keys);
  const found = [...wanted.entries()].filter(([, gk]) =>
    [...predKeys.values()].some((pk) => matches(pk, gk)),
  );
  const right = [...predKeys.entries()].filter(([, pk]) => matches(pk, allowed));
  return {
    recall: wanted.size ? found.length / wanted.size : undefined,
    // A document whose annotated sentences hold no proper name says nothing about precision.
    precision: predKeys.size && wanted.size ? right.length / predKeys.size : undefined,
    gold: wanted.size,
    predicted: predKeys.size,
    missed: [...wanted.keys()].filter((k) => !found.some(([id]) => id === k)),
    wrong: [...predKeys.keys()].filter((k) => !right.some(([id]) => id === k)),
  };
}
