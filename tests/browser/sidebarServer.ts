// The built sidebar served on localhost for a real browser, with a google.script.run shim that
// posts each call to this server, which runs the real server function of the built Code.js in a
// bare vm context on the in-memory spreadsheet and the fake web (the Apps Script fakes). Results
// travel as JSON, as google.script.run serialises them.
import { execFileSync } from "node:child_process";
import { readFileSync } from "node:fs";
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import vm from "node:vm";
import { appsScriptFakes, type AppsScriptFakes } from "../fakes/appsScript";
import { REPO } from "../helpers/shared";

/** Builds Code.js and Sidebar.html into `outDir` (not dist/, which other test files rebuild). */
export function buildInto(outDir: string): void {
  const script = `import { build } from ${JSON.stringify(pathToFileURL(join(REPO, "scripts", "build.mjs")).href)};
await build({ outDir: ${JSON.stringify(outDir)} });`;
  execFileSync(process.execPath, ["--input-type=module", "-e", script], { cwd: REPO, stdio: "pipe" });
}

/**
 * google.script.run for a page outside Apps Script: every call is a POST to /run/<name>; the
 * success or failure handler gets the answer later, asynchronously, as in Apps Script.
 */
const SHIM = `<script>
(function () {
  function runner(success, failure) {
    return new Proxy({}, {
      get: function (_, name) {
        if (name === "withSuccessHandler") return function (fn) { return runner(fn, failure); };
        if (name === "withFailureHandler") return function (fn) { return runner(success, fn); };
        if (name === "withUserObject") return function () { return runner(success, failure); };
        return function () {
          var args = Array.prototype.slice.call(arguments);
          fetch("/run/" + name, { method: "POST", headers: { "Content-Type": "application/json" }, body: JSON.stringify(args) })
            .then(function (r) { return r.json(); })
            .then(function (r) {
              if ("error" in r) { if (failure) failure(new Error(r.error)); }
              else if (success) success(r.value);
            }, function (e) { if (failure) failure(e); });
        };
      },
    });
  }
  window.google = { script: { run: runner(null, null) } };
})();
</script>`;

export interface SidebarServer {
  url: string;
  fakes: AppsScriptFakes;
  /** Server functions called, in order. */
  calls: string[];
  close(): Promise<void>;
}

export async function serveSidebar(distDir: string, fakes = appsScriptFakes()): Promise<SidebarServer> {
  const code = readFileSync(join(distDir, "Code.js"), "utf8");
  const html = readFileSync(join(distDir, "Sidebar.html"), "utf8").replace("<head>", `<head>\n${SHIM}`);
  const ctx = vm.createContext({ ...fakes.globals });
  vm.runInContext(code, ctx, { filename: "Code.js" });
  const calls: string[] = [];
  const server: Server = createServer((req, res) => {
    const reply = (status: number, type: string, body: string): void => {
      res.writeHead(status, { "Content-Type": type, "Cache-Control": "no-store" });
      res.end(body);
    };
    if (req.method === "GET" && (req.url === "/" || req.url === "/Sidebar.html"))
      return reply(200, "text/html; charset=utf-8", html);
    const m = /^\/run\/(\w+)$/.exec(req.url ?? "");
    if (req.method !== "POST" || !m) return reply(404, "text/plain", "not found");
    let body = "";
    req.setEncoding("utf8");
    req.on("data", (chunk: string) => (body += chunk));
    req.on("end", () => {
      const name = m[1] as string;
      calls.push(name);
      const fn = ctx[name] as unknown;
      let answer: string;
      try {
        if (typeof fn !== "function") throw new Error(`Script function not found: ${name}`);
        const value = (fn as (...a: unknown[]) => unknown)(...(JSON.parse(body || "[]") as unknown[]));
        answer = JSON.stringify({ value: value ?? null });
      } catch (e) {
        // Errors thrown inside the vm are of its own realm: read the message, not the class.
        const message = typeof e === "object" && e !== null && "message" in e ? String(e.message) : String(e);
        answer = JSON.stringify({ error: message });
      }
      reply(200, "application/json", answer);
    });
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}/`,
    fakes,
    calls,
    close: () =>
      new Promise<void>((resolve) => {
        server.close(() => resolve());
        // The browser keeps its connections alive; close() alone would wait for them.
        server.closeAllConnections();
      }),
  };
}
