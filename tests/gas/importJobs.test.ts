// Long imports and several people at once, on the in-memory fakes: batches sized by time,
// resuming after a closed sidebar or a failed batch, cancelling, and a second user who is told
// who is running what instead of interleaving with it.
import { BATCH_BUDGET_MS, MAX_ITEMS_PER_BATCH, STALL_MS } from "../../src/core/ledger/job";
import { JOURNAL_TAB, QUEUE_TAB, TAB_ORDER } from "../../src/core/ledger/schema";
import {
  cancelImport,
  importStatus,
  JOB_KEY,
  reanalyzeAll,
  runImportBatch,
  startImport,
} from "../../src/gas/importService";
import { PROPERTY_VALUE_LIMIT } from "../fakes/spreadsheet";
import { ADA, BEN, Clock, importAll, NOEMAIL, sharedDocument, userDeps } from "../fakes/documentUsers";
import { syntheticArticles } from "../fakes/syntheticArticles";

const pasted = (n: number, seed = 3): string =>
  syntheticArticles(n, seed)
    .map((a) => a.raw)
    .join("\n---\n");

function idsAreUnique(ss: ReturnType<typeof sharedDocument>["spreadsheet"]): void {
  for (const tab of TAB_ORDER) {
    const ids = ss.table(tab).map((r) => r.ID);
    expect(new Set(ids).size).toBe(ids.length);
  }
}

