// Events and actors -> slots: for each subject and attribute, the value each source gives, with
// its evidence and who the source attributes it to. Events give their date, place, figures,
// people in roles, outcome and format; a side named across events (a delegation, a rescue
// operation) gives who led it in each; actors give their role or title and affiliation.
import { withUnit } from "../extract/events/numbers";
import { CALENDAR_NAMES } from "../lexicon/calendar";
import type { Article, Event, Slot } from "../model";
import { shortId } from "../text/hash";
import { nameKey } from "../text/normalize";
import type { ActorIndex } from "../resolve/actors";
import { datesTheEvent } from "../resolve/eventFeatures";

/** Values that name nothing in particular: "an unnamed foreign country", "a third party". */
export const VAGUE_NAME =
  /^(?:an?|some|one|another|the)\s+(?:(?:unnamed|unidentified|undisclosed|unspecified|foreign|third|certain|other|anonymous|mystery|senior)\s+)+[\w-]+|^(?:unnamed|unidentified|undisclosed|anonymous)\b/i;

/** How an event type is named where its own name does not do ("talks", not "negotiation"). */
const TYPE_NOUN: Record<string, string> = {
  negotiation: "talks",
  clash: "clashes",
  legal: "court case",
  business: "deal",
  other: "event",
};

/** The event's date when a source writes it; a date read from the first report is no day to name it by. */
const writtenDate = (e: Event): string | undefined => (e.dateBasis ? undefined : e.date);

/** "accident near Dunmere on 2026-03-12", as a person would name the event. */
export function eventLabel(e: Event): string {
  const date = writtenDate(e);
  const bits = [
    TYPE_NOUN[e.type] ?? e.type,
    e.place ? `in ${e.place}` : "",
    date ? `on ${date}${e.dateEnd ? ` to ${e.dateEnd}` : ""}` : "",
  ];
  return bits.filter(Boolean).join(" ");
}

function shownDate(m: Event["mentions"][number]): string {
  const d = m.date;
  if (!d) return "";
  const words = d.text.replace(/^[\s,;.]+|[\s,;.]+$/g, "");
  return `${d.value}${d.end ? ` to ${d.end}` : ""}${d.time ? ` ${d.time}` : ""} ("${words}")`;
}

/** A side's id rests on its normalised name, so it is the same in every run and every event. */
export const sideId = (holder: string): string => shortId("H", nameKey(holder));

/**
 * Places one article names together ("Orlin, in the Veska hills"; a report from the capital on
 * a raid in the north): the article knows how they relate (one in or near the other), so a
 * source giving one and a source giving the other are not two answers to "where".
 */
function placesNamedTogether(actors: ActorIndex): Map<string, Set<string>> {
  const byArticle = new Map<string, Set<string>>();
  for (const a of actors.actors) {
    if (a.type !== "place" && a.type !== "country") continue;
    for (const m of actors.mentionsOf(a.id))
      byArticle.set(m.evidence.source, (byArticle.get(m.evidence.source) ?? new Set()).add(a.name));
  }
  const together = new Map<string, Set<string>>();
  for (const names of byArticle.values()) {
    if (names.size < 2) continue;
    for (const n of names) {
      const set = together.get(n) ?? new Set<string>();
      for (const o of names) if (o !== n) set.add(o);
      together.set(n, set);
    }
  }
  return together;
}

// Words that make a name something other than a place: a company, an agency, a day.
const NOT_A_PLACE = new RegExp(
  `\\b(?:ltd|inc|corp|co|company|group|survey|agency|project|auto|motors|bank|ministry|news|${CALENDAR_NAMES}|interstate)\\b`,
  "i",
);

/**
 * An event's place, when the sentence ties it to the event ("capsized near Dunmere", "the Orlin
 * quake") and it names a place: a place named further off in the sentence is more often its
 * setting ("talks on the crisis in the north") than where the event happened.
 */
function placeOfEvent(m: Event["mentions"][number], actors: ActorIndex): string | undefined {
  if (!m.place || NOT_A_PLACE.test(m.place) || /\d/.test(m.place)) return undefined;
  const a = actors.byName(m.place);
  if (a && a.type !== "place" && a.type !== "country") return undefined;
  const s = m.evidence.sentence;
  const at = s.indexOf(m.place);
  const trigger = m.trigger ? s.toLowerCase().indexOf(m.trigger.toLowerCase()) : -1;
  if (at < 0 || trigger < 0) return undefined;
  const between =
    at > trigger ? s.slice(trigger + m.trigger.length, at) : s.slice(at + m.place.length, trigger);
  if (between.split(/\s+/).filter(Boolean).length > 6) return undefined;
  return a?.name ?? m.place;
}

