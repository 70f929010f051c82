import { reconcile } from "../../../src/core/reconcile";
import type { Article, Slot } from "../../../src/core/model";
import { date, num, slot } from "../../helpers/slots";

const article = (id: string, outlet: string, published: string): Article => ({
  id,
  outlet,
  published,
  text: "",
  contentHash: id,
  words: 0,
  status: "ok",
});

const ARTICLES = new Map(
  [
    article("S-a", "North Post", "2026-04-02"),
    article("S-b", "South Wire", "2026-04-03"),
    article("S-c", "East Radio", "2026-04-03"),
  ].map((a) => [a.id, a]),
);
const pub = (source: string): Partial<Slot> => ({ source, published: ARTICLES.get(source)!.published });

describe("reconcile: numbers", () => {
  it("labels a rising toll as an update, keeps the conservative figure, and names outlets, dates and bodies", () => {
    const [c, ...rest] = reconcile(
      [
        num("at least 12", 12, Infinity, { ...pub("S-a"), attributedTo: "the fire service" }),
        num("Twelve", 12, 12, { ...pub("S-c"), source: "S-c", published: "2026-04-02" }),
        num("30", 30, 30, { ...pub("S-b"), attributedTo: "the health ministry" }),
      ],
      ARTICLES,
    );
    expect(rest).toHaveLength(0);
    expect(c).toMatchObject({
      attribute: "killed",
      label: "update over time",
      severity: "low",
      conservative: "at least 12",
    });
    expect(c!.values.map((v) => [v.value, v.sources])).toEqual([
      ["at least 12 / Twelve", ["S-a", "S-c"]],
      ["30", ["S-b"]],
    ]);
    expect(c!.explanation).toMatch(/^The death toll of the quake near Tarvik: /);
    expect(c!.explanation).toMatch(/North Post \(S-a, 2026-04-02\)/);
    expect(c!.explanation).toMatch(
      /South Wire \(S-b, 2026-04-03\) gives "30" according to the health ministry/,
    );
    expect(c!.explanation).toMatch(/according to the fire service/);
  });

  it("reads a figure its own report says the toll rose to as an update, even on the same day", () => {
    const rose = (text: string, n: number, source: string) =>
      num(text, n, n, {
        ...pub(source),
        evidence: { source, sentence: `The toll later rose to ${text}.`, start: 0, end: 20 },
      });
    const [c] = reconcile([num("12", 12, 12, pub("S-b")), rose("17", 17, "S-c")], ARTICLES);
    expect(c).toMatchObject({ label: "update over time" });
    const [flat] = reconcile([num("12", 12, 12, pub("S-b")), num("17", 17, 17, pub("S-c"))], ARTICLES);
    expect(flat).toMatchObject({ label: "genuine disagreement" });
  });
  it("shows 'at least 84' then '103' as an update, but not a later, vaguer figure", () => {
    const rising = reconcile(
      [num("at least 84", 84, Infinity, pub("S-a")), num("103", 103, 103, pub("S-b"))],
      ARTICLES,
    );
    expect(rising.map((c) => c.label)).toEqual(["update over time"]);
    const vaguerLater = reconcile(
      [num("more than 200", 201, Infinity, pub("S-a")), num("dozens", 12, Infinity, pub("S-b"))],
      ARTICLES,
    );
    expect(vaguerLater).toHaveLength(0);
    const sameDay = reconcile(
      [num("at least 84", 84, Infinity, pub("S-b")), num("103", 103, 103, pub("S-c"))],
      ARTICLES,
    );
    expect(sameDay).toHaveLength(0);
  });

  it("labels figures from different bodies, and a magnitude of 6.1 against 6.5 as a disagreement", () => {
    const mag = (text: string, n: number, over: Partial<Slot>) =>
      num(text, n, n, { attribute: "magnitude", ...over });
    const [bodies] = reconcile(
      [
        mag("6.1", 6.1, { ...pub("S-a"), attributedTo: "the Geological Survey" }),
        mag("6.5", 6.5, { ...pub("S-b"), attributedTo: "the national seismic agency" }),
      ],
      ARTICLES,
    );
    expect(bodies).toMatchObject({ label: "different measuring bodies", severity: "medium" });
    const [genuine] = reconcile([mag("6.1", 6.1, pub("S-b")), mag("6.5", 6.5, pub("S-c"))], ARTICLES);
    expect(genuine).toMatchObject({ label: "genuine disagreement" });
    expect(genuine!.explanation).toMatch(/published the same day/);
  });

  it("does not flag figures one source alone gives, or compatible wordings of one figure", () => {
    expect(reconcile([num("12", 12, 12, pub("S-a")), num("30", 30, 30, pub("S-a"))], ARTICLES)).toHaveLength(
      0,
    );
    expect(
      reconcile([num("about 30", 27, 33, pub("S-a")), num("31", 31, 31, pub("S-b"))], ARTICLES),
    ).toHaveLength(0);
  });
});

