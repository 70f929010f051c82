// Size of the minified Apps Script bundle and its cold load time in a bare vm context
// (what Apps Script pays on every menu click). `npm run bench` builds dist/ first.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import vm from "node:vm";
import type { BenchSection } from "./types";
import { fixed, median, REPO } from "./util";

export const bundleSection: BenchSection = {
  name: "Apps Script bundle: size and cold load",
  async run() {
    const code = readFileSync(join(REPO, "dist/Code.js"), "utf8");
    const script = new vm.Script(code, { filename: "Code.js" });
    const times: number[] = [];
    for (let i = 0; i < 15; i++) {
      const ctx = vm.createContext({});
      const t = process.hrtime.bigint();
      script.runInContext(ctx);
      times.push(Number(process.hrtime.bigint() - t) / 1e6);
    }
    // Compiling is part of a cold start too: measure a fresh compile + run.
    const compile: number[] = [];
    for (let i = 0; i < 5; i++) {
      const t = process.hrtime.bigint();
      new vm.Script(code + `\n//${i}`).runInContext(vm.createContext({}));
      compile.push(Number(process.hrtime.bigint() - t) / 1e6);
    }
    return [
      `  dist/Code.js minified: ${(Buffer.byteLength(code) / 1024).toFixed(1)} KB (target 200 KB)`,
      `  load in a bare vm context: median ${fixed(median(times))} ms (run only), ${fixed(median(compile))} ms (compile + run)`,
    ];
  },
};
