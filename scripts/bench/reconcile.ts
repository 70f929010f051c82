// Resolve + reconcile time on synthetic ledgers of 100, 1,000 and 5,000 articles. Extraction
// is not timed: the articles are generated as mentions, shaped like what extraction gives
// (stories of several kinds, each told by several outlets over days, with name variants,
// undated follow-ups, recollections of older events, figures that rise, claims and denials).
// Prints each size's CPU time and how it grows against n log n: the target is 1,000 articles in
// 5 s or less, and growth no faster than n log n.
import { actorSlots, claimSlots, eventSlots, reconcile } from "../../src/core/reconcile";
import { resolveActors } from "../../src/core/resolve/actors";
import { addDays } from "../../src/core/text/days";
import { resolveEvents } from "../../src/core/resolve/events";
import type {
  ActorMention,
  Article,
  ArticleMentions,
  Claim,
  EventMention,
  Evidence,
} from "../../src/core/model";
import type { BenchSection } from "./types";
import { fixed } from "./util";

const SIZES = [100, 1_000, 5_000];

/** Small deterministic generator, so every run times the same ledger. */
function rng(seed: number): () => number {
  let s = seed >>> 0;
  return () => {
    s = (Math.imul(s ^ (s >>> 15), 2246822507) + 0x9e3779b9) >>> 0;
    s ^= s >>> 13;
    return (s >>> 0) / 4294967296;
  };
}

const SYLLABLES = "ka ro mi ten sul var dor ek li nu pas gor hal vi mes tor ben ul sa dra".split(" ");
const KINDS: [string, string][] = [
  ["disaster", "flood"],
  ["attack", "bombing"],
  ["negotiation", "talks"],
  ["business", "takeover"],
  ["accident", "crash"],
  ["legal", "verdict"],
];
const COMMON = "the officials said on and in after people were near city region day report new".split(" ");

interface Story {
  kind: [string, string];
  start: string;
  people: string[];
  org: string;
  place: string;
  words: string[];
  toll: number;
}

function word(r: () => number, syllables = 3): string {
  let w = "";
  for (let i = 0; i < syllables; i++) w += SYLLABLES[Math.floor(r() * SYLLABLES.length)];
  return w;
}
const cap = (w: string): string => w.charAt(0).toUpperCase() + w.slice(1);

function makeStory(r: () => number, i: number): Story {
  return {
    kind: KINDS[i % KINDS.length] as [string, string],
    start: addDays("2024-01-01", Math.floor(r() * 700)),
    people: [0, 1, 2].map(() => `${cap(word(r, 2))} ${cap(word(r, 3))}`),
    org: `${cap(word(r))} ${["Agency", "Ministry", "Group", "Council"][i % 4]}`,
    place: cap(word(r)),
    words: [0, 1, 2, 3, 4].map(() => word(r)),
    toll: 5 + Math.floor(r() * 80),
  };
}

function syntheticLedger(n: number): { articles: Map<string, Article>; mentions: ArticleMentions[] } {
  const r = rng(n);
  const stories = Array.from({ length: Math.max(3, Math.round(n / 8)) }, (_, i) => makeStory(r, i));
  const articles = new Map<string, Article>();
  const mentions: ArticleMentions[] = [];
  for (let a = 0; a < n; a++) {
    const story = stories[Math.floor(r() * stories.length)] as Story;
    const id = `S-${a.toString(16).padStart(8, "0")}`;
    const published = addDays(story.start, 1 + Math.floor(r() * 10));
    articles.set(id, {
      id,
      published,
      outlet: `Outlet ${a % 37}`,
      text: "",
      contentHash: id,
      words: 600,
      status: "ok",
    });
    let offset = 0;
    const ev = (sentence: string): Evidence => {
      const e = { source: id, sentence, start: offset, end: offset + sentence.length };
      offset += sentence.length + 1;
      return e;
    };
    const filler = (k: number): string =>
      Array.from({ length: k }, () => (r() < 0.6 ? COMMON[Math.floor(r() * COMMON.length)] : word(r))).join(
        " ",
      );
    const [kindType, kindWord] = story.kind;
    const lead = `${story.people[0]} said the ${kindWord} in ${story.place} ${story.words[0]} ${story.words[1]} ${filler(10)}.`;
    const actors: ActorMention[] = [
      {
        name: story.people[0] as string,
        type: "person",
        surface: story.people[0] as string,
        role: r() < 0.5 ? "Colonel" : "spokesman",
        evidence: ev(lead),
      },
      {
        name: (story.people[1] as string).split(" ")[1] as string,
        type: "person",
        surface: "x",
        role: "Major",
        evidence: ev(filler(12)),
      },
      {
        name: story.people[1] as string,
        type: "person",
        surface: story.people[1] as string,
        role: "Major",
        affiliation: story.org,
        evidence: ev(filler(12)),
      },
      { name: story.org, type: "organization", surface: story.org, evidence: ev(filler(12)) },
      { name: story.place, type: "place", surface: story.place, evidence: ev(filler(12)) },
      {
        name: "Norway",
        type: "country",
        surface: "Norwegian",
        canonical: "country:Norway",
        evidence: ev(filler(12)),
      },
    ];
    const dated = r() < 0.5;
    const toll = story.toll + Math.floor(r() * 6) * (r() < 0.3 ? 3 : 0);
    const events: EventMention[] = [
      {
        type: kindType,
        trigger: kindWord,
        summary: lead,
        participants: [story.org, story.people[0] as string],
        figures: [
          {
            what: "killed",
            value:
              r() < 0.3
                ? { min: toll, max: Infinity, text: `at least ${toll}` }
                : { min: toll, max: toll, text: String(toll) },
            attributedTo: r() < 0.5 ? "the health ministry" : "police",
            evidence: ev(filler(14)),
          },
        ],
        roles:
          r() < 0.5
            ? [
                {
                  role: "leader",
                  holderOf: `${story.org} team`,
                  name: story.people[Math.floor(r() * 2)] as string,
                  evidence: ev(filler(10)),
                },
              ]
            : [],
        ...(r() < 0.3 ? { status: ["collapsed", "resumed", "held"][Math.floor(r() * 3)] as string } : {}),
        ...(dated ? { date: { value: story.start, precision: "day" as const, text: "on Monday" } } : {}),
        place: r() < 0.8 ? story.place : `${story.place} Point`,
        evidence: ev(lead),
      },
      {
        type: kindType,
        trigger: kindWord,
        summary: "",
        participants: [story.org],
        figures: [],
        roles: [],
        evidence: ev(`The ${kindWord} ${story.words[2]} ${story.words[3]} ${filler(12)}.`),
      },
      {
        type: kindType,
        trigger: kindWord,
        summary: "",
        participants: [],
        figures: [{ what: "killed", value: { min: 40, max: 40, text: "40" }, evidence: ev(filler(10)) }],
        roles: [],
        recalled: true,
        date: { value: String(2010 + (a % 10)), precision: "year", text: "in 2015" },
        evidence: ev(`The earlier ${kindWord} of ${2010 + (a % 10)} ${filler(10)}.`),
      },
    ];
    const claims = [
      {
        claimer: story.people[0] as string,
        stance: "accuse" as const,
        text: `${story.org} ${story.words[4]} ${story.words[1]} ${filler(6)}`,
        evidence: ev(filler(14)),
      },
      {
        claimer: story.org,
        stance: "deny" as const,
        text: `${story.words[4]} ${story.words[1]} ${filler(6)}`,
        evidence: ev(filler(14)),
      },
    ];
    mentions.push({ source: id, actors, events, claims });
  }
  return { articles, mentions };
}

