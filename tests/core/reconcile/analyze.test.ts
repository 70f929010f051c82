// The whole pipeline on small invented stories: conflicts across sources, nothing across events,
// actors' roles, stable ids.
import { analyze } from "../../../src/core/analyze";
import { article } from "../../helpers/articles";

describe("analyze: conflicts across sources", () => {
  const a = article(
    "Outlet: North Post\nDate: 2026-04-02\n\nAn earthquake struck near Tarvik on Tuesday. At least 12 people were killed in the earthquake, the fire service said.",
  );
  const b = article(
    "Outlet: South Wire\nDate: 2026-04-03\n\nThe earthquake near Tarvik on Tuesday killed 30 people, the health ministry said.",
  );
  const c = article(
    "Outlet: East Radio\nDate: 2026-04-03\n\nIn 2011 an earthquake near Tarvik killed 90 people.",
  );

  it("flags the disputed toll once, with sources, label and conservative value, and leaves other events alone", () => {
    const ledger = analyze([a, b, c]);
    const killed = ledger.conflicts.filter((x) => x.attribute === "killed");
    expect(killed).toHaveLength(1);
    const conflict = killed[0]!;
    expect(conflict.values.map((v) => v.value)).toEqual(["At least 12", "30"]);
    expect(conflict.values.flatMap((v) => v.sources)).toEqual([a.id, b.id]);
    expect(conflict.values.map((v) => v.sourceDates)).toEqual([["2026-04-02"], ["2026-04-03"]]);
    expect(conflict).toMatchObject({
      label: "update over time",
      conservative: "At least 12",
      subjectKind: "event",
    });
    expect(conflict.explanation).toMatch(
      /North Post \(S-[0-9a-f]{8}, 2026-04-02\) gives "At least 12" according to fire service/,
    );
    expect(ledger.conflicts.some((x) => x.values.some((v) => v.value === "90"))).toBe(false);
  });

  it("writes a disputed figure with its unit when the wording leaves it out", () => {
    const one = article(
      "Outlet: Brask Courier\nDate: 2026-05-02\n\nA strike by dock workers in Brask that lasted 48 hours ended on Friday, union leader Piet Sandor said.",
    );
    const two = article(
      "Outlet: Merrow Post\nDate: 2026-05-03\n\nA strike by dock workers in Brask that lasted 72 hours ended on Friday, the port authority said.",
    );
    const [duration] = analyze([one, two]).conflicts.filter((x) => x.attribute === "duration");
    expect(duration?.values.map((v) => v.value)).toEqual(["48 hours", "72 hours"]);
    expect(duration?.explanation).toMatch(/gives "48 hours"/);
  });

  it("keeps event and conflict ids stable across runs and input order", () => {
    const one = analyze([a, b, c]);
    const two = analyze([c, b, a]);
    expect(two.conflicts.map((x) => x.id).sort()).toEqual(one.conflicts.map((x) => x.id).sort());
    expect(two.events.map((x) => x.id).sort()).toEqual(one.events.map((x) => x.id).sort());
  });

  it("keeps the conflict id when a later report joins the event", () => {
    const d = article(
      "Outlet: West Daily\nDate: 2026-04-05\n\nThe earthquake near Tarvik on Tuesday killed 41 people, officials said on Saturday.",
    );
    const before = analyze([a, b, c]).conflicts.find((x) => x.attribute === "killed")!;
    const after = analyze([a, b, c, d]).conflicts.find((x) => x.attribute === "killed")!;
    expect(after.id).toBe(before.id);
    expect(after.values.map((v) => v.value)).toEqual(["At least 12", "30", "41"]);
  });

  it("marks a second copy of an article as a duplicate", () => {
    const ledger = analyze([a, a]);
    expect(ledger.sources.map((s) => s.status)).toEqual(["ok", "duplicate"]);
    expect(new Set(ledger.sources.map((s) => s.id)).size).toBe(2);
  });
});

