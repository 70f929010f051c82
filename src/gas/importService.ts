// Import and re-analysis against a spreadsheet, behind narrow interfaces so tests run them on the
// in-memory fake. An import is a job: `startImport` queues the pasted articles, links and Google
// Docs in the document, then the sidebar calls `runImportBatch` until the job is done, each call
// one server execution sized by a time budget; a batch fetches the links it takes all at once.
// A feed is not imported: its items are listed for the user to tick, and `addLinks` queues them. Every call that writes holds the document lock; a batch reads
// everything, decides everything, and only then writes all its tables; the job's state lives in
// Document properties, so a closed sidebar or a failed batch resumes where it stopped.
import { ingestArticle } from "../core/ingest";
import { parseAddress } from "../core/ingest/url";
import { dismissedIds, tablesForRun } from "../core/ledger/dismissed";
import { analyzeGuarded } from "../core/ledger/guard";
import {
  FETCH_CUTOFF_MS,
  FETCH_RESERVE_MS,
  intakeDeadline,
  isMine,
  isStalled,
  jobInProgressMessage,
  MAX_ITEMS_PER_BATCH,
  MAX_LINKS_PER_BATCH,
  newJob,
  parseJob,
  utc,
  type ImportJob,
} from "../core/ledger/job";
import {
  journalRow,
  titleOf,
  whoLabel,
  type JournalAction,
  type JournalEntry,
  type Who,
} from "../core/ledger/journal";
import { describeItems, importItems, type ImportItem, type QueuedItem } from "../core/ledger/queue";
import { TAB_ORDER, type TabName } from "../core/ledger/schema";
import { sourceRowFields, sourceRowReader, storedArticles } from "../core/ledger/stored";
import { assignVersions } from "../core/ledger/versions";
import type { Article } from "../core/model";
import { appendJournal, readJournal } from "./journalStore";
import { migrateLayout } from "./layout";
import {
  readDoc,
  readLinks,
  type FeedListing,
  type FeedPick,
  type ItemReading,
  type SourceReaders,
} from "./itemReaders";
import { appendToQueue, dropQueue, enqueue, hasQueue, readQueueFrom } from "./queueStore";
import { shortId } from "../core/text/hash";
import { applyPlan, planTable, readTab, type TabRead } from "./sheetTables";
import { applyTextAppend, planTextAppend, readTextStore } from "./textStore";
import { messageOf } from "./webFetch";
import type { LockLike, PropertiesLike, SpreadsheetLike } from "./types";

export interface ServiceDeps {
  ss: SpreadsheetLike;
  lock: LockLike;
  props: PropertiesLike;
  now: () => Date;
  who: Who;
  /** SpreadsheetApp.flush: pending writes reach the sheet before the lock is released. */
  flush: () => void;
  /** UrlFetchApp, XmlService and the Docs API, for links, feeds and Google Docs. */
  sources: SourceReaders;
}

export type ProgressState = "idle" | "running" | "done" | "cancelled" | "busy";

/** What became of one item of a batch, for the sidebar's per-article list. */
export interface ItemOutcome {
  /** The title, else the address, else the source id. */
  label: string;
  url: string;
  outcome: "imported" | "duplicate" | "failed" | "feed";
  /** Outlet and date of an imported article; the reason for anything else. */
  detail: string;
}

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
  /** Every item this call took, in queue order. */
  items: ItemOutcome[];
  /** Feeds this call met, with the items the user may tick. */
  feeds: FeedListing[];
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
  { who }: ServiceDeps,
  job: ImportJob | null,
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
    items: [],
    feeds: [],
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
    progress(deps, readJob(deps.props), deps.now(), { ok: false, state: "busy", message });

/** A running job that is someone else's and alive: the asker is told who started it and when. */
function blockedBy(deps: ServiceDeps, job: ImportJob | null): ImportProgress | null {
  if (!job || job.state !== "running") return null;
  const now = deps.now();
  return progress(deps, job, now, {
    ok: false,
    state: "busy",
    message: jobInProgressMessage(job, deps.who, now),
  });
}

export interface BatchResult {
  imported: Article[];
  duplicates: Article[];
  failed: Article[];
  /** The batch's articles as they ended, in queue order. */
  settled: Article[];
  /** Every address the ledger holds after the batch. */
  urls: Set<string>;
  conflicts: number;
}

