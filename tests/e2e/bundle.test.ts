// Builds dist/ and loads Code.js in a bare vm context (no Node globals, only the Apps Script
// fakes), as Apps Script would: every entry point must be a top-level function.
import { execFileSync } from "node:child_process";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import vm from "node:vm";
import { appsScriptFakes } from "../fakes/appsScript";
import { REPO } from "../helpers/shared";

/** The budget for the minified bundle, which Apps Script loads on every menu click. */
const BUNDLE_BUDGET_BYTES = 200 * 1024;

let code = "";
let sidebar = "";

beforeAll(() => {
  execFileSync(process.execPath, [join(REPO, "scripts/build.mjs")], { cwd: REPO, stdio: "pipe" });
  code = readFileSync(join(REPO, "dist/Code.js"), "utf8");
  sidebar = readFileSync(join(REPO, "dist/Sidebar.html"), "utf8");
}, 60_000);

function load(fakes = appsScriptFakes()): { ctx: vm.Context; fakes: ReturnType<typeof appsScriptFakes> } {
  const ctx = vm.createContext({ ...fakes.globals });
  vm.runInContext(code, ctx, { filename: "Code.js" });
  return { ctx, fakes };
}

describe("dist/Code.js", () => {
  it("stays under the size budget", () => {
    expect(Buffer.byteLength(code)).toBeLessThan(BUNDLE_BUDGET_BYTES);
  });

  it("has no import or export statements left", () => {
    expect(code).not.toMatch(/(^|[;}\n])\s*(import|export)\s+[\w{*"']/);
    expect(code).not.toMatch(/\brequire\(/);
  });

  it("builds the add-on menu from onOpen, and every menu item is a global function", () => {
    const { ctx, fakes } = load();
    vm.runInContext("onOpen({ authMode: 'NONE' })", ctx);
    expect(fakes.menus).toHaveLength(1);
    const menu = fakes.menus[0]!;
    expect(menu.added).toBe(true);
    const items = menu.items.filter((i) => i !== "separator");
    expect(items.map((i) => i.caption)).toEqual([
      "Import articles…",
      "Re-analyze all",
      "Show conflicts",
      "About",
    ]);
    for (const item of items) expect(typeof ctx[item.functionName]).toBe("function");
    vm.runInContext("onInstall({})", ctx);
    expect(fakes.menus).toHaveLength(2);
  });

  it("exposes every google.script.run target of the sidebar as a global function", () => {
    const client = readFileSync(join(REPO, "src/ui/sidebar.ts"), "utf8");
    const targets = [...client.matchAll(/\brun\(\s*"(\w+)"/g)].map((m) => m[1]);
    expect(targets.length).toBeGreaterThan(0);
    const { ctx } = load();
    for (const t of targets) {
      expect(typeof ctx[t as string]).toBe("function");
      expect(sidebar).toContain(`"${t}"`);
    }
  });

  it("imports pasted articles end to end inside the bare context", () => {
    const { ctx, fakes } = load();
    const pasted =
      "Title: Dam breach\nDate: 2026-06-02\n\nThe dam near Olbrin failed on Monday, killing 7 people, police said.\n---\nTitle: Dam toll\nDate: 2026-06-03\n\nThe dam near Olbrin burst on Monday and killed 9 people, the interior ministry said.";
    ctx.pasted = pasted;
    const report = vm.runInContext("importArticles(pasted)", ctx) as { ok: boolean; imported: number };
    expect(report).toMatchObject({ ok: true, imported: 2 });
    expect(fakes.spreadsheet.table("Sources")).toHaveLength(2);
    vm.runInContext("showImportSidebar()", ctx);
    expect(fakes.sidebars[0]).toMatchObject({ file: "Sidebar" });
  });

  it("inlines the sidebar's client script", () => {
    expect(sidebar).not.toContain("CLIENT_SCRIPT");
    expect(sidebar).toMatch(/<script>[\s\S]*getElementById[\s\S]*<\/script>/);
    const manifest = JSON.parse(readFileSync(join(REPO, "dist/appsscript.json"), "utf8"));
    expect(manifest.runtimeVersion).toBe("V8");
    expect(manifest.oauthScopes).toEqual(
      expect.arrayContaining([
        "https://www.googleapis.com/auth/spreadsheets.currentonly",
        "https://www.googleapis.com/auth/script.container.ui",
      ]),
    );
  });
});