describe("long imports", () => {
  it("runs in batches of at most MAX_ITEMS_PER_BATCH, with progress, and ends with every article once", () => {
    const doc = sharedDocument();
    const ada = userDeps(doc, ADA);
    const n = MAX_ITEMS_PER_BATCH * 2 + 5;
    const { start, batches } = importAll(ada, pasted(n));
    expect(start.total).toBe(n);
    expect(batches.map((b) => b.done)).toEqual([MAX_ITEMS_PER_BATCH, 2 * MAX_ITEMS_PER_BATCH, n]);
    expect(batches.map((b) => b.state)).toEqual(["running", "running", "done"]);
    expect(batches[0]?.message).toMatch(new RegExp(`Imported ${MAX_ITEMS_PER_BATCH} of ${n} articles`));
    expect(doc.spreadsheet.table("Sources")).toHaveLength(n);
    expect(doc.spreadsheet.table(JOURNAL_TAB).map((r) => r.Batch)).toEqual([1, 2, 3]);
    expect(doc.spreadsheet.getSheetByName(QUEUE_TAB)).toBeNull();
    idsAreUnique(doc.spreadsheet);
    // State kept in Properties stays far under the 9 KB a value may hold.
    expect(doc.properties.getProperty(JOB_KEY)!.length).toBeLessThan(PROPERTY_VALUE_LIMIT / 10);
  });

  it("costs the same Sheets calls per batch and per tab, whether the ledger holds 10 or 100 articles", () => {
    const callsOfNextBatch = (stored: number): Map<string, number> => {
      const doc = sharedDocument();
      const ada = userDeps(doc, ADA);
      importAll(ada, pasted(stored, 21));
      const start = startImport(ada, pasted(5, 22));
      doc.spreadsheet.counter.reset();
      runImportBatch(ada, start.job);
      return new Map(doc.spreadsheet.counter.bySheet);
    };
    const small = callsOfNextBatch(10);
    const large = callsOfNextBatch(100);
    expect([...large.keys()].sort()).toEqual([...small.keys()].sort());
    for (const [tab, calls] of large) {
      // Backgrounds and notes are written only when a disputed cell changes: at most two calls apart.
      expect(Math.abs(calls - (small.get(tab) ?? 0))).toBeLessThanOrEqual(2);
    }
    for (const tab of TAB_ORDER) {
      expect(small.get(tab)).toBeLessThanOrEqual(12);
      expect(large.get(tab)).toBeLessThanOrEqual(12);
    }
  });

  it("sizes a batch by its time budget: slow items mean smaller batches", () => {
    const doc = sharedDocument();
    // Every reading of the clock costs 10 s: a batch takes items only while time is left.
    const clock = new Clock(Date.parse("2026-02-12T09:00:00Z"), 10_000);
    const ada = userDeps(doc, ADA, clock);
    const { batches } = importAll(ada, pasted(12));
    const sizes = batches.map((b, i) => b.done - (batches[i - 1]?.done ?? 0));
    expect(sizes.every((s) => s >= 1 && s < 12)).toBe(true);
    expect(Math.max(...sizes) * 10_000).toBeLessThanOrEqual(BATCH_BUDGET_MS);
    expect(batches[batches.length - 1]).toMatchObject({ state: "done", done: 12, imported: 12 });
  });

  it("resumes from the document when the sidebar was closed: the status says so and the rest follows", () => {
    const doc = sharedDocument();
    const ada = userDeps(doc, ADA);
    const start = startImport(ada, pasted(MAX_ITEMS_PER_BATCH + 3));
    runImportBatch(ada, start.job);
    // The sidebar is closed here; Ada opens it again later.
    const status = importStatus(userDeps(doc, ADA));
    expect(status).toMatchObject({ state: "running", mine: true, job: start.job, done: MAX_ITEMS_PER_BATCH });
    const last = runImportBatch(userDeps(doc, ADA), status.job);
    expect(last).toMatchObject({ state: "done", done: MAX_ITEMS_PER_BATCH + 3 });
    expect(doc.spreadsheet.table("Sources")).toHaveLength(MAX_ITEMS_PER_BATCH + 3);
  });

  it("writes nothing when a batch fails before its writes, and redoes it whole on resume", () => {
    const doc = sharedDocument();
    const ada = userDeps(doc, ADA);
    importAll(ada, pasted(3, 11));
    const ss = doc.spreadsheet;
    const snapshot = (): unknown => TAB_ORDER.map((t) => ss.table(t));
    const before = snapshot();
    const start = startImport(ada, pasted(5));
    const writesBefore = ss.counter.get("Range.setValues");
    let reads = 0;
    // The fifth tab read (Conflicts) fails: every tab was read, nothing written yet.
    ss.counter.onCall = (m) => {
      if (m === "Range.getNotes" && ++reads === 5) throw new Error("Service Spreadsheets timed out");
    };
    expect(() => runImportBatch(ada, start.job)).toThrow(/timed out/);
    ss.counter.onCall = undefined;
    expect(ss.counter.get("Range.setValues")).toBe(writesBefore);
    expect(snapshot()).toEqual(before);
    expect(doc.lockState.holder).toBeNull();
    const done = runImportBatch(ada, start.job);
    expect(done).toMatchObject({ state: "done", imported: 5, duplicates: 0 });
    expect(ss.table("Sources")).toHaveLength(8);
  });

  it("repairs a batch that died halfway through its writes: the retry leaves one row per id", () => {
    const doc = sharedDocument();
    const ada = userDeps(doc, ADA);
    importAll(ada, pasted(4, 11));
    const start = startImport(ada, pasted(6, 12));
    const ss = doc.spreadsheet;
    let writes = 0;
    ss.counter.onCall = (m) => {
      if (m === "Range.setValues" && ++writes === 3) throw new Error("Exceeded maximum execution time");
    };
    expect(() => runImportBatch(ada, start.job)).toThrow(/execution time/);
    ss.counter.onCall = undefined;
    expect(importStatus(ada)).toMatchObject({ state: "running", done: 0 });
    const done = runImportBatch(ada, start.job);
    expect(done).toMatchObject({ state: "done", imported: 6, duplicates: 0 });
    expect(ss.table("Sources")).toHaveLength(10);
    idsAreUnique(ss);
  });

  it("cancels between batches: what was imported stays, the rest is dropped and journaled", () => {
    const doc = sharedDocument();
    const ada = userDeps(doc, ADA);
    const n = MAX_ITEMS_PER_BATCH + 10;
    const start = startImport(ada, pasted(n));
    runImportBatch(ada, start.job);
    const cancelled = cancelImport(ada, start.job);
    expect(cancelled).toMatchObject({ state: "cancelled", done: MAX_ITEMS_PER_BATCH });
    expect(cancelled.message).toMatch(
      /Import cancelled: Imported 40 articles\. The other 10 of 50 articles were not imported/,
    );
    expect(doc.spreadsheet.table("Sources")).toHaveLength(MAX_ITEMS_PER_BATCH);
    expect(doc.spreadsheet.getSheetByName(QUEUE_TAB)).toBeNull();
    expect(doc.spreadsheet.table(JOURNAL_TAB).map((r) => r.Action)).toEqual(["import", "cancel"]);
    expect(runImportBatch(ada, start.job)).toMatchObject({ state: "cancelled" });
    expect(cancelImport(ada, start.job).message).toBe(cancelled.message);
  });

  it("cancels during a batch: the batch under way finishes whole, then the import stops", () => {
    const doc = sharedDocument();
    const ada = userDeps(doc, ADA);
    const start = startImport(ada, pasted(MAX_ITEMS_PER_BATCH + 10));
    let asked: ReturnType<typeof cancelImport> | undefined;
    doc.spreadsheet.counter.onCall = (m) => {
      if (m === "Range.setValues" && !asked) asked = cancelImport(userDeps(doc, ADA), start.job);
    };
    const batch = runImportBatch(ada, start.job);
    doc.spreadsheet.counter.onCall = undefined;
    expect(asked?.message).toMatch(/^Cancelling: the batch under way finishes first/);
    expect(batch).toMatchObject({
      state: "cancelled",
      done: MAX_ITEMS_PER_BATCH,
      imported: MAX_ITEMS_PER_BATCH,
    });
    expect(doc.spreadsheet.table("Sources")).toHaveLength(MAX_ITEMS_PER_BATCH);
  });
});

