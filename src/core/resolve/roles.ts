// What a role or title says that another could contradict: a military rank, a minister's
// portfolio, the head-of-government office. Everything else in a role ("head of the special
// division", "spokesman") is description, compatible with any other description: one person
// is often a spokesman in one report and a senior official in another.

// Ranks, longest first so "lieutenant general" is read before "general": each the rank's name,
// then how it is abbreviated.
const RANKS: [RegExp, string][] = [
  "air chief marshal",
  "air marshal",
  "field marshal",
  "lieutenant general|lt\\.? gen\\.?|lt-gen",
  "major general|maj\\.? gen\\.?|maj-gen",
  "brigadier general|brig\\.? gen\\.?",
  "lieutenant colonel|lt\\.? col\\.?",
  "vice admiral",
  "rear admiral",
  "general|gen\\.?",
  "brigadier|brig\\.?",
  "colonel|col\\.?",
  "admiral|adm\\.?",
  "commodore",
  "major|maj\\.?",
  "lieutenant|lt\\.?",
  "sergeant|sgt\\.?",
  "corporal|cpl\\.?",
].map((forms) => [new RegExp(`\\b(?:${forms})\\b`), forms.split("|")[0] as string]);

/** A rank, if the role states one ("Major General" -> "major general"). */
export function rankOf(role: string): string | undefined {
  const r = role.toLowerCase();
  // "secretary general", "attorney general", "director general" are offices, not ranks.
  const cleaned = r.replace(
    /\b(secretary|attorney|director|inspector|solicitor|consul|governor)[- ]general\b/g,
    "",
  );
  return RANKS.find(([re]) => re.test(cleaned))?.[1];
}

// Words before "minister" that do not name a portfolio.
const NOT_PORTFOLIO = new Set([
  "the",
  "a",
  "an",
  "his",
  "her",
  "its",
  "their",
  "our",
  "senior",
  "cabinet",
  "country",
  "s",
]);

/**
 * The office a role names among those one person rarely holds two of at once: a minister's
 * portfolio ("defence minister", "minister of finance"), prime minister, president, vice
 * president. "Former" is dropped: a former president is still the president in older reports.
 */
export function officeOf(role: string): string | undefined {
  const r = role
    .toLowerCase()
    .replace(/\b(former|acting|interim|then|outgoing|incoming)\s+/g, "")
    .replace(/\bdefense\b/g, "defence")
    .replace(/\baffairs\s*/g, "");
  if (/\bprime minister\b/.test(r))
    return /\bdeputy prime minister\b/.test(r) ? "deputy prime minister" : "prime minister";
  if (/\bvice[- ]president\b/.test(r)) return "vice president";
  if (
    /\bpresident\b/.test(r) &&
    !/\bpresident of the\s+\w*\s*(?:court|bank|association|club|council|committee|board|federation|union)/.test(
      r,
    )
  )
    return "president";
  const before = /\b((?:deputy |junior |state )?)(\w+) minister\b/.exec(r);
  if (before && before[2] && !NOT_PORTFOLIO.has(before[2])) return `${before[1] ?? ""}${before[2]} minister`;
  const after = /\b((?:deputy |junior |state )?)minister (?:of|for) (?:the )?(\w+)/.exec(r);
  if (after && after[2] && !NOT_PORTFOLIO.has(after[2])) return `${after[1] ?? ""}${after[2]} minister`;
  return undefined;
}

/** Two roles that cannot both be true of one person at one time. */
export function rolesConflict(a: string, b: string): boolean {
  const [ra, rb] = [rankOf(a), rankOf(b)];
  if (ra && rb && ra !== rb) return true;
  const [oa, ob] = [officeOf(a), officeOf(b)];
  return !!oa && !!ob && oa !== ob;
}
