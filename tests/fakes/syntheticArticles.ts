// Invented news articles, generated from a seed, for load tests and the benchmark. Every name is
// built from syllables, every outlet and figure is made up; no sentence comes from a real article.

/** A small deterministic PRNG (mulberry32), so a run is reproducible. */
export function rng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const ONSETS = ["b", "d", "f", "g", "k", "l", "m", "n", "p", "r", "s", "t", "v", "z", "br", "dr", "kl", "st"];
const VOWELS = ["a", "e", "i", "o", "u", "ai", "ou"];
const CODAS = ["", "", "n", "r", "s", "l", "m", "th"];
const WEEKDAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"];
const EVENTS = [
  { noun: "flood", verb: "swept through", figure: "killed" },
  { noun: "earthquake", verb: "struck", figure: "killed" },
  { noun: "fire", verb: "tore through", figure: "injured" },
  { noun: "bridge collapse", verb: "hit", figure: "killed" },
];
const BODIES = ["the fire brigade", "the health ministry", "the regional police", "the civil defence office"];
const VERBS = ["said", "told reporters", "said in a statement", "warned"];

function pick<T>(r: () => number, xs: readonly T[]): T {
  return xs[Math.floor(r() * xs.length)] as T;
}

function word(r: () => number, syllables = 2): string {
  let w = "";
  for (let i = 0; i < syllables; i++)
    w += pick(r, ONSETS) + pick(r, VOWELS) + (i === syllables - 1 ? pick(r, CODAS) : "");
  return w.charAt(0).toUpperCase() + w.slice(1);
}

export interface SyntheticArticle {
  title: string;
  raw: string;
}

/**
 * `count` articles about a handful of invented stories, each a few paragraphs long, with header
 * lines (title, outlet, date, URL) as a user would paste them. Stories repeat across outlets, so
 * the analysis finds shared actors, events and some disputed figures, as in real use.
 */
export function syntheticArticles(count: number, seed = 7): SyntheticArticle[] {
  const r = rng(seed);
  const stories = Array.from({ length: Math.max(1, Math.ceil(count / 8)) }, () => ({
    place: word(r, 3),
    region: word(r, 2),
    official: `${word(r, 2)} ${word(r, 3)}`,
    title: pick(r, ["Governor", "Mayor", "Minister"]),
    witness: `${word(r, 2)} ${word(r, 2)}`,
    event: pick(r, EVENTS),
    day: pick(r, WEEKDAYS),
    toll: 3 + Math.floor(r() * 40),
  }));
  const outlets = Array.from(
    { length: 12 },
    () => `The ${word(r, 2)} ${pick(r, ["Post", "Herald", "Wire", "Times"])}`,
  );
  return Array.from({ length: count }, (_, i) => {
    const s = stories[i % stories.length] as (typeof stories)[number];
    const outlet = pick(r, outlets);
    const toll = s.toll + (r() < 0.3 ? Math.floor(r() * 9) : 0);
    const day = 10 + (i % 15);
    const title = `${s.event.noun.charAt(0).toUpperCase()}${s.event.noun.slice(1)} in ${s.place}: ${toll} ${s.event.figure}`;
    const paragraphs = [
      `A ${s.event.noun} ${s.event.verb} ${s.place} in the ${s.region} region on ${s.day}, ${pick(r, BODIES)} ${pick(r, VERBS)}.`,
      `At least ${toll} people were ${s.event.figure} and dozens more were missing, according to ${pick(r, BODIES)}.`,
      `${s.title} ${s.official} ${pick(r, VERBS)} that rescue teams would keep working through the night.`,
      `"We heard a noise like thunder and then everything moved," said ${s.witness}, who lives near the river.`,
      `${s.official} denied that warnings had been ignored and promised an inquiry into the ${s.event.noun}.`,
      `Residents of ${s.place} gathered at the school, where volunteers handed out blankets and water.`,
      `It was the worst ${s.event.noun} in the ${s.region} region in ${10 + Math.floor(r() * 30)} years, officials said.`,
    ];
    const raw = [
      `Title: ${title}`,
      `Outlet: ${outlet}`,
      `Date: 2026-04-${String(day).padStart(2, "0")}`,
      `URL: https://news${i % 12}.example/${s.place.toLowerCase()}/${i}`,
      "",
      ...paragraphs.map((p) => `${p}\n`),
    ].join("\n");
    return { title, raw };
  });
}
