// Is a text in English? The extractors read English; an article in another language would come
// out as noise, so ingest refuses it with a clear message instead. Two cheap signals: the script
// of the letters, and the share of common English function words among Latin-script words.

const FUNCTION_WORDS = new Set(
  (
    "the of and to in a is was for on that with as by at from it he she his her they their be " +
    "has have had are were not but or an this which who said after will would been its also more " +
    "than about over into when there no one two new up out if we our you i"
  ).split(" "),
);

/** Below this share of function words, a Latin-script text of some length is not English. */
const MIN_FUNCTION_SHARE = 0.08;
/** Fewer words than this are too few to judge by function words. */
const MIN_WORDS_TO_JUDGE = 30;

/** Scripts named in the message, as Unicode names them, and the Chinese and Japanese scripts together. */
const SCRIPTS: [string, RegExp][] = [
  ...["Cyrillic", "Arabic", "Greek", "Hebrew", "Devanagari", "Thai"].map((name): [string, RegExp] => [
    name,
    new RegExp(`\\p{Script=${name}}`, "u"),
  ]),
  ["Chinese or Japanese", /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}]/u],
  ["Korean", /\p{Script=Hangul}/u],
];

/** Why `text` is not English, or undefined when it is (or is too short to tell). */
export function notEnglishReason(text: string): string | undefined {
  let letters = 0;
  let latin = 0;
  const others = new Map<string, number>();
  for (const ch of text.slice(0, 20_000)) {
    if (!/\p{L}/u.test(ch)) continue;
    letters++;
    if (/\p{Script=Latin}/u.test(ch)) {
      latin++;
      continue;
    }
    const script = SCRIPTS.find(([, re]) => re.test(ch))?.[0] ?? "a non-Latin";
    others.set(script, (others.get(script) ?? 0) + 1);
  }
  if (letters > 0 && latin / letters < 0.5) {
    const main = [...others].sort((a, b) => b[1] - a[1])[0]?.[0] ?? "a non-Latin";
    return `mostly written in ${main} script`;
  }
  const words = text.toLowerCase().match(/\p{Script=Latin}+/gu) ?? [];
  if (words.length < MIN_WORDS_TO_JUDGE) return undefined;
  const common = words.filter((w) => FUNCTION_WORDS.has(w)).length;
  if (common / words.length < MIN_FUNCTION_SHARE) return "almost none of the most common English words";
  return undefined;
}
