// Country lookups built once from the trimmed world-countries table.
import { nameKey } from "../text/normalize";
import { COUNTRY_ROWS } from "./countries.generated";

export interface Country {
  /** The common English name ("Pakistan"). */
  name: string;
  names: string[];
  demonyms: string[];
  capitals: string[];
}

// Short forms that news writes and the data package does not list. Generic, not story-specific.
const EXTRA_NAMES: Record<string, string[]> = {
  "United States": ["US", "U.S.", "U.S.A.", "America", "United States of America"],
  "United Kingdom": ["UK", "U.K.", "Britain", "Great Britain"],
  "United Arab Emirates": ["UAE", "U.A.E."],
  Russia: ["Russian Federation"],
  "DR Congo": ["Democratic Republic of the Congo", "DRC"],
};

let cache:
  | { byName: Map<string, Country>; byDemonym: Map<string, Country>; byCapital: Map<string, Country> }
  | undefined;

function tables(): NonNullable<typeof cache> {
  if (cache) return cache;
  const byName = new Map<string, Country>();
  const byDemonym = new Map<string, Country>();
  const byCapital = new Map<string, Country>();
  for (const [name, others, demonyms, capitals] of COUNTRY_ROWS) {
    const country: Country = {
      name,
      names: [name, ...others, ...(EXTRA_NAMES[name] ?? [])],
      demonyms: [...demonyms],
      // "Washington D.C." is written "Washington" when it stands for the government.
      capitals: capitals.flatMap((c) => [c, c.replace(/,?\s+D\.?C\.?$/, "")]),
    };
    for (const n of country.names) if (!byName.has(nameKey(n))) byName.set(nameKey(n), country);
    for (const d of country.demonyms) if (!byDemonym.has(nameKey(d))) byDemonym.set(nameKey(d), country);
    for (const c of country.capitals) if (!byCapital.has(nameKey(c))) byCapital.set(nameKey(c), country);
  }
  cache = { byName, byDemonym, byCapital };
  return cache;
}

/** The country a name stands for: "Pakistan", "Türkiye", "Turkey", "U.S." */
export function countryByName(name: string): Country | undefined {
  // Dotted abbreviations lose their dots in nameKey ("u s"), so try the compact form too.
  const key = nameKey(name);
  return tables().byName.get(key) ?? tables().byName.get(key.replace(/ /g, ""));
}

/** "Pakistani" -> Pakistan; also the plural ("Afghans"). */
export function countryByDemonym(word: string): Country | undefined {
  const key = nameKey(word);
  return (
    tables().byDemonym.get(key) ?? (key.endsWith("s") ? tables().byDemonym.get(key.slice(0, -1)) : undefined)
  );
}

export function countryByCapital(name: string): Country | undefined {
  return tables().byCapital.get(nameKey(name));
}
