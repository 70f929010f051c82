// Event rules on invented sentences: triggers that name something that happened, their dates,
// places and figures, and mentions that only repeat an event.
import { extractMentions } from "../../../src/core/extract";
import { findStatus } from "../../../src/core/extract/events/roles";
import { findTriggers } from "../../../src/core/extract/events/triggers";
import type { EventMention } from "../../../src/core/model";
import { article, expectEvidenceVerbatim } from "../../helpers/articles";

function eventsOf(body: string, date = "2026-05-08"): EventMention[] {
  const a = article(`Title: Test story\nDate: ${date}\n\n${body}`);
  const m = extractMentions(a);
  expectEvidenceVerbatim(
    a,
    m.events.map((e) => e.evidence),
  );
  expectEvidenceVerbatim(
    a,
    m.events.flatMap((e) => e.figures.map((f) => f.evidence)),
  );
  return m.events;
}

describe("triggers", () => {
  it.each([
    ["Talks between the two sides resumed in Velmar.", "negotiation"],
    ["A magnitude 6.1 earthquake struck the coast.", "disaster"],
    ["Gunmen attacked a checkpoint outside Orvik.", "attack"],
    ["A bus crashed into a ravine near Halden.", "accident"],
    ["A jury convicted the former mayor of fraud.", "legal"],
    ["Norcom unveiled its new tablet in Berlin.", "business"],
    ["Dock workers went on strike on Monday.", "protest"],
    ["The ministers met in Geneva to discuss the dam.", "meeting"],
    ["The foreign minister visited Tessaly on Sunday.", "visit"],
    ["Voters in Brask turned out for the referendum.", "election"],
    ["The ministry's announcement came late on Friday.", "statement"],
  ])("%s -> %s", (sentence, type) => {
    expect(findTriggers(sentence)[0]?.type).toBe(type);
  });
  it("does not read hypothetical or prevented events as events", () => {
    for (const s of [
      "The deal would stop attacks on the pipeline.",
      "They agreed to prevent the militia from carrying out strikes in the valley.",
      "No talks are planned before the vote.",
      "The rebels warned of future attacks.",
      "An agreement allowing drone strikes was signed years ago.",
      "The row derailed the meeting completely.",
    ])
      expect(findTriggers(s).map((t) => t.type)).not.toContain(s.includes("meeting") ? "accident" : "attack");
  });
  it("does not read a launched attack or search as a product launch", () => {
    expect(findTriggers("The militia launched an attack on the depot.").map((t) => t.type)).toEqual([
      "attack",
    ]);
    expect(findTriggers("Coastguards launched a search for the crew.")).toEqual([]);
  });
  it("reads a deal agreed or a sale as business, with the deal's day", () => {
    expect(findTriggers("Kestrel agreed on Tuesday to buy the shipping firm.").map((t) => t.type)).toEqual([
      "business",
    ]);
    expect(findTriggers("The firm was sold for about $2.4 billion.").map((t) => t.type)).toEqual([
      "business",
    ]);
    expect(findTriggers("Shoppers rushed to buy bread.")).toEqual([]);
    const [deal] = eventsOf("Kestrel Holdings agreed on Tuesday to buy Aldane Lines for $2.1 billion.");
    expect(deal?.date?.value).toBe("2026-05-05");
  });
  it("reads 'met face to face' as a meeting and 'accused X of attacking' as an attack", () => {
    expect(findTriggers("The two delegations met face to face in Doha.").map((t) => t.type)).toEqual([
      "meeting",
    ]);
    expect(
      findTriggers("The ministry accused the Front of attacking an army post near Tarsa.").map((t) => t.type),
    ).toEqual(["attack"]);
    for (const s of [
      "Gunmen attacking the port were seen on Monday.",
      "The patrol foiled their intention of attacking ships.",
    ])
      expect(findTriggers(s).map((t) => t.type)).not.toContain("attack");
  });
  it("prefers the longer reading of one word: a strike by workers is a protest", () => {
    expect(findTriggers("Nurses began a general strike.").map((t) => t.type)).toEqual(["protest"]);
    for (const s of [
      "Nurses began a 48-hour strike.",
      "The strike by dock workers ended.",
      "The teachers' strike entered its third week.",
      "Dock workers ended a strike on Friday.",
      "The union called off its strike.",
      "Pilots staged a one-day strike.",
    ])
      expect(findTriggers(s).map((t) => t.type)).toEqual(["protest"]);
    expect(findTriggers("Air strikes by government forces hit the town.").map((t) => t.type)).toEqual([
      "attack",
    ]);
    for (const s of ["The army launched a strike on the depot.", "The jets began an air strike at dawn."])
      expect(findTriggers(s).map((t) => t.type)).toEqual(["attack"]);
  });
});