describe("reconcile: dates, names, outcomes", () => {
  it("flags Saturday against Sunday, not 10 p.m. against 9:59 p.m.", () => {
    const flagged = reconcile(
      [date("2025-10-25", "day", undefined, pub("S-a")), date("2025-10-26", "day", undefined, pub("S-b"))],
      ARTICLES,
    );
    expect(flagged.map((c) => [c.label, c.severity])).toEqual([["genuine disagreement", "high"]]);
    const rounded = reconcile(
      [date("2025-10-26", "day", "22:00", pub("S-a")), date("2025-10-26", "day", "21:59", pub("S-b"))],
      ARTICLES,
    );
    expect(rounded).toHaveLength(0);
  });

  it("labels an unnamed party against a named one as vague vs specific", () => {
    const party = (value: string, over: Partial<Slot>) =>
      slot({ kind: "name", attribute: "counterparty", value, subject: "supply deal", ...over });
    const [c] = reconcile(
      [
        party("an unnamed foreign buyer", { ...pub("S-a"), vague: true }),
        party("Kestrel Holdings", pub("S-b")),
      ],
      ARTICLES,
    );
    expect(c).toMatchObject({ label: "vague vs specific", severity: "low" });
  });

  it("labels a side's leader named for events days apart as an update, and explains it", () => {
    const leader = (value: string, over: Partial<Slot>) =>
      slot({
        kind: "name",
        attribute: "leader",
        value,
        subject: "Norland delegation",
        subjectId: "H-1",
        subjectKind: "side",
        ...over,
      });
    const [c] = reconcile(
      [
        leader("Ada Ren", { ...pub("S-a"), eventId: "E-1", eventDate: "2026-03-20" }),
        leader("Bo Lund", { ...pub("S-b"), eventId: "E-2", eventDate: "2026-04-02" }),
      ],
      ARTICLES,
    );
    expect(c).toMatchObject({ label: "update over time", subjectKind: "side" });
    expect(c!.explanation).toMatch(/^Who led the Norland delegation: /);
    expect(c!.explanation).toMatch(/for the event of 2026-03-20/);
    const sameTime = reconcile(
      [
        leader("Ada Ren", { ...pub("S-a"), eventId: "E-1" }),
        leader("Bo Lund", { ...pub("S-b"), eventId: "E-1" }),
      ],
      ARTICLES,
    );
    expect(sameTime[0]).toMatchObject({ label: "genuine disagreement", severity: "high" });
  });

  it("labels talks reported collapsed, then resumed, as an update", () => {
    const status = (value: string, over: Partial<Slot>) =>
      slot({ kind: "categorical", attribute: "status", value, ...over });
    const [c] = reconcile(
      [status("collapsed", pub("S-a")), status("resumed", pub("S-b")), status("held", pub("S-c"))],
      ARTICLES,
    );
    expect(c).toMatchObject({ label: "update over time" });
    expect(c!.values.map((v) => v.value)).toEqual(["collapsed", "resumed"]);
  });
});

describe("reconcile: disputed claims", () => {
  it("reports an accusation and its denial by another party, even in one article", () => {
    const claim = (claimer: string, stance: "accuse" | "deny", claimId: string, over: Partial<Slot> = {}) =>
      slot({
        kind: "claim",
        attribute: "disputed claim",
        subjectKind: "claim",
        subjectId: "P-1",
        subject: "the navy shelled the port",
        value: `${claimer} (${stance})`,
        claimer,
        stance,
        claimId,
        ...pub("S-a"),
        ...over,
      });
    const [c] = reconcile(
      [claim("Harbour council", "accuse", "C-1"), claim("Norland navy", "deny", "C-2")],
      ARTICLES,
    );
    expect(c).toMatchObject({ kind: "claim", label: "genuine disagreement" });
    expect(c!.values.map((v) => [v.value, v.claims])).toEqual([
      ["Harbour council (accuse)", ["C-1"]],
      ["Norland navy (deny)", ["C-2"]],
    ]);
    expect(
      reconcile([claim("Norland navy", "accuse", "C-1"), claim("Norland navy", "deny", "C-2")], ARTICLES),
    ).toHaveLength(0);
  });
});

