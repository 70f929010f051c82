// Ledger -> rows of each tab, keyed by header name, with the cells to highlight and their notes.
// Writers (Sheets, xlsx) only place these values; they decide nothing.
import type { Article, Conflict, Evidence, Ledger } from "../model";
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

function conflictValues(c: Conflict): string {
  return c.values
    .map(
      (v) =>
        `${v.value} [${v.sources.join(", ")}]${v.attributedTo?.length ? ` (according to ${v.attributedTo.join(", ")})` : ""}`,
    )
    .join("\n");
}

function noteFor(c: Conflict): string {
  const lines = c.values.map(
    (v) => `${v.sources.join(", ")}${v.published?.length ? ` (${v.published.join(", ")})` : ""}: ${v.value}`,
  );
  return `Disputed ${c.attribute} (${c.label}, conflict ${c.id}):\n${lines.join("\n")}`;
}

/** "2 (replaces S-...)" for a newer text under a known URL, "1 (replaced by S-...)" for the older. */
function versionText(s: Article): string {
  if (!s.version) return "";
  if (s.replacedBy) return `${s.version} (replaced by ${s.replacedBy})`;
  return s.previousVersion ? `${s.version} (replaces ${s.previousVersion})` : String(s.version);
}

/** Which cell of the Events or Actors tab shows a conflict's attribute. */
const EVENT_COLUMN: Record<string, string> = { date: "Date", place: "Place", status: "Summary" };

export function ledgerTables(ledger: Ledger, importedAt: string): Record<TabName, TableData> {
  const conflictsBySubject = new Map<string, Conflict[]>();
  for (const c of ledger.conflicts)
    conflictsBySubject.set(c.subjectId, [...(conflictsBySubject.get(c.subjectId) ?? []), c]);
  // Conflicts about a side ("Pakistan delegation") show on the events where that side's role is named.
  const eventsOfSubject = new Map<string, string[]>();
  for (const e of ledger.events) {
    for (const m of e.mentions) {
      for (const r of m.roles) {
        for (const c of ledger.conflicts) {
          if (c.subject === r.holderOf)
            eventsOfSubject.set(c.id, [...new Set([...(eventsOfSubject.get(c.id) ?? []), e.id])]);
        }
      }
    }
  }

  const eventMarks: TableData["marks"] = [];
  const disputedByEvent = new Map<string, string[]>();
  for (const c of ledger.conflicts) {
    const direct = ledger.events.some((e) => e.id === c.subjectId);
    const targets = direct ? [c.subjectId] : (eventsOfSubject.get(c.id) ?? []);
    for (const id of targets) {
      const column = direct ? (EVENT_COLUMN[c.attribute] ?? "Figures") : "Participants";
      eventMarks.push({ id, column, note: noteFor(c) });
      disputedByEvent.set(id, [...(disputedByEvent.get(id) ?? []), `${c.attribute} (${c.id})`]);
    }
  }

  const actorMarks: TableData["marks"] = [];
  for (const a of ledger.actors) {
    for (const c of conflictsBySubject.get(a.id) ?? [])
      actorMarks.push({ id: a.id, column: "Role/title", note: noteFor(c) });
  }

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
      marks: actorMarks,
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
      marks: eventMarks,
      rows: ledger.events.map((e) => ({
        ID: e.id,
        Type: e.type,
        Summary: e.summary,
        Date: e.date ?? "",
        "Date end": e.dateEnd ?? "",
        Place: e.place ?? "",
        Participants: list(e.participants),
        Figures: e.figures.map((f) => `${f.what}: ${f.value} [${f.source}]`).join("\n"),
        Sources: list(e.sources),
        Evidence: evidenceText(e.evidence),
        Disputed: (disputedByEvent.get(e.id) ?? []).join(", "),
      })),
    },
    Claims: {
      tab: "Claims",
      marks: [],
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
