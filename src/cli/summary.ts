// A readable end-of-run summary: what was read, what failed, and every conflict found, most
// severe first, with each value's sources and their dates.
import type { Conflict, Ledger } from "../core/model";

function values(c: Conflict): string {
  return c.values
    .map((v) => {
      const who = v.sources.map((s, i) => [s, v.sourceDates?.[i]].filter(Boolean).join(" ")).join(", ");
      return `${v.value} [${who}]`;
    })
    .join("  vs  ");
}

export function summarize(ledger: Ledger): string[] {
  const ok = ledger.sources.filter((s) => s.status === "ok");
  const lines = [
    "",
    `Sources: ${ok.length} analysed, ${ledger.sources.length - ok.length} not analysed`,
    `Actors: ${ledger.actors.length}   Events: ${ledger.events.length}   Claims: ${ledger.claims.length}   Conflicts: ${ledger.conflicts.length}`,
  ];
  for (const s of ledger.sources.filter((x) => x.status !== "ok")) {
    lines.push(`  ! ${s.file ?? s.url ?? s.id}: ${s.status}: ${s.error ?? ""}`);
  }
  if (ledger.conflicts.length) lines.push("", "Conflicts:");
  const order = { high: 0, medium: 1, low: 2 };
  for (const c of [...ledger.conflicts].sort((a, b) => order[a.severity] - order[b.severity])) {
    lines.push(`  ${c.id} ${c.severity.toUpperCase().padEnd(6)} ${c.subject} / ${c.attribute}: ${values(c)}`);
    const conservative = c.conservative ? ` Conservative value: ${c.conservative}.` : "";
    lines.push(`      ${c.label}: ${c.explanation}${conservative}`);
  }
  return lines;
}