describe("reconcile: ids", () => {
  it("derives conflict ids from the subject and attribute, whatever the order of slots", () => {
    const slots = [
      num("12", 12, 12, pub("S-a")),
      num("30", 30, 30, pub("S-b")),
      date("2026-04-01", "day", undefined, pub("S-a")),
      date("2026-04-02", "day", undefined, pub("S-b")),
    ];
    const ids = reconcile(slots, ARTICLES)
      .map((c) => c.id)
      .sort();
    expect(
      reconcile([...slots].reverse(), ARTICLES)
        .map((c) => c.id)
        .sort(),
    ).toEqual(ids);
    expect(new Set(ids).size).toBe(2);
  });
});

describe("reconcile: roles held towards several parties", () => {
  it("shows an unnamed counterparty against a named one, never two named ones", () => {
    const party = (value: string, over: Partial<Slot>) =>
      slot({
        kind: "name",
        attribute: "counterparty",
        value,
        subjectKind: "side",
        subject: "Norway agreement",
        ...over,
      });
    expect(reconcile([party("Sweden", pub("S-a")), party("Denmark", pub("S-b"))], ARTICLES)).toHaveLength(0);
    const [c] = reconcile(
      [party("Sweden", pub("S-a")), party("a foreign country", { ...pub("S-b"), vague: true })],
      ARTICLES,
    );
    expect(c).toMatchObject({ label: "vague vs specific" });
  });
});

describe("reconcile: figures of several things", () => {
  it("does not compare a figure one source gives twice with different values (two things counted)", () => {
    const price = (t: string, n: number, over: Partial<Slot>) =>
      num(t, n, n, { attribute: "amount", ...over });
    const slots = [
      price("99", 99, pub("S-a")),
      price("1,299", 1299, pub("S-a")),
      price("149", 149, pub("S-b")),
    ];
    expect(reconcile(slots, ARTICLES)).toHaveLength(0);
  });

  it("does not compare figures ten times apart unless a count rises report after report", () => {
    expect(
      reconcile([num("12", 12, 12, pub("S-a")), num("2 million", 2e6, 2e6, pub("S-c"))], ARTICLES),
    ).toHaveLength(0);
    const [rising] = reconcile([num("4", 4, 4, pub("S-a")), num("60", 60, 60, pub("S-b"))], ARTICLES);
    expect(rising).toMatchObject({ label: "update over time" });
  });

  it("leaves out a magnitude that is another quake, and labels two agencies' readings", () => {
    const mag = (t: string, n: number, over: Partial<Slot>) =>
      num(t, n, n, { attribute: "magnitude", ...over });
    const [c] = reconcile(
      [
        mag("6.1", 6.1, { ...pub("S-a"), attributedTo: "the seismic institute" }),
        mag("7.6", 7.6, { ...pub("S-b"), attributedTo: "the Geological Survey" }),
        mag("7.7", 7.7, { ...pub("S-c"), attributedTo: "the national agency" }),
      ],
      ARTICLES,
    );
    expect(c!.values.map((v) => v.value)).toEqual(["7.6", "7.7"]);
    expect(c!.label).toBe("different measuring bodies");
  });

  it("does not oppose two places an article names together", () => {
    const place = (value: string, over: Partial<Slot>) =>
      slot({ kind: "place", attribute: "place", value, ...over });
    expect(
      reconcile(
        [place("Marrow", { ...pub("S-a"), nearby: ["Tessel"] }), place("Tessel", pub("S-b"))],
        ARTICLES,
      ),
    ).toHaveLength(0);
    expect(reconcile([place("Marrow", pub("S-a")), place("Tessel", pub("S-b"))], ARTICLES)).toHaveLength(1);
  });
});
