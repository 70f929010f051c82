// One sentence a journalist can act on: what is disputed, which source says what (outlet, id,
// publication date, who the source attributes it to), and why the values differ.
import type { Article, ConflictLabel, Slot } from "../model";
import { daysBetween } from "../text/days";
import { distinct, filled } from "../lists";
import { differentBodies, isTally, slotValues, sourcesOf, type ValueClass } from "./label";

// How each attribute is named before its subject, with the word that links them, where "the
// <attribute> of" does not do.
const ATTRIBUTE_PHRASES: Record<string, string> = {
  killed: "the death toll of",
  dead: "the death toll of",
  injured: "the number injured in",
  wounded: "the number wounded in",
  missing: "the number missing after",
  displaced: "the number displaced by",
  evacuated: "the number evacuated in",
  arrested: "the number arrested in",
  detained: "the number detained in",
  rescued: "the number rescued in",
  aboard: "the number of people aboard in",
  count: "the count in",
  status: "the outcome of",
  format: "whether the parties met directly or through mediators in",
  leader: "who led",
  host: "who hosted",
  mediator: "who mediated",
  responsible: "who was responsible for",
  buyer: "who bought",
  judge: "which judge heard",
  counterparty: "who is the other party to",
  role: "the role or title of",
  affiliation: "the organisation of",
  country: "the country of",
  "disputed claim": "whether it is true that",
};

/** "The death toll of the accident in Dunmere", "Who led the Norland delegation". */
export function topicOf(attribute: string, subject: string, subjectKind?: Slot["subjectKind"]): string {
  const phrase = ATTRIBUTE_PHRASES[attribute] ?? `the ${attribute} of`;
  const ref = subjectKind === "actor" ? subject : subjectKind === "claim" ? `"${subject}"` : `the ${subject}`;
  const joined = `${phrase} ${ref}`;
  return joined.charAt(0).toUpperCase() + joined.slice(1);
}

function describeSource(id: string, articles: Map<string, Article>): string {
  const a = articles.get(id);
  const date = a?.published ?? "undated";
  return a?.outlet ? `${a.outlet} (${id}, ${date})` : `${id} (${date})`;
}

function eventNote(c: ValueClass): string {
  const dates = slotValues(c, "eventDate");
  return dates.length ? ` for the event of ${dates.join(" and ")}` : "";
}

function describeClass(
  c: ValueClass,
  shown: string,
  articles: Map<string, Article>,
  withEvents: boolean,
): string {
  const sources = sourcesOf(c);
  const who = sources.map((s) => describeSource(s, articles)).join(" and ");
  const by = slotValues(c, "attributedTo");
  const claimers = slotValues(c, "claimer");
  const verb = sources.length > 1 ? "give" : "gives";
  const according = by.length
    ? ` according to ${by.join(" and ")}`
    : claimers.length
      ? ` (${claimers.join(", ")})`
      : "";
  return `${who} ${verb} "${shown}"${according}${withEvents ? eventNote(c) : ""}`;
}

function reasonFor(label: ConflictLabel, classes: ValueClass[], first: Slot): string {
  switch (label) {
    case "update over time":
      if (first.kind === "number" && isTally(first.attribute))
        return "the later report gives the higher figure, so the count was probably updated as it went on";
      if (first.subjectKind === "side")
        return "the values describe events days apart, so the post may have changed hands between them";
      return "the reports are from different days, so the later one may describe a later state of affairs";
    case "different measuring bodies": {
      const bodies = distinct(classes.flatMap((c) => slotValues(c, "attributedTo")));
      return `the figures come from different bodies (${bodies.join(", ")})`;
    }
    case "vague vs specific":
      return "one report leaves it unnamed where another names it";
    default: {
      // In a disputed claim the parties disagree, whatever their reports: often one report
      // gives both sides.
      if (first.kind === "claim") {
        const one = new Set(classes.flatMap((c) => c.slots.map((s) => s.source))).size === 1;
        return one ? "the parties contradict each other in one report" : "the parties contradict each other";
      }
      const days = filled(classes.flatMap((c) => c.slots.map((s) => s.published))).sort();
      const sameDay =
        days.length === 1 || (days.length > 1 && daysBetween(days[0]!, days[days.length - 1]!) === 0);
      if (first.kind === "number" && differentBodies(classes))
        return "the figures come from different bodies";
      return sameDay
        ? "the reports, published the same day, contradict each other"
        : "the reports contradict each other";
    }
  }
}

export function explain(
  classes: ValueClass[],
  shown: (c: ValueClass) => string,
  label: ConflictLabel,
  articles: Map<string, Article>,
): string {
  const first = classes[0]?.slots[0] as Slot;
  const withEvents =
    first.subjectKind === "side" && new Set(classes.flatMap((c) => c.slots.map((s) => s.eventId))).size > 1;
  const parts = classes.map((c) => describeClass(c, shown(c), articles, withEvents));
  return `${topicOf(first.attribute, first.subject, first.subjectKind)}: ${parts.join("; ")}; ${reasonFor(label, classes, first)}.`;
}
