// Roles and affiliations read from the words around a person's name: "spokesman X", "X, head of
// the Y's Z Division", "General X of the Y", "AMD CEO X".
import { isRoleWord, peelTitle } from "../../lexicon/titles";
import { NAME_WORD, words } from "./typing";

/** Lower-case role words right before a name: "spokesman X", "the intelligence chief X", "Nairobi-based journalist X". */
export function roleBefore(text: string): string | undefined {
  const before = text.slice(-60);
  // The phrase ends in a role word: read the last word (before a comma and spaces) first, and run
  // the pattern, which backtracks over every word, only when it is one.
  let e = before.length;
  while (e > 0 && /\s/.test(before[e - 1] as string)) e--;
  if (before[e - 1] === ",") while (--e > 0 && /\s/.test(before[e - 1] as string));
  let k = e;
  while (k > 0 && !/[\s,(]/.test(before[k - 1] as string)) k--;
  if (!isRoleWord(before.slice(k, e))) return undefined;
  const m =
    /(?:^|[\s,(])((?:[\p{L}.]+-)?(?:[a-z]+-)?[a-z]+(?:\s+(?:[\p{L}.]+-)?[a-z-]+){0,2})\s*,?\s*$/u.exec(
      before,
    );
  if (!m || !m[1]) return undefined;
  const ws = m[1].split(/\s+/);
  // Keep the modifiers that belong to the role ("intelligence chief"), drop articles and verbs.
  let from = 0;
  ws.forEach((w, i) => {
    if (/^(the|a|an|its|their|his|her|and|said|by|of|to|with|for|from|as|that|was|is|when|after)$/.test(w))
      from = i + 1;
  });
  const kept = ws.slice(from);
  return kept.length ? kept.join(" ") : undefined;
}

/** ", head of the JIB's Special Response Unit," -> that role. Ages and "who" clauses are not roles. */
export function appositiveRole(after: string): string | undefined {
  const m = /^,\s+((?:the\s+|a\s+|an\s+)?[^,;:"()]{2,90}?)(?=,|;|\.(?:\s|$)|$| who\b| said\b)/u.exec(after);
  // ", while X sent its deputy minister,": a clause, not a description of the name.
  if (
    !m ||
    !m[1] ||
    /^(?:while|whereas|and|but|or|as|when|after|before|although|because|since|if|though)\s/i.test(m[1])
  )
    return undefined;
  const phrase = m[1].trim();
  const ws = phrase.split(/\s+/);
  // The role word comes early: "head of ...", "the group's spokesman", "a senior police officer".
  const head = ws.slice(0, 5).findIndex((w) => isRoleWord(w.replace(/'s$/, "")) && /^\p{Ll}/u.test(w));
  if (head < 0) return undefined;
  return phrase.replace(/^(the|a|an)\s+/i, "");
}

/** The first name inside a role phrase: "head of the JIB's Special Response Unit" -> "JIB". */
export function nameInRole(role: string): string | undefined {
  const m = /\b(\p{Lu}[\p{L}\p{N}&.-]*(?:\s+(?:of\s+)?\p{Lu}[\p{L}\p{N}&.-]*)*)/u.exec(role);
  return m?.[1];
}

/** "X of the Joint Intelligence Bureau" -> that organisation. */
export function affiliationAfter(after: string): string | undefined {
  const m = /^\s+of\s+(?:the\s+)?(\p{Lu}[\p{L}'-]*(?:\s+(?:of\s+)?\p{Lu}[\p{L}'-]*)*)/u.exec(after);
  return m?.[1]?.replace(/'s$/, "");
}

export interface TitleSplit {
  /** The words before the title: an affiliation ("Crawford County", "AMD"). */
  prefix: string;
  role: string;
  name: string;
}

/**
 * A title inside a capitalised span: "AMD CEO Rory Read", "Crawford County Deputy Prosecuting
 * Attorney Jacob Howell". `isNamed` says whether a prefix is recognised as an actor; the longest
 * recognised prefix wins, else the shortest.
 */
export function splitTitleInSpan(text: string, isNamed: (prefix: string) => boolean): TitleSplit | undefined {
  const ws = words(text);
  let best: TitleSplit | undefined;
  for (let i = 1; i < ws.length - 1; i++) {
    const { role, name } = peelTitle(ws.slice(i).join(" "));
    const nws = words(name);
    if (!role || nws.length < 1 || nws.length > 4 || !nws.every((w) => NAME_WORD.test(w))) continue;
    // "British Columbia Attorney | General X": a prefix ending in a title word cuts the title in two.
    if (isRoleWord(ws[i - 1] ?? "")) continue;
    const split = { prefix: ws.slice(0, i).join(" "), role, name };
    if (isNamed(split.prefix)) best = split;
    else best ??= split;
  }
  return best;
}
