import { resolveActors } from "../../../src/core/resolve/actors";
import { resolveEvents } from "../../../src/core/resolve/events";
import { featuresOf, introducesAnother, roundOf } from "../../../src/core/resolve/eventFeatures";
import { linkScore, type LinkWeights } from "../../../src/core/resolve/eventLinks";
import { Idf } from "../../../src/core/resolve/words";
import type { EventMention } from "../../../src/core/model";
import { actor, day, event, evidence } from "../../helpers/mentions";

const actors = resolveActors([
  actor("S1", "Velmora", "place"),
  actor("S1", "Tarn", "place"),
  actor("S1", "Orsk Brigade", "organization"),
  actor("S2", "Orsk Brigade", "organization"),
]);

function resolve(mentions: EventMention[], published: Record<string, string | undefined>) {
  return resolveEvents(mentions, new Map(Object.entries(published)), actors);
}

/** The events as sets of "source@first words", for readable expectations. */
const shape = (events: ReturnType<typeof resolve>): string[][] =>
  events
    .map((e) =>
      e.mentions
        .map((m) => `${m.evidence.source}:${m.evidence.sentence.split(" ").slice(0, 3).join(" ")}`)
        .sort(),
    )
    .sort((a, b) => a[0]!.localeCompare(b[0]!));

