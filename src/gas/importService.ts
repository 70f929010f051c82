// Import and re-analysis against a spreadsheet, behind narrow interfaces so tests run them on the
// in-memory fake. An import is a job: `startImport` queues the pasted articles in the document,
// then the sidebar calls `runImportBatch` until the job is done, each call one server execution
// sized by a time budget. Every call that writes holds the document lock; a batch reads
// everything, decides everything, and only then writes all its tables; the job's state lives in
// Document properties, so a closed sidebar or a failed batch resumes where it stopped.
import { ingestArticle, splitPastedArticles } from "../core/ingest";
import { dismissedIds, tablesForRun } from "../core/ledger/dismissed";
import { analyzeGuarded } from "../core/ledger/guard";
import {
  intakeDeadline,
  isMine,
  isStalled,
  jobInProgressMessage,
  MAX_ITEMS_PER_BATCH,
  newJob,
  parseJob,
  utc,
  type ImportJob,
} from "../core/ledger/job";
import {
  journalRow,
  whoLabel,
  type JournalAction,
  type JournalEntry,
  type Who,
} from "../core/ledger/journal";
import type { ImportItem } from "../core/ledger/queue";
import { TAB_ORDER, type TabName } from "../core/ledger/schema";
import { storedArticles } from "../core/ledger/stored";
import { assignVersions } from "../core/ledger/versions";
import type { Article } from "../core/model";
import { appendJournal, readJournal } from "./journalStore";
import { migrateLayout } from "./layout";
import { dropQueue, enqueue, readQueueFrom } from "./queueStore";
import { applyPlan, planTable, readTab, type TabRead } from "./sheetTables";
import { applyTextAppend, planTextAppend, readTextStore } from "./textStore";
import type { LockLike, PropertiesLike, SpreadsheetLike } from "./types";

export interface ServiceDeps {
  ss: SpreadsheetLike;
  lock: LockLike;
  props: PropertiesLike;
  now: () => Date;
  who: Who;
  /** SpreadsheetApp.flush: pending writes reach the sheet before the lock is released. */
  flush: () => void;
}

export type ProgressState = "idle" | "running" | "done" | "cancelled" | "busy";

/** What the sidebar is told after each call. */
export interface ImportProgress {
  /** False when the call did nothing (another run holds the ledger, nothing to import...). */
  ok: boolean;
  state: ProgressState;
  job: string;
  total: number;
  done: number;
  imported: number;
  duplicates: number;
  failedCount: number;
  /** Articles this call could not analyse, with the reason (also on their Sources rows). */
  failed: { title: string; error: string }[];
  message: string;
  startedBy: string;
  startedAt: string;
  /** The job was started by the person asking (their temporary user key matches). */
  mine: boolean;
  /** The job has had no batch for a while: its sidebar was closed; anyone may continue or cancel it. */
  stalled: boolean;
  conflicts: number;
}

/** Keys of the document's properties. */
export const JOB_KEY = "corroborate.job";
export const CANCEL_KEY = "corroborate.cancel";
export const RUNNING_KEY = "corroborate.running";

const LOCK_WAIT_MS = 10_000;

const plural = (n: number, word: string): string => `${n} ${word}${n === 1 ? "" : "s"}`;

function progress(
  job: ImportJob | null,
  who: Who,
  now: Date,
  patch: Partial<ImportProgress>,
): ImportProgress {
  return {
    ok: true,
    state: job ? job.state : "idle",
    job: job?.id ?? "",
    total: job?.total ?? 0,
    done: job?.done ?? 0,
    imported: job?.imported ?? 0,
    duplicates: job?.duplicates ?? 0,
    failedCount: job?.failed ?? 0,
    failed: [],
    message: "",
    startedBy: job ? (isMine(job, who) ? "you" : job.startedBy) : "",
    startedAt: job?.startedAt ?? "",
    mine: job ? isMine(job, who) : false,
    stalled: job ? isStalled(job, now) : false,
    conflicts: 0,
    ...patch,
  };
}

const readJob = (props: PropertiesLike): ImportJob | null => parseJob(props.getProperty(JOB_KEY));
const saveJob = (props: PropertiesLike, job: ImportJob): void => {
  props.setProperty(JOB_KEY, JSON.stringify(job));
};

interface RunningRecord {
  who: string;
  key: string;
  what: string;
  since: string;
}

