// The sidebar's client script. It runs in the browser and talks to the server only through
// google.script.run. It drives an import batch by batch (each call one server execution), shows
// progress, offers Cancel, resumes an unfinished import, and lets a second person wait for a
// running one. Text from articles and from other people is only ever set with textContent.
import type * as Server from "../main";

type ServerApi = Pick<typeof Server, "startImport" | "continueImport" | "cancelImport" | "getImportStatus">;
type Progress = ReturnType<ServerApi["getImportStatus"]>;

interface ScriptRun {
  withSuccessHandler(fn: (value: never) => void): ScriptRun;
  withFailureHandler(fn: (error: Error) => void): ScriptRun;
  [name: string]: unknown;
}
declare const google: { script: { run: ScriptRun } };

/** A failed batch is retried this many times, a little later each time, before asking the user. */
const RETRIES = 2;
const RETRY_DELAY_MS = 5_000;
/** How often a person waiting for someone else's import asks whether it is over. */
const WAIT_POLL_MS = 15_000;

/** Calls a server function; the name is checked against src/main.ts at compile time. */
function run<K extends keyof ServerApi>(
  name: K,
  args: Parameters<ServerApi[K]>,
  onSuccess: (value: ReturnType<ServerApi[K]>) => void,
  onFailure: (error: Error) => void,
): void {
  const runner = google.script.run
    .withSuccessHandler(onSuccess as (v: never) => void)
    .withFailureHandler(onFailure);
  (runner[name] as (...a: unknown[]) => void)(...args);
}

function byId<T extends HTMLElement>(id: string): T {
  const el = document.getElementById(id);
  if (!el) throw new Error(`missing #${id}`);
  return el as T;
}

const ui = {
  text: () => byId<HTMLTextAreaElement>("articles"),
  importButton: () => byId<HTMLButtonElement>("import"),
  cancelButton: () => byId<HTMLButtonElement>("cancel"),
  resumeButton: () => byId<HTMLButtonElement>("resume"),
  waitButton: () => byId<HTMLButtonElement>("wait"),
  progress: () => byId<HTMLDivElement>("progress"),
  bar: () => byId<HTMLProgressElement>("bar"),
  count: () => byId<HTMLSpanElement>("count"),
};

const state = { job: "", driving: false, cancelling: false, waiting: false, retries: 0, queued: "" };

function show(el: HTMLElement, visible: boolean): void {
  el.hidden = !visible;
}

function setStatus(text: string, isError = false): void {
  const status = byId<HTMLDivElement>("status");
  status.textContent = text;
  status.className = isError ? "error" : "";
}

function addFailures(failed: Progress["failed"]): void {
  const list = byId<HTMLUListElement>("failures");
  for (const f of failed) {
    const li = document.createElement("li");
    li.textContent = `${f.title}: ${f.error}`;
    list.appendChild(li);
  }
}

function showProgress(p: Progress): void {
  show(ui.progress(), p.total > 0 && p.state === "running");
  ui.bar().max = Math.max(1, p.total);
  ui.bar().value = p.done;
  ui.count().textContent = `${p.done} of ${p.total} articles`;
}

function setButtons(): void {
  ui.importButton().disabled = state.driving || state.waiting;
  show(ui.cancelButton(), state.driving);
  ui.cancelButton().disabled = state.cancelling;
}

function stopDriving(): void {
  state.driving = false;
  state.cancelling = false;
  state.retries = 0;
  setButtons();
}

/** What a finished, cancelled or refused call leaves on screen. */
function settle(p: Progress): void {
  showProgress(p);
  addFailures(p.failed);
  setStatus(p.message, !p.ok);
  if (p.state === "done" || p.state === "cancelled") {
    stopDriving();
    show(ui.resumeButton(), false);
    // Clear the box only if it still holds what this import queued, never a newer paste.
    if (p.state === "done" && state.queued && ui.text().value === state.queued) ui.text().value = "";
  }
}