describe("resolveEvents", () => {
  it("makes one event of mentions whose type, date and place agree across sources", () => {
    const events = resolve(
      [
        event("S1", "A bomb attack in Velmora on Tuesday killed nine.", {
          date: day("2026-05-05"),
          place: "Velmora",
        }),
        event("S2", "The Velmora bombing on Tuesday was the worst this year.", {
          type: "explosion",
          date: day("2026-05-05"),
          place: "Velmora",
        }),
      ],
      { S1: "2026-05-06", S2: "2026-05-07" },
    );
    expect(events).toHaveLength(1);
    expect(events[0]).toMatchObject({ date: "2026-05-05", place: "Velmora", sources: ["S1", "S2"] });
  });

  it("joins undated follow-up reports on shared rare words and participants, not on the story's common words", () => {
    const events = resolve(
      [
        event("S1", "Gunmen of the Orsk Brigade ambushed a grain convoy near the Halder pass.", {
          participants: ["Orsk Brigade"],
        }),
        event("S2", "The Orsk Brigade said its fighters ambushed the grain convoy at Halder pass.", {
          participants: ["Orsk Brigade"],
        }),
        event("S2", "Separately, an attack on a police post wounded two officers.", {}),
      ],
      { S1: "2026-05-06", S2: "2026-05-08" },
    );
    expect(shape(events)).toEqual([
      ["S1:Gunmen of the", "S2:The Orsk Brigade"],
      ["S2:Separately, an attack"],
    ]);
  });

  it("keeps a second round of talks a week later apart, and rounds with different numbers apart", () => {
    const talks = (source: string, sentence: string, extra: Partial<EventMention> = {}) =>
      event(source, sentence, { type: "negotiation", trigger: "talks", place: "Tarn", ...extra });
    const events = resolve(
      [
        talks("S1", "Talks in Tarn opened on Monday.", { date: day("2026-03-02") }),
        talks("S2", "Delegates met in Tarn on Monday for talks.", {
          date: day("2026-03-02"),
          type: "meeting",
        }),
        talks("S3", "A second round of talks in Tarn began on Monday.", { date: day("2026-03-09") }),
        talks("S4", "The third round of talks ended without a deal.", {}),
        talks("S5", "The second round of talks in Tarn was tense.", {}),
      ],
      { S1: "2026-03-03", S2: "2026-03-03", S3: "2026-03-10", S4: "2026-03-11", S5: "2026-03-11" },
    );
    expect(shape(events)).toEqual([
      ["S1:Talks in Tarn", "S2:Delegates met in"],
      ["S3:A second round", "S5:The second round"],
      ["S4:The third round"],
    ]);
  });

  it("keeps two attacks in different places of one article apart, and a recollection apart from the news", () => {
    const events = resolve(
      [
        event("S1", "A car bomb exploded in Velmora, killing four.", { place: "Velmora" }),
        event("S1", "Hours later gunmen attacked a checkpoint in Tarn.", { place: "Tarn" }),
        event("S1", "The attack recalled the earlier bombing of 2019 in the same street.", {
          recalled: true,
        }),
      ],
      { S1: "2026-05-06" },
    );
    expect(events).toHaveLength(3);
  });

  it("does not let an old written date or a later one join undated news", () => {
    const events = resolve(
      [
        event("S1", "The flood destroyed the Tarn bridge.", {
          type: "disaster",
          trigger: "flood",
          place: "Tarn",
        }),
        event("S2", "The 2011 flood destroyed the Tarn bridge too.", {
          type: "disaster",
          trigger: "flood",
          place: "Tarn",
          date: { value: "2011", precision: "year", text: "2011" },
        }),
        event("S3", "A flood hit Tarn bridge on 20 June.", {
          type: "disaster",
          trigger: "flood",
          place: "Tarn",
          date: day("2026-06-20"),
        }),
      ],
      { S1: "2026-05-10", S2: "2026-05-11", S3: "2026-06-21" },
    );
    expect(events).toHaveLength(3);
  });

  it("reads a date that dates the report, not the event, as no date of the event", () => {
    const events = resolve(
      [
        event("S1", "Gunmen ambushed the grain convoy near Halder pass.", {}),
        event("S2", "The ministry said on Friday that gunmen ambushed the grain convoy near Halder pass.", {
          date: day("2026-05-08", "on Friday"),
        }),
      ],
      { S1: "2026-05-03", S2: "2026-05-09" },
    );
    expect(events).toHaveLength(1);
    expect(events[0]).toMatchObject({ date: "2026-05-03", dateBasis: "report" });
  });

  it("reads a date after the event's own word as the event's, even after a saying", () => {
    const [e] = resolve(
      [
        event("S1", "Police said the blast on Friday killed 12 people.", {
          type: "explosion",
          trigger: "blast",
          date: day("2026-05-08", "on Friday"),
        }),
      ],
      { S1: "2026-05-09" },
    );
    expect(e).toMatchObject({ date: "2026-05-08", datePrecision: "day" });
  });

  it("keeps two statements of one article apart unless the later refers back to the one before", () => {
    const events = resolve(
      [
        event("S1", "Norland admitted it had a fishing pact with a foreign country.", {
          type: "statement",
          trigger: "admitted",
        }),
        event("S1", "After a call from the capital, the negotiators reversed their position.", {
          type: "statement",
          trigger: "reversed their position",
        }),
        event("S1", "This sudden reversal ended the session.", { type: "statement", trigger: "reversal" }),
      ],
      { S1: "2026-05-06" },
    );
    expect(shape(events)).toEqual([
      ["S1:After a call", "S1:This sudden reversal"],
      ["S1:Norland admitted it"],
    ]);
  });

  it("dates an event no source dates by its first report, and says so", () => {
    const events = resolve(
      [
        event("S1", "Gunmen of the Orsk Brigade ambushed a grain convoy near Tarn.", {
          participants: ["Orsk Brigade"],
          place: "Tarn",
        }),
        event("S2", "The Orsk Brigade ambushed the grain convoy near Tarn, officials said.", {
          participants: ["Orsk Brigade"],
          place: "Tarn",
        }),
      ],
      { S1: "2026-05-09", S2: "2026-05-07" },
    );
    expect(events).toHaveLength(1);
    expect(events[0]).toMatchObject({ date: "2026-05-07", dateBasis: "report" });
    expect(events[0]?.datePrecision).toBeUndefined();
  });

  it("keeps a written date over the first report, and dates no recollection or undated article", () => {
    const [written] = resolve(
      [
        event("S1", "Gunmen ambushed a grain convoy near Tarn.", { place: "Tarn" }),
        event("S2", "Gunmen ambushed a grain convoy near Tarn on Tuesday.", {
          place: "Tarn",
          date: day("2026-05-05", "on Tuesday"),
        }),
      ],
      { S1: "2026-05-06", S2: "2026-05-07" },
    );
    expect(written).toMatchObject({ date: "2026-05-05", datePrecision: "day" });
    expect(written?.dateBasis).toBeUndefined();
    const [recalled] = resolve(
      [event("S1", "The town recalled an earlier ambush near Tarn years ago.", { recalled: true })],
      { S1: "2026-05-06" },
    );
    expect(recalled?.date).toBeUndefined();
    const [undated] = resolve([event("S1", "Gunmen ambushed a grain convoy near Tarn.", {})], {
      S1: undefined,
    });
    expect(undated?.date).toBeUndefined();
  });

  it("gives the same ids whatever the input order, and keeps them when a later report is added", () => {
    const a = event("S1", "A bomb attack in Velmora on Tuesday killed nine.", {
      date: day("2026-05-05"),
      place: "Velmora",
    });
    const b = event("S2", "The Velmora attack on Tuesday killed eleven.", {
      date: day("2026-05-05"),
      place: "Velmora",
    });
    const later = event("S3", "The Velmora attack of 5 May killed twelve.", {
      date: day("2026-05-05"),
      place: "Velmora",
    });
    const pub = { S1: "2026-05-06", S2: "2026-05-07", S3: "2026-05-09" };
    const first = resolve([a, b], pub).map((e) => e.id);
    expect(resolve([b, a], pub).map((e) => e.id)).toEqual(first);
    expect(resolve([later, b, a], pub).map((e) => e.id)).toEqual(first);
  });
});