describe("several people at once", () => {
  it("tells a second person who started the running import and when, and lets nothing interleave", () => {
    const doc = sharedDocument();
    const ada = userDeps(doc, ADA);
    const ben = userDeps(doc, BEN);
    const start = startImport(ada, pasted(MAX_ITEMS_PER_BATCH * 2 + 1));
    runImportBatch(ada, start.job);

    const refused = startImport(ben, pasted(2, 99));
    expect(refused).toMatchObject({
      ok: false,
      state: "busy",
      startedBy: "ada@newsroom.example",
      mine: false,
    });
    expect(refused.message).toBe(
      `An import started by ada@newsroom.example at 2026-02-12 09:00 UTC is running: ${MAX_ITEMS_PER_BATCH} of ${MAX_ITEMS_PER_BATCH * 2 + 1} articles done. Wait for it to finish, or try again later.`,
    );
    expect(reanalyzeAll(ben)).toMatchObject({ ok: false, state: "busy" });
    expect(runImportBatch(ben, start.job)).toMatchObject({ ok: false, state: "busy" });
    expect(cancelImport(ben, start.job)).toMatchObject({ ok: false, state: "busy" });
    expect(importStatus(ben)).toMatchObject({ state: "running", mine: false, stalled: false });

    // Ben tries again while Ada's second batch is writing: the lock refuses him, naming Ada.
    let during: ReturnType<typeof startImport> | undefined;
    doc.spreadsheet.counter.onCall = (m) => {
      if (m === "Range.setValues" && !during) during = startImport(ben, pasted(2, 99));
    };
    const second = runImportBatch(ada, start.job);
    doc.spreadsheet.counter.onCall = undefined;
    expect(during).toMatchObject({ ok: false, state: "busy" });
    expect(during?.message).toMatch(
      /writing to this spreadsheet: an import by ada@newsroom\.example, since 2026-02-12 09:00 UTC/,
    );
    expect(second).toMatchObject({ ok: true, done: MAX_ITEMS_PER_BATCH * 2 });

    const last = runImportBatch(ada, start.job);
    expect(last.state).toBe("done");
    const { batches } = importAll(ben, pasted(2, 99));
    expect(batches[batches.length - 1]).toMatchObject({ state: "done", imported: 2 });
    const journal = doc.spreadsheet.table(JOURNAL_TAB);
    expect(journal.map((r) => r.Who)).toEqual([
      "ada@newsroom.example",
      "ada@newsroom.example",
      "ada@newsroom.example",
      "ben@newsroom.example",
    ]);
    expect(doc.spreadsheet.table("Sources")).toHaveLength(MAX_ITEMS_PER_BATCH * 2 + 3);
    idsAreUnique(doc.spreadsheet);
  });

  it("names a user without a shared email by a neutral label, and still knows their own import", () => {
    const doc = sharedDocument();
    const anon = userDeps(doc, NOEMAIL);
    const start = startImport(anon, pasted(MAX_ITEMS_PER_BATCH + 1));
    expect(start.startedBy).toBe("you");
    const other = startImport(userDeps(doc, BEN), pasted(1, 5));
    expect(other.message).toMatch(/^An import started by a user whose email is not shared \(key-an\) at /);
    expect(importStatus(userDeps(doc, NOEMAIL))).toMatchObject({ mine: true });
    runImportBatch(anon, start.job);
    runImportBatch(anon, start.job);
    expect(doc.spreadsheet.table(JOURNAL_TAB)[0]?.Who).toBe("a user whose email is not shared (key-an)");
  });

  it("lets anyone continue or cancel an import whose sidebar went quiet", () => {
    const doc = sharedDocument();
    const clock = new Clock();
    const ada = userDeps(doc, ADA, clock);
    const ben = userDeps(doc, BEN, clock);
    const start = startImport(ada, pasted(MAX_ITEMS_PER_BATCH * 2));
    runImportBatch(ada, start.job);
    clock.advance(STALL_MS + 1000);
    const status = importStatus(ben);
    expect(status).toMatchObject({ stalled: true, mine: false });
    expect(startImport(ben, pasted(1, 5)).message).toMatch(
      /stopped at 40 of 80 articles done \(its sidebar was closed\)\. Continue it or cancel it/,
    );
    expect(runImportBatch(ben, start.job)).toMatchObject({ state: "done", done: 80 });
    expect(doc.spreadsheet.table(JOURNAL_TAB)[1]?.Who).toBe("ben@newsroom.example");
  });
});
