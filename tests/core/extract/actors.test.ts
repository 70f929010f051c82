// Actor rules, one behaviour per test, on invented sentences (every person, group and outlet is
// made up; countries and capitals come from the generated table).
import { extractMentions } from "../../../src/core/extract";
import type { ActorMention } from "../../../src/core/model";
import { article, expectEvidenceVerbatim } from "../../helpers/articles";

function actorsOf(body: string, date = "2026-04-10"): ActorMention[] {
  const a = article(`Title: Test story\nDate: ${date}\n\n${body}`);
  const m = extractMentions(a);
  expectEvidenceVerbatim(
    a,
    m.actors.map((x) => x.evidence),
  );
  for (const x of m.actors) if (x.span) expect(a.text.slice(x.span.start, x.span.end)).toBe(x.surface);
  return m.actors;
}
const named = (actors: ActorMention[], name: string): ActorMention[] => actors.filter((a) => a.name === name);
const one = (actors: ActorMention[], name: string): ActorMention => {
  const found = named(actors, name)[0];
  if (!found) throw new Error(`no actor named ${name} in ${actors.map((a) => a.name).join(", ")}`);
  return found;
};

describe("people: titles, roles and affiliations kept apart from names", () => {
  it("reads a possessor's title before the name", () => {
    const a = actorsOf("Kenya's Interior Minister Amos Wekesa said the border would reopen.");
    expect(one(a, "Amos Wekesa")).toMatchObject({
      type: "person",
      role: "Interior Minister",
      affiliation: "Kenya",
    });
  });
  it("reads 'of the Y' after a ranked name as the affiliation", () => {
    const a = actorsOf("The team was led by Lieutenant General Ravi Anand of the Joint Intelligence Bureau.");
    expect(one(a, "Ravi Anand")).toMatchObject({
      role: "Lieutenant General",
      affiliation: "Joint Intelligence Bureau",
    });
  });
  it("reads an apposition as a role, and the organisation it names as the affiliation", () => {
    const a = actorsOf(
      "The unit was led by Colonel Dana Voss, head of the JIB's Special Response Unit, on Monday.",
    );
    const voss = one(a, "Dana Voss");
    expect(voss.role).toBe("Colonel, head of the JIB's Special Response Unit");
    expect(voss.affiliation).toBe("JIB");
  });
  it("reads no role from a clause after the name: ', while X sent its deputy minister,'", () => {
    const actors = actorsOf(
      "The Norland delegation was led by Foreign Minister Ines Calder, while Estavia sent its deputy defence minister, General Piotr Vasko.",
    );
    expect(one(actors, "Ines Calder")).toMatchObject({ role: "Foreign Minister" });
    expect(one(actors, "Ines Calder").affiliation).toBeUndefined();
  });
  it("splits a title out of the middle of a name: 'Norcom CEO Lena Park'", () => {
    const a = actorsOf("Shares fell after Norcom CEO Lena Park resigned.");
    expect(one(a, "Lena Park")).toMatchObject({ role: "CEO", affiliation: "Norcom" });
    expect(one(a, "Norcom").type).toBe("organization");
  });
  it("keeps a two-word title whole inside a name: 'Kenyan Attorney General X'", () => {
    const a = actorsOf("Kenyan Attorney General Ines Calder appointed a special prosecutor.");
    expect(one(a, "Ines Calder")).toMatchObject({ role: "Attorney General", affiliation: "Kenya" });
  });
  it("takes lower-case roles before the name, with their modifiers", () => {
    const a = actorsOf("The Halden-based journalist Ola Fenn wrote that the dam had cracked.");
    expect(one(a, "Ola Fenn")).toMatchObject({ type: "person", role: "Halden-based journalist" });
    expect(one(a, "Halden").type).toBe("place");
  });
  it("gives a group's spokesman the group as affiliation", () => {
    const a = actorsOf("Kestrel Front spokesman Idris Malouf denied the report.");
    expect(one(a, "Idris Malouf")).toMatchObject({ role: "spokesman", affiliation: "Kestrel Front" });
  });
  it("resolves a short-form affiliation to the organisation it stands for", () => {
    const a = actorsOf(
      "The Orvik Harbour Authority closed the port. Authority spokeswoman Nadia Soren said the storm was near.",
    );
    expect(one(a, "Nadia Soren").affiliation).toBe("Orvik Harbour Authority");
  });
  it("splits 'Name of Place' into a person and where they are from", () => {
    const a = actorsOf("Police arrested Dana Reyes of Fort Ellery on Sunday's evening patrol.");
    expect(one(a, "Dana Reyes")).toMatchObject({
      type: "person",
      affiliation: "Fort Ellery",
      surface: "Dana Reyes",
    });
    expect(one(a, "Fort Ellery").type).toBe("place");
    expect(a.map((x) => x.name)).not.toContain("Sunday");
  });
  it("reads an office from a term of office: 'X's presidency'", () => {
    const a = actorsOf("Trade grew during Ana Brandt's presidency.");
    expect(one(a, "Ana Brandt")).toMatchObject({ type: "person", role: "President" });
  });
  it("reads a name followed by an age as a person, even one shaped like a place", () => {
    const actors = actorsOf('"The crew told us to stay below," said Lena Park, 34, a teacher from Dunmere.');
    expect(one(actors, "Lena Park").type).toBe("person");
    expect(one(actors, "Dunmere").type).toBe("place");
  });
  it("reads names with particles, a dotless month's short form and 'of the' inside an organisation", () => {
    const names = (body: string) => actorsOf(body).map((a) => `${a.name}/${a.type}`);
    expect(names("Colonel Jan de Vries of the Norland army led the mission.")).toContain(
      "Jan de Vries/person",
    );
    expect(names("Abu Omar al-Masri, a commander of the Northern Front, was killed.")).toContain(
      "Abu Omar al-Masri/person",
    );
    expect(names("Sheikh Kadir bin Salem Al Rami met the envoy in Velm.")).toContain(
      "Kadir bin Salem Al Rami/person",
    );
    expect(names("A team from the International Committee of the Red Cross reached Velm.")).toContain(
      "International Committee of the Red Cross/organization",
    );
    expect(names("The head of the Red Cross in Merrow, Lena Park, said 40 people were missing.")).toContain(
      "Lena Park/person",
    );
  });
  it("does not make a bare title a person", () => {
    const a = actorsOf(
      "The statement followed remarks by Kenya's Defence Minister, who warned of reprisals.",
    );
    expect(a.filter((x) => x.type === "person")).toEqual([]);
  });
});

