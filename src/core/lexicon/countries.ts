// Country lookups built once from the trimmed world-countries table.
import { nameKey } from "../text/normalize";
import { COUNTRY_TABLE } from "./countries.generated";

export interface Country {
  /** The common English name ("Kenya"). */
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
  const list = (s: string | undefined): string[] => (s ? s.split(",") : []);
  for (const row of COUNTRY_TABLE.split(";")) {
    const [name = "", others, demonyms, capitals] = row.split("|");
    if (!name) continue;
    const country: Country = {
      name,
      names: [name, ...list(others), ...(EXTRA_NAMES[name] ?? [])],
      demonyms: list(demonyms),
      // "Washington D.C." is written "Washington" when it stands for the government.
      capitals: list(capitals).flatMap((c) => [c, c.replace(/,?\s+D\.?C\.?$/, "")]),
    };
    for (const n of country.names) if (!byName.has(nameKey(n))) byName.set(nameKey(n), country);
    for (const d of country.demonyms) if (!byDemonym.has(nameKey(d))) byDemonym.set(nameKey(d), country);
    for (const c of country.capitals) if (!byCapital.has(nameKey(c))) byCapital.set(nameKey(c), country);
  }
  cache = { byName, byDemonym, byCapital };
  return cache;
}

/** Official long forms: "Islamic Republic of Iran", "the Kingdom of Bahrain". */
const OFFICIAL_FORM =
  /^(?:the )?(?:(?:democratic|federal|islamic|socialist|people|arab|federative|plurinational|bolivarian|cooperative|independent|united|oriental|hashemite) )*(?:republic|kingdom|state|federation|commonwealth|union|principality|sultanate|grand duchy|emirate) of (?:the )?/;

/** The country a name stands for: "Kenya", "Türkiye", "Turkey", "U.S.", "Republic of Korea". */
export function countryByName(name: string): Country | undefined {
  // Dotted abbreviations lose their dots in nameKey ("u s"), so try the compact form too.
  const key = nameKey(name);
  const t = tables();
  const short = OFFICIAL_FORM.test(key) ? key.replace(OFFICIAL_FORM, "") : undefined;
  return (
    t.byName.get(key) ?? t.byName.get(key.replace(/ /g, "")) ?? (short ? t.byName.get(short) : undefined)
  );
}

/** "Kenyan" -> Kenya; also the plural ("Ugandans"). */
export function countryByDemonym(word: string): Country | undefined {
  const key = nameKey(word);
  return (
    tables().byDemonym.get(key) ?? (key.endsWith("s") ? tables().byDemonym.get(key.slice(0, -1)) : undefined)
  );
}

export function countryByCapital(name: string): Country | undefined {
  return tables().byCapital.get(nameKey(name));
}
