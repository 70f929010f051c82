// Words that name events, the small fixed set of event types they map to, and the contexts in
// which a trigger word names no event that happened ("to stop attacks", "no talks are planned").

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
  // Before the attack words, so that at one position a workers' strike reads as a protest.
  [
    "protest",
    "(?:\\d+|[a-z]+)-(?:hour|day|week) strike|strikes? by (?:[a-z]+ ){0,2}(?:workers|staff|employees|unions?|nurses|doctors|teachers|drivers|pilots|miners|dockers)|(?:workers|staff|employees|union|nurses|doctors|teachers|drivers|pilots|miners)'? strikes?|(?:called(?: off)?|ended|staged|began|started|suspended|joined) (?:a|an|the|its|their) (?!air |drone |missile |military )(?:[a-z-]+ )?strike",
  ],
  [
    "negotiation",
    "talks|negotiations?|peace process|peace talks|dialogue|round of talks|ceasefire talks|mediation|truce talks",
  ],
  [
    "meeting",
    "meeting|meetings|summit|conference|met with|met (?:on|in|at|for|again|directly|separately|privately|face to face)|phone call|telephone call|video call|keynote",
  ],
  ["visit", "visit|visited|visiting|trip to|state visit"],
  [
    "attack",
    "attacks?|attacked|(?:of|for) attacking|strikes?|airstrikes?|air strikes?|air raids?|raids?|bombings?|bombed|shelling|shelled|shooting|shot dead|gunned down|ambush(?:ed)?|assault|offensive|massacre|stabbing|incursions?|drone strikes?|hijack(?:ed|ing)?|kidnapp(?:ed|ing)|murder(?:ed)?|killings",
  ],
  ["explosion", "explosions?|blasts?|exploded|detonat\\w+"],
  ["clash", "clashes|clashed|fighting|skirmish(?:es)?|battle|hostilities|firefight|gunfight"],
  [
    "disaster",
    "earthquake|quake|tremors?|aftershocks?|floods?|flooding|landslides?|mudslides?|tsunami|cyclone|hurricane|typhoon|storm|wildfires?|bushfires?|eruption|avalanche|drought|heatwave",
  ],
  [
    "accident",
    "crash(?:ed|es)?|collision|collided|derailment|derailed|capsiz\\w+|sank|sinking|shipwreck|(?:building|bridge|roof|mine|dam) collapse|collapse of the (?:building|bridge|roof|mine|dam)|fire broke out|blaze|accident|hit-and-run|ran aground|went down",
  ],
  [
    "legal",
    "sentenced|sentencing|fined|verdict|ruling (?:that|on|in|against)|ruled|convicted|conviction|acquitted|trial|indicted|indictment|charged with|charged|arrested|arrests?|detained|found guilty|pleaded|lawsuit|sued|jury",
  ],
  [
    "protest",
    "protests?|protesters|demonstrations?|rally|rallies|marches|marched|protest march|on strike|general strike|strike action|walkout|sit-in",
  ],
  ["election", "elections?|vote|voting|referendum|polls|ballot"],
  [
    "business",
    "acquisition|acquired|acquire|acquires|merger|takeover|bought|buyout|launch(?:ed|es)?|unveil(?:ed|s)?|bankruptcy|layoffs|ipo|deal to buy|(?:agreed|agrees|offered|offers|bid)(?:\\s+[\\w-]+){0,3}?\\s+to\\s+(?:buy|purchase|sell|take over)|sold (?:to|for)|sale of",
  ],
  [
    "statement",
    "admission|admitted|announcement|announced|reversal|reversed (?:its|their|his|her|the) (?:position|stance|decision)|changed (?:its|their|his|her) (?:position|stance|mind)|u-turn|backtrack(?:ed)?",
  ],
];

/** Weaker triggers, read only when a sentence has no other: a delegation acting is a party to talks. */
const FALLBACK_TRIGGERS: [EventType, string][] = [
  ["negotiation", "delegations?|negotiators|negotiating team"],
];

