// Ledger -> rows of each tab, keyed by header name, with the cells to highlight and their notes.
// Writers (Sheets, xlsx) only place these values; they decide nothing.
import type { Article, Conflict, Evidence, Ledger } from "../model";
import { withUnit } from "../extract/events/numbers";
import { distinct } from "../lists";
import type { TabName } from "./schema";

export type CellValue = string | number;
export type RowValues = Record<string, CellValue>;

/** A disputed cell: highlighted, with a note listing what the other sources say. */
export interface CellMark {
  id: string;
  column: string;
  note: string;
}

export interface TableData {
  tab: TabName;
  rows: RowValues[];
  marks: CellMark[];
}

const list = (xs: (string | undefined)[]): string => xs.filter(Boolean).join(", ");

/** Evidence as people read it: one quoted sentence per source, with its source id. */
export function evidenceText(evidence: Evidence[], max = 3): string {
  const lines = evidence.slice(0, max).map((e) => `[${e.source}] "${e.sentence}"`);
  if (evidence.length > max) lines.push(`(+${evidence.length - max} more)`);
  return lines.join("\n");
}

/** "at least 14 [S-1 2026-03-13, S-4 2026-03-13] (according to the police)": a value, who gives it, when. */
function valueLine(c: Conflict, v: Conflict["values"][number]): string {
  const who = v.sources.map((s, i) => [s, v.sourceDates?.[i]].filter(Boolean).join(" ")).join(", ");
  const by = v.attributedTo?.length ? ` (according to ${v.attributedTo.join(", ")})` : "";
  return `${v.value} [${who}]${by}${c.conservative === v.value ? " - conservative" : ""}`;
}

function conflictValues(c: Conflict): string {
  return c.values.map((v) => valueLine(c, v)).join("\n");
}

/** The note of a disputed cell: what is disputed, how, and every value with its sources and dates. */
function noteFor(c: Conflict): string {
  const lines = c.values.map((v) => `- ${valueLine(c, v)}`);
  return `Disputed ${c.attribute}: ${c.label}, ${c.severity} (conflict ${c.id})\n${lines.join("\n")}`;
}

/** "2 (replaces S-...)" for a newer text under a known URL, "1 (replaced by S-...)" for the older. */
function versionText(s: Article): string {
  if (!s.version) return "";
  if (s.replacedBy) return `${s.version} (replaced by ${s.replacedBy})`;
  return s.previousVersion ? `${s.version} (replaces ${s.previousVersion})` : String(s.version);
}

/** Which cell of the Events tab shows a conflict about an event. */
function eventColumn(c: Conflict): string {
  if (c.attribute === "date") return "Date";
  if (c.attribute === "place") return "Place";
  if (c.kind === "categorical") return "Summary";
  if (c.kind === "name") return "Participants";
  return "Figures";
}

/** Which cell of the Actors tab shows a conflict about an actor (its role, unless said here). */
const ACTOR_COLUMN: Record<string, string> = {
  affiliation: "Affiliation",
  country: "Affiliation",
};

/** Cells to highlight in Events, Actors and Claims, and the Disputed column of Events. */
function conflictMarks(ledger: Ledger): {
  events: CellMark[];
  actors: CellMark[];
  claims: CellMark[];
  disputedByEvent: Map<string, string[]>;
} {
  const eventIds = new Set(ledger.events.map((e) => e.id));
  const actorIds = new Set(ledger.actors.map((a) => a.id));
  const claimIds = new Set(ledger.claims.map((c) => c.id));
  const events: CellMark[] = [];
  const actors: CellMark[] = [];
  const claims: CellMark[] = [];
  const disputedByEvent = new Map<string, string[]>();
  for (const c of ledger.conflicts) {
    const note = noteFor(c);
    // A side's leader disputed across events shows on each event its values came from.
    const onEvents = eventIds.has(c.subjectId)
      ? [c.subjectId]
      : distinct(c.values.flatMap((v) => v.events ?? [])).filter((id) => eventIds.has(id));
    for (const id of onEvents) {
      events.push({ id, column: eventIds.has(c.subjectId) ? eventColumn(c) : "Participants", note });
      disputedByEvent.set(id, [...(disputedByEvent.get(id) ?? []), `${c.attribute} (${c.id})`]);
    }
    if (actorIds.has(c.subjectId))
      actors.push({ id: c.subjectId, column: ACTOR_COLUMN[c.attribute] ?? "Role/title", note });
    for (const id of new Set(c.values.flatMap((v) => v.claims ?? [])))
      if (claimIds.has(id)) claims.push({ id, column: "Stance", note });
  }
  return { events, actors, claims, disputedByEvent };
}

