// Hand-built slots for reconcile tests. Every name is invented.
import type { DatePrecision, Slot } from "../../src/core/model";

let offset = 0;

export function slot(over: Partial<Slot>): Slot {
  const source = over.source ?? "S-1";
  const start = (offset += 100);
  return {
    subjectId: "E-1",
    subject: "quake near Tarvik",
    subjectKind: "event",
    attribute: "killed",
    kind: "number",
    value: "",
    source,
    evidence: { source, sentence: `Sentence ${start}.`, start, end: start + 14 },
    ...over,
  };
}

export const num = (text: string, min: number, max: number, over: Partial<Slot> = {}): Slot =>
  slot({ value: text, number: { min, max, text }, ...over });

export const date = (
  value: string,
  precision: DatePrecision = "day",
  time?: string,
  over: Partial<Slot> = {},
): Slot =>
  slot({
    kind: "date",
    attribute: "date",
    value,
    date: { value, precision, text: value, ...(time ? { time } : {}) },
    ...over,
  });
