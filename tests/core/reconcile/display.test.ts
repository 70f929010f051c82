// How conflicts are shown: one Conflicts row per disputed fact, the disputed cells of Events,
// Actors and Claims highlighted with a note listing every value with source ids and dates, and
// the runner's summary.
import { analyze } from "../../../src/core/analyze";
import { ledgerTables } from "../../../src/core/ledger/tables";
import { summarize } from "../../../src/cli/summary";
import { article } from "../../helpers/articles";

const a = article(
  "Outlet: North Post\nDate: 2026-04-02\n\nThe flood in Marrow on Monday killed 12 people, the fire service said.\n\nThe rescue operation was led by Colonel Ivo Brandt.\n\nThe Harbour Council accused the Norland Navy of shelling the fishing port of Kessan.",
);
const b = article(
  "Outlet: South Wire\nDate: 2026-04-03\n\nThe flood in Marrow on Monday killed 30 people, the health ministry said.\n\nThe rescue operation was led by Major Lena Ostrova.\n\nThe Norland Navy denied shelling the fishing port of Kessan.",
);
const ledger = analyze([a, b]);
const tables = ledgerTables(ledger, "2026-04-03T10:00:00Z");

describe("conflicts in the tabs", () => {
  it("writes one Conflicts row per disputed fact with the values side by side and their sources", () => {
    const rows = tables.Conflicts.rows;
    expect(rows.map((r) => r.Attribute).sort()).toEqual(["disputed claim", "killed", "leader"]);
    const toll = rows.find((r) => r.Attribute === "killed")!;
    expect(String(toll["Values (per source)"]).split("\n")).toEqual([
      `12 [${a.id} 2026-04-02] (according to fire service) - conservative`,
      `30 [${b.id} 2026-04-03] (according to health ministry)`,
    ]);
    expect(toll).toMatchObject({ Label: "update over time", Severity: "low", "Conservative value": "12" });
  });

  it("highlights the disputed cells of Events and Claims with a note of every value, source and date", () => {
    const event = ledger.events.find((e) => e.figures.length > 0)!;
    const marks = tables.Events.marks.filter((m) => m.id === event.id);
    expect(marks.map((m) => m.column).sort()).toEqual(["Figures", "Participants"]);
    const figures = marks.find((m) => m.column === "Figures")!;
    expect(figures.note).toMatch(/^Disputed killed: update over time, low \(conflict X-[0-9a-f]{8}\)/);
    expect(figures.note).toContain(`- 12 [${a.id} 2026-04-02]`);
    expect(figures.note).toContain(`- 30 [${b.id} 2026-04-03]`);
    expect(tables.Events.rows.find((r) => r.ID === event.id)?.Disputed).toMatch(
      /^leader \(X-[0-9a-f]{8}\), killed \(X-[0-9a-f]{8}\)$/,
    );
    // The rescue operation's leader is a fact about the operation, shown where it is named.
    const leader = ledger.conflicts.find((c) => c.attribute === "leader")!;
    expect(leader.subjectKind).toBe("side");
    expect(tables.Events.marks.some((m) => m.column === "Participants" && m.note.includes(leader.id))).toBe(
      true,
    );
    const claimMarks = tables.Claims.marks;
    expect(claimMarks.map((m) => m.column)).toEqual(["Stance", "Stance"]);
    expect(claimMarks[0]!.note).toMatch(/\(accuse\)/);
    expect(claimMarks[0]!.note).toMatch(/\(deny\)/);
  });

  it("lists every conflict in the runner's summary, most severe first", () => {
    const lines = summarize(ledger);
    const listed = lines.filter((l) => /^ {2}X-[0-9a-f]{8} /.test(l));
    expect(listed).toHaveLength(ledger.conflicts.length);
    expect(listed[0]).toMatch(/ HIGH /);
    expect(lines.join("\n")).toMatch(/Conservative value: 12\./);
  });
});

describe("event dates in the Events tab", () => {
  it("shows a date read from the first report as such, and a written date as written", () => {
    const undated = article(
      "Outlet: North Post\nDate: 2026-04-02\n\nA landslide buried the road to Kessan, the fire service said.",
    );
    const dated = article(
      "Outlet: South Wire\nDate: 2026-04-03\n\nA bridge collapse near Marrow on Monday injured 4 people.",
    );
    const rows = ledgerTables(analyze([undated, dated]), "2026-04-03T10:00:00Z").Events.rows;
    expect(rows.map((r) => r.Date).sort()).toEqual(["2026-03-30", "by 2026-04-02 (first report)"]);
  });
});
