// Matching reported conflicts against planted ones, as ../shared/eval/score.mjs does: two
// wanted values each match a different reported value, one containing the other as whole words.

export const norm = (s: string): string =>
  s
    .normalize("NFKD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, " ")
    .trim();

const contains = (hay: string, needle: string): boolean => ` ${norm(hay)} `.includes(` ${norm(needle)} `);

export function matchesTwo(values: string[], wanted: string[]): boolean {
  const used = new Set<number>();
  let n = 0;
  for (const w of wanted) {
    const i = values.findIndex((v, j) => !used.has(j) && (contains(v, w) || contains(w, v)));
    if (i >= 0) {
      used.add(i);
      n++;
    }
  }
  return n >= 2;
}
