// The pure rules behind a shared ledger: versions and duplicates, layout migration, cell limits,
// people's dismissals, the import queue and job messages, the analysis guard, bad input.
import { analyze } from "../../src/core/analyze";
import { ingestArticle } from "../../src/core/ingest";
import { fitText } from "../../src/core/ledger/cells";
import { dismissedIds, tablesForRun } from "../../src/core/ledger/dismissed";
import { analyzeGuarded } from "../../src/core/ledger/guard";
import { isStalled, jobInProgressMessage, newJob, parseJob, STALL_MS } from "../../src/core/ledger/job";
import { whoLabel } from "../../src/core/ledger/journal";
import { mergeRows } from "../../src/core/ledger/merge";
import { planMigration } from "../../src/core/ledger/migrate";
import { queueRows, readQueue } from "../../src/core/ledger/queue";
import { LAYOUT_VERSION, TAB_COLUMNS, TEXT_CHUNK } from "../../src/core/ledger/schema";
import { storedArticles } from "../../src/core/ledger/stored";
import { ledgerTables } from "../../src/core/ledger/tables";
import { assignVersions, versionId } from "../../src/core/ledger/versions";
import type { Article } from "../../src/core/model";
import { article } from "../helpers/articles";

const URL = "https://north-post.example/quake";
const quake = (killed: number, extra = ""): Article =>
  article(
    `Outlet: North Post\nDate: 2026-04-02\nURL: ${URL}\n\nThe earthquake near Tarvik on Tuesday killed ${killed} people, the fire service said.${extra}`,
  );

describe("assignVersions", () => {
  it("marks a second copy of one text as a duplicate with a stable id of its own", () => {
    const a = quake(12);
    const copy = { ...article(a.text, { file: "copy.txt" }) };
    const out = assignVersions([a, copy]);
    expect(out.map((x) => x.status)).toEqual(["ok", "duplicate"]);
    expect(out[1]?.id).not.toBe(a.id);
    expect(out[1]?.error).toBe(`Same text as ${a.id}: already in the ledger, not added again.`);
    expect(assignVersions([a, copy])[1]?.id).toBe(out[1]?.id);
    expect(assignVersions([quake(1), a, copy]).find((x) => x.file === "copy.txt")?.id).toBe(out[1]?.id);
  });

  it("records a changed text under a known URL as version 2, superseding version 1", () => {
    const v1 = quake(12);
    const v2 = quake(14);
    expect(v2.id).toBe(v1.id); // ingest alone cannot know; versions decide
    const out = assignVersions([v1, v2]);
    expect(out[0]).toMatchObject({
      id: v1.id,
      status: "superseded",
      version: 1,
      replacedBy: versionId(URL, v2.contentHash),
    });
    expect(out[1]).toMatchObject({
      id: versionId(URL, v2.contentHash),
      status: "ok",
      version: 2,
      previousVersion: v1.id,
    });
    const v3 = quake(15);
    const three = assignVersions([...out, v3]);
    expect(three.map((x) => [x.status, x.version])).toEqual([
      ["superseded", 1],
      ["superseded", 2],
      ["ok", 3],
    ]);
    // Idempotent: stored articles go through it again with every batch.
    expect(assignVersions(three)).toEqual(three);
    // The old text again is a duplicate of version 1, not a fourth version.
    expect(assignVersions([...three, quake(12)])[3]).toMatchObject({ status: "duplicate" });
  });

  it("analyses only the newest version", () => {
    const ledger = analyze([quake(12), quake(14)]);
    expect(ledger.sources.map((s) => s.status)).toEqual(["superseded", "ok"]);
    expect(ledger.events.flatMap((e) => e.sources)).not.toContain(ledger.sources[0]?.id);
    const row = ledgerTables(ledger, "2026-04-03T00:00:00Z").Sources.rows;
    expect(row.map((r) => r.Version)).toEqual([
      `1 (replaced by ${ledger.sources[1]?.id})`,
      `2 (replaces ${ledger.sources[0]?.id})`,
    ]);
  });

  it("lets failed articles through untouched", () => {
    const bad = ingestArticle("");
    expect(assignVersions([bad, bad])).toEqual([bad, bad]);
  });
});

