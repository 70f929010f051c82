#!/usr/bin/env node
// Builds the Apps Script project into dist/:
//   Code.js          one IIFE bundle of src/main.ts, then one top-level wrapper per export, so
//                    Apps Script (menus, google.script.run, triggers) can see each entry point;
//   appsscript.json  the manifest (V8, time zone, the fewest scopes);
//   Sidebar.html     the sidebar with its client script inlined.
// Entry-point names are read from the bundle itself, never from a hand-kept list.
import { build as esbuild } from "esbuild";
import { minify as terser } from "terser";
import { mkdirSync, readFileSync, writeFileSync, copyFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import vm from "node:vm";

const root = join(dirname(fileURLToPath(import.meta.url)), "..");
const GLOBAL = "Corroborate";

/**
 * Module substitutions for the Apps Script bundle (esbuild's `alias`). None is needed now that
 * the page reader is the project's own; the bundle test and size tools pass this on, so a
 * dependency that needs one gets it everywhere the bundle is built.
 */
export const ALIASES = {};

/**
 * chrono-node's results module imports its time zone module, a table of zone names with
 * daylight-saving rules, for references given as a zone name. src/core/text/chrono.ts builds its
 * references with a numeric offset, so the bundle gets a stand-in that keeps the numeric path
 * (scripts/shims/chrono-timezone.mjs). Node, jest and the runner load the real module; both run
 * the same code, since the table is never read.
 */
/**
 * Properties renamed in the bundle: the methods and fields of chrono-node's results and parsers,
 * which only chrono and src/core/text/chrono.ts (bundled with it) read, and fields of the engine's
 * own working objects (typing readings, name spans, speaker phrases, event-link features), which
 * are never stored, sent to Apps Script or read from a page. Names spelled out, never a pattern:
 * a renamed property that something outside the bundle reads would break, so nothing of
 * src/core/model.ts is here. `tests/core/ingest/bundle.test.ts` checks the bundled engine still
 * reads and dates as Node does.
 */
export const MANGLED_PROPERTIES = new RegExp(
  `^(?:${[
    "knownValues",
    "impliedValues",
    "isCertain",
    "imply",
    "createParsingComponents",
    "createParsingResult",
    "getDateWithAdjustedTimezone",
    "isOnlyWeekdayComponent",
    "createRelativeFromReference",
    "cachedInnerPattern",
    "cachedPattern",
    "innerPatternHasChange",
    "innerPattern",
    "innerExtract",
    "patternLeftBoundary",
    "getSystemTimezoneAdjustmentMinute",
    "addDurationAsImplied",
    "getCertainComponents",
    "isDateWithUnknownYear",
    "dateWithoutTimezoneAdjustment",
    "isValidDate",
    "strength",
    "personEvidence",
    "sentenceInitial",
    "possessive",
    "titled",
    "phraseStart",
    "noscriptAsksForJs",
    "firstUndatedPub",
    "lastImpliedFrom",
    "placeIsCountry",
    "previousOfFamily",
    "figureKinds",
    "dayPrecise",
    "placeWords",
    "explicit",
    "implied",
    "members",
    "sharedWeight",
    "mentionsOf",
    "byDemonym",
    "sentences",
    "modifier",
    "modifies",
    "qualifier",
    "speaker",
    "pronoun",
    "isActor",
    "reference",
    "paywallPrompt",
    "consentBanner",
    "emptyAppRoot",
    "linkChars",
    "linkDensity",
    "errorTitle",
  ].join("|")})$`,
);

export const PLUGINS = [
  {
    name: "chrono-timezone",
    setup(b) {
      b.onResolve({ filter: /^\.\/timezone\.js$/ }, (args) =>
        /[\\/]chrono-node[\\/]/.test(args.importer)
          ? { path: join(root, "scripts/shims/chrono-timezone.mjs") }
          : undefined,
      );
    },
  },
];

/** terser's pass over a bundle esbuild has minified; the bundle tests run the same pass. */
export async function wholeBundleMinify(code) {
  return (await terser(code, { compress: { passes: 2 }, mangle: true })).code;
}

async function bundle(entry, options) {
  const result = await esbuild({
    entryPoints: [join(root, entry)],
    bundle: true,
    write: false,
    target: "es2020",
    charset: "utf8",
    legalComments: "none",
    logLevel: "silent",
    absWorkingDir: root,
    ...options,
  });
  return result.outputFiles[0].text;
}

/** The names a bundle exports, read by loading it in an empty context (it does no work at load). */
export function exportedFunctions(code) {
  const context = vm.createContext({});
  vm.runInContext(code, context, { timeout: 5000 });
  const api = context[GLOBAL] ?? {};
  return Object.keys(api)
    .filter((k) => typeof api[k] === "function")
    .sort();
}

export function wrappers(names) {
  return names.map((n) => `function ${n}() {\n  return ${GLOBAL}.${n}.apply(this, arguments);\n}`).join("\n");
}

export async function build({ minify = true, outDir = join(root, "dist") } = {}) {
  mkdirSync(outDir, { recursive: true });
  const iife = await bundle("src/main.ts", {
    format: "iife",
    globalName: GLOBAL,
    platform: "neutral",
    mainFields: ["module", "main"],
    alias: ALIASES,
    plugins: PLUGINS,
    minify,
    mangleProps: minify ? MANGLED_PROPERTIES : undefined,
  });
  // esbuild's minifier works module by module; terser's second pass over the whole bundle folds
  // what only the bundle shows (about 2 KB): the file is loaded on every click.
  const script = minify ? await wholeBundleMinify(iife) : iife;
  const names = exportedFunctions(script);
  const code = `// Corroborate: built by scripts/build.mjs. Do not edit; edit src/ and rebuild.\n${script}\n${wrappers(names)}\n`;
  writeFileSync(join(outDir, "Code.js"), code);
  copyFileSync(join(root, "appsscript.json"), join(outDir, "appsscript.json"));
  const client = await bundle("src/ui/sidebar.ts", { format: "iife", platform: "browser", minify });
  const html = readFileSync(join(root, "src/ui/Sidebar.html"), "utf8").replace(
    "/* CLIENT_SCRIPT */",
    // "</script" inside the script would end the element early.
    () => client.replace(/<\/(script)/gi, "<\\/$1"),
  );
  writeFileSync(join(outDir, "Sidebar.html"), html);
  return { names, codeBytes: Buffer.byteLength(code), outDir };
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const minify = !process.argv.includes("--no-minify");
  build({ minify }).then(
    (r) =>
      console.log(`dist/Code.js ${(r.codeBytes / 1024).toFixed(1)} KB, entry points: ${r.names.join(", ")}`),
    (e) => {
      console.error(e.message ?? e);
      process.exit(1);
    },
  );
}
