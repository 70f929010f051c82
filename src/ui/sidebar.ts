// The sidebar's client script. It runs in the browser and talks to the server only through
// google.script.run. Text from articles is only ever set with textContent, never as HTML.
import type * as Server from "../main";

type ServerApi = Pick<typeof Server, "importArticles">;
type Report = ReturnType<ServerApi["importArticles"]>;

interface ScriptRun {
  withSuccessHandler(fn: (value: never) => void): ScriptRun;
  withFailureHandler(fn: (error: Error) => void): ScriptRun;
  [name: string]: unknown;
}
declare const google: { script: { run: ScriptRun } };

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

function setStatus(text: string, isError = false): void {
  const status = byId<HTMLDivElement>("status");
  status.textContent = text;
  status.className = isError ? "error" : "";
}

function showFailures(report: Report): void {
  const list = byId<HTMLUListElement>("failures");
  list.replaceChildren();
  for (const f of report.failed) {
    const li = document.createElement("li");
    li.textContent = `${f.title}: ${f.error}`;
    list.appendChild(li);
  }
}

function startImport(): void {
  const text = byId<HTMLTextAreaElement>("articles").value;
  const button = byId<HTMLButtonElement>("import");
  if (!text.trim()) {
    setStatus("Paste at least one article first.", true);
    return;
  }
  button.disabled = true;
  setStatus("Importing and analysing…");
  run(
    "importArticles",
    [text],
    (report) => {
      button.disabled = false;
      setStatus(report.message, !report.ok);
      showFailures(report);
      if (report.ok && report.imported > 0) byId<HTMLTextAreaElement>("articles").value = "";
    },
    (error) => {
      button.disabled = false;
      setStatus(`Import failed: ${error.message}`, true);
    },
  );
}

byId<HTMLButtonElement>("import").addEventListener("click", startImport);