describe("storedArticles", () => {
  it("rebuilds analysed and superseded sources in import order, whatever the row order", () => {
    const headers = TAB_COLUMNS.Sources.map((c) => c.header);
    const row = (id: string, status: string, at: string, hash: string) =>
      headers.map((h) =>
        h === "ID"
          ? id
          : h === "Status"
            ? status
            : h === "Imported at"
              ? at
              : h === "Content hash"
                ? hash
                : h === "Published"
                  ? new Date(2026, 3, 2)
                  : "",
      );
    const grid = {
      headers,
      rows: [
        row("S-2", "ok", "2026-04-03T10:00:00Z", "h2"),
        row("S-1", "superseded", "2026-04-02T10:00:00Z", "h1"),
        row("S-3", "error", "2026-04-01T10:00:00Z", "h3"),
        row("", "ok", "", ""),
      ],
    };
    const out = storedArticles(grid, new Map([["S-2", "Some text here."]]));
    expect(out.map((a) => [a.id, a.status])).toEqual([
      ["S-1", "superseded"],
      ["S-2", "ok"],
    ]);
    expect(out[1]?.published).toBe("2026-04-02");
  });
});

describe("mergeRows", () => {
  it("matches headers whatever their case or spacing, and reports the columns it appended", () => {
    const merged = mergeRows(
      { headers: [" id ", "CLAIM", "status"], rows: [["C-1", "old", "dismissed"]] },
      [{ ID: "C-1", Claim: "new" }],
      TAB_COLUMNS.Claims,
    );
    expect(merged.rows[0]?.slice(0, 3)).toEqual(["C-1", "new", "dismissed"]);
    expect(merged.appended).not.toContain("Claim");
    expect(merged.appended).toContain("Checked by");
    expect(merged).toMatchObject({ added: 0, updated: 1 });
  });
});

describe("planMigration", () => {
  it("inserts Version after Content hash in a layout-1 Sources tab, and nothing twice", () => {
    const v1 = TAB_COLUMNS.Sources.map((c) => c.header).filter((h) => h !== "Version");
    const plan = planMigration(1, { Sources: v1, Claims: TAB_COLUMNS.Claims.map((c) => c.header) });
    expect(plan.inserts).toEqual([{ tab: "Sources", header: "Version", at: v1.indexOf("Content hash") + 1 }]);
    expect(plan.to).toBe(LAYOUT_VERSION);
    const v2 = TAB_COLUMNS.Sources.map((c) => c.header);
    expect(planMigration(null, { Sources: v2 }).inserts).toEqual([]);
    expect(planMigration(LAYOUT_VERSION, { Sources: v1 }).inserts).toEqual([]);
  });

  it("appends the column when a person removed the one it follows", () => {
    const headers = ["ID", "Title", "Status", "My column"];
    expect(planMigration(1, { Sources: headers }).inserts).toEqual([
      { tab: "Sources", header: "Version", at: 4 },
    ]);
  });
});

describe("fitText", () => {
  it("keeps text that fits and cuts longer text to the limit with a marker", () => {
    expect(fitText("short", 10)).toBe("short");
    const cut = fitText("a".repeat(60_000), 50_000);
    expect(cut.length).toBeLessThanOrEqual(50_000);
    expect(cut).toMatch(/^a+ \[\.\.\. cut: 10,0\d\d more characters\]$/);
    const emoji = fitText("😀".repeat(30_000), 32_767);
    expect(emoji.length).toBeLessThanOrEqual(32_767);
    expect(/[\ud800-\udbff](?![\udc00-\udfff])/.test(emoji)).toBe(false);
  });
});

describe("people's dismissals", () => {
  it("reads dismissed ids and leaves those conflicts out of other tabs' marks", () => {
    const a = article(
      "Outlet: North Post\nDate: 2026-04-02\n\nThe earthquake near Tarvik on Tuesday killed 12 people, the fire service said.",
    );
    const b = article(
      "Outlet: South Wire\nDate: 2026-04-03\n\nThe earthquake near Tarvik on Tuesday killed 30 people, the health ministry said.",
    );
    const ledger = analyze([a, b]);
    const id = ledger.conflicts[0]!.id;
    const grid = {
      headers: ["ID", "Status"],
      rows: [
        [id, " Dismissed "],
        ["X-2", "open"],
      ],
    };
    expect([...dismissedIds(grid)]).toEqual([id]);
    const open = tablesForRun(ledger, "t", new Set());
    const dismissed = tablesForRun(ledger, "t", dismissedIds(grid));
    expect(open.Events.marks.length).toBeGreaterThan(0);
    expect(dismissed.Events.marks).toEqual([]);
    expect(dismissed.Events.rows.every((r) => !String(r.Disputed).includes(id))).toBe(true);
    expect(dismissed.Conflicts.rows.map((r) => r.ID)).toContain(id);
  });
});

