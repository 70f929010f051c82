import { mergeRows } from "../../src/core/ledger/merge";
import { TAB_COLUMNS } from "../../src/core/ledger/schema";
import { ledgerTables } from "../../src/core/ledger/tables";
import { analyze } from "../../src/core/analyze";
import { article } from "../helpers/articles";

const columns = TAB_COLUMNS.Claims;

describe("mergeRows", () => {
  it("rewrites machine columns by id, keeps people's columns and hand-added rows, appends new ids", () => {
    const headers = columns.map((c) => c.header);
    const row = (id: string, claim: string, status: string): (string | number)[] =>
      headers.map((h) => (h === "ID" ? id : h === "Claim" ? claim : h === "Status" ? status : ""));
    const existing = {
      headers,
      rows: [row("C-1", "old text", "checked"), row("", "typed by a person", "mine")],
    };
    const merged = mergeRows(
      existing,
      [
        { ID: "C-1", Claim: "new text" },
        { ID: "C-2", Claim: "another" },
      ],
      columns,
    );
    const at = (r: number, h: string): unknown => merged.rows[r]?.[headers.indexOf(h)];
    expect(at(0, "Claim")).toBe("new text");
    expect(at(0, "Status")).toBe("checked");
    expect(at(1, "Claim")).toBe("typed by a person");
    expect(at(2, "ID")).toBe("C-2");
    expect(merged.added).toBe(1);
    expect(merged.updated).toBe(1);
  });

  it("finds columns by name when people reorder them or add their own", () => {
    const headers = ["Notes", "My column", "ID", "Claim"];
    const merged = mergeRows(
      { headers, rows: [["keep me", "mine", "C-1", "old"]] },
      [{ ID: "C-1", Claim: "new" }],
      columns,
    );
    expect(merged.headers.slice(0, 4)).toEqual(headers);
    expect(merged.rows[0]?.slice(0, 4)).toEqual(["keep me", "mine", "C-1", "new"]);
    // Missing spec columns are appended at the end.
    expect(merged.headers).toContain("Checked by");
  });
});

describe("ledgerTables", () => {
  it("fills every tab with evidence and highlights disputed cells", () => {
    const a = article(
      "Outlet: North Post\nDate: 2026-04-02\n\nThe earthquake near Tarvik on Tuesday killed 12 people, the fire service said.",
    );
    const b = article(
      "Outlet: South Wire\nDate: 2026-04-03\n\nThe earthquake near Tarvik on Tuesday killed 30 people, the health ministry said.",
    );
    const tables = ledgerTables(analyze([a, b]), "2026-04-03T10:00:00Z");
    expect(tables.Sources.rows).toHaveLength(2);
    expect(tables.Conflicts.rows.length).toBeGreaterThan(0);
    const eventRow = tables.Events.rows.find((r) => String(r.Figures).includes("30"));
    expect(String(eventRow?.Evidence)).toMatch(/\[S-[0-9a-f]{8}\] "/);
    expect(String(eventRow?.Disputed)).toMatch(/killed/);
    const mark = tables.Events.marks.find((m) => m.id === eventRow?.ID);
    expect(mark?.column).toBe("Figures");
    expect(mark?.note).toMatch(/12/);
    expect(mark?.note).toMatch(/30/);
  });

  it("writes a figure's unit unless its wording already shows it", () => {
    const a = article(
      "Outlet: North Post\nDate: 2026-04-02\n\nA 48-hour strike by dock workers in Tarvik began on Monday.\n\n" +
        "The strike lasted four days, the union said.\n\nThe port lost $3 million in the strike, officials said.",
    );
    const figures = ledgerTables(analyze([a]), "2026-04-03T10:00:00Z")
      .Events.rows.map((r) => String(r.Figures))
      .join("\n");
    expect(figures).toMatch(/duration: (?:48 hours|four days) \[S-/);
    expect(figures).not.toMatch(/duration: (?:48|four) \[/);
    expect(figures).toMatch(/amount: \$3 million \[S-/);
  });
});
