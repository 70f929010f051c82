// Words that name events, and the small fixed set of event types they map to.

export const EVENT_TYPES = [
  "negotiation",
  "meeting",
  "visit",
  "attack",
  "explosion",
  "clash",
  "disaster",
  "accident",
  "legal",
  "protest",
  "election",
  "business",
  "statement",
  "other",
] as const;
export type EventType = (typeof EVENT_TYPES)[number];

const TRIGGERS: [EventType, string][] = [
  [
    "negotiation",
    "talks|negotiations?|peace process|peace talks|dialogue|round of talks|ceasefire talks|mediation",
  ],
  ["meeting", "meeting|meetings|summit|conference|met with|met"],
  ["visit", "visit|visited|visiting|trip to"],
  [
    "attack",
    "attacks?|attacked|strikes?|airstrikes?|air strikes?|air raids?|raids?|bombings?|bombed|shelling|shooting|shot|ambush|assault|offensive|massacre|stabbing|incursions?|drone strikes?",
  ],
  ["explosion", "explosions?|blasts?|exploded|detonat\\w+"],
  ["clash", "clashes|clashed|fighting|skirmish(?:es)?|battle|hostilities|firefight"],
  [
    "disaster",
    "earthquake|quake|tremors?|floods?|flooding|landslides?|tsunami|cyclone|hurricane|typhoon|storm|wildfires?|eruption|avalanche|drought",
  ],
  [
    "accident",
    "crash(?:ed)?|collision|collided|derail\\w*|capsiz\\w+|sank|sinking|shipwreck|collapse of the building|building collapse|fire broke out|accident",
  ],
  [
    "legal",
    "sentenced|sentencing|verdict|ruling|ruled|convicted|conviction|acquitted|trial|indicted|charged with|arrested|arrests?|detained",
  ],
  ["protest", "protests?|protesters|demonstrations?|rally|rallies|march"],
  ["election", "elections?|vote|voting|referendum|polls"],
  [
    "business",
    "acquisition|acquired|acquire|merger|takeover|launch(?:ed)?|unveiled|keynote|bankruptcy|layoffs",
  ],
  ["statement", "admission|admitted|announcement|announced"],
];

export const TRIGGER_RES: { type: EventType; re: RegExp }[] = TRIGGERS.map(([type, words]) => ({
  type,
  re: new RegExp(`\\b(${words})\\b`, "i"),
}));

/** The first event trigger in a sentence, with its type. */
export function findTrigger(sentence: string): { type: EventType; word: string; index: number } | undefined {
  let best: { type: EventType; word: string; index: number } | undefined;
  for (const { type, re } of TRIGGER_RES) {
    const m = re.exec(sentence);
    if (m && m[1] && (!best || m.index < best.index)) best = { type, word: m[1], index: m.index };
  }
  return best;
}
