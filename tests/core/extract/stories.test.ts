// Six invented stories of the kinds the product meets (a disaster, an attack, diplomacy, business,
// a crash, a court case), read end to end. Every name, place and outlet is made up; the rules
// under test are generic, so a story of a kind the seeds never cover must read as well as theirs.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { extractMentions } from "../../../src/core/extract";
import type { ArticleMentions, ClaimMention, EventMention } from "../../../src/core/model";
import { article, expectEvidenceVerbatim } from "../../helpers/articles";
import { REPO } from "../../helpers/shared";

function read(name: string): ArticleMentions {
  const a = article(readFileSync(join(REPO, "tests/fixtures/articles", `${name}.txt`), "utf8"));
  const m = extractMentions(a);
  expectEvidenceVerbatim(a, [
    ...m.actors.map((x) => x.evidence),
    ...m.claims.map((x) => x.evidence),
    ...m.events.map((x) => x.evidence),
    ...m.events.flatMap((e) => e.figures.map((f) => f.evidence)),
  ]);
  for (const x of m.actors) if (x.span) expect(a.text.slice(x.span.start, x.span.end)).toBe(x.surface);
  return m;
}
const actor = (m: ArticleMentions, name: string) => m.actors.find((a) => a.name === name);
const claim = (m: ArticleMentions, claimer: string): ClaimMention | undefined =>
  m.claims.find((c) => c.claimer === claimer);
const event = (m: ArticleMentions, type: string): EventMention | undefined =>
  m.events.find((e) => e.type === type);
const figure = (e: EventMention | undefined, what: string) => e?.figures.find((f) => f.what === what)?.value;

describe("a disaster: earthquake", () => {
  const m = read("disaster");
  it("reads the quake with its date, place and figures as intervals", () => {
    const quake = m.events.find((e) => e.type === "disaster" && !e.recalled);
    expect(quake).toMatchObject({ date: { value: "2026-02-18", precision: "day" }, place: "Mereth" });
    expect(figure(quake, "magnitude")).toMatchObject({ min: 6.4, max: 6.4 });
    expect(figure(quake, "killed")).toMatchObject({ min: 37, max: Infinity, text: "at least 37" });
    expect(figure(quake, "injured")).toMatchObject({ min: 201, text: "more than 200" });
  });
  it("keeps the 2011 quake apart as an earlier event", () => {
    const old = m.events.find((e) => e.date?.value === "2011");
    expect(old).toMatchObject({ type: "disaster", recalled: true });
    expect(figure(old, "killed")).toMatchObject({ min: 112 });
  });
  it("reads the agency, its acronym, the mayor and the minister", () => {
    expect(
      m.actors.filter((a) => a.surface === "NDA").every((a) => a.name === "National Disaster Agency"),
    ).toBe(true);
    expect(actor(m, "Ines Haldor")).toMatchObject({ type: "person", role: "mayor of Saltvik" });
    expect(actor(m, "Pavel Dost")).toMatchObject({ role: "Interior Minister" });
    expect(actor(m, "Radio Mereth")?.type).toBe("media");
  });
  it("reads who said what, with the warning and the demand", () => {
    const agency = m.claims.filter((c) => c.claimer === "National Disaster Agency").map((c) => c.stance);
    expect(agency).toEqual(["assert", "warn", "demand"]);
    expect(claim(m, "Ines Haldor")?.quote).toMatch(/^Several buildings collapsed/);
    expect(claim(m, "Pavel Dost")?.text).toBe("the army would send 400 soldiers to help with the rescue");
  });
});

describe("an attack: car bomb", () => {
  const m = read("attack");
  it("reads the bombing with its day, town and tolls", () => {
    const blast = event(m, "explosion");
    expect(blast).toMatchObject({ date: { value: "2025-09-13" }, place: "Ostrel" });
    expect(figure(blast, "killed")).toMatchObject({ min: 9, max: 9 });
    expect(blast?.figures.filter((f) => f.what === "injured").map((f) => f.value.text)).toEqual(["31", "12"]);
  });
  it("reads the accusation, the denial and the condemnation", () => {
    expect(claim(m, "police")?.text).toMatch(/^A car bomb exploded/);
    expect(claim(m, "Arvid Lenz")?.text).toBe("the attack bore the hallmarks of the Red Dawn Front");
    expect(claim(m, "Red Dawn Front")?.stance).toBe("deny");
    expect(m.claims.filter((c) => c.claimer === "Selma Rudd").map((c) => c.stance)).toEqual([
      "accuse",
      "assert",
    ]);
  });
  it("keeps the spokesman's role apart from his name", () => {
    expect(actor(m, "Arvid Lenz")?.role).toBe("Colonel, spokesman for the regional police");
  });
});