export function eventSlots(events: Event[], articles: Map<string, Article>, actors: ActorIndex): Slot[] {
  const slots: Slot[] = [];
  const together = placesNamedTogether(actors);
  for (const e of events) {
    const subject = eventLabel(e);
    const isTalks = e.mentions.some((m) => m.type === "negotiation" || m.type === "meeting");
    for (const m of e.mentions) {
      const source = m.evidence.source;
      const published = articles.get(source)?.published;
      const base = {
        subjectId: e.id,
        subject,
        subjectKind: "event" as const,
        source,
        evidence: m.evidence,
        eventId: e.id,
      };
      const withPub = <T extends Slot>(s: T): T => {
        if (published) s.published = published;
        const date = writtenDate(e);
        if (date) s.eventDate = date;
        return s;
      };
      // A recollection in passing ("since the 2019 sinking") says nothing about when this one was.
      if (m.date && !m.recalled && datesTheEvent(m, published))
        slots.push(withPub({ ...base, attribute: "date", kind: "date", value: shownDate(m), date: m.date }));
      const place = placeOfEvent(m, actors);
      if (place) {
        const slot: Slot = withPub({ ...base, attribute: "place", kind: "place", value: place });
        const near = together.get(place);
        if (near) slot.nearby = [...near].sort();
        slots.push(slot);
      }
      if (m.status)
        slots.push(withPub({ ...base, attribute: "status", kind: "categorical", value: m.status }));
      if (m.format && isTalks)
        slots.push(withPub({ ...base, attribute: "format", kind: "categorical", value: m.format }));
      for (const f of m.figures) {
        const slot: Slot = withPub({
          ...base,
          evidence: f.evidence,
          attribute: f.what,
          kind: "number",
          value: withUnit(f.value.text, f.unit),
          number: f.value,
        });
        if (f.attributedTo) slot.attributedTo = f.attributedTo;
        slots.push(slot);
      }
      for (const r of m.roles) {
        const actor = actors.byName(r.name);
        // A role held for a named side ("the Norlandic delegation") is a fact about that side
        // across the story; other roles belong to the event.
        const slot: Slot = withPub({
          ...base,
          subjectId: r.holderOf ? sideId(r.holderOf) : e.id,
          subject: r.holderOf ?? subject,
          subjectKind: r.holderOf ? "side" : "event",
          evidence: r.evidence,
          attribute: r.role,
          kind: "name",
          value: actor?.name ?? r.name,
        });
        if (actor) slot.actorId = actor.id;
        if (VAGUE_NAME.test(r.name)) slot.vague = true;
        slots.push(slot);
      }
    }
  }
  return slots;
}

/** Per source, the role or title and the affiliation each actor is given. */
export function actorSlots(actors: ActorIndex, articles: Map<string, Article>): Slot[] {
  const slots: Slot[] = [];
  for (const a of actors.actors) {
    if (a.sources.length < 2 || a.type !== "person") continue;
    for (const m of actors.mentionsOf(a.id)) {
      const source = m.evidence.source;
      const base = {
        subjectId: a.id,
        subject: a.name,
        subjectKind: "actor" as const,
        source,
        evidence: m.evidence,
      };
      const published = articles.get(source)?.published;
      if (m.role) {
        const s: Slot = { ...base, attribute: "role", kind: "categorical", value: m.role };
        if (published) s.published = published;
        slots.push(s);
      }
      // Affiliations compare within a kind: two organisations, or two countries, not one of each
      // (a ministry's spokesman is also his country's).
      const org = m.affiliation ? actors.byName(m.affiliation) : undefined;
      if (org && (org.type === "organization" || org.type === "country" || org.type === "media")) {
        const attribute = org.type === "country" ? "country" : "affiliation";
        const s: Slot = { ...base, attribute, kind: "name", value: org.name, actorId: org.id };
        if (published) s.published = published;
        slots.push(s);
      }
    }
  }
  return slots;
}
