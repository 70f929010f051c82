// Events and actors -> slots: for each subject and attribute, the value each source gives, with
// its evidence and who the source attributes it to.
import type { Article, Event, Slot } from "../model";
import { shortId } from "../text/hash";
import type { ActorIndex } from "../resolve/actors";

/** Values that name nothing in particular: "an unnamed foreign country", "a third party". */
export const VAGUE_NAME =
  /^(?:an?|some|one|another|the)\s+(?:(?:unnamed|unidentified|undisclosed|unspecified|foreign|third|certain|other)\s+)+\w+|^(?:unnamed|unidentified|undisclosed)\b/i;

function eventLabel(e: Event): string {
  const bits = [
    e.type,
    e.place ? `in ${e.place}` : "",
    e.date ? `(${e.date}${e.dateEnd ? ` to ${e.dateEnd}` : ""})` : "",
  ];
  return bits.filter(Boolean).join(" ");
}

export function eventSlots(events: Event[], articles: Map<string, Article>, actors: ActorIndex): Slot[] {
  const slots: Slot[] = [];
  for (const e of events) {
    const subject = eventLabel(e);
    for (const m of e.mentions) {
      const source = m.evidence.source;
      const published = articles.get(source)?.published;
      const base = { subjectId: e.id, subject, source, evidence: m.evidence } as const;
      if (m.date && !m.recalled) {
        const shown = `${m.date.value}${m.date.end ? ` to ${m.date.end}` : ""}${m.date.time ? ` ${m.date.time}` : ""} ("${m.date.text.replace(/[\s,;.]+$/, "")}")`;
        slots.push({ ...base, attribute: "date", kind: "date", value: shown, date: m.date, published });
      }
      if (m.place) slots.push({ ...base, attribute: "place", kind: "place", value: m.place, published });
      if (m.status)
        slots.push({ ...base, attribute: "status", kind: "categorical", value: m.status, published });
      for (const f of m.figures) {
        const slot: Slot = {
          ...base,
          evidence: f.evidence,
          attribute: f.what,
          kind: "number",
          value: f.value.text,
          number: f.value,
          published,
        };
        if (f.attributedTo) slot.attributedTo = f.attributedTo;
        slots.push(slot);
      }
      for (const r of m.roles) {
        // A role held for a named side ("Pakistan delegation") is a fact about that side across
        // the story; other roles belong to the event.
        const subjectId = r.holderOf ? shortId("H", r.holderOf) : e.id;
        const actor = actors.byName(r.name);
        const slot: Slot = {
          subjectId,
          subject: r.holderOf ?? subject,
          attribute: r.role,
          kind: "name",
          value: actor?.name ?? r.name,
          source,
          published,
          evidence: r.evidence,
        };
        if (actor) slot.actorId = actor.id;
        if (VAGUE_NAME.test(r.name)) slot.vague = true;
        slots.push(slot);
      }
    }
  }
  return slots;
}
