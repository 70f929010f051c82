// The real seed articles through the local runner and the shared scorer. Skips, saying why,
// when ../shared is not beside the repository. Floors, not targets: the targets live in the
// issues and are reported by the scorer and `npm run bench`.
import { execFileSync } from "node:child_process";
import { join } from "node:path";
import { runCli } from "../../src/cli/analyze";
import { describeWithShared, SCORER, SEEDS, SEEDS_GOLD } from "../helpers/shared";
import { tempDir } from "../helpers/tempDir";

describeWithShared("seed articles (../shared)", () => {
  it("maps all five sources and finds both required conflicts without trap hits", async () => {
    const out = tempDir("corroborate-seeds-");
    expect(await runCli({ paths: [SEEDS], out, quiet: true })).toBe(0);
    const figures = JSON.parse(
      execFileSync(
        process.execPath,
        [SCORER, "--gold", SEEDS_GOLD, "--ledger", join(out, "ledger.json"), "--json"],
        { encoding: "utf8" },
      ),
    );
    expect(figures.sources_mapped).toBe("5/5");
    expect(figures.conflict_recall).toBe(1);
    expect(figures.conflict_trap_hits).toBe(0);
    expect(figures.actor_junk).toBe(0);
  }, 60_000);
});