/** Runs `work` holding the document lock, with a record of who holds it for anyone who must wait. */
function withLock(
  deps: ServiceDeps,
  what: string,
  busy: (message: string) => ImportProgress,
  work: () => ImportProgress,
): ImportProgress {
  if (!deps.lock.tryLock(LOCK_WAIT_MS)) {
    let holder: RunningRecord | null = null;
    try {
      holder = JSON.parse(deps.props.getProperty(RUNNING_KEY) ?? "null") as RunningRecord | null;
    } catch {
      holder = null;
    }
    const by = holder ? (holder.key && holder.key === deps.who.key ? "you" : holder.who) : "";
    return busy(
      holder
        ? `Another Corroborate run is writing to this spreadsheet: ${holder.what} by ${by}, since ${utc(holder.since)}. Wait a minute and try again.`
        : "Another Corroborate run is writing to this spreadsheet. Wait a minute and try again.",
    );
  }
  try {
    const record: RunningRecord = {
      who: whoLabel(deps.who),
      key: deps.who.key,
      what,
      since: deps.now().toISOString(),
    };
    deps.props.setProperty(RUNNING_KEY, JSON.stringify(record));
    return work();
  } finally {
    try {
      deps.flush();
      deps.props.deleteProperty(RUNNING_KEY);
    } finally {
      deps.lock.releaseLock();
    }
  }
}

const busyProgress =
  (deps: ServiceDeps) =>
  (message: string): ImportProgress =>
    progress(readJob(deps.props), deps.who, deps.now(), { ok: false, state: "busy", message });

/** A running job that is someone else's and alive: the asker is told who started it and when. */
function blockedBy(deps: ServiceDeps, job: ImportJob | null): ImportProgress | null {
  if (!job || job.state !== "running") return null;
  const now = deps.now();
  return progress(job, deps.who, now, {
    ok: false,
    state: "busy",
    message: jobInProgressMessage(job, deps.who, now),
  });
}

export interface BatchResult {
  imported: Article[];
  duplicates: Article[];
  failed: Article[];
  conflicts: number;
}

const titleOf = (a: Article): string => a.title ?? a.url ?? a.file ?? a.id;

/**
 * Adds `fresh` articles to the ledger and rewrites every table: reads all tabs, analyses stored
 * and new articles together, plans every write, then writes (texts, analysis tabs, Sources last,
 * then the journal). Sources goes last because it is what the next batch reads to know what the
 * ledger holds: if a batch dies halfway, its articles count as new again and the retry redoes it.
 */
function analyzeAndWrite(
  deps: ServiceDeps,
  fresh: Article[],
  journal: Omit<JournalEntry, "imported" | "duplicates" | "failed" | "result" | "when" | "who"> & {
    result: (r: BatchResult) => string;
  },
): BatchResult {
  const importedAt = deps.now().toISOString();
  const reads = new Map<TabName, TabRead>(TAB_ORDER.map((tab) => [tab, readTab(deps.ss, tab)]));
  const textStore = readTextStore(deps.ss);
  const journalRead = readJournal(deps.ss);
  const stored = storedArticles(reads.get("Sources") as TabRead, textStore.texts);

  const all = assignVersions([...stored, ...fresh]);
  const outcomes = all.slice(stored.length);
  const ledger = analyzeGuarded(all.filter((a) => a.status !== "duplicate"));
  const final = new Map(ledger.sources.map((a) => [a.id, a]));
  const settled = outcomes.map((a) => final.get(a.id) ?? a);
  const result: BatchResult = {
    imported: settled.filter((a) => a.status === "ok" || a.status === "superseded"),
    duplicates: settled.filter((a) => a.status === "duplicate"),
    failed: settled.filter((a) => a.status === "error"),
    conflicts: ledger.conflicts.length,
  };
  const tables = tablesForRun(ledger, importedAt, dismissedIds(reads.get("Conflicts")));
  const textRows = planTextAppend(textStore, new Map(result.imported.map((a) => [a.id, a.text])));
  const plans = TAB_ORDER.map((tab) => planTable(reads.get(tab) as TabRead, tables[tab]));
  const entry: JournalEntry = {
    ...journal,
    when: importedAt,
    who: whoLabel(deps.who),
    imported: result.imported,
    duplicates: result.duplicates.length,
    failed: result.failed,
    result: journal.result(result),
  };

  applyTextAppend(deps.ss, textStore, textRows);
  for (const plan of plans) if (plan.name !== "Sources") applyPlan(deps.ss, plan);
  for (const plan of plans) if (plan.name === "Sources") applyPlan(deps.ss, plan);
  appendJournal(deps.ss, journalRead, [journalRow(entry)]);
  return result;
}

