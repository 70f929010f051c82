import { resolveActors } from "../../../src/core/resolve/actors";
import type { ActorMention } from "../../../src/core/model";
import { actor } from "../../helpers/mentions";

const names = (ms: ActorMention[]): string[][] =>
  resolveActors(ms)
    .actors.map((a) => [a.name, ...a.aliases].sort())
    .sort((a, b) => a[0]!.localeCompare(b[0]!));

describe("resolveActors across sources", () => {
  it("joins spelling variants: accents, connectors, doubled letters", () => {
    const index = resolveActors([
      actor("S1", "Ilka Várdy", "person"),
      actor("S2", "Ilka Vardy", "person"),
      actor("S1", "Hizb-e-Norran", "organization"),
      actor("S2", "Hizb-i-Norran", "organization"),
      actor("S3", "Tomasso Bell", "person"),
      actor("S4", "Tomaso Bell", "person"),
    ]);
    expect(index.actors).toHaveLength(3);
    expect(index.byName("Ilka Vardy")?.sources).toEqual(["S1", "S2"]);
    expect(index.byName("Hizb-e-Norran")?.aliases).toContain("Hizb-i-Norran");
  });

  it("joins an acronym to the one organisation whose initials it spells, but not when two could", () => {
    const one = resolveActors([
      actor("S1", "Northern Relief Agency", "organization"),
      actor("S2", "NRA", "organization", { canonical: "acronym:NRA" }),
    ]);
    expect(one.actors).toHaveLength(1);
    expect(one.actors[0]?.name).toBe("Northern Relief Agency");
    expect(one.actors[0]?.sources).toEqual(["S1", "S2"]);

    const two = resolveActors([
      actor("S1", "Northern Relief Agency", "organization"),
      actor("S1", "National Rail Authority", "organization"),
      actor("S2", "NRA", "organization", { canonical: "acronym:NRA" }),
    ]);
    expect(two.actors).toHaveLength(3);
  });

  it("joins an outlet written with and without its generic last word", () => {
    expect(names([actor("S1", "Orla News", "media"), actor("S2", "Orla", "media")])).toEqual([
      ["Orla", "Orla News"],
    ]);
  });

  it("joins a company written with and without its legal form", () => {
    expect(
      names([
        actor("S1", "Norcom Systems Inc", "organization"),
        actor("S2", "Norcom Systems", "organization"),
        actor("S3", "Velm Corp", "organization"),
        actor("S4", "Velm", "other"),
      ]),
    ).toEqual([
      ["Norcom Systems", "Norcom Systems Inc"],
      ["Velm", "Velm Corp"],
    ]);
  });

  it("joins a capital written as a place to its country once a source uses it as the government", () => {
    const asGovernment = resolveActors([
      actor("S1", "Norway", "country", { canonical: "country:Norway" }),
      actor("S2", "Oslo", "country", { canonical: "country:Norway", surface: "Oslo" }),
      actor("S3", "Oslo", "place"),
    ]);
    expect(asGovernment.actors).toHaveLength(1);
    expect(asGovernment.actors[0]).toMatchObject({
      name: "Norway",
      type: "country",
      sources: ["S1", "S2", "S3"],
    });

    const onlyAPlace = resolveActors([
      actor("S1", "Norway", "country", { canonical: "country:Norway" }),
      actor("S3", "Oslo", "place"),
    ]);
    expect(onlyAPlace.actors).toHaveLength(2);
  });

  it("joins a surname-only mention to the one person of that surname", () => {
    const index = resolveActors([
      actor("S1", "Petra Lind", "person", { role: "Major" }),
      actor("S2", "Lind", "person", { role: "Major", surface: "Major Lind" }),
    ]);
    expect(index.actors).toHaveLength(1);
    expect(index.actors[0]?.aliases).toEqual(["Lind", "Major Lind"]);
  });

  it("keeps a surname apart when two people share it, unless the role says which", () => {
    const ambiguous = resolveActors([
      actor("S1", "Anna Roos", "person", { role: "governor" }),
      actor("S1", "Erik Roos", "person", { role: "colonel" }),
      actor("S2", "Roos", "person"),
    ]);
    expect(ambiguous.actors).toHaveLength(3);

    const byRole = resolveActors([
      actor("S1", "Anna Roos", "person", { role: "governor" }),
      actor("S1", "Erik Roos", "person", { role: "colonel" }),
      actor("S2", "Roos", "person", { role: "colonel" }),
    ]);
    expect(byRole.actors).toHaveLength(2);
    expect(byRole.byName("Erik Roos")?.sources).toEqual(["S1", "S2"]);
  });

  it("never merges two people who share a first name", () => {
    expect(names([actor("S1", "Marek Dunn", "person"), actor("S2", "Marek Olsen", "person")])).toHaveLength(
      2,
    );
  });

  it("joins transliterations across sources, never within one article or against their ranks", () => {
    expect(
      resolveActors([actor("S1", "Mohammed Tarin", "person"), actor("S2", "Muhammad Tarin", "person")])
        .actors,
    ).toHaveLength(1);
    expect(
      resolveActors([actor("S1", "Mohammed Tarin", "person"), actor("S1", "Muhammad Tarin", "person")])
        .actors,
    ).toHaveLength(2);
    expect(
      resolveActors([
        actor("S1", "Ivan Perov", "person", { role: "Colonel" }),
        actor("S2", "Ivon Perav", "person", { role: "General" }),
      ]).actors,
    ).toHaveLength(2);
  });

  it("links a one-word group name to the one longer name it shortens", () => {
    const index = resolveActors([
      actor("S1", "Northern Sentinels", "organization"),
      actor("S2", "Sentinels", "place"),
    ]);
    expect(index.actors).toHaveLength(1);
    expect(index.actors[0]?.type).toBe("organization");
  });

  it("keeps every alias and source, and gives the same ids whatever the input order", () => {
    const ms = [
      actor("S1", "Caldera Port Authority", "organization"),
      actor("S2", "CPA", "organization", { canonical: "acronym:CPA" }),
      actor("S3", "Caldera Port Authority", "organization"),
      actor("S3", "Lina Holt", "person"),
    ];
    const a = resolveActors(ms);
    const b = resolveActors([...ms].reverse());
    expect(a.actors.map((x) => x.id).sort()).toEqual(b.actors.map((x) => x.id).sort());
    const cpa = a.byName("CPA");
    expect(cpa?.sources).toEqual(["S1", "S2", "S3"]);
    expect(cpa?.aliases).toEqual(["CPA"]);
    expect(a.mentionsOf(cpa!.id)).toHaveLength(3);
  });
});

describe("resolveActors: describing compounds", () => {
  it("joins a name written with a describing compound before it to the bare name", () => {
    const index = resolveActors([
      actor("S1", "Norran-backed Sentinels", "organization"),
      actor("S2", "Sentinels", "organization"),
    ]);
    expect(index.actors).toHaveLength(1);
    expect(index.actors[0]?.aliases).toEqual(["Norran-backed Sentinels"]);
  });
});
