// The local runner on the bundled fictional story: every planted conflict is found, no planted
// look-alike is flagged, and the outputs follow the ledger contract.
import { readFileSync, existsSync } from "node:fs";
import { join } from "node:path";
import ExcelJS from "exceljs";
import { runCli } from "../../src/cli/analyze";
import { matchesTwo } from "../helpers/conflicts";
import { REPO } from "../helpers/shared";
import { tempDir } from "../helpers/tempDir";

interface Expected {
  articles: Record<string, { file: string }>;
  conflicts: {
    required: { key: string; values: { value: string }[] }[];
    traps: { pairs: { values: string[]; why: string }[] };
  };
}

const expected = JSON.parse(readFileSync(join(REPO, "samples/expected.json"), "utf8")) as Expected;
const out = tempDir("corroborate-samples-");
let ledger: {
  sources: { id: string; file: string }[];
  conflicts: {
    values: { value: string; sources: string[]; sourceDates: string[]; evidence: { sentence: string }[] }[];
    subjectKind: string | null;
    subject: string;
    attribute: string;
    explanation: string;
  }[];
  actors: { name: string; aliases: string[] }[];
};
const log: string[] = [];

beforeAll(async () => {
  const code = await runCli({ paths: [join(REPO, "samples")], out, quiet: false }, (l) => log.push(l));
  expect(code).toBe(0);
  ledger = JSON.parse(readFileSync(join(out, "ledger.json"), "utf8"));
}, 60_000);

describe("samples/", () => {
  it("maps every sample article by file name", () => {
    expect(ledger.sources.map((s) => s.file).sort()).toEqual(
      Object.values(expected.articles)
        .map((a) => a.file)
        .sort(),
    );
  });

  it.each(expected.conflicts.required.map((c) => [c.key, c] as const))(
    "finds the planted conflict %s",
    (_key, c) => {
      const hit = ledger.conflicts.find((x) =>
        matchesTwo(
          x.values.map((v) => v.value),
          c.values.map((v) => v.value),
        ),
      );
      expect(hit).toBeDefined();
      expect(hit!.explanation.length).toBeGreaterThan(20);
    },
  );

  it.each(expected.conflicts.traps.pairs.map((p) => [p.why, p] as const))(
    "does not flag the look-alike: %s",
    (_why, p) => {
      const hit = ledger.conflicts.find((x) =>
        matchesTwo(
          x.values.map((v) => v.value),
          p.values,
        ),
      );
      expect(hit).toBeUndefined();
    },
  );

  it("keeps two people who share a first name apart", () => {
    const mareks = ledger.actors.filter((a) => /^Marek /.test(a.name));
    expect(mareks.map((a) => a.name).sort()).toEqual(["Marek Dunn", "Marek Olsen"]);
  });

  it("writes each conflict's values with their sources' dates and evidence into ledger.json", () => {
    for (const c of ledger.conflicts) {
      expect(c.subjectKind).toMatch(/^(event|actor|side|claim)$/);
      for (const v of c.values) {
        expect(v.sourceDates).toHaveLength(v.sources.length);
        expect(v.evidence.length).toBeGreaterThan(0);
      }
    }
    expect(ledger.conflicts.some((c) => c.values.some((v) => v.sourceDates.includes("2026-03-14")))).toBe(
      true,
    );
  });

  it("lists the conflicts in its summary and writes the workbook", async () => {
    expect(log.join("\n")).toMatch(/Conflicts:/);
    expect(log.join("\n")).toMatch(/Piet Sandor/);
    expect(existsSync(join(out, "ledger.xlsx"))).toBe(true);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(join(out, "ledger.xlsx"));
    expect(wb.worksheets.map((w) => w.name).slice(0, 5)).toEqual([
      "Sources",
      "Actors",
      "Events",
      "Claims",
      "Conflicts",
    ]);
  });
});