describe("organisations and acronyms", () => {
  it("ties an acronym in parentheses to its long form, and bare uses of it", () => {
    const a = actorsOf(
      "The Coastal Defence League (CDL) claimed the attack. Officials said the CDL had grown. CDL leaders were silent.",
    );
    const cdl = a.filter((x) => x.surface === "CDL");
    expect(cdl.length).toBe(3);
    expect(new Set(cdl.map((x) => x.name))).toEqual(new Set(["Coastal Defence League"]));
    expect(one(a, "Coastal Defence League").canonical).toBe("acronym:CDL");
  });
  it("ties a bare acronym to the long form whose initials it is", () => {
    const a = actorsOf(
      "The National Rail Safety Board opened an inquiry. A NRSB team reached the site at dawn.",
    );
    expect(a.filter((x) => x.surface === "NRSB").map((x) => x.name)).toEqual(["National Rail Safety Board"]);
    expect(one(a, "National Rail Safety Board").canonical).toBe("acronym:NRSB");
  });
  it("treats a one-word alias in parentheses as the same organisation", () => {
    const a = actorsOf("Fighters of the Northern Crescent (Hilal) attacked the post. Hilal later withdrew.");
    expect(a.filter((x) => x.surface === "Hilal").every((x) => x.name === "Northern Crescent")).toBe(true);
    expect(one(a, "Northern Crescent").type).toBe("organization");
  });
  it("keeps two organisations joined by 'and' apart, and one whose name holds 'and' whole", () => {
    const names = (body: string) => actorsOf(body).map((a) => a.name);
    expect(names("Kestrel Holdings and Velm Group signed the deal on Monday.")).toEqual(
      expect.arrayContaining(["Kestrel Holdings", "Velm Group"]),
    );
    expect(names("The Ministry of Fisheries and Ports said the quay was safe.")).toContain(
      "Ministry of Fisheries and Ports",
    );
    expect(names("A spokesman for the UN Relief and Works Agency said the school was marked.")).toContain(
      "UN Relief and Works Agency",
    );
    expect(names("NATO and Velm Group signed the deal.")).toEqual(
      expect.arrayContaining(["NATO", "Velm Group"]),
    );
    expect(names("NWS Sgt. Ilse Varn and Mayor Tomas Brin announced the arrests.")).toEqual(
      expect.arrayContaining(["Ilse Varn", "Tomas Brin"]),
    );
  });
  it("types a name by the group noun after it", () => {
    const a = actorsOf("Villagers said Zarqa militants had taken the bridge.");
    expect(one(a, "Zarqa").type).toBe("organization");
  });
  it("skips stock tickers and time zones", () => {
    const a = actorsOf("Halvard Systems (NYSE: HLV) said at 9 a.m. EST that it had bought Orrin Labs.");
    expect(a.map((x) => x.name).sort()).toEqual(["Halvard Systems", "Orrin Labs"]);
  });
});