describe("dates, places and figures belong to the nearest trigger", () => {
  it("splits a sentence about two events, each with its own date", () => {
    const events = eventsOf(
      "After the talks broke down on Friday, the minister recalled the 2001 battle of Velmar Pass.",
    );
    const talks = events.find((e) => e.type === "negotiation");
    const battle = events.find((e) => e.type === "clash");
    expect(talks?.date).toMatchObject({ value: "2026-05-08", precision: "day" });
    expect(battle?.date).toMatchObject({ value: "2001", precision: "year" });
    expect(battle?.recalled).toBe(true);
  });
  it("does not date an earlier event with the day it was reported", () => {
    const [e] = eventsOf("On Friday, villagers renewed accusations that the army had shelled the camp.");
    expect(e?.type).toBe("attack");
    expect(e?.date).toBeUndefined();
  });
  it("does not date an event with the day a report or a saying came out", () => {
    const [talks] = eventsOf(
      "According to a report by Velm News on Wednesday (6th May), the Norland delegation refused the terms.",
    );
    expect(talks?.date).toBeUndefined();
    const [ambush] = eventsOf("The ministry said on Friday that gunmen ambushed a convoy near Tarn.");
    expect(ambush?.date).toBeUndefined();
    const [blast] = eventsOf("Police said the blast on Friday killed 12 people.");
    expect(blast?.date).toMatchObject({ value: "2026-05-08" });
  });
  it("gives a date to the event it follows, not to the cause introduced after it", () => {
    const events = eventsOf(
      "Clashes along the border erupted in early March following attacks by the Red Fen Brigade.",
    );
    expect(events.find((e) => e.type === "clash")?.date).toMatchObject({
      value: "2026-03",
      precision: "month",
    });
    expect(events.find((e) => e.type === "attack")?.date).toBeUndefined();
    const [protest, bombing] = eventsOf(
      "Protests broke out on Friday after a bombing on Thursday killed 12 people.",
    );
    expect(protest?.date?.value).toBe("2026-05-08");
    expect(bombing?.date?.value).toBe("2026-05-07");
  });
  it("prefers a place the event is in to one it is tied to ('ties to X ... arrested in Y')", () => {
    const [e] = eventsOf("Two men with ties to Varno were arrested in Canada on Monday.");
    expect(e).toMatchObject({ type: "legal", place: "Canada" });
  });
  it("dates an event by its own words, not by the wire dateline before them", () => {
    const [e] = eventsOf("BRASK, May 8 (Northern Wire) - The ferry sank off Brask on Tuesday.");
    expect(e).toMatchObject({ type: "accident", place: "Brask", date: { value: "2026-05-05" } });
  });
  it("dates a deal by the day it was announced, even when the announcing verb comes last", () => {
    const events = eventsOf(
      "Aldane Lines has been bought by Kestrel Holdings for about $1.9 billion, the two companies announced on Tuesday.",
    );
    expect(events.find((e) => e.type === "business")?.date?.value).toBe("2026-05-05");
  });
  it("keeps the place near the trigger, not another one in the sentence", () => {
    const [e] = eventsOf(
      "The Kestrel delegation said it would only stop attacks into Orvik if the talks in Halden went well.",
    );
    expect(e).toMatchObject({ type: "negotiation", place: "Halden" });
  });
  it("reads a weekday and the written date beside it as one day", () => {
    const [e] = eventsOf("Talks resumed on Wednesday (6th May) in Velmar.");
    expect(e?.date).toMatchObject({ value: "2026-05-06", precision: "day" });
  });
  it("gives figures to the event they count", () => {
    const events = eventsOf("The storm flooded the valley and a bridge collapse killed at least 12 people.");
    expect(events.find((e) => e.type === "accident")?.figures[0]?.value).toMatchObject({
      min: 12,
      text: "at least 12",
    });
  });
});