describe("analyze: actors across sources", () => {
  it("flags two ranks given to one person by two sources, and merges the person", () => {
    const ledger = analyze([
      article("Outlet: North Post\nDate: 2026-04-02\n\nMajor General Ivo Brandt said the border was calm."),
      article(
        "Outlet: South Wire\nDate: 2026-04-03\n\nLieutenant General Ivo Brandt said the army would stay on alert.",
      ),
    ]);
    const brandt = ledger.actors.filter((x) => x.name === "Ivo Brandt");
    expect(brandt).toHaveLength(1);
    const role = ledger.conflicts.find((x) => x.attribute === "role");
    expect(role).toMatchObject({
      subjectId: brandt[0]!.id,
      subjectKind: "actor",
      label: "genuine disagreement",
      severity: "medium",
    });
    expect(role!.values.map((v) => v.value)).toEqual(["Major General", "Lieutenant General"]);
  });
});

describe("analyze: what is not an event's date or place", () => {
  it("reads no relative date in an article without a publication date, and no company as a place", () => {
    const a = article("Outlet: North Post\n\nA fire broke out at the Tessel depot today, killing 3 workers.");
    const b = article("Outlet: South Wire\n\nThe fire at the Tessel depot yesterday killed 3 workers.");
    const ledger = analyze([a, b]);
    expect(ledger.conflicts.filter((c) => c.attribute === "date")).toHaveLength(0);
    expect(ledger.events.every((e) => e.date === undefined)).toBe(true);
  });

  it("keeps two attacks with different tolls in one article apart", () => {
    const ledger = analyze([
      article(
        "Outlet: North Post\nDate: 2026-05-09\n\nA bomb attack killed 12 people at the market on Friday. Gunmen also attacked a convoy on Friday, killing two soldiers.",
      ),
    ]);
    expect(ledger.events.filter((e) => e.figures.length > 0)).toHaveLength(2);
  });
});

describe("analyze: who a claim speaks for", () => {
  const a = article(
    "Outlet: North Post\nDate: 2026-04-02\n\nKenyan officials accused Uganda of shelling the border post at Malaba.",
  );
  const b = article(
    "Outlet: South Wire\nDate: 2026-04-03\n\nUganda denied shelling the border post at Malaba, the foreign ministry said.",
  );

  it("ties a claimer written as a demonym to the country, keeping the words as written", () => {
    const ledger = analyze([a, b]);
    const claim = ledger.claims.find((c) => c.claimer === "Kenyan officials");
    const kenya = ledger.actors.find((x) => x.name === "Kenya");
    expect(kenya).toBeDefined();
    expect(claim?.claimerId).toBe(kenya?.id);
  });

  it("makes a country's officials a party to a dispute with the country they accuse", () => {
    const ledger = analyze([a, b]);
    const dispute = ledger.conflicts.find((c) => c.attribute === "disputed claim");
    expect(dispute?.values.map((v) => v.value).sort()).toEqual([
      "Kenyan officials (accuse)",
      "Uganda (deny)",
    ]);
    expect(dispute?.explanation).toMatch(/; the parties contradict each other\.$/);
  });

  it("sees no dispute between an organisation and its own spokesman", () => {
    const ledger = analyze([
      article(
        "Outlet: North Post\nDate: 2026-04-02\n\nVelm Council spokesman Piet Sandor condemned the shelling of the harbour school at Dunmere by Norland gunboats.",
      ),
      article(
        "Outlet: South Wire\nDate: 2026-04-03\n\nThe Velm Council denied reports that rebels had fired mortars from the harbour school at Dunmere.",
      ),
    ]);
    expect(ledger.actors.find((x) => x.name === "Piet Sandor")?.affiliation).toBe("Velm Council");
    expect(ledger.conflicts.filter((c) => c.attribute === "disputed claim")).toEqual([]);
  });

  it("says that the parties, not the reports, disagree when one report gives both sides", () => {
    const one = article(
      "Outlet: North Post\nDate: 2026-04-02\n\nKenyan officials accused Uganda of shelling the border post at Malaba, a charge Uganda denied.",
    );
    const dispute = analyze([one]).conflicts.find((c) => c.attribute === "disputed claim");
    expect(dispute?.explanation).toMatch(/the parties contradict each other in one report\.$/);
  });
});