describe("wire datelines", () => {
  it("reads the city of a dateline as a place, written as a name when the wire writes it in capitals", () => {
    const actors = actorsOf(
      "BRASK, June 12 (Northern Wire) - The ferry that sank off Brask on Tuesday was overloaded, the coastguard said.",
    );
    expect(named(actors, "Brask").map((a) => a.type)).toEqual(["place", "place"]);
    expect(named(actors, "BRASK")).toEqual([]);
    expect(one(actorsOf("PORT ALDER (Tide Press) - Divers went down at dawn."), "Port Alder").type).toBe(
      "place",
    );
  });
});

describe("countries, demonyms and capitals", () => {
  it("lets a demonym speak for its country", () => {
    const a = actorsOf("Kenyan officials said the talks would continue.");
    expect(one(a, "Kenya")).toMatchObject({ type: "country", surface: "Kenyan", canonical: "country:Kenya" });
  });
  it("reads a capital as the government when it acts, as a place when something happens in it", () => {
    const a = actorsOf("Nairobi rejected the claim. Protesters gathered in Nairobi on Friday.");
    const nairobi = named(a, "Nairobi");
    expect(nairobi.map((x) => x.type)).toEqual(["country", "place"]);
    expect(nairobi[0]?.canonical).toBe("country:Kenya");
    expect(nairobi[1]?.canonical).toBeUndefined();
  });
  it("splits a compound of two countries", () => {
    const a = actorsOf("Trade along the Kenya-Uganda border resumed.");
    expect(a.map((x) => x.name)).toEqual(expect.arrayContaining(["Kenya", "Uganda"]));
  });
});

describe("media and places", () => {
  it("leaves a sentence's full stop out of a short last word, and keeps an abbreviation's", () => {
    const actors = actorsOf(
      'Ferries were held at Marsh Bay. Crews waited. Gen. Ardo Vell of Tarn spoke. "We saw Kell Bay."',
    );
    expect(actors.find((a) => a.name.startsWith("Marsh"))).toMatchObject({
      name: "Marsh Bay",
      type: "place",
    });
    expect(actors.map((a) => a.name)).toContain("Ardo Vell");
    expect(actors.map((a) => a.name)).toContain("Kell Bay");
  });
  it("types outlets by name and by what they do", () => {
    const a = actorsOf(
      "The mayor told Harbour Radio that the pier was closed. The figure was confirmed, according to the Lakeside Ledger.",
    );
    expect(one(a, "Harbour Radio").type).toBe("media");
    expect(one(a, "Lakeside Ledger").type).toBe("media");
  });
  it("gives an outlet written with and without 'News' one identity key", () => {
    const a = actorsOf("Sources told Velm News about the deal. The deal was signed, according to Velm.");
    expect(one(a, "Velm News").canonical).toBe("media:velm");
    expect(one(a, "Velm")).toMatchObject({ type: "media", canonical: "media:velm" });
  });
  it("reads places from prepositions, place words, facility nouns and lists", () => {
    const a = actorsOf(
      "Rockets hit the Velmar airbase and fell in eastern Dunmere. Shelling struck Orvik and Tessel, and Fort Ellery. An Orvik man was hurt.",
    );
    expect(one(a, "Velmar airbase").type).toBe("place");
    expect(one(a, "Dunmere").type).toBe("place");
    expect(one(a, "Fort Ellery").type).toBe("place");
    expect(named(a, "Orvik").every((x) => x.type === "place")).toBe(true);
  });
  it("reads an unknown name listed with a place as a place", () => {
    const a = actorsOf("Floods cut roads in Orvik and Brellin.");
    expect(one(a, "Brellin").type).toBe("place");
  });
  it("reads a name before an event noun as the place of the event", () => {
    const a = actorsOf("He was accused of planning the Sorrel bombing.");
    expect(one(a, "Sorrel").type).toBe("place");
  });
});

