// Splits cleaned text into sentences with their offsets, so that every extracted item can point
// at the exact characters it came from.

export interface Sentence {
  text: string;
  start: number;
  end: number;
  /** Index of the paragraph (blank-line separated block) the sentence sits in. */
  paragraph: number;
  /** A wire dateline ("BRASK, June 12 (Northern Wire) -"): where and when the story was filed. */
  dateline?: true;
}

// A dateline opens a paragraph: a city in capitals, or a city with the filing date or the agency,
// then a dash or colon. Its date is the filing's, not an event's; its city is where the reporter was.
const DAY = String.raw`(?:[A-Z][a-z]{2,8}\.?\s+\d{1,2}(?:,?\s+\d{4})?|\d{1,2}\s+[A-Z][a-z]{2,8}\.?(?:\s+\d{4})?)`;
const AGENCY = String.raw`(?:\([^()\n]{2,40}\)|\/[^/\n]{2,40}\/)`;
const DATELINE = new RegExp(
  String.raw`^(?:[A-Z][A-Z.'-]{2,}(?:\s[A-Z][A-Z.'-]+){0,2}(?:,\s*[A-Z][A-Za-z.]+)?(?:,\s*${DAY})?\s*${AGENCY}?\s*(?:-{1,2}|:)` +
    String.raw`|[A-Z][a-z]+(?:[ -][A-Z][a-z]+){0,2}(?:,\s*[A-Z][a-z]+)?(?:,\s*${DAY}\s*${AGENCY}?|\s*${AGENCY})\s*-{1,2})(?=\s)`,
);

// Words after which a full stop does not end a sentence: titles, ranks, months and the like.
const ABBREVIATIONS = new Set(
  (
    "mr mrs ms dr prof sr jr st mt gen lt col maj capt cpt sgt cmdr adm brig gov sen rep rev hon pres " +
    "jan feb mar apr jun jul aug sep sept oct nov dec no nos vs etc inc ltd corp co dept est approx fig " +
    "u.s u.k u.n e.g i.e a.m p.m"
  ).split(" "),
);

/** Whether the word that ends `block[from, to)` (its full stop included) is an abbreviation. */
function isAbbreviation(block: string, from: number, to: number): boolean {
  // The word is the run of letters and dots before `to`, from its first letter; read backwards,
  // so that a long sentence costs no more than a short one.
  let a = to;
  while (a > from && /[A-Za-z.]/.test(block[a - 1] as string)) a--;
  while (a < to && block[a] === ".") a++;
  if (a === to) return false;
  const word = block.slice(a, to).toLowerCase().replace(/\.$/, "");
  if (ABBREVIATIONS.has(word)) return true;
  // A single capital initial ("Ana K. Petrov") or dotted initials ("U.S.").
  return /^[a-z]$/.test(word) || /^([a-z]\.)+[a-z]$/.test(word);
}

/**
 * Sentence boundaries: a terminator (. ! ?) optionally followed by closing quotes or brackets,
 * then white space, then something that can start a sentence. Paragraph breaks always end one.
 */
export function splitSentences(text: string): Sentence[] {
  const out: Sentence[] = [];
  let paragraph = 0;
  const paragraphRe = /[^\n]+(?:\n(?!\s*\n)[^\n]*)*/g;
  let pm: RegExpExecArray | null;
  let lastEnd = 0;
  while ((pm = paragraphRe.exec(text))) {
    if (/\n\s*\n/.test(text.slice(lastEnd, pm.index))) paragraph++;
    lastEnd = pm.index + pm[0].length;
    splitParagraph(pm[0], pm.index, paragraph, out);
  }
  return out;
}

function splitParagraph(block: string, offset: number, paragraph: number, out: Sentence[]): void {
  const boundary = /[.!?]+["')\]]*(?=\s+["'([]?[A-Z0-9])|\n/g;
  let start = 0;
  const dateline = DATELINE.exec(block);
  // "POSTED:", "NCAA:": a label or an acronym before a colon, not a city.
  if (
    dateline &&
    !/^(?:[A-Z]{1,4}:|(?:POSTED|UPDATED|PUBLISHED|SEE|NOTE|READ|WATCH|PHOTO|VIDEO|BREAKING|LIVE|UPDATE|EDITOR|MUST|ALSO|MORE|RELATED)\b)/.test(
      dateline[0],
    )
  ) {
    push(block, 0, dateline[0].length, offset, paragraph, out);
    (out[out.length - 1] as Sentence).dateline = true;
    start = boundary.lastIndex = dateline[0].length;
  }
  let m: RegExpExecArray | null;
  while ((m = boundary.exec(block))) {
    const end = m.index + m[0].length;
    if (
      m[0] !== "\n" &&
      m[0].startsWith(".") &&
      m[0].length === 1 &&
      isAbbreviation(block, start, m.index + 1)
    ) {
      continue;
    }
    push(block, start, m[0] === "\n" ? m.index : end, offset, paragraph, out);
    start = end;
  }
  push(block, start, block.length, offset, paragraph, out);
}

function push(
  block: string,
  from: number,
  to: number,
  offset: number,
  paragraph: number,
  out: Sentence[],
): void {
  let s = from;
  let e = to;
  while (s < e && /\s/.test(block[s] ?? "")) s++;
  while (e > s && /\s/.test(block[e - 1] ?? "")) e--;
  if (e > s) out.push({ text: block.slice(s, e), start: offset + s, end: offset + e, paragraph });
}