/**
 * A new failure never replaces an article the ledger holds under the same id (a site that is
 * down today, a page behind a login since): the article stays as it was, the failure is still
 * reported. (An error row is not a stored article: a new reading of its link simply takes its row.)
 */
function refuseFailuresOverArticles(
  stored: Article[],
  fresh: Article[],
): { fresh: Article[]; refused: Article[] } {
  const held = new Set(stored.map((a) => a.id));
  const refused: Article[] = [];
  const admitted = fresh.filter((a) => {
    if (a.status !== "error" || !held.has(a.id)) return true;
    refused.push({ ...a, error: `${a.error ?? "Could not be read."} The copy already in the ledger stays.` });
    return false;
  });
  return { fresh: admitted, refused };
}

/**
 * The error rows of links that a later fetch imported under another id (the page's canonical
 * address differs from the link), rebuilt so that their Error says where the article went.
 */
function redoneErrorRows(sources: TabRead, redone: Map<string, string>, at: string): Article[] {
  if (redone.size === 0) return [];
  const reader = sourceRowReader(sources.headers);
  const out: Article[] = [];
  for (const row of sources.rows) {
    const get = reader(row);
    const to = redone.get(get("ID"));
    if (!to || get("Status") !== "error") continue;
    out.push({
      ...sourceRowFields(get),
      text: "",
      words: 0,
      status: "error",
      error: `Fetched again on ${utc(at)}: imported as ${to}.`,
    });
  }
  return out;
}

/**
 * Adds `fresh` articles to the ledger and rewrites every table: reads all tabs, analyses stored
 * and new articles together, plans every write, then writes (texts, analysis tabs, Sources last,
 * then the journal). Sources goes last because it is what the next batch reads to know what the
 * ledger holds: if a batch dies halfway, its articles count as new again and the retry redoes it.
 * `redone` maps the id of an error row to the id of the article a later fetch of its link gave
 * (its canonical address differs from the link that failed): the error row says where to look.
 */
