// Capitalised spans: the raw candidates for names. "Pakistan's Defence Minister Khwaja Asif said"
// gives "Pakistan" (possessive) and "Defence Minister Khwaja Asif".

export interface NameSpan {
  text: string;
  /** Offsets within the sentence. */
  start: number;
  end: number;
  /** Followed by "'s". */
  possessive: boolean;
  /** The span begins the sentence (its first word may just be capitalised by position). */
  sentenceInitial: boolean;
}

const TOKEN = /[\p{L}\p{N}][\p{L}\p{N}.'&-]*/gu;
// Lower-case words allowed inside a name when capitalised words stand on both sides.
const CONNECTORS = new Set([
  "of",
  "the",
  "al",
  "el",
  "bin",
  "ibn",
  "de",
  "du",
  "da",
  "del",
  "der",
  "van",
  "von",
  "la",
  "le",
  "y",
  "for",
]);
// Days and months are capitalised but are dates, never part of a name.
const DATE_WORDS =
  /^(monday|tuesday|wednesday|thursday|friday|saturday|sunday|january|february|march|april|may|june|july|august|september|october|november|december)$/i;

function isCapitalised(tok: string): boolean {
  if (DATE_WORDS.test(tok)) return false;
  const first = tok[0] ?? "";
  return first !== first.toLowerCase() || /^\d+[A-Za-z]*-[A-Z]/.test(tok);
}

/** Finds capitalised spans in a sentence. */
export function findNameSpans(sentence: string): NameSpan[] {
  const tokens: { text: string; start: number; end: number }[] = [];
  let m: RegExpExecArray | null;
  TOKEN.lastIndex = 0;
  while ((m = TOKEN.exec(sentence))) {
    let text = m[0];
    // Trailing dots belong to the sentence unless the token is an initial or an abbreviation.
    while (text.endsWith(".") && !/^([A-Z]\.)+$/.test(text) && !/^[A-Z][a-z]{0,2}\.$/.test(text))
      text = text.slice(0, -1);
    while (text.endsWith("-") || text.endsWith("'")) text = text.slice(0, -1);
    if (text) tokens.push({ text, start: m.index, end: m.index + text.length });
  }
  const firstWordStart = tokens[0]?.start ?? 0;
  const spans: NameSpan[] = [];
  let i = 0;
  while (i < tokens.length) {
    const t = tokens[i];
    if (!t || !isCapitalised(t.text)) {
      i++;
      continue;
    }
    let j = i;
    let end = t.end;
    let possessive = false;
    for (;;) {
      const cur = tokens[j];
      if (!cur) break;
      if (/'s$/.test(cur.text)) {
        possessive = true;
        end = cur.end - 2;
        break;
      }
      const gap = sentence.slice(cur.end, tokens[j + 1]?.start ?? cur.end);
      const next = tokens[j + 1];
      if (!next || gap !== " ") break;
      if (isCapitalised(next.text)) {
        j++;
        end = next.end;
        continue;
      }
      // "Inter-Services Intelligence", "Islamic Republic of Iran": a connector then a capital.
      const after = tokens[j + 2];
      if (
        CONNECTORS.has(next.text) &&
        after &&
        isCapitalised(after.text) &&
        sentence.slice(next.end, after.start) === " "
      ) {
        j += 2;
        end = after.end;
        continue;
      }
      break;
    }
    spans.push({
      text: sentence.slice(t.start, end),
      start: t.start,
      end,
      possessive,
      sentenceInitial: t.start === firstWordStart || /["(]\s*$/.test(sentence.slice(0, t.start)),
    });
    i = j + 1;
  }
  return spans;
}