function nextBatch(): void {
  if (state.cancelling) {
    run("cancelImport", [state.job], settle, failed);
    return;
  }
  run("continueImport", [state.job], onBatch, failed);
}

function onBatch(p: Progress): void {
  state.retries = 0;
  settle(p);
  if (p.state === "running" && p.ok) nextBatch();
  else if (p.state === "busy") {
    stopDriving();
    offerWait();
  } else if (p.state !== "done" && p.state !== "cancelled") stopDriving();
}

function failed(error: Error): void {
  if (state.retries < RETRIES) {
    state.retries++;
    setStatus(`A batch failed (${error.message}); trying again…`, true);
    setTimeout(nextBatch, RETRY_DELAY_MS * state.retries);
    return;
  }
  stopDriving();
  setStatus(`A batch failed: ${error.message}. Nothing of it was kept; resume to try it again.`, true);
  show(ui.resumeButton(), true);
}

function drive(job: string): void {
  state.job = job;
  state.driving = true;
  state.cancelling = false;
  show(ui.resumeButton(), false);
  show(ui.waitButton(), false);
  setButtons();
  nextBatch();
}

function offerWait(): void {
  show(ui.waitButton(), ui.text().value.trim().length > 0 && !state.waiting);
}

function startImport(): void {
  const text = ui.text().value;
  if (!text.trim()) {
    setStatus("Paste at least one article first.", true);
    return;
  }
  byId<HTMLUListElement>("failures").replaceChildren();
  state.driving = true;
  setButtons();
  setStatus("Queuing the articles…");
  run(
    "startImport",
    [text],
    (p) => {
      settle(p);
      if (p.ok && p.state === "running") {
        state.queued = text;
        drive(p.job);
      } else {
        stopDriving();
        if (p.state === "busy") offerUnfinished(p);
      }
    },
    (error) => {
      stopDriving();
      setStatus(`Import failed: ${error.message}`, true);
    },
  );
}

/** Someone else's live import: wait for it, polling, then start this one. */
function waitForOthers(): void {
  state.waiting = true;
  show(ui.waitButton(), false);
  setButtons();
  const poll = (): void =>
    run(
      "getImportStatus",
      [],
      (p) => {
        if (p.state === "running" && !p.stalled && !p.mine) {
          setStatus(`${p.message} Waiting; your import starts when it is over.`);
          setTimeout(poll, WAIT_POLL_MS);
          return;
        }
        state.waiting = false;
        if (p.state === "running") offerUnfinished(p);
        else startImport();
      },
      () => setTimeout(poll, WAIT_POLL_MS),
    );
  poll();
}

/** An import that is not running from this sidebar: resume ours, take over a stalled one, or wait. */
function offerUnfinished(p: Progress): void {
  showProgress(p);
  setStatus(p.message, !p.mine && !p.stalled);
  state.job = p.job;
  if (p.mine) {
    drive(p.job);
    return;
  }
  if (p.stalled) {
    show(ui.resumeButton(), true);
    show(ui.cancelButton(), true);
    ui.cancelButton().disabled = false;
    return;
  }
  offerWait();
}

function cancel(): void {
  if (!state.job) return;
  state.cancelling = true;
  setButtons();
  setStatus("Cancelling after the batch under way…");
  // Recorded at once, so the batch under way stops the import when it ends; if none is under
  // way, this call ends the import itself.
  run(
    "cancelImport",
    [state.job],
    (p) => {
      if (p.state === "cancelled" || !state.driving) settle(p);
    },
    (error) => setStatus(`Cancel failed: ${error.message}`, true),
  );
}

ui.importButton().addEventListener("click", startImport);
ui.cancelButton().addEventListener("click", cancel);
ui.resumeButton().addEventListener("click", () => drive(state.job));
ui.waitButton().addEventListener("click", waitForOthers);
run(
  "getImportStatus",
  [],
  (p) => {
    if (p.state === "running") offerUnfinished(p);
  },
  () => undefined,
);