function runOnce(n: number): { resolve: number; reconcile: number; events: number; conflicts: number } {
  const { articles, mentions } = syntheticLedger(n);
  const published = new Map([...articles].map(([id, a]) => [id, a.published]));
  // CPU time, not wall time: on a shared machine the wall clock also counts other processes.
  const cpu = (): number => {
    const u = process.cpuUsage();
    return (u.user + u.system) / 1000;
  };
  const t0 = cpu();
  const actors = resolveActors(mentions.flatMap((m) => m.actors));
  const events = resolveEvents(
    mentions.flatMap((m) => m.events),
    published,
    actors,
  );
  const t1 = cpu();
  const claims: Claim[] = mentions.flatMap((m) =>
    m.claims.map((c, i) => {
      const claim: Claim = {
        id: `C-${m.source}-${i}`,
        claimer: c.claimer,
        stance: c.stance,
        text: c.text,
        source: m.source,
        evidence: c.evidence,
      };
      const who = actors.byName(c.claimer);
      if (who) claim.claimerId = who.id;
      return claim;
    }),
  );
  const slots = [
    ...eventSlots(events, articles, actors),
    ...actorSlots(actors, articles),
    ...claimSlots(claims, articles),
  ];
  const conflicts = reconcile(slots, articles);
  const t2 = cpu();
  return { resolve: t1 - t0, reconcile: t2 - t1, events: events.length, conflicts: conflicts.length };
}

export const reconcileSection: BenchSection = {
  name: "Resolve + reconcile on synthetic ledgers",
  async run() {
    const lines: string[] = [];
    const totals: [number, number][] = [];
    runOnce(100); // warm-up: the first run pays for compilation
    for (const n of SIZES) {
      const runs = n >= 5_000 ? 1 : 3;
      const results = Array.from({ length: runs }, () => runOnce(n)).sort(
        (a, b) => a.resolve + a.reconcile - (b.resolve + b.reconcile),
      );
      const r = results[Math.floor(results.length / 2)]!;
      const total = r.resolve + r.reconcile;
      totals.push([n, total]);
      lines.push(
        `  ${String(n).padStart(5)} articles: resolve ${fixed(r.resolve, 0).padStart(6)} ms + reconcile ${fixed(r.reconcile, 0).padStart(5)} ms = ${fixed(total / 1000, 2)} s  (${r.events} events, ${r.conflicts} conflicts)`,
      );
    }
    const at = (n: number): number => totals.find(([m]) => m === n)?.[1] ?? NaN;
    const nlogn = (n: number): number => n * Math.log(n);
    const growth = at(5_000) / at(1_000);
    lines.push(
      `  1,000 articles: ${fixed(at(1_000) / 1000, 2)} s (target <= 5 s)`,
      `  growth 1,000 -> 5,000: x${fixed(growth, 1)} (n log n would be x${fixed(nlogn(5_000) / nlogn(1_000), 1)}, n^2 x25)`,
    );
    return lines;
  },
};
