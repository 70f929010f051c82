// Small list helpers every stage uses: distinct values and grouping by key, both keeping the
// order in which things were first seen (so results do not depend on hashing or sorting).

/** The distinct values, in first-seen order. */
export const distinct = <T>(xs: Iterable<T>): T[] => [...new Set(xs)];

/** The distinct values that are not blank or missing, in first-seen order. */
export const filled = (xs: (string | undefined)[]): string[] => distinct(xs.filter((x): x is string => !!x));

/** Items grouped by a key, keys and items in first-seen order. */
export function groupByKey<T, K>(items: T[], keyOf: (item: T, index: number) => K): Map<K, T[]> {
  const groups = new Map<K, T[]>();
  for (const [i, item] of items.entries()) {
    const k = keyOf(item, i);
    const group = groups.get(k);
    if (group) group.push(item);
    else groups.set(k, [item]);
  }
  return groups;
}