describe("diplomacy: border talks", () => {
  const m = read("diplomacy");
  it("reads the talks: day, city, mediator, outcome", () => {
    const talks = m.events.find((e) => e.type === "negotiation" && !e.recalled);
    expect(talks).toMatchObject({ date: { value: "2026-03-05" }, place: "Geneva" });
    expect(talks?.roles).toEqual([expect.objectContaining({ role: "mediator", name: "Switzerland" })]);
  });
  it("reads titles, counterparts and the opposition", () => {
    expect(actor(m, "Lena Vos")).toMatchObject({ role: "Foreign Minister", affiliation: "Karst" });
    expect(actor(m, "Ivo Sarn")?.role).toBe("Deputy Foreign Minister");
    expect(actor(m, "Mira Kell")?.role).toBe("Opposition leader");
    expect(actor(m, "Karst News Agency")?.type).toBe("media");
  });
  it("reads every speaker, the description and the quotation after a pronoun", () => {
    expect(claim(m, "Lena Vos")?.quote).toBe("ends a painful chapter");
    expect(claim(m, "Tomas Brek")).toMatchObject({ stance: "assert", quote: "a first step" });
    expect(m.claims.filter((c) => c.claimer === "Mira Kell").map((c) => c.stance)).toEqual([
      "accuse",
      "assert",
    ]);
    expect(claim(m, "Karst News Agency")?.text).toMatch(/^the crossing will open/);
  });
});

describe("business: an acquisition", () => {
  const m = read("business");
  it("reads the deal, its day and its price as an interval", () => {
    const deal = event(m, "business");
    expect(deal?.date?.value).toBe("2026-01-12");
    expect(figure(deal, "amount")).toMatchObject({ text: "about $2.1 billion" });
  });
  it("ties a company's short name to its full name and reads roles", () => {
    expect(new Set(m.actors.filter((a) => a.surface.startsWith("Norcom")).map((a) => a.name))).toEqual(
      new Set(["Norcom Systems"]),
    );
    expect(actor(m, "Dana Whitfield")?.role).toBe("chief executive");
    expect(actor(m, "Priya Nand")).toMatchObject({
      role: "analyst at Halberd Capital",
      affiliation: "Halberd Capital",
    });
    expect(actor(m, "Tessel")?.type).toBe("place");
  });
  it("reads a statement told to analysts after the fact it states, and a doubt that is no denial", () => {
    expect(claim(m, "Dana Whitfield")?.text).toMatch(/^The deal, expected to close/);
    expect(claim(m, "Priya Nand")?.stance).toBe("assert");
  });
});

describe("a crash", () => {
  const m = read("crash");
  it("reads one crash with its day, airport and toll", () => {
    const crashes = m.events.filter((e) => e.type === "accident");
    expect(crashes).toHaveLength(1);
    expect(crashes[0]).toMatchObject({ date: { value: "2026-06-30" }, place: "Kellby airport" });
    expect(figure(crashes[0], "killed")).toMatchObject({ min: 46, max: 46 });
  });
  it("reads the airline as an organisation and its chief executive", () => {
    expect(actor(m, "Skyline Air")?.type).toBe("organization");
    expect(actor(m, "Jonas Field")).toMatchObject({ role: "chief executive", affiliation: "Skyline Air" });
    expect(
      m.actors.filter((a) => a.surface === "TSB").every((a) => a.name === "Transport Safety Board"),
    ).toBe(true);
  });
  it("reads the authority, the witnesses and the board's investigators", () => {
    expect(claim(m, "Civil Aviation Authority")?.text).toMatch(/^A regional jet/);
    expect(claim(m, "Witnesses")).toBeDefined();
    expect(claim(m, "TSB investigators")?.claimerActor).toBe("Transport Safety Board");
  });
});

describe("a court case", () => {
  const m = read("court");
  it("reads the sentence with its day, court town and figures", () => {
    const sentence = m.events.find((e) => e.trigger === "sentenced");
    expect(sentence).toMatchObject({ type: "legal", date: { value: "2025-11-20" }, place: "Drava" });
    expect(figure(sentence, "amount")).toMatchObject({ min: 3_000_001, text: "more than 3 million" });
  });
  it("keeps the acquittal in a separate case apart", () => {
    expect(m.events.filter((e) => e.type === "legal")).toHaveLength(2);
  });
  it("reads the judge, the denial, the lawyer and the prosecutors", () => {
    expect(claim(m, "Hanna Ruus")).toMatchObject({ stance: "accuse", quote: "betrayed the public trust" });
    expect(claim(m, "Emil Vasko")).toMatchObject({
      stance: "deny",
      text: "the charges throughout the trial",
    });
    expect(claim(m, "Karl Brandt")?.text).toBe("he would appeal");
    expect(claim(m, "Prosecutors")?.stance).toBe("demand");
    expect(actor(m, "Emil Vasko")?.role).toBe("former transport minister");
    expect(actor(m, "Karl Brandt")?.role).toBe("lawyer");
  });
});