/** An item as an article; whatever goes wrong becomes an error on its Sources row, never a throw. */
function ingestItem(item: ImportItem, importedAt: string): Article {
  try {
    return { ...ingestArticle(item.input, item.hints), importedAt };
  } catch (e) {
    const failed = ingestArticle("", item.hints);
    return {
      ...failed,
      importedAt,
      error: `Could not be read: ${e instanceof Error ? e.message : String(e)}`,
    };
  }
}

function summary(job: ImportJob, conflicts: number | null): string {
  const parts = [`Imported ${plural(job.imported, "article")}.`];
  if (job.duplicates) parts.push(`${job.duplicates} already in the ledger, not added again.`);
  if (job.failed) parts.push(`${job.failed} could not be analysed (see Status and Error in Sources).`);
  if (conflicts !== null) parts.push(`${plural(conflicts, "conflict")} between sources.`);
  return parts.join(" ");
}

/** Queues pasted articles (separated by lines of `---`) as a new import job. */
export function startImport(deps: ServiceDeps, pasted: string): ImportProgress {
  const pieces = splitPastedArticles(pasted);
  if (pieces.length === 0)
    return progress(null, deps.who, deps.now(), {
      ok: false,
      message: "Nothing to import: paste one or more articles first.",
    });
  return withLock(deps, "an import", busyProgress(deps), () => {
    const blocked = blockedBy(deps, readJob(deps.props));
    if (blocked) return blocked;
    const now = deps.now();
    const job = newJob(deps.who, now, pieces.length);
    enqueue(
      deps.ss,
      job.id,
      pieces.map((input) => ({ kind: "text", input, hints: {} })),
    );
    deps.props.deleteProperty(CANCEL_KEY);
    saveJob(deps.props, job);
    return progress(job, deps.who, now, { message: `Queued ${plural(job.total, "article")}.` });
  });
}

/** The last word on a job that has ended, the same however often it is asked. */
function endMessage(job: ImportJob): string {
  if (job.state !== "cancelled") return summary(job, null);
  return `Import cancelled: ${summary(job, null)} The other ${job.total - job.done} of ${plural(job.total, "article")} were not imported.`;
}

/** Ends a job whose cancellation was asked for: what was imported stays, the rest is dropped. */
function finishCancel(deps: ServiceDeps, job: ImportJob): ImportProgress {
  const now = deps.now();
  job.state = "cancelled";
  job.lastBatchAt = now.toISOString();
  dropQueue(deps.ss);
  const message = endMessage(job);
  appendJournal(deps.ss, readJournal(deps.ss), [
    journalRow({
      when: now.toISOString(),
      who: whoLabel(deps.who),
      action: "cancel",
      run: job.id,
      items: job.total - job.done,
      imported: [],
      duplicates: 0,
      failed: [],
      result: message,
    }),
  ]);
  deps.props.deleteProperty(CANCEL_KEY);
  saveJob(deps.props, job);
  return progress(job, deps.who, now, { message });
}

const cancelAsked = (deps: ServiceDeps, job: ImportJob): boolean =>
  deps.props.getProperty(CANCEL_KEY) === job.id;

/**
 * Runs one batch of the job: takes queued items until the time budget (or the item cap) says
 * stop, then analyses and writes the whole ledger. Anyone may drive their own job, or one whose
 * sidebar was closed; someone else's live job is left alone.
 */
