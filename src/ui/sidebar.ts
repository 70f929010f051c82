// The sidebar's client script. It runs in the browser and talks to the server only through
// google.script.run. It drives an import batch by batch (each call one server execution), shows
// progress and what became of each article, offers Cancel, resumes an unfinished import, lets a
// second person wait for a running one, and lists the items of a feed for the user to tick.
// Text from articles, feeds and other people is only ever set with textContent.
import type * as Server from "../main";

type ServerApi = Pick<
  typeof Server,
  "startImport" | "continueImport" | "cancelImport" | "getImportStatus" | "addLinks"
>;
type Progress = ReturnType<ServerApi["getImportStatus"]>;
type Feed = Progress["feeds"][number];
type FeedPick = Feed["items"][number];

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
  results: () => byId<HTMLOListElement>("results"),
  feeds: () => byId<HTMLDivElement>("feeds"),
  feedLists: () => byId<HTMLDivElement>("feed-lists"),
  importTicked: () => byId<HTMLButtonElement>("import-ticked"),
  importButton: () => byId<HTMLButtonElement>("import"),
  cancelButton: () => byId<HTMLButtonElement>("cancel"),
  resumeButton: () => byId<HTMLButtonElement>("resume"),
  waitButton: () => byId<HTMLButtonElement>("wait"),
  progress: () => byId<HTMLDivElement>("progress"),
  bar: () => byId<HTMLProgressElement>("bar"),
  count: () => byId<HTMLSpanElement>("count"),
};

const state = {
  job: "",
  driving: false,
  cancelling: false,
  waiting: false,
  retries: 0,
  queued: "",
  /** Feed items ticked while a batch runs: they join the import before the next batch. */
  picks: [] as FeedPick[],
};

/** The checkbox of each listed feed item, with the item it stands for. */
const ticks: { box: HTMLInputElement; pick: FeedPick; row: HTMLLIElement }[] = [];

function show(el: HTMLElement, visible: boolean): void {
  el.hidden = !visible;
}

function setStatus(text: string, isError = false): void {
  const status = byId<HTMLDivElement>("status");
  status.textContent = text;
  status.className = isError ? "error" : "";
}

function element<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  className = "",
  text = "",
): HTMLElementTagNameMap[K] {
  const el = document.createElement(tag);
  if (className) el.className = className;
  if (text) el.textContent = text;
  return el;
}

const MARKS: Record<Progress["items"][number]["outcome"], string> = {
  imported: "Imported",
  duplicate: "Already in the ledger",
  failed: "Failed",
  feed: "Feed",
};

/** One line per article the import took: what it was and what became of it. */
function addResults(items: Progress["items"]): void {
  const list = ui.results();
  for (const item of items) {
    const li = element("li", item.outcome);
    li.appendChild(element("span", "mark", MARKS[item.outcome]));
    // Only web addresses become links: a "javascript:" URL typed in a header line stays text.
    if (/^https?:\/\//i.test(item.url)) {
      const a = element("a", "label", item.label);
      a.href = item.url;
      a.target = "_blank";
      a.rel = "noopener noreferrer";
      li.appendChild(a);
    } else li.appendChild(element("span", "label", item.label));
    if (item.detail) li.appendChild(element("span", "detail", item.detail));
    list.appendChild(li);
  }
  show(byId("results-title"), list.children.length > 0);
}

function updateTicked(): void {
  const n = ticks.filter((t) => t.box.checked && !t.box.disabled).length;
  ui.importTicked().disabled = n === 0;
  ui.importTicked().textContent = n ? `Import ${n} ticked` : "Import ticked";
}

