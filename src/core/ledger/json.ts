// Ledger -> the JSON contract of ../shared/eval/README.md (plus a few extra fields: evidence and
// offsets everywhere, severity and conservative values on conflicts).
import type { Evidence, Ledger } from "../model";

export interface LedgerJson {
  sources: Record<string, unknown>[];
  actors: Record<string, unknown>[];
  events: Record<string, unknown>[];
  claims: Record<string, unknown>[];
  conflicts: Record<string, unknown>[];
}

const span = (e: Evidence): { source: string; sentence: string; start: number; end: number } => ({
  source: e.source,
  sentence: e.sentence,
  start: e.start,
  end: e.end,
});

export function ledgerJson(ledger: Ledger): LedgerJson {
  return {
    sources: ledger.sources.map((s) => ({
      id: s.id,
      file: s.file ?? null,
      url: s.url ?? null,
      title: s.title ?? null,
      outlet: s.outlet ?? null,
      published: s.published ?? null,
      author: s.author ?? null,
      words: s.words,
      status: s.status,
      error: s.error ?? null,
      contentHash: s.contentHash,
      version: s.version ?? null,
      previousVersion: s.previousVersion ?? null,
      replacedBy: s.replacedBy ?? null,
    })),
    actors: ledger.actors.map((a) => ({
      id: a.id,
      name: a.name,
      type: a.type,
      role: a.role ?? null,
      affiliation: a.affiliation ?? null,
      aliases: a.aliases,
      sources: a.sources,
      mentions: a.mentions,
      evidence: a.evidence.map(span),
    })),
    events: ledger.events.map((e) => ({
      id: e.id,
      type: e.type,
      summary: e.summary,
      date: e.date ?? null,
      dateEnd: e.dateEnd ?? null,
      datePrecision: e.datePrecision ?? null,
      dateBasis: e.dateBasis ?? null,
      place: e.place ?? null,
      participants: e.participants,
      figures: e.figures.map((f) => ({
        what: f.what,
        value: f.value,
        min: f.min,
        max: Number.isFinite(f.max) ? f.max : null,
        source: f.source,
        attributedTo: f.attributedTo ?? null,
        evidence: f.evidence.sentence,
      })),
      evidence: e.evidence[0]?.sentence ?? "",
      evidenceSpans: e.evidence.map(span),
      sources: e.sources,
    })),
    claims: ledger.claims.map((c) => ({
      id: c.id,
      claimer: c.claimer,
      claimerId: c.claimerId ?? null,
      stance: c.stance,
      text: c.text,
      quote: c.quote ?? null,
      via: c.via ?? null,
      evidence: c.evidence.sentence,
      evidenceSpan: span(c.evidence),
      source: c.source,
      about: c.about ?? null,
    })),
    conflicts: ledger.conflicts.map((c) => ({
      id: c.id,
      subject: c.subject,
      subjectId: c.subjectId,
      subjectKind: c.subjectKind ?? null,
      attribute: c.attribute,
      kind: c.kind,
      values: c.values.map((v) => ({
        value: v.value,
        sources: v.sources,
        sourceDates: v.sourceDates ?? [],
        attributedTo: v.attributedTo ?? [],
        published: v.published ?? [],
        events: v.events ?? [],
        claims: v.claims ?? [],
        evidence: v.evidence.map(span),
      })),
      label: c.label,
      severity: c.severity,
      explanation: c.explanation,
      conservative: c.conservative ?? null,
      sources: c.sources,
    })),
  };
}