export function runImportBatch(deps: ServiceDeps, jobId: string): ImportProgress {
  return withLock(deps, "an import", busyProgress(deps), () => {
    const job = readJob(deps.props);
    const started = deps.now();
    if (!job || job.id !== jobId)
      return progress(job, deps.who, started, {
        ok: false,
        state: job?.state === "running" ? "busy" : "idle",
        message: "This import is no longer running: it finished or was cancelled.",
      });
    if (job.state !== "running") return progress(job, deps.who, started, { message: endMessage(job) });
    if (!isMine(job, deps.who) && !isStalled(job, started)) return blockedBy(deps, job) as ImportProgress;
    if (cancelAsked(deps, job)) return finishCancel(deps, job);

    const migrated = migrateLayout(deps.ss, deps.props);
    const queued = readQueueFrom(deps.ss, job.id, job.queueRow);
    const importedAt = started.toISOString();
    const deadline = intakeDeadline(job, started.getTime());
    const taken: Article[] = [];
    let rowsTaken = 0;
    for (const q of queued) {
      if (taken.length >= MAX_ITEMS_PER_BATCH || (taken.length > 0 && deps.now().getTime() >= deadline))
        break;
      taken.push(ingestItem(q.item, importedAt));
      rowsTaken = q.rows[1];
    }
    const workStart = deps.now().getTime();
    const batch = job.batches + 1;
    const result = analyzeAndWrite(deps, taken, {
      action: "import",
      run: job.id,
      batch,
      items: taken.length,
      result: (r) =>
        [
          `Batch ${batch}: ${plural(r.imported.length, "article")} imported`,
          r.duplicates.length ? `, ${r.duplicates.length} already in the ledger` : "",
          r.failed.length ? `, ${r.failed.length} could not be analysed` : "",
          `; ${job.done + taken.length} of ${job.total} done.`,
          migrated.length ? ` Layout updated: ${migrated.join("; ")}.` : "",
        ].join(""),
    });
    const now = deps.now();
    job.done += taken.length;
    job.queueRow += rowsTaken;
    job.imported += result.imported.length;
    job.duplicates += result.duplicates.length;
    job.failed += result.failed.length;
    job.batches = batch;
    job.lastBatchAt = now.toISOString();
    job.lastWorkMs = now.getTime() - workStart;
    let note = "";
    if (taken.length === 0 || job.done >= job.total) {
      if (job.done < job.total)
        note = ` ${job.total - job.done} queued articles were missing from the queue.`;
      job.state = "done";
      dropQueue(deps.ss);
    }
    saveJob(deps.props, job);
    const failed = result.failed.map((a) => ({ title: titleOf(a), error: a.error ?? a.status }));
    if (job.state === "running" && cancelAsked(deps, job)) return { ...finishCancel(deps, job), failed };
    const message =
      job.state === "done"
        ? summary(job, result.conflicts) + note
        : `Imported ${job.done} of ${plural(job.total, "article")}…`;
    return progress(job, deps.who, now, { message, failed, conflicts: result.conflicts });
  });
}

/**
 * Asks the job to stop. The request is recorded first (without the lock), so a batch under way
 * sees it when it ends; its articles stay imported, since a batch writes all or nothing.
 */
export function cancelImport(deps: ServiceDeps, jobId: string): ImportProgress {
  const job = readJob(deps.props);
  const now = deps.now();
  if (!job || job.id !== jobId)
    return progress(job, deps.who, now, { ok: false, message: "This import is not running." });
  if (job.state !== "running") return progress(job, deps.who, now, { message: endMessage(job) });
  if (!isMine(job, deps.who) && !isStalled(job, now)) return blockedBy(deps, job) as ImportProgress;
  deps.props.setProperty(CANCEL_KEY, jobId);
  return withLock(
    deps,
    "a cancel",
    (message) =>
      progress(job, deps.who, now, {
        message: `Cancelling: the batch under way finishes first (its articles stay imported). ${message}`,
      }),
    () => {
      const current = readJob(deps.props);
      if (!current || current.id !== jobId || current.state !== "running")
        return progress(current, deps.who, deps.now(), { message: current ? endMessage(current) : "" });
      return finishCancel(deps, current);
    },
  );
}

/** The import under way (or the last one), for a sidebar that opens or waits. No lock, no write. */
export function importStatus(deps: ServiceDeps): ImportProgress {
  const job = readJob(deps.props);
  const now = deps.now();
  if (!job) return progress(null, deps.who, now, { message: "" });
  if (job.state === "running")
    return progress(job, deps.who, now, { message: jobInProgressMessage(job, deps.who, now) });
  return progress(job, deps.who, now, { message: endMessage(job) });
}

/** Re-runs the analysis over every stored article (after an engine update, say). */
export function reanalyzeAll(deps: ServiceDeps): ImportProgress {
  return withLock(deps, "a re-analysis", busyProgress(deps), () => {
    const job = readJob(deps.props);
    if (job && job.state === "running") return blockedBy(deps, job) as ImportProgress;
    const migrated = migrateLayout(deps.ss, deps.props);
    const run = `A-${deps.now().toISOString().slice(0, 16).replace(/[-:]/g, "")}`;
    let message = "";
    const result = analyzeAndWrite(deps, [], {
      action: "re-analyze" as JournalAction,
      run,
      items: 0,
      result: (r) => {
        message = `Re-analysed the ledger: ${plural(r.conflicts, "conflict")}.${migrated.length ? ` Layout updated: ${migrated.join("; ")}.` : ""}`;
        return message;
      },
    });
    return progress(job, deps.who, deps.now(), {
      message,
      conflicts: result.conflicts,
      state: job?.state ?? "idle",
    });
  });
}