describe("a name inside a prepositional phrase does not act", () => {
  const types = (body: string, ...names: string[]): string[] => {
    const a = actorsOf(body);
    return names.map((n) => one(a, n).type);
  };
  it("reads the second name after 'between X and' as a place, whatever verb follows", () => {
    expect(types("Buses between Brask and Merrow were cancelled.", "Brask", "Merrow")).toEqual([
      "place",
      "place",
    ]);
    expect(types("Flights between Lorvik and Merrow have resumed.", "Merrow")).toEqual(["place"]);
  });
  it("reads a name after 'in' as a place even when a speaking verb follows: the speakers are before it", () => {
    expect(types("Officials in Velm said the ferry would sail.", "Velm")).toEqual(["place"]);
  });
  it("reads the second name after 'from X to' as a place", () => {
    expect(types("Ferries from Brask to Merrow were halted.", "Brask", "Merrow")).toEqual(["place", "place"]);
  });
  it("reads a name right after a place preposition as a place, whatever verb follows", () => {
    expect(types("Ferries to Merrow were halted on Sunday.", "Merrow")).toEqual(["place"]);
  });
  it("gives the second conjunct the first's type when that one is a place", () => {
    expect(types("Trains from Port Alder to Lower Merrow were halted.", "Lower Merrow")).toEqual(["place"]);
    expect(types("Trains between the towns of Brask and Merrow were cancelled.", "Brask", "Merrow")).toEqual([
      "place",
      "place",
    ]);
  });
  it("keeps people in a coordination as people, and one who speaks after a place", () => {
    expect(
      types("Talks between Anna Verel and Tomas Brin were held in secret.", "Anna Verel", "Tomas Brin"),
    ).toEqual(["person", "person"]);
    expect(types("Crews from Port Alder and Tomas Brin said the road was shut.", "Tomas Brin")).toEqual([
      "person",
    ]);
  });
});

describe("one article, one actor per name", () => {
  it("links a surname to the full name, and keeps two people who share a first name apart", () => {
    const a = actorsOf(
      "Captain Marek Dunn survived. Spokesman Marek Olsen said the ferry was safe. Dunn disagreed. Marek was not reached.",
    );
    expect(a.filter((x) => x.surface === "Dunn").map((x) => x.name)).toEqual(["Marek Dunn"]);
    expect(new Set(a.filter((x) => x.type === "person").map((x) => x.name))).toEqual(
      new Set(["Marek Dunn", "Marek Olsen"]),
    );
  });
  it("links a short organisation name to the one long name that ends with it", () => {
    const a = actorsOf("The Caldonian Coast Guard sent boats. The Coast Guard said six were missing.");
    expect(a.filter((x) => x.surface === "Coast Guard").map((x) => x.name)).toEqual([
      "Caldonian Coast Guard",
    ]);
  });
  it("lets the surest reading of a name type its other mentions", () => {
    const a = actorsOf("Aid was sent to the Sarrat. The Sarrat said it would release the hostages.");
    expect(named(a, "Sarrat").map((x) => x.type)).toEqual(["organization", "organization"]);
    const b = actorsOf("Talks were held in Velmar. Velmar said it would send envoys.");
    expect(named(b, "Velmar").map((x) => x.type)).toEqual(["place", "place"]);
  });
  it("types a name by its surest reading before reading the lists it is in", () => {
    const a = actorsOf(
      "Police closed the main road in Brask after the river burst its banks. Trains between Brask and Merrow were cancelled for the day.",
    );
    expect(one(a, "Merrow").type).toBe("place");
  });
  it("passes the type a list gives a name on to its other mentions", () => {
    const a = actorsOf("Floods cut roads in Orvik and Merrow. Merrow remains cut off, officials said.");
    expect(named(a, "Merrow").map((x) => x.type)).toEqual(["place", "place"]);
  });
});

describe("what is not an actor", () => {
  it("skips prizes, products, holidays and headings in title case", () => {
    const a = actorsOf(
      "Ministers Meet Ahead Of Winter Summit\n\nShe won the Halden Prize before Christmas. The new Orion Atlas processors ship in May. A grey Rovan Vela hit the barrier.",
    );
    expect(a.map((x) => x.name)).toEqual([]);
  });
  it("drops a name only a title-case heading gives", () => {
    const a = actorsOf("Storm Hits Quillan Coast\n\nA storm hit the coast on Monday.");
    expect(a.map((x) => x.name)).toEqual([]);
  });
  it("skips captions and sentence-initial ordinary words", () => {
    const a = actorsOf("File Photo.\n\nSurvivors said the boat tilted. Rescuers worked through the night.");
    expect(a).toEqual([]);
  });
});
