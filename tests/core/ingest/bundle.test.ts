// The page reader and the extraction engine as Apps Script gets them: bundled and minified as
// scripts/build.mjs does (module substitutions, renamed properties and terser's pass included)
// and run in a bare vm context without Node globals.
// They must read every fixture exactly as Node reads it.
import { execFileSync } from "node:child_process";
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import vm from "node:vm";
import { analyze } from "../../../src/core/analyze";
import { extractMentions } from "../../../src/core/extract";
import { ingestArticle } from "../../../src/core/ingest";
import { htmlFixtures } from "../../helpers/htmlFixtures";
import { REPO } from "../../helpers/shared";

const BUILD = `
import { build } from "esbuild";
import { ALIASES, MANGLED_PROPERTIES, PLUGINS, wholeBundleMinify } from "./scripts/build.mjs";
const r = await build({
  stdin: { contents: 'export { ingestArticle } from "./src/core/ingest"; export { extractMentions } from "./src/core/extract"; export { analyze } from "./src/core/analyze";', resolveDir: process.cwd(), loader: "ts" },
  bundle: true, write: false, format: "iife", globalName: "Reader", platform: "neutral",
  mainFields: ["module", "main"], target: "es2020", alias: ALIASES, plugins: PLUGINS, absWorkingDir: process.cwd(), metafile: true,
  minify: true, charset: "utf8", mangleProps: MANGLED_PROPERTIES,
});
const code = await wholeBundleMinify(r.outputFiles[0].text);
process.stdout.write(JSON.stringify({ code, inputs: Object.keys(r.metafile.inputs) }));
`;

let bundle: { code: string; inputs: string[] };

beforeAll(() => {
  const out = execFileSync(process.execPath, ["--input-type=module", "-e", BUILD], {
    cwd: REPO,
    encoding: "utf8",
  });
  bundle = JSON.parse(out);
}, 60_000);

describe("the page reader in the Apps Script bundle", () => {
  it("carries its own HTML reader and entity table, no HTML package", () => {
    expect(bundle.inputs).toEqual(expect.arrayContaining(["src/core/ingest/html/markup.ts"]));
    const deps = bundle.inputs.filter((i) => i.includes("node_modules/"));
    expect(
      deps.filter((i) => /\/(htmlparser2|domhandler|domutils|dom-serializer|entities)\//.test(i)),
    ).toEqual([]);
  });

  it("reads every fixture in a bare context exactly as Node does", () => {
    const ctx = vm.createContext({});
    vm.runInContext(bundle.code, ctx);
    for (const f of htmlFixtures()) {
      const inBundle = vm.runInContext(
        `JSON.stringify(Reader.ingestArticle(html, {}))`,
        Object.assign(ctx, { html: f.html }),
      );
      expect(JSON.parse(inBundle)).toEqual(JSON.parse(JSON.stringify(ingestArticle(f.html, {}))));
    }
  });

  it("dates events in a bare context exactly as Node does (chrono's time zone table left out)", () => {
    expect(bundle.inputs.some((i) => /chrono-node.*timezone\.js$/.test(i))).toBe(false);
    const ctx = vm.createContext({});
    vm.runInContext(bundle.code, ctx);
    const dir = join(REPO, "samples");
    const texts = readdirSync(dir)
      .filter((f) => /\.(txt|md)$/.test(f))
      .map((f) => readFileSync(join(dir, f), "utf8"));
    expect(texts.length).toBeGreaterThan(0);
    let dated = 0;
    for (const text of texts) {
      const inBundle = vm.runInContext(
        `JSON.stringify(Reader.extractMentions(Reader.ingestArticle(text, {})))`,
        Object.assign(ctx, { text }),
      );
      const inNode = extractMentions(ingestArticle(text, {}));
      dated += inNode.events.filter((e) => e.date).length;
      expect(JSON.parse(inBundle)).toEqual(JSON.parse(JSON.stringify(inNode)));
    }
    expect(dated).toBeGreaterThan(0);
  });

  it("resolves and reconciles every invented story in a bare context exactly as Node does", () => {
    const ctx = vm.createContext({});
    vm.runInContext(bundle.code, ctx);
    const stories = join(REPO, "tests/fixtures/stories");
    for (const story of readdirSync(stories)) {
      const dir = join(stories, story);
      const files = readdirSync(dir).filter((f) => f.endsWith(".txt"));
      const texts = files.map((f) => [readFileSync(join(dir, f), "utf8"), f]);
      const inBundle = vm.runInContext(
        `JSON.stringify(Reader.analyze(texts.map(([t, f]) => Reader.ingestArticle(t, { file: f }))))`,
        Object.assign(ctx, { texts }),
      );
      const inNode = analyze(files.map((f, i) => ingestArticle(texts[i]![0]!, { file: f })));
      expect(inNode.conflicts.length).toBeGreaterThan(0);
      expect(JSON.parse(inBundle)).toEqual(JSON.parse(JSON.stringify(inNode)));
    }
  });
});