describe("one event per happening within an article", () => {
  it("folds a bare repeat into the mention that dates and places the event, keeping its figures", () => {
    const events = eventsOf(
      "A ferry capsized near Dunmere on Thursday. Rescuers said the capsizing left 14 people dead.",
    );
    const capsize = events.filter((e) => e.type === "accident");
    expect(capsize).toHaveLength(1);
    expect(capsize[0]).toMatchObject({ place: "Dunmere", date: { value: "2026-05-07" } });
    expect(capsize[0]?.figures.map((f) => f.what)).toEqual(["killed"]);
    expect(capsize[0]?.figures[0]?.evidence.sentence).toMatch(/^Rescuers said/);
  });
  it("drops a headline's event when the body tells an event of the same kind", () => {
    const events = eventsOf(
      "Ferry capsizes off the Orvik coast\n\nA ferry capsized near Dunmere on Thursday, officials said.",
    );
    expect(events.filter((e) => e.type === "accident").map((e) => e.evidence.sentence)).toEqual([
      "A ferry capsized near Dunmere on Thursday, officials said.",
    ]);
  });
  it("keeps another event of the same kind apart", () => {
    const events = eventsOf(
      "A ferry capsized near Dunmere on Thursday. A second ferry sank off Orvik, officials said.",
    );
    expect(events.filter((e) => e.type === "accident")).toHaveLength(2);
  });
});

describe("people in roles reach the event through the whole pipeline", () => {
  const rolesOf = (body: string): string[][] =>
    eventsOf(body).flatMap((e) => e.roles.map((r) => [r.role, r.name]));
  it.each([
    ["The talks were hosted by the Orvik Council on Monday.", "host", "Orvik Council"],
    ["The truce was brokered by Ana Petrov last week.", "mediator", "Ana Petrov"],
    ["The raid was carried out by the Red Fen Brigade.", "responsible", "Red Fen Brigade"],
    ["The delegation was headed by Tomas Brell.", "leader", "Tomas Brell"],
    ["Velm Foods was acquired by Norcom Systems in March.", "buyer", "Norcom Systems"],
    ["The fraud case was heard by Judge Ilse Marr.", "judge", "Ilse Marr"],
    ["The case was presided over by Judge Ilse Marr.", "judge", "Ilse Marr"],
    ["Kenya says it has a pact with Estavia Holdings on river rights.", "counterparty", "Estavia Holdings"],
    ["Kestrel Holdings agreed on Tuesday to buy Aldane Lines.", "buyer", "Kestrel Holdings"],
    ["Norcom Systems acquired Altera Labs in March.", "buyer", "Norcom Systems"],
    ["Tomas Brell led the Norland delegation to the talks in Velmar.", "leader", "Tomas Brell"],
  ])("%s -> %s", (sentence, role, name) => {
    expect(rolesOf(sentence)).toContainEqual([role, name]);
  });
  it("takes no role holder from a country that only qualifies a group ('hosted by Norwegian comedians')", () => {
    expect(rolesOf("The gala was hosted by Norwegian comedians in May.")).toEqual([]);
    expect(rolesOf("The talks were hosted by Norway in May.")).toContainEqual(["host", "Norway"]);
  });
  it("types an event by its roles when no trigger word names it", () => {
    expect(eventsOf("The fraud case was heard by Judge Ilse Marr.")[0]?.type).toBe("legal");
    expect(eventsOf("Velm Foods was acquired by Norcom Systems.")[0]?.type).toBe("business");
    expect(eventsOf("The Norland delegation was led by Ada Lorne.")[0]?.type).toBe("negotiation");
  });
  it("names one party at the table whether the text says delegation, team, side or negotiators", () => {
    const holders = [
      "The Norway delegation was led by Ada Lorne.",
      "Norway's team was headed by Ada Lorne.",
      "The Norwegian side was led by Ada Lorne.",
    ].map((s) => eventsOf(s)[0]?.roles[0]?.holderOf);
    expect(holders).toEqual(["Norway delegation", "Norway delegation", "Norway delegation"]);
  });
});

