// chrono-node's time zone module as the Apps Script bundle gets it (scripts/build.mjs). Corroborate
// builds chrono's references itself with a numeric offset (src/core/text/chrono.ts) and runs no
// refiner that reads zone names, so chrono's table of zone names and daylight-saving rules (3 KB)
// is never consulted; this keeps the one function chrono's results module imports.
export function toTimezoneOffset(input) {
  if (input == null) return null;
  if (typeof input === "number") return input;
  throw new Error(`time zone names are not read in the add-on: ${input}`);
}