describe("rules on whole events, beyond pairs of mentions", () => {
  const flood = (source: string, sentence: string, date: EventMention["date"]) =>
    event(source, sentence, { type: "disaster", trigger: "flood", place: "Tarn", date });

  it("keeps reports dated to neighbouring months apart", () => {
    const month = (value: string, text: string) => ({ value, precision: "month" as const, text });
    const events = resolve(
      [
        flood(
          "S1",
          "A flood swept through Tarn in March, destroying the old mill.",
          month("2026-03", "in March"),
        ),
        flood(
          "S2",
          "A flood swept through Tarn in April, destroying the old mill.",
          month("2026-04", "in April"),
        ),
      ],
      { S1: "2026-04-20", S2: "2026-04-21" },
    );
    expect(events).toHaveLength(2);
  });

  it("does not chain written dates a day apart into one event spanning three days", () => {
    const events = resolve(
      [
        flood(
          "S1",
          "A flood swept through Tarn on 5 May, destroying the old mill.",
          day("2026-05-05", "on 5 May"),
        ),
        flood(
          "S2",
          "A flood swept through Tarn on 6 May, destroying the old mill.",
          day("2026-05-06", "on 6 May"),
        ),
        flood(
          "S3",
          "A flood swept through Tarn on 7 May, destroying the old mill.",
          day("2026-05-07", "on 7 May"),
        ),
      ],
      { S1: "2026-05-08", S2: "2026-05-08", S3: "2026-05-08" },
    );
    expect(events.map((e) => e.mentions.length).sort()).toEqual([1, 2]);
  });

  it("does not chain an undated report to an event dated after it was published", () => {
    const events = resolve(
      [
        flood("S1", "A flood swept through Tarn, destroying the old mill.", undefined),
        flood(
          "S2",
          "A flood swept through Tarn on 6 May, destroying the old mill.",
          day("2026-05-06", "on 6 May"),
        ),
        flood("S3", "A flood swept through Tarn, destroying the old mill, officials said.", undefined),
      ],
      { S1: "2026-05-03", S2: "2026-05-07", S3: "2026-05-08" },
    );
    const withS1 = events.find((e) => e.sources.includes("S1"));
    expect(withS1?.sources).not.toContain("S2");
  });

  it("does not chain two kinds of event through a sentence that names neither", () => {
    const events = resolve(
      [
        event("S1", "Gunmen stormed the Tarn courthouse and seized the judge.", { place: "Tarn" }),
        event("S2", "The Tarn courthouse judge was seized by gunmen, police said.", {
          type: "other",
          trigger: "",
          place: "Tarn",
        }),
        event("S3", "The gunmen who seized the Tarn courthouse judge were charged.", {
          type: "legal",
          trigger: "charged",
          place: "Tarn",
        }),
      ],
      { S1: "2026-05-06", S2: "2026-05-06", S3: "2026-05-07" },
    );
    for (const e of events)
      expect(new Set(e.mentions.map((m) => m.type).filter((t) => t !== "other")).size).toBe(1);
  });

  it("keeps one article's attacks in two places apart, also when another report could join either", () => {
    const twoPlaces = [
      event("S1", "Gunmen attacked a police checkpoint in Velmora at dawn.", { place: "Velmora" }),
      event("S1", "Gunmen attacked a police checkpoint in Tarn at dawn.", { place: "Tarn" }),
    ];
    expect(resolve(twoPlaces, { S1: "2026-05-06" })).toHaveLength(2);
    const events = resolve(
      [...twoPlaces, event("S2", "Gunmen attacked a police checkpoint at dawn, officials said.", {})],
      { S1: "2026-05-06", S2: "2026-05-06" },
    );
    const placesTogether = events.map((e) => e.mentions.filter((m) => m.place).length);
    expect(Math.max(...placesTogether)).toBe(1);
  });
});