export function ledgerTables(ledger: Ledger, importedAt: string): Record<TabName, TableData> {
  const marks = conflictMarks(ledger);
  const disputedByEvent = marks.disputedByEvent;

  const result: Record<TabName, TableData> = {
    Sources: {
      tab: "Sources",
      marks: [],
      rows: ledger.sources.map((s) => ({
        ID: s.id,
        Title: s.title ?? "",
        Outlet: s.outlet ?? "",
        "URL or file": s.url ?? s.file ?? "",
        Published: s.published ?? "",
        Author: s.author ?? "",
        "Imported at": s.importedAt ?? importedAt,
        Words: s.words,
        Status: s.status,
        Error: s.error ?? "",
        "Content hash": s.contentHash,
        Version: versionText(s),
      })),
    },
    Actors: {
      tab: "Actors",
      marks: marks.actors,
      rows: ledger.actors.map((a) => ({
        ID: a.id,
        Name: a.name,
        Type: a.type,
        "Role/title": a.role ?? "",
        Affiliation: a.affiliation ?? "",
        Aliases: a.aliases.join("; "),
        Sources: list(a.sources),
        Mentions: a.mentions,
        Evidence: evidenceText(a.evidence),
      })),
    },
    Events: {
      tab: "Events",
      marks: marks.events,
      rows: ledger.events.map((e) => ({
        ID: e.id,
        Type: e.type,
        Summary: e.summary,
        Date: e.dateBasis === "report" ? `by ${e.date} (first report)` : (e.date ?? ""),
        "Date end": e.dateEnd ?? "",
        Place: e.place ?? "",
        Participants: list(e.participants),
        Figures: e.figures.map((f) => `${f.what}: ${withUnit(f.value, f.unit)} [${f.source}]`).join("\n"),
        Sources: list(e.sources),
        Evidence: evidenceText(e.evidence),
        Disputed: (disputedByEvent.get(e.id) ?? []).join(", "),
      })),
    },
    Claims: {
      tab: "Claims",
      marks: marks.claims,
      rows: ledger.claims.map((c) => ({
        ID: c.id,
        Claimer: c.claimer,
        Stance: c.stance,
        Claim: c.text,
        Quote: c.quote ?? "",
        Via: c.via ?? "",
        Source: c.source,
        Evidence: evidenceText([c.evidence]),
        About: c.about ?? "",
      })),
    },
    Conflicts: {
      tab: "Conflicts",
      marks: [],
      rows: ledger.conflicts.map((c) => ({
        ID: c.id,
        Subject: c.subject,
        Attribute: c.attribute,
        Kind: c.kind,
        "Values (per source)": conflictValues(c),
        Label: c.label,
        Severity: c.severity,
        Explanation: c.explanation,
        "Conservative value": c.conservative ?? "",
        Sources: list(c.sources),
      })),
    },
  };
  for (const t of Object.values(result)) t.marks = combineMarks(t.marks);
  return result;
}

/** Several conflicts on one cell share it: their notes are joined. */
function combineMarks(marks: CellMark[]): CellMark[] {
  const byCell = new Map<string, CellMark>();
  for (const m of marks) {
    const key = `${m.id}|${m.column}`;
    const prev = byCell.get(key);
    if (!prev) byCell.set(key, { ...m });
    else if (!prev.note.includes(m.note)) prev.note = `${prev.note}\n\n${m.note}`;
  }
  return [...byCell.values()];
}
