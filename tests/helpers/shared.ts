// Where ../shared is (the read-only material beside the repository), and a way for tests that
// need it to skip with a clear message on a clone without it.
import { existsSync } from "node:fs";
import { join } from "node:path";

export const REPO = join(__dirname, "..", "..");
export const SHARED = join(REPO, "..", "shared");
export const SEEDS = join(SHARED, "articles", "seeds");
export const SCORER = join(SHARED, "eval", "score.mjs");
export const SEEDS_GOLD = join(SHARED, "eval", "gold", "seeds.json");

export const hasShared = existsSync(SEEDS) && existsSync(SCORER);

/** `describe` when ../shared is present; otherwise one skipped test that says why. */
export function describeWithShared(name: string, fn: () => void): void {
  if (hasShared) describe(name, fn);
  else
    describe(name, () =>
      it.skip(`skipped: ${SHARED} is absent (the shared articles and scorer live beside the repo)`, () =>
        undefined),
    );
}
