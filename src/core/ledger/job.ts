// An import that runs in batches: its state (kept in the document, so it survives a closed sidebar
// or a failed batch) and the rules that decide who may start, continue or cancel one. Pure: the
// Apps Script side stores the state and measures time.
import { shortId } from "../text/hash";
import { whoLabel, type Who } from "./journal";

export type JobState = "running" | "done" | "cancelled";

export interface ImportJob {
  id: string;
  startedBy: string;
  /** The starter's temporary user key: tells "you" from someone else when emails are hidden. */
  startedByKey: string;
  startedAt: string;
  /** Items queued, items taken by batches so far, and what came of them. */
  total: number;
  done: number;
  imported: number;
  duplicates: number;
  failed: number;
  /** Feed addresses met so far: listed for the user to tick, not imported themselves. */
  feeds?: number;
  batches: number;
  /** When the last batch ended (or the job started): a job silent for long has lost its sidebar. */
  lastBatchAt: string;
  /** How long the last batch took to analyse and write: the next one keeps that much time for it. */
  lastWorkMs: number;
  /** First row of the queue tab that no batch has taken yet. */
  queueRow: number;
  state: JobState;
}

/** Each batch is one server execution; Apps Script stops one at 6 minutes. */
export const BATCH_BUDGET_MS = 90_000;
/** Time kept at least for analysing the whole ledger and writing it, after taking items. */
export const WRITE_RESERVE_MS = 30_000;
/** A batch also stops after this many items, so progress shows and one journal row stays readable. */
export const MAX_ITEMS_PER_BATCH = 40;
/**
 * Links a batch fetches, all in one UrlFetchApp.fetchAll: a round lasts about as long as its
 * slowest page (a few seconds as a rule), and every page is then read in the same execution.
 */
export const MAX_LINKS_PER_BATCH = 10;
/** Once a batch has taken a link, it stops taking pasted items this much earlier, for the fetch. */
export const FETCH_RESERVE_MS = 20_000;
/**
 * A site that never answers holds a fetchAll until UrlFetchApp gives up (about a minute) and then
 * fails the whole round, which is sent again without it; no round starts after this long into a
 * batch, so a batch of links behind several such sites still ends far inside the 6-minute limit.
 */
export const FETCH_CUTOFF_MS = 120_000;

/** A running job with no batch for this long has lost its sidebar: anyone may continue or cancel it. */
export const STALL_MS = 5 * 60_000;

export function newJob(who: Who, now: Date, total: number): ImportJob {
  const at = now.toISOString();
  return {
    id: `R-${at.slice(0, 16).replace(/[-:]/g, "")}-${shortId("", `${who.key}|${who.email}|${at}`).slice(-4)}`,
    startedBy: whoLabel(who),
    startedByKey: who.key,
    startedAt: at,
    total,
    done: 0,
    imported: 0,
    duplicates: 0,
    failed: 0,
    feeds: 0,
    batches: 0,
    lastBatchAt: at,
    lastWorkMs: 0,
    queueRow: 2,
    state: "running",
  };
}

/** Until when a batch that started at `started` may keep taking items. */
export function intakeDeadline(job: ImportJob, started: number): number {
  const reserve = Math.max(WRITE_RESERVE_MS, 1.5 * job.lastWorkMs);
  return started + BATCH_BUDGET_MS - reserve;
}

export const isStalled = (job: ImportJob, now: Date): boolean =>
  job.state === "running" && now.getTime() - Date.parse(job.lastBatchAt) > STALL_MS;

export const isMine = (job: ImportJob, who: Who): boolean =>
  job.startedByKey ? job.startedByKey === who.key : job.startedBy === whoLabel(who);

/** "2026-02-12 09:00 UTC": unambiguous for people in different time zones. */
export const utc = (iso: string): string => `${iso.slice(0, 10)} ${iso.slice(11, 16)} UTC`;

/** What someone is told when an import is under way and they want to start a run. */
export function jobInProgressMessage(job: ImportJob, viewer: Who, now: Date): string {
  const by = isMine(job, viewer) ? "you" : job.startedBy;
  const progress = `${job.done} of ${job.total} article${job.total === 1 ? "" : "s"} done`;
  if (isStalled(job, now))
    return `An import started by ${by} at ${utc(job.startedAt)} stopped at ${progress} (its sidebar was closed). Continue it or cancel it before starting another.`;
  return `An import started by ${by} at ${utc(job.startedAt)} is running: ${progress}. Wait for it to finish, or try again later.`;
}

/** Parses stored state; anything unreadable counts as no job rather than blocking everyone forever. */
export function parseJob(json: string | null): ImportJob | null {
  if (!json) return null;
  try {
    const job = JSON.parse(json) as ImportJob;
    return typeof job.id === "string" && typeof job.total === "number" ? job : null;
  } catch {
    return null;
  }
}
