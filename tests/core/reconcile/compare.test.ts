import {
  numbersComparable,
  numbersSame,
  timesAgree,
  unitOf,
  valuesAgree,
  writtenNumber,
} from "../../../src/core/reconcile/compare";
import { slot, num, date } from "../../helpers/slots";

describe("valuesAgree", () => {
  it("compares numbers as intervals: 'at least 84' and '103' can both be true, '6.1' and '6.5' cannot", () => {
    expect(valuesAgree(num("at least 84", 84, Infinity), num("103", 103, 103))).toBe(true);
    expect(valuesAgree(num("6.1", 6.1, 6.1), num("6.5", 6.5, 6.5))).toBe(false);
    expect(valuesAgree(num("dozens", 12, Infinity), num("47", 47, 47))).toBe(true);
    expect(valuesAgree(num("more than 20", 21, Infinity), num("20.8", 20.8, 20.8))).toBe(true);
  });

  it("tells the same figure from a compatible but different one", () => {
    expect(numbersSame(num("Fourteen", 14, 14), num("at least 14", 14, Infinity))).toBe(true);
    expect(numbersSame(num("about 30", 27, 33), num("31", 31, 31))).toBe(true);
    expect(numbersSame(num("at least 14", 14, Infinity), num("31", 31, 31))).toBe(false);
    expect(writtenNumber(num("nearly 400", 360, 400))).toBe(400);
    expect(writtenNumber(num("dozens", 12, Infinity))).toBe(12);
  });

  it("compares dates at their precision and times with rounding", () => {
    expect(valuesAgree(date("2025-10", "month"), date("2025-10-28"))).toBe(true);
    expect(valuesAgree(date("2025-10-25"), date("2025-10-26"))).toBe(false);
    expect(valuesAgree(date("2025-10-26", "day", "22:00"), date("2025-10-26", "day", "21:59"))).toBe(true);
    expect(valuesAgree(date("2025-10-26", "day", "21:10"), date("2025-10-26", "day", "21:58"))).toBe(false);
    expect(timesAgree("22:00", "21:31")).toBe(true);
    expect(timesAgree("21:58", "21:40")).toBe(false);
  });

  it("compares names through resolved actors, and a vague name with a specific one as different", () => {
    const name = (value: string, extra = {}) => slot({ kind: "name", attribute: "leader", value, ...extra });
    expect(valuesAgree(name("Ada Ren"), name("Ren"))).toBe(true);
    expect(valuesAgree(name("Ada Ren"), name("Ada Moss"))).toBe(false);
    expect(valuesAgree(name("Ada Ren", { actorId: "A-1" }), name("Ada Renn", { actorId: "A-1" }))).toBe(true);
    expect(valuesAgree(name("Ada Ren"), name("an unnamed foreign envoy", { vague: true }))).toBe(false);
    expect(
      valuesAgree(name("a foreign country", { vague: true }), name("an unnamed state", { vague: true })),
    ).toBe(true);
  });

  it("reads an affiliation written as initials and one written out as the same organisation", () => {
    const org = (value: string, actorId: string) =>
      slot({ kind: "name", attribute: "affiliation", subjectKind: "actor", value, actorId });
    expect(valuesAgree(org("NWS", "A-1"), org("Northern Wire Service", "A-2"))).toBe(true);
    expect(valuesAgree(org("N.W.S.", "A-1"), org("Northern Wire Service", "A-2"))).toBe(true);
    expect(valuesAgree(org("NWS", "A-1"), org("Northern Water Board", "A-2"))).toBe(false);
  });

  it("compares places: two towns differ; a country, or a hotel that may lie in the town, does not", () => {
    const place = (value: string) => slot({ kind: "place", attribute: "place", value });
    expect(valuesAgree(place("Dunmere"), place("Kessling Point"))).toBe(false);
    expect(valuesAgree(place("Norway"), place("Tromso"))).toBe(true);
    expect(valuesAgree(place("Tromso"), place("the Harbour Hotel"))).toBe(true);
    expect(valuesAgree(place("Norway"), place("Sweden"))).toBe(true);
    expect(valuesAgree(place("Norway-Sweden"), place("Tromso"))).toBe(true);
  });

  it("compares outcomes of talks: held goes with collapsed, collapsed does not with resumed or agreed", () => {
    const status = (value: string) => slot({ kind: "categorical", attribute: "status", value });
    expect(valuesAgree(status("held"), status("collapsed"))).toBe(true);
    expect(valuesAgree(status("collapsed"), status("held"))).toBe(true);
    expect(valuesAgree(status("collapsed"), status("resumed"))).toBe(false);
    expect(valuesAgree(status("agreed"), status("collapsed"))).toBe(false);
    expect(valuesAgree(status("postponed"), status("held"))).toBe(false);
  });

  it("compares roles by rank and office only", () => {
    const role = (value: string) => slot({ kind: "categorical", attribute: "role", value });
    expect(valuesAgree(role("Major General"), role("Lieutenant General"))).toBe(false);
    expect(valuesAgree(role("Major General"), role("head of the division"))).toBe(true);
  });
});

describe("figures that are not two readings of one thing", () => {
  const inSentence = (text: string, min: number, max: number, sentence: string, attribute = "depth") =>
    num(text, min, max, { attribute, evidence: { source: "S-1", sentence, start: 0, end: sentence.length } });

  it("reads units and does not compare figures in two units", () => {
    const km = inSentence("12", 12, 12, "The quake struck 12 km below the bay.");
    const miles = inSentence("7", 7, 7, "The quake struck 7 miles below the bay.");
    expect(unitOf(km)).toBe("km");
    expect(unitOf(miles)).toBe("mi");
    expect(numbersComparable(km, miles)).toBe(false);
    expect(valuesAgree(km, miles)).toBe(true);
    const dollars = inSentence("2.1 billion", 2.1e9, 2.1e9, "It paid $2.1 billion for the line.", "amount");
    expect(unitOf(dollars)).toBe("USD");
  });

  it("does not compare magnitudes a whole step apart", () => {
    const m = (t: string, n: number) => num(t, n, n, { attribute: "magnitude" });
    expect(numbersComparable(m("6.1", 6.1), m("7.6", 7.6))).toBe(false);
    expect(valuesAgree(m("6.1", 6.1), m("6.5", 6.5))).toBe(false);
  });
});