describe("how talks were held", () => {
  it("reads talks that ended in agreement, or that took place, as outcomes", () => {
    expect(findStatus("The two sides agreed on a prisoner swap late on Monday.")).toBe("agreed");
    expect(findStatus("The envoys signed a deal on grazing rights.")).toBe("agreed");
    expect(findStatus("Talks were held in Brask on Monday.")).toBe("held");
    expect(findStatus("The council convened in Merrow after the floods.")).toBe("held");
  });
  it("reads direct or indirect talks on the mention", () => {
    expect(eventsOf("The two sides held indirect talks in Velmar on Monday.")[0]?.format).toBe("indirect");
    expect(eventsOf("The delegations met face-to-face, a first meeting since the war.")[0]?.format).toBe(
      "direct",
    );
    expect(eventsOf("The delegations met face to face in Doha on Thursday.")[0]?.format).toBe("direct");
  });
  it("does not fold a repeat that says how the talks were held into another mention", () => {
    const events = eventsOf(
      "The Norland delegation was led by Ada Lorne, who called the meeting a first step. " +
        "The two delegations met face-to-face, the first such meeting since the war.",
    );
    expect(events.find((e) => e.format === "direct")?.evidence.sentence).toMatch(/^The two delegations met/);
  });
});

describe("news or recollection", () => {
  it("reads time words that point at the news as news, also without a publication date", () => {
    for (const body of [
      "The talks, which took place earlier this week, ended without a deal.",
      "A ferry that sank earlier today was carrying 40 people.",
    ]) {
      expect(eventsOf(body)[0]?.recalled).toBeUndefined();
      const undated = extractMentions(article(`Title: Test story\n\n${body}`)).events;
      expect(undated[0]?.recalled).toBeUndefined();
    }
  });
  it("reads an earlier event as a recollection", () => {
    expect(eventsOf("During earlier rounds of talks, the two sides swapped prisoners.")[0]?.recalled).toBe(
      true,
    );
  });
});

describe("figures", () => {
  it("counts a duration in the word that follows it", () => {
    const [e] = eventsOf("The strike by dock workers lasted 12 days, the union said.");
    expect(e?.figures[0]).toMatchObject({ what: "duration", unit: "days", value: { min: 12, max: 12 } });
    const [s] = eventsOf("Nurses began a 48-hour strike on Monday.");
    expect(s?.figures[0]).toMatchObject({ what: "duration", unit: "hours" });
    const [j] = eventsOf("The former mayor was sentenced to seven years in prison.");
    expect(j?.figures[0]).toMatchObject({ what: "duration", unit: "years", value: { min: 7 } });
  });
  it.each([
    [
      "A magnitude 6.4 earthquake struck Orlik on Tuesday, the national seismology institute said.",
      "national seismology institute",
    ],
    [
      "The Varno Geological Survey measured the earthquake in Orlik at magnitude 6.1.",
      "Varno Geological Survey",
    ],
    [
      "At least 23 people were killed in the earthquake in Orlik, according to the civil protection agency.",
      "civil protection agency",
    ],
  ])("attributes the figure of '%s' to %s", (body, who) => {
    const [f] = eventsOf(body).flatMap((e) => e.figures);
    expect(f?.attributedTo).toBe(who);
  });
  it("keeps only durations the sentence ties to the event", () => {
    for (const body of [
      "The sale of Velm Foods ends two years of losses at the firm.",
      "The arrests follow a seven-month review by a special prosecutor.",
      "The minister, in office for 12 years, was arrested on Monday.",
    ])
      expect(eventsOf(body).flatMap((e) => e.figures.map((f) => f.what))).not.toContain("duration");
  });
  it.each([
    ["After the landslide, nine villagers remain missing.", "missing", 9],
    ["Over the weekend 3,000 residents were evacuated before the flood reached Carrow.", "displaced", 3000],
    ["Police said 14 protesters were detained after the rally.", "arrested", 14],
    ["Police arrested 14 protesters at the rally in Brask.", "arrested", 14],
    ["The earthquake struck at a depth of 10 km.", "depth", 10],
    ["A 5.8-magnitude earthquake shook the coast.", "magnitude", 5.8],
    ["After the blast in Velm, hospital officials put the number of injured at 41.", "injured", 41],
    ["After the blast in Velm, officials put the number of dead at 17.", "killed", 17],
    [
      "The number of people killed in Friday's explosion at the central market of Velm has now risen to 19.",
      "killed",
      19,
    ],
  ])("%s -> %s", (body, what, value) => {
    const figures = eventsOf(body).flatMap((e) => e.figures);
    expect(figures).toContainEqual(
      expect.objectContaining({ what, value: expect.objectContaining({ min: value }) }),
    );
  });
  it("reads 'no one was killed' as no count of one", () => {
    expect(eventsOf("The bomb exploded at dawn, but no one was killed.").flatMap((e) => e.figures)).toEqual(
      [],
    );
  });
});