describe("import queue", () => {
  it("cuts long inputs into parts under the cell limit and reads items back whole", () => {
    const long = "x".repeat(TEXT_CHUNK * 2 + 5);
    const rows = queueRows("R-1", [
      { kind: "text", input: "first", hints: { url: "https://a.example" } },
      { kind: "text", input: long, hints: {} },
      { kind: "text", input: "", hints: {} },
    ]);
    expect(rows.map((r) => [r[1], r[2]])).toEqual([
      [1, 1],
      [2, 1],
      [2, 2],
      [2, 3],
      [3, 1],
    ]);
    const items = readQueue([["R-0", 1, 1, "text", "{}", "old"], ...rows], "R-1");
    expect(items.map((q) => q.item.input)).toEqual(["first", long, ""]);
    expect(items[0]?.item.hints).toEqual({ url: "https://a.example" });
    expect(items.map((q) => q.rows)).toEqual([
      [1, 2],
      [2, 5],
      [5, 6],
    ]);
  });
});

describe("import job", () => {
  const ada = { email: "ada@newsroom.example", key: "k-ada" };
  const ben = { email: "", key: "k-ben-123456" };
  it("says who started a running import, when, and how far it is", () => {
    const job = newJob(ada, new Date("2026-02-12T09:30:00Z"), 10);
    job.done = 4;
    expect(jobInProgressMessage(job, ben, new Date("2026-02-12T09:31:00Z"))).toBe(
      "An import started by ada@newsroom.example at 2026-02-12 09:30 UTC is running: 4 of 10 articles done. Wait for it to finish, or try again later.",
    );
    expect(jobInProgressMessage(job, ada, new Date("2026-02-12T09:31:00Z"))).toMatch(
      /^An import started by you/,
    );
    const later = new Date(Date.parse(job.lastBatchAt) + STALL_MS + 1);
    expect(isStalled(job, later)).toBe(true);
    expect(jobInProgressMessage(job, ben, later)).toMatch(/stopped at 4 of 10 articles done/);
    expect(parseJob(JSON.stringify(job))).toEqual(job);
    expect(parseJob("{broken")).toBeNull();
  });

  it("names people without a shared email neutrally", () => {
    expect(whoLabel(ada)).toBe("ada@newsroom.example");
    expect(whoLabel(ben)).toBe("a user whose email is not shared (k-ben-)");
    expect(whoLabel({ email: "", key: "" })).toBe("a user whose email is not shared");
  });
});

describe("analyzeGuarded", () => {
  it("sets aside an article whose analysis throws and analyses the rest", () => {
    const good = quake(12);
    const odd = article(
      "Outlet: Odd Wire\nDate: 2026-04-02\n\nThe bridge near Olm collapsed on Monday, the police said.",
    );
    const explode = (a: Article): unknown => {
      if (a.id === odd.id) throw new Error("unexpected token");
      return null;
    };
    const run = (xs: Article[]) => {
      for (const x of xs) if (x.status === "ok") explode(x);
      return analyze(xs);
    };
    const ledger = analyzeGuarded([good, odd], run, explode);
    expect(ledger.sources.find((s) => s.id === odd.id)).toMatchObject({
      status: "error",
      error: "Could not be analysed (unexpected token); the rest was.",
    });
    expect(ledger.sources.find((s) => s.id === good.id)?.status).toBe("ok");
    expect(() =>
      analyzeGuarded(
        [good],
        () => {
          throw new Error("bug elsewhere");
        },
        () => null,
      ),
    ).toThrow("bug elsewhere");
  });
});

describe("bad input", () => {
  it("refuses empty, header-only, binary, huge, foreign and sentence-less text with a clear reason", () => {
    const cases: [string, RegExp][] = [
      ["", /^Empty article/],
      ["Title: Only a title\nOutlet: Somewhere", /^Empty article: header lines but no text/],
      ["\u0000\u0001\u0002binary", /binary content/],
      ["The council met. ".repeat(400_000), /^Too long to be one article: 6,800,000 characters/],
      [
        "Les autorités ont déclaré lundi que les inondations avaient fait au moins douze morts dans la vallée, selon les pompiers. Le maire a demandé une enquête sur les alertes envoyées aux habitants avant la crue.",
        /^Not in English \(almost none of the most common English words\)/,
      ],
      [
        "地震造成至少十二人死亡，救援人员仍在搜寻失踪者。当局表示道路已经关闭。",
        /^Not in English \(mostly written in Chinese or Japanese script\)/,
      ],
      ["Home\nNews\nSport\nWeather", /^No readable sentences/],
    ];
    for (const [raw, reason] of cases) {
      const a = ingestArticle(raw, { title: "t" });
      expect(a.status).toBe("error");
      expect(a.error).toMatch(reason);
    }
    // A web page may be far longer than an article's text limit: tests/core/ingest/html.test.ts.
  });

  it("accepts English articles, short ones and those quoting a few foreign words", () => {
    expect(quake(3).status).toBe("ok");
    expect(
      ingestArticle("The mayor of Lorvik said «merci» to the crews on Monday, the council said.").status,
    ).toBe("ok");
  });
});
