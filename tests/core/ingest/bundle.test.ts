// The page reader as Apps Script gets it: bundled as scripts/build.mjs bundles it and run in a
// bare vm context without Node globals. It must read every fixture exactly as Node reads it.
import { execFileSync } from "node:child_process";
import vm from "node:vm";
import { ingestArticle } from "../../../src/core/ingest";
import { htmlFixtures } from "../../helpers/htmlFixtures";
import { REPO } from "../../helpers/shared";

const BUILD = `
import { build } from "esbuild";
import { ALIASES } from "./scripts/build.mjs";
const r = await build({
  stdin: { contents: 'export { ingestArticle } from "./src/core/ingest";', resolveDir: process.cwd(), loader: "ts" },
  bundle: true, write: false, format: "iife", globalName: "Reader", platform: "neutral",
  mainFields: ["module", "main"], target: "es2020", alias: ALIASES, absWorkingDir: process.cwd(), metafile: true,
});
process.stdout.write(JSON.stringify({ code: r.outputFiles[0].text, inputs: Object.keys(r.metafile.inputs) }));
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
});