describe("evidence that two mentions are one event", () => {
  function score(a: EventMention, b: EventMention, published: Record<string, string | undefined>): number {
    const [fa, fb] = featuresOf([a, b], new Map(Object.entries(published)), actors);
    const w: LinkWeights = { words: new Idf(), actors: new Idf() };
    for (const f of [fa, fb]) {
      w.words.add(f!.words);
      w.actors.add(f!.participants);
    }
    return linkScore(fa!, fb!, w);
  }
  const pub = { S1: "2026-05-06", S2: "2026-05-07" };
  const s1 = "Fighters stormed a fuel depot near the border.";
  const s2 = "The assault on the depot was claimed overnight.";

  it("counts a shared participant", () => {
    const brigade = { participants: ["Orsk Brigade"] };
    expect(score(event("S1", s1, brigade), event("S2", s2, brigade), pub)).toBeGreaterThan(
      score(event("S1", s1), event("S2", s2), pub),
    );
  });

  it("counts the same kind of figure told about both", () => {
    const toll = (source: string, sentence: string) => ({
      figures: [
        { what: "killed", value: { min: 4, max: 4, text: "four" }, evidence: evidence(source, sentence) },
      ],
    });
    expect(score(event("S1", s1, toll("S1", s1)), event("S2", s2, toll("S2", s2)), pub)).toBeGreaterThan(
      score(event("S1", s1), event("S2", s2), pub),
    );
  });

  it("counts a recollection paired with news from another report against a link", () => {
    const recalled = "Years ago fighters stormed a fuel depot near the border.";
    const undated = { S1: undefined, S2: undefined };
    expect(score(event("S1", recalled, { recalled: true }), event("S2", s2), undated)).toBeLessThan(
      score(event("S1", recalled), event("S2", s2), undated),
    );
  });
});

describe("event features", () => {
  it("reads round numbers and words that introduce another event", () => {
    expect(roundOf("The third round of talks ended.")).toBe(3);
    expect(roundOf("Round two opens on Monday.")).toBe(2);
    expect(roundOf("The talks ended.")).toBeUndefined();
    expect(
      introducesAnother(event("S1", "Another deadly attack hit the market.", { trigger: "attack" })),
    ).toBe(true);
    expect(
      introducesAnother(event("S1", "In a recent flare-up, rockets hit the base.", { trigger: "rockets" })),
    ).toBe(true);
    expect(
      introducesAnother(event("S1", "The attack killed another 12 people.", { trigger: "attack" })),
    ).toBe(false);
  });
});
