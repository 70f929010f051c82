// `npm run bench`: prints measured figures, section by section. Each section lives in
// scripts/bench/ and says what it measures; a section whose data is absent says so and skips.
import { bundleSection } from "./bench/bundle";
import { extractionSection } from "./bench/extraction";
import { htmlExtractionSection } from "./bench/htmlExtraction";
import { linkImportSection } from "./bench/linkImport";
import { reconcileSection } from "./bench/reconcile";
import { seedsQualitySection } from "./bench/seedsQuality";
import { sheetsCallsSection } from "./bench/sheetsCalls";
import type { BenchSection } from "./bench/types";

const SECTIONS: BenchSection[] = [
  bundleSection,
  extractionSection,
  seedsQualitySection,
  reconcileSection,
  sheetsCallsSection,
  htmlExtractionSection,
  linkImportSection,
];

async function main(): Promise<void> {
  const only = process.argv.slice(2).filter((a) => !a.startsWith("-"));
  for (const section of SECTIONS) {
    if (only.length && !only.some((o) => section.name.toLowerCase().includes(o.toLowerCase()))) continue;
    console.log(`\n== ${section.name}`);
    const started = Date.now();
    try {
      for (const line of await section.run()) console.log(line);
    } catch (e) {
      console.log(`  failed: ${e instanceof Error ? e.message : String(e)}`);
      process.exitCode = 1;
    }
    console.log(`  (${((Date.now() - started) / 1000).toFixed(1)} s)`);
  }
}

void main();
