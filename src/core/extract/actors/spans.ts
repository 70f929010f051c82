// Capitalised spans: the raw candidates for names. "Kenya's Defence Minister Amos Wekesa said"
// gives "Kenya" (possessive) and "Defence Minister Amos Wekesa". A hyphenated modifier
// ("Nairobi-based", "US-led") gives its name alone, and a compound of countries
// ("Kenya-Uganda border") gives each country.
import { CALENDAR_NAMES } from "../../lexicon/calendar";
import { countryByCapital, countryByDemonym, countryByName } from "../../lexicon/countries";
import { isRoleWord } from "../../lexicon/titles";
import { JOINED_PARTICLE, ORG_WORDS } from "./lexicon";

export interface NameSpan {
  text: string;
  /** Offsets within the sentence. */
  start: number;
  end: number;
  /** Followed by "'s". */
  possessive: boolean;
  /** The span begins the sentence (its first word may just be capitalised by position). */
  sentenceInitial: boolean;
  /** The lower-case tail of a hyphenated modifier: "based" for "Nairobi-based". */
  modifier?: string;
}

interface Token {
  text: string;
  start: number;
  end: number;
}

// Letters and digits; the Latin-1 and later blocks stand in for Unicode letters (a property
// class costs several times more to run on every word).
const TOKEN = /[A-Za-z0-9\u00C0-\u024F\u0370-\uFFFF][A-Za-z0-9\u00C0-\u024F\u0370-\uFFFF.'&-]*/g;
// Lower-case words allowed inside a name when capitalised words stand on both sides.
const CONNECTORS = new Set("of the al el bin ibn de du da del der van von la le y for on and".split(" "));
// Connectors that join only after an organisation word: "Commission for Human Rights", "Relief
// and Works Agency"; elsewhere they join two names ("Kenya and Uganda").
const ORG_CONNECTORS = new Set(["for", "on", "and"]);
// Days and months are capitalised but are dates, never part of a name.
// A month's short form is a date when dotted ("Jan.") or before a number ("Jan 5"); else it may be
// a name ("Colonel Jan de Vries").
const SHORT_MONTHS = "jan|feb|mar|apr|jun|jul|aug|sep|sept|oct|nov|dec";
const DATE_WORDS = new RegExp(`^(?:(?:${CALENDAR_NAMES})\\.?|(?:${SHORT_MONTHS})\\.)$`, "i");
const JOINED = new RegExp(`^${JOINED_PARTICLE}`, "u");
const MONTH_SHORT = new RegExp(`^(?:${SHORT_MONTHS})$`, "i");

export function isCapitalised(tok: string): boolean {
  const c = tok.charCodeAt(0);
  // Most words are plain ASCII: decide those without a regular expression.
  if (c >= 97 && c <= 122) return false;
  if (c >= 48 && c <= 57) return /^\d+[A-Za-z]*-\p{Lu}/u.test(tok);
  if (c < 65 || (c > 90 && c < 128) || (c >= 128 && !/^\p{Lu}/u.test(tok))) return false;
  return !DATE_WORDS.test(tok.replace(/'s$/, ""));
}

const isPlace = (w: string): boolean => !!(countryByName(w) || countryByDemonym(w) || countryByCapital(w));

function tokenize(sentence: string): Token[] {
  const tokens: Token[] = [];
  let m: RegExpExecArray | null;
  // Where the sentence's words end, before closing quotes and brackets.
  const end = sentence.replace(/[\s"'”’»)\]]+$/, "").length;
  TOKEN.lastIndex = 0;
  while ((m = TOKEN.exec(sentence))) {
    let text = m[0];
    // Trailing dots belong to the sentence unless the token is an initial, or has the shape of an
    // abbreviation ("Gen.", "St.") and words follow it: a short last word ("Bay.") ends the sentence.
    const last = TOKEN.lastIndex >= end;
    while (
      text.endsWith(".") &&
      !/^(\p{Lu}\.)+$/u.test(text) &&
      (last || !/^\p{Lu}\p{Ll}{0,2}\.$/u.test(text))
    )
      text = text.slice(0, -1);
    while (text.endsWith("-") || text.endsWith("'")) text = text.slice(0, -1);
    if (text) tokens.push({ text, start: m.index, end: m.index + text.length });
  }
  return tokens;
}

/**
 * Splits tokens that hold more than one name or a modifier: "Nairobi-based" -> "Nairobi" (with its
 * modifier), "Kenya-Uganda" -> "Kenya", "Uganda". Whole names with hyphens
 * ("Guinea-Bissau", "Jaish-e-Noor", "Hewlett-Packard") stay whole.
 */
function splitCompound(t: Token): (Token & { modifier?: string })[] {
  if (!t.text.includes("-") || !isCapitalised(t.text)) return [t];
  const modifier = /^(.*\p{L}[\p{L}.]*)-(\p{Ll}+)$/u.exec(t.text);
  if (modifier && modifier[1] && isCapitalised(modifier[1]) && !/-\p{Ll}+-/u.test(t.text)) {
    const head = modifier[1];
    return [{ text: head, start: t.start, end: t.start + head.length, modifier: modifier[2] }];
  }
  if (isPlace(t.text)) return [t];
  const parts = t.text.split("-");
  if (parts.length < 2 || !parts.every((p) => isCapitalised(p)) || !parts.some(isPlace)) return [t];
  const out: Token[] = [];
  let at = t.start;
  for (const p of parts) {
    out.push({ text: p, start: at, end: at + p.length });
    at += p.length + 1;
  }
  return out;
}

/** Finds capitalised spans in a sentence. */
/** The character before `at`, spaces skipped. */
function charBefore(s: string, at: number): string {
  let k = at - 1;
  while (k >= 0 && s[k] === " ") k--;
  return k >= 0 ? (s[k] as string) : "";
}

const isLetter = (c: string | undefined): boolean => !!c && /\p{L}/u.test(c);

export function findNameSpans(sentence: string): NameSpan[] {
  const raw = tokenize(sentence);
  const firstWordStart = raw[0]?.start ?? 0;
  const tokens: (Token & { modifier?: string })[] = [];
  for (const t of raw) {
    if (t.text.includes("-")) tokens.push(...splitCompound(t));
    else tokens.push(t);
  }
  // "Academy of Arts and Sciences": "and" and "for" join only after an organisation word.
  // An acronym that opens a longer name stands for an organisation too ("UN Relief and Works Agency"),
  // unless a title follows it: "RCMP Sgt. Tim Shields and ..." is a person.
  const orgSoFar = (from: number, to: number): boolean => {
    const ws = sentence.slice(from, to).split(" ");
    return (
      ws.some((w) => ORG_WORDS.has(w.toLowerCase())) ||
      (ws.length > 1 && /^[A-Z]{2,}$/.test(ws[0] ?? "") && !ws.some((w) => isRoleWord(w)))
    );
  };
  for (let k = 0; k + 1 < tokens.length; k++) {
    const t = tokens[k] as Token;
    if (MONTH_SHORT.test(t.text) && /^\d/.test((tokens[k + 1] as Token).text)) t.text = t.text.toLowerCase();
  }
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
    let hasOf = false;
    for (;;) {
      const cur = tokens[j];
      if (!cur || cur.modifier) break;
      // "Kenya's", and "Wells'" (the apostrophe after a final s).
      const apostropheS = cur.text.endsWith("'s");
      if (
        apostropheS ||
        (cur.text.endsWith("s") && sentence[cur.end] === "'" && !isLetter(sentence[cur.end + 1]))
      ) {
        possessive = true;
        end = apostropheS ? cur.end - 2 : cur.end;
        break;
      }
      const next = tokens[j + 1];
      if (!next || next.modifier) break;
      const spaced = next.start === cur.end + 1 && sentence[cur.end] === " ";
      if (!spaced && !(next.start === cur.end + 3 && sentence.slice(cur.end, next.start) === " & ")) break;
      // "Abu Omar al-Masri": a particle joined to a capital goes on with the name.
      if (isCapitalised(next.text) || JOINED.test(next.text)) {
        j++;
        end = next.end;
        continue;
      }
      // "Joint Intelligence-Services Bureau", "Islamic Republic of Iran": a connector then a capital.
      const after = tokens[j + 2];
      // "International Committee of the Red Cross": "of the" inside an organisation's name.
      const afterThe = tokens[j + 3];
      if (
        next.text === "of" &&
        after?.text === "the" &&
        afterThe &&
        afterThe.start === after.end + 1 &&
        isCapitalised(afterThe.text) &&
        orgSoFar(t.start, cur.end)
      ) {
        hasOf = true;
        j += 3;
        end = afterThe.end;
        continue;
      }
      if (!after || !CONNECTORS.has(next.text) || after.start !== next.end + 1 || !isCapitalised(after.text))
        break;
      if (ORG_CONNECTORS.has(next.text) && (!(hasOf || orgSoFar(t.start, cur.end)) || isPlace(after.text)))
        break;
      // "Kestrel Holdings and Velm Group": a name already ending in its organisation word is whole.
      if (
        next.text === "and" &&
        !hasOf &&
        (ORG_WORDS.has(cur.text.toLowerCase()) || /^[A-Z]{2,}$/.test(cur.text))
      )
        break;
      if (next.text === "of") hasOf = true;
      j += 2;
      end = after.end;
    }
    const span: NameSpan = {
      text: sentence.slice(t.start, end),
      start: t.start,
      end,
      possessive,
      sentenceInitial: t.start === firstWordStart || '"(:'.includes(charBefore(sentence, t.start) || "x"),
    };
    if (t.modifier && j === i) span.modifier = t.modifier;
    spans.push(span);
    i = j + 1;
  }
  return spans;
}