/** A feed's items with a checkbox each; those already in the ledger say so and start unticked. */
function addFeeds(feeds: Feed[]): void {
  for (const feed of feeds) {
    const box = element("div", "feed-list");
    const head = element("div", "feed-head");
    head.appendChild(element("span", "feed-title", feed.title));
    const all = element("button", "link", "Tick all");
    all.type = "button";
    head.appendChild(all);
    box.appendChild(head);
    const list = element("ul");
    const mine: typeof ticks = [];
    for (const pick of feed.items) {
      const row = element("li");
      const label = element("label");
      const check = element("input");
      check.type = "checkbox";
      check.addEventListener("change", updateTicked);
      label.appendChild(check);
      label.appendChild(element("span", "pick-title", pick.title));
      const meta = [pick.published, pick.author, pick.known ? "already in the ledger" : ""].filter(Boolean);
      if (meta.length) label.appendChild(element("span", "meta", meta.join(" · ")));
      if (pick.summary) label.title = pick.summary;
      row.appendChild(label);
      list.appendChild(row);
      mine.push({ box: check, pick, row });
    }
    if (feed.more) list.appendChild(element("li", "meta", `…and ${feed.more} more, not listed.`));
    all.addEventListener("click", () => {
      for (const t of mine) if (!t.box.disabled && !t.pick.known) t.box.checked = true;
      updateTicked();
    });
    ticks.push(...mine);
    box.appendChild(list);
    ui.feedLists().appendChild(box);
  }
  show(ui.feeds(), ticks.length > 0);
  updateTicked();
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
  addResults(p.items ?? []);
  addFeeds(p.feeds ?? []);
  setStatus(p.message, !p.ok);
  if (p.state === "done" || p.state === "cancelled") {
    stopDriving();
    show(ui.resumeButton(), false);
    if (p.state === "cancelled") releasePicks();
    // Clear the box only if it still holds what this import queued, never a newer paste.
    if (p.state === "done" && state.queued && ui.text().value === state.queued) ui.text().value = "";
  }
}

function nextBatch(): void {
  if (state.cancelling) {
    run("cancelImport", [state.job], settle, failed);
    return;
  }
  if (state.picks.length) {
    const picks = state.picks;
    state.picks = [];
    run("addLinks", [state.job, picks], onPicksAdded, failed);
    return;
  }
  run("continueImport", [state.job], onBatch, failed);
}

function onPicksAdded(p: Progress): void {
  settle(p);
  if (p.ok && p.state === "running") drive(p.job);
  else {
    stopDriving();
    if (p.state === "busy") offerUnfinished(p);
  }
}

/** Ticked items waiting for an import that was cancelled can be ticked and imported again. */
function releasePicks(): void {
  for (const t of ticks)
    if (state.picks.includes(t.pick)) {
      t.box.disabled = false;
      t.row.className = "";
    }
  state.picks = [];
  updateTicked();
}

function onBatch(p: Progress): void {
  state.retries = 0;
  settle(p);
  if (p.state === "running" && p.ok) nextBatch();
  else if (p.state === "done" && state.picks.length) {
    // Items ticked during the last batch: they start an import of their own.
    state.driving = true;
    setButtons();
    nextBatch();
  } else if (p.state === "busy") {
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
    setStatus("Paste articles or links first.", true);
    return;
  }
  ui.results().replaceChildren();
  show(byId("results-title"), false);
  state.driving = true;
  setButtons();
  setStatus("Queuing…");
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

/** Ticked feed items join the running import (after the batch under way) or start a new one. */
function importTicked(): void {
  const chosen = ticks.filter((t) => t.box.checked && !t.box.disabled);
  if (!chosen.length) return;
  for (const t of chosen) {
    t.box.disabled = true;
    t.row.className = "queued";
  }
  updateTicked();
  const picks = chosen.map((t) => t.pick);
  if (state.driving) {
    state.picks.push(...picks);
    setStatus(
      `${picks.length} ticked ${picks.length === 1 ? "article joins" : "articles join"} the import after the batch under way.`,
    );
    return;
  }
  state.driving = true;
  setButtons();
  run("addLinks", [state.job, picks], onPicksAdded, (error) => {
    stopDriving();
    setStatus(`Import failed: ${error.message}`, true);
  });
}

ui.importButton().addEventListener("click", startImport);
ui.importTicked().addEventListener("click", importTicked);
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