function analyzeAndWrite(
  deps: ServiceDeps,
  fresh: Article[],
  journal: Omit<JournalEntry, "imported" | "duplicates" | "failed" | "result" | "when" | "who"> & {
    result: (r: BatchResult) => string;
  },
  redone: Map<string, string> = new Map(),
): BatchResult {
  const importedAt = deps.now().toISOString();
  const reads = new Map<TabName, TabRead>(TAB_ORDER.map((tab) => [tab, readTab(deps.ss, tab)]));
  const textStore = readTextStore(deps.ss);
  const journalRead = readJournal(deps.ss);
  const sources = reads.get("Sources") as TabRead;
  const stored = [
    ...storedArticles(sources, textStore.texts),
    ...redoneErrorRows(sources, redone, importedAt),
  ];
  const checked = refuseFailuresOverArticles(stored, fresh);

  const all = assignVersions([...stored, ...checked.fresh]);
  const outcomes = all.slice(stored.length);
  const ledger = analyzeGuarded(all.filter((a) => a.status !== "duplicate"));
  const final = new Map(ledger.sources.map((a) => [a.id, a]));
  const byFresh = new Map(outcomes.map((a, i) => [checked.fresh[i] as Article, final.get(a.id) ?? a]));
  const refused = new Map(checked.refused.map((a) => [a.id, a]));
  const settled = fresh.map((a) => byFresh.get(a) ?? refused.get(a.id) ?? a);
  const result: BatchResult = {
    imported: settled.filter((a) => a.status === "ok" || a.status === "superseded"),
    duplicates: settled.filter((a) => a.status === "duplicate"),
    failed: settled.filter((a) => a.status === "error"),
    settled,
    urls: new Set(all.map((a) => a.url).filter((u): u is string => !!u)),
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

/** Pasted text as an article; whatever goes wrong becomes an error on its Sources row, never a throw. */
function ingestItem(item: ImportItem): Article {
  try {
    return ingestArticle(item.input, item.hints);
  } catch (e) {
    const failed = ingestArticle("", item.hints);
    return { ...failed, error: `Could not be read: ${messageOf(e)}` };
  }
}

function summary(job: ImportJob, conflicts: number | null): string {
  // An import of feed addresses alone imports nothing yet: it lists, and says so.
  const listedOnly = !job.imported && !job.duplicates && !job.failed && !!job.feeds;
  const parts = listedOnly ? [] : [`Imported ${plural(job.imported, "article")}.`];
  if (job.duplicates) parts.push(`${job.duplicates} already in the ledger, not added again.`);
  if (job.failed) parts.push(`${job.failed} could not be analysed (see Status and Error in Sources).`);
  if (job.feeds) parts.push(`${plural(job.feeds, "feed")} listed: tick the articles to import.`);
  if (conflicts !== null) parts.push(`${plural(conflicts, "conflict")} between sources.`);
  return parts.join(" ");
}

/** Queues a new job, unless someone else's import runs. Call holding the lock. */
function queueJob(deps: ServiceDeps, items: ImportItem[]): ImportProgress {
  const blocked = blockedBy(deps, readJob(deps.props));
  if (blocked) return blocked;
  const now = deps.now();
  const job = newJob(deps.who, now, items.length);
  enqueue(deps.ss, job.id, items);
  deps.props.deleteProperty(CANCEL_KEY);
  saveJob(deps.props, job);
  return progress(deps, job, now, { message: `Queued ${describeItems(items)}.` });
}

/**
 * Queues what was pasted as a new import job: articles separated by lines of `---`, and lines
 * that hold only a link (a web page, a feed, a Google Doc).
 */
export function startImport(deps: ServiceDeps, pasted: string): ImportProgress {
  const items = importItems(pasted);
  if (items.length === 0)
    return progress(deps, null, deps.now(), {
      ok: false,
      message: "Nothing to import: paste articles or links first.",
    });
  return withLock(deps, "an import", busyProgress(deps), () => queueJob(deps, items));
}

/** A batch of ticked feed items is at most this long: a feed lists a hundred at most. */
const MAX_PICKS = 200;

/**
 * Queues the feed items the user ticked: added to the job that listed the feed while it runs
 * (so the progress bar just grows), or as a new job once it has ended.
 */
export function addLinks(deps: ServiceDeps, jobId: string, picks: FeedPick[]): ImportProgress {
  const seen = new Set<string>();
  const items: ImportItem[] = [];
  for (const p of Array.isArray(picks) ? picks.slice(0, MAX_PICKS) : []) {
    const url = String(p?.url ?? "").trim();
    if (!parseAddress(url) || seen.has(url)) continue;
    seen.add(url);
    const hint = (v: unknown): string | undefined =>
      typeof v === "string" && v.trim() ? v.trim() : undefined;
    items.push({
      kind: "link",
      input: url,
      hints: { title: hint(p.title), published: hint(p.published), author: hint(p.author) },
    });
  }
  if (items.length === 0)
    return progress(deps, null, deps.now(), { ok: false, message: "Tick at least one article first." });
  return withLock(deps, "an import", busyProgress(deps), () => {
    const job = readJob(deps.props);
    const now = deps.now();
    if (!job || job.id !== jobId || job.state !== "running") return queueJob(deps, items);
    if (!isMine(job, deps.who) && !isStalled(job, now)) return blockedBy(deps, job) as ImportProgress;
    if (!hasQueue(deps.ss)) {
      // The queue tab was deleted by hand: that job cannot go on, the ticked links start a new one.
      saveJob(deps.props, { ...job, state: "done" });
      return queueJob(deps, items);
    }
    appendToQueue(deps.ss, job.id, items);
    job.total += items.length;
    saveJob(deps.props, job);
    return progress(deps, job, now, { message: `Added ${plural(items.length, "link")} to the import.` });
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
  return progress(deps, job, now, { message });
}

const cancelAsked = (deps: ServiceDeps, job: ImportJob): boolean =>
  deps.props.getProperty(CANCEL_KEY) === job.id;

/** One queued item taken by a batch, and what reading it gave. */
interface Slot {
  item: ImportItem;
  reading?: ItemReading;
}

/**
 * Takes queued items, in order, until the time budget or a cap says stop: pasted text is read
 * at once, a Google Doc through the Docs API, links are gathered and fetched together at the end
 * (taking the first link leaves FETCH_RESERVE_MS for that fetch).
 */
function takeItems(
  deps: ServiceDeps,
  job: ImportJob,
  queued: QueuedItem[],
  started: number,
): { slots: Slot[]; rowsTaken: number } {
  const deadline = intakeDeadline(job, started);
  const slots: Slot[] = [];
  let links = 0;
  let rowsTaken = 0;
  for (const q of queued) {
    const isLink = q.item.kind === "link";
    if (slots.length >= MAX_ITEMS_PER_BATCH || (isLink && links >= MAX_LINKS_PER_BATCH)) break;
    const reserve = links > 0 || isLink ? FETCH_RESERVE_MS : 0;
    if (slots.length > 0 && deps.now().getTime() >= deadline - reserve) break;
    if (isLink) {
      links++;
      slots.push({ item: q.item });
    } else {
      const article = q.item.kind === "doc" ? readDoc(deps.sources, q.item) : ingestItem(q.item);
      slots.push({ item: q.item, reading: { kind: "article", article } });
    }
    rowsTaken = q.rows[1];
  }
  const toFetch = slots.filter((s) => !s.reading);
  const readings = readLinks(
    deps.sources,
    toFetch.map((s) => s.item),
    started + FETCH_CUTOFF_MS,
  );
  toFetch.forEach((s, i) => {
    s.reading = readings[i];
  });
  return { slots, rowsTaken };
}

const snippet = (text: string): string => {
  const line = text.trim().split("\n")[0] ?? "";
  return line.length > 60 ? `${line.slice(0, 59)}…` : line;
};

/** The sidebar's line for one item: what it was, and what became of it. */
function itemOutcome(item: ImportItem, a: Article): ItemOutcome {
  const label = a.title || a.url || (item.kind === "text" ? snippet(item.input) : item.input) || a.id;
  const url = a.url ?? (item.kind === "text" ? "" : item.input);
  if (a.status === "ok" || a.status === "superseded")
    return { label, url, outcome: "imported", detail: [a.outlet, a.published].filter(Boolean).join(", ") };
  if (a.status === "duplicate") return { label, url, outcome: "duplicate", detail: "Already in the ledger." };
  return { label, url, outcome: "failed", detail: a.error ?? "Could not be read." };
}

/**
 * Runs one batch of the job: takes queued items until the time budget (or a cap) says stop,
 * fetches its links, then analyses and writes the whole ledger. Anyone may drive their own job,
 * or one whose sidebar was closed; someone else's live job is left alone.
 */
export function runImportBatch(deps: ServiceDeps, jobId: string): ImportProgress {
  return withLock(deps, "an import", busyProgress(deps), () => {
    const job = readJob(deps.props);
    const started = deps.now();
    if (!job || job.id !== jobId)
      return progress(deps, job, started, {
        ok: false,
        state: job?.state === "running" ? "busy" : "idle",
        message: "This import is no longer running: it finished or was cancelled.",
      });
    if (job.state !== "running") return progress(deps, job, started, { message: endMessage(job) });
    if (!isMine(job, deps.who) && !isStalled(job, started)) return blockedBy(deps, job) as ImportProgress;
    if (cancelAsked(deps, job)) return finishCancel(deps, job);

    const migrated = migrateLayout(deps.ss, deps.props);
    const queued = readQueueFrom(deps.ss, job.id, job.queueRow);
    const importedAt = started.toISOString();
    const { slots, rowsTaken } = takeItems(deps, job, queued, started.getTime());
    const articles: Article[] = [];
    const feeds: FeedListing[] = [];
    const redone = new Map<string, string>();
    const deferred: ImportItem[] = [];
    for (const { item, reading } of slots) {
      if (reading?.kind === "feed") feeds.push(reading.feed);
      else if (reading?.kind === "deferred") deferred.push(item);
      else if (reading) {
        articles.push({ ...reading.article, importedAt });
        const linkId = shortId("S", item.input);
        if (item.kind === "link" && reading.article.status !== "error" && reading.article.id !== linkId)
          redone.set(linkId, reading.article.id);
      }
    }
    const workStart = deps.now().getTime();
    const batch = job.batches + 1;
    const result = analyzeAndWrite(
      deps,
      articles,
      {
        action: "import",
        run: job.id,
        batch,
        items: slots.length - deferred.length,
        result: (r) =>
          [
            `Batch ${batch}: ${plural(r.imported.length, "article")} imported`,
            r.duplicates.length ? `, ${r.duplicates.length} already in the ledger` : "",
            r.failed.length ? `, ${r.failed.length} could not be analysed` : "",
            feeds.length
              ? `, ${plural(feeds.length, "feed")} listed (${feeds.map((f) => f.url).join(", ")})`
              : "",
            deferred.length ? `, ${plural(deferred.length, "link")} left for the next batch` : "",
            `; ${job.done + slots.length - deferred.length} of ${job.total} done.`,
            migrated.length ? ` Layout updated: ${migrated.join("; ")}.` : "",
          ].join(""),
      },
      redone,
    );
    // Links this batch had no time to fetch go to the end of the queue, for a batch with a fresh budget.
    if (deferred.length) appendToQueue(deps.ss, job.id, deferred);
    const now = deps.now();
    job.done += slots.length - deferred.length;
    job.queueRow += rowsTaken;
    job.imported += result.imported.length;
    job.duplicates += result.duplicates.length;
    job.failed += result.failed.length;
    job.feeds = (job.feeds ?? 0) + feeds.length;
    job.batches = batch;
    job.lastBatchAt = now.toISOString();
    job.lastWorkMs = now.getTime() - workStart;
    let note = "";
    if (slots.length === 0 || job.done >= job.total) {
      if (job.done < job.total)
        note = ` ${job.total - job.done} queued articles were missing from the queue.`;
      job.state = "done";
      dropQueue(deps.ss);
    }
    saveJob(deps.props, job);
    const failed = result.failed.map((a) => ({ title: titleOf(a), error: a.error ?? a.status }));
    const settled = [...result.settled];
    const items = slots.flatMap(({ item, reading }): ItemOutcome[] => {
      if (reading?.kind === "deferred") return [];
      if (reading?.kind === "feed") {
        const n = reading.feed.items.length + reading.feed.more;
        return [
          {
            label: reading.feed.title,
            url: item.input,
            outcome: "feed",
            detail: n ? `A feed: ${plural(n, "article")} listed below.` : "A feed with no articles listed.",
          },
        ];
      }
      return [itemOutcome(item, settled.shift() as Article)];
    });
    for (const f of feeds) for (const pick of f.items) pick.known = result.urls.has(pick.url);
    const extra = { failed, items, feeds };
    if (job.state === "running" && cancelAsked(deps, job)) return { ...finishCancel(deps, job), ...extra };
    const message =
      job.state === "done"
        ? summary(job, result.conflicts) + note
        : `Imported ${job.done} of ${plural(job.total, "article")}…`;
    return progress(deps, job, now, { message, ...extra, conflicts: result.conflicts });
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
    return progress(deps, job, now, { ok: false, message: "This import is not running." });
  if (job.state !== "running") return progress(deps, job, now, { message: endMessage(job) });
  if (!isMine(job, deps.who) && !isStalled(job, now)) return blockedBy(deps, job) as ImportProgress;
  deps.props.setProperty(CANCEL_KEY, jobId);
  return withLock(
    deps,
    "a cancel",
    (message) =>
      progress(deps, job, now, {
        message: `Cancelling: the batch under way finishes first (its articles stay imported). ${message}`,
      }),
    () => {
      const current = readJob(deps.props);
      if (!current || current.id !== jobId || current.state !== "running")
        return progress(deps, current, deps.now(), { message: current ? endMessage(current) : "" });
      return finishCancel(deps, current);
    },
  );
}

/** The import under way (or the last one), for a sidebar that opens or waits. No lock, no write. */
export function importStatus(deps: ServiceDeps): ImportProgress {
  const job = readJob(deps.props);
  const now = deps.now();
  if (!job) return progress(deps, null, now, { message: "" });
  if (job.state === "running")
    return progress(deps, job, now, { message: jobInProgressMessage(job, deps.who, now) });
  return progress(deps, job, now, { message: endMessage(job) });
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
    return progress(deps, job, deps.now(), {
      message,
      conflicts: result.conflicts,
      state: job?.state ?? "idle",
    });
  });
}