/** One pattern for all types, a group per type: one pass over the sentence finds every trigger. */
interface TriggerPattern {
  types: EventType[];
  re: RegExp;
}
const compile = (list: [EventType, string][]): TriggerPattern => ({
  types: list.map(([type]) => type),
  re: new RegExp(`\\b(?:${list.map(([, words]) => `(${words})`).join("|")})\\b`, "gi"),
});

const PATTERN = compile(TRIGGERS);
const FALLBACK = compile(FALLBACK_TRIGGERS);

/**
 * Words before a trigger that say the event did not happen or is not this one: "to stop attacks",
 * "no talks", "future strikes", "fears of clashes", "the threat of a strike".
 */
const NOT_OCCURRING =
  /\b(?:stop|stopping|prevent|preventing|halt|halting|end|ending|avoid|avoiding|deter|deterring|against|no|any|future|possible|potential|threat of|threats of|risk of|fear of|fears of|warned of|warning of|plans? for|intention|intent|capable|aim|calls? for|ready for|prepare for|preparing for|without)\s+(?:[\w-]+\s+){0,2}$/i;
/** "derailed the meeting", "sank his hopes": a trigger verb with an object is a figure of speech. */
const FIGURATIVE = /^(?:derailed|collapsed|sank|crashed|exploded)$/i;

export interface Trigger {
  type: EventType;
  word: string;
  index: number;
}

/** "launched an attack" is an attack, not a product launch. */
const NOT_BUSINESS =
  /^\s+(?:(?:an?|the|its|their)\s+)?(?:\w+\s+)?(?:attacks?|offensive|strikes?|raids?|operations?|investigation|probe|inquiry|appeal|campaign|search|rescue)\b/i;

/** "prevent X from carrying out strikes", "an agreement allowing drone strikes": in the clause before. */
const HYPOTHETICAL =
  /\b(?:prevent\w*|stop\w*|halt\w*|avoid\w*|deter\w*|ban\w*|allow\w*|permit\w*|to launch|to carry out|to conduct|to stage|to mount|in case of|in the event of)\b[^,;:.]*$/i;

function occurs(sentence: string, t: Trigger): boolean {
  if (NOT_OCCURRING.test(sentence.slice(Math.max(0, t.index - 40), t.index))) return false;
  if (HYPOTHETICAL.test(sentence.slice(Math.max(0, t.index - 60), t.index))) return false;
  if (t.type === "business" && NOT_BUSINESS.test(sentence.slice(t.index + t.word.length))) return false;
  if (
    FIGURATIVE.test(t.word) &&
    /^\s+(?:the|a|an|its|their|his|her|any|all)\b/i.test(sentence.slice(t.index + t.word.length))
  )
    return false;
  return true;
}

function scan(sentence: string, { types, re }: TriggerPattern): Trigger[] {
  const out: Trigger[] = [];
  re.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = re.exec(sentence))) {
    const g = m.findIndex((x, i) => i > 0 && x !== undefined);
    const type = types[g - 1];
    if (!type) continue;
    const t = { type, word: m[g] ?? m[0], index: m.index };
    if (occurs(sentence, t)) out.push(t);
  }
  // Where two triggers start at one word ("strike" and "strike action"), the longer wins.
  out.sort((a, b) => a.index - b.index || b.word.length - a.word.length);
  const kept: Trigger[] = [];
  for (const t of out) {
    const last = kept[kept.length - 1];
    if (last && t.index < last.index + last.word.length) continue;
    kept.push(t);
  }
  return kept;
}

/** Every event trigger of a sentence that names something that happened, in order. */
export function findTriggers(sentence: string): Trigger[] {
  const found = scan(sentence, PATTERN);
  return found.length ? found : scan(sentence, FALLBACK);
}

/** The first event trigger in a sentence, with its type. */
export function findTrigger(sentence: string): Trigger | undefined {
  return findTriggers(sentence)[0];
}
