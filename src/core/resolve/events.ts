// Event mentions from every source -> events. Mentions are one event when their type, dates (at
// their precision) and places are compatible. A mention without a date is taken to be recent
// news (the week before publication) unless it recalls an earlier event.
import type { DatePrecision, DateValue, Event, EventFigure, EventMention } from "../model";
import { shortId } from "../text/hash";
import { nameKey } from "../text/normalize";
import type { ActorIndex } from "./actors";

export interface DayRange {
  from: string;
  to: string;
}

const pad = (n: number): string => String(n).padStart(2, "0");

export function addDays(iso: string, days: number): string {
  const [y, m, d] = iso.split("-").map(Number) as [number, number, number];
  const t = new Date(Date.UTC(y, m - 1, d) + days * 86_400_000);
  return `${t.getUTCFullYear()}-${pad(t.getUTCMonth() + 1)}-${pad(t.getUTCDate())}`;
}

function lastDayOfMonth(y: number, m: number): number {
  return new Date(Date.UTC(y, m, 0)).getUTCDate();
}

/** The days a date value may cover, at its precision. */
export function dayRange(date: Pick<DateValue, "value" | "precision" | "end">): DayRange {
  const [y, m] = date.value.split("-").map(Number) as [number, number | undefined];
  switch (date.precision) {
    case "year":
      return { from: `${y}-01-01`, to: `${y}-12-31` };
    case "month":
      return { from: `${y}-${pad(m ?? 1)}-01`, to: `${y}-${pad(m ?? 1)}-${pad(lastDayOfMonth(y, m ?? 1))}` };
    case "week":
      return { from: date.value, to: addDays(date.value, 6) };
    default:
      return { from: date.value, to: date.end ?? date.value };
  }
}

export function rangesOverlap(a: DayRange, b: DayRange, slackDays = 0): boolean {
  return a.from <= addDays(b.to, slackDays) && b.from <= addDays(a.to, slackDays);
}

interface Placed {
  mention: EventMention;
  published?: string;
  /** The days the mention may refer to: its own date, else the week before publication. */
  range?: DayRange;
  explicit: boolean;
}

interface Cluster {
  type: string;
  items: Placed[];
  range?: DayRange;
  /** True once a mention with a written date has joined. */
  explicit: boolean;
  place?: string;
}

function placeCompatible(a: string | undefined, b: string | undefined): boolean {
  return !a || !b || nameKey(a) === nameKey(b);
}

function impliedRange(
  m: EventMention,
  published: string | undefined,
): { range?: DayRange; explicit: boolean } {
  if (m.date) return { range: dayRange(m.date), explicit: true };
  if (!m.recalled && published)
    return { range: { from: addDays(published, -6), to: published }, explicit: false };
  return { explicit: false };
}

function hull(a: DayRange | undefined, b: DayRange | undefined): DayRange | undefined {
  if (!a) return b;
  if (!b) return a;
  return { from: a.from < b.from ? a.from : b.from, to: a.to > b.to ? a.to : b.to };
}

export function resolveEvents(
  mentions: EventMention[],
  publishedBySource: Map<string, string | undefined>,
  actors: ActorIndex,
): Event[] {
  const placed: Placed[] = mentions.map((m) => {
    const published = publishedBySource.get(m.evidence.source);
    return { mention: m, published, ...impliedRange(m, published) };
  });
  // Explicit dates first: they anchor clusters that undated mentions then join.
  placed.sort((a, b) => Number(b.explicit) - Number(a.explicit) || Number(!!b.range) - Number(!!a.range));
  const byType = new Map<string, Cluster[]>();
  for (const p of placed) {
    const clusters = byType.get(p.mention.type) ?? [];
    byType.set(p.mention.type, clusters);
    const fits = clusters.filter((c) => {
      const datesFit =
        p.range && c.range ? rangesOverlap(c.range, p.range, 1) : !p.mention.recalled || !!p.range;
      // Two written dates that agree make one event even when the places differ: that
      // difference is then a disagreement to show, not a second event.
      return datesFit && (placeCompatible(c.place, p.mention.place) || (p.explicit && c.explicit));
    });
    fits.sort((a, b) => b.items.length - a.items.length);
    const target = fits[0];
    if (target) {
      target.items.push(p);
      if (p.explicit) {
        target.range = target.explicit ? hull(target.range, p.range) : p.range;
        target.explicit = true;
      } else target.range ??= p.range;
      target.place ??= p.mention.place;
    } else {
      clusters.push({
        type: p.mention.type,
        items: [p],
        range: p.range,
        explicit: p.explicit,
        place: p.mention.place,
      });
    }
  }
  const events: Event[] = [];
  for (const clusters of byType.values()) for (const c of clusters) events.push(toEvent(c, actors));
  events.sort((a, b) => b.sources.length - a.sources.length || (a.date ?? "9").localeCompare(b.date ?? "9"));
  return events;
}

function bestDate(items: Placed[]): { date?: DateValue } {
  const rank: Record<DatePrecision, number> = { day: 0, week: 1, month: 2, year: 3 };
  const dated = items.map((i) => i.mention.date).filter((d): d is DateValue => !!d);
  const count = (d: DateValue): number => dated.filter((o) => o.value === d.value).length;
  // The most precise date, and among those the one most sources give.
  dated.sort(
    (a, b) => rank[a.precision] - rank[b.precision] || count(b) - count(a) || a.value.localeCompare(b.value),
  );
  return { date: dated[0] };
}

function toEvent(c: Cluster, actors: ActorIndex): Event {
  const mentions = c.items.map((i) => i.mention);
  const sources = [...new Set(mentions.map((m) => m.evidence.source))].sort();
  const { date } = bestDate(c.items);
  const first = [...mentions].sort(
    (a, b) => a.evidence.source.localeCompare(b.evidence.source) || a.evidence.start - b.evidence.start,
  )[0] as EventMention;
  const figures: EventFigure[] = mentions.flatMap((m) =>
    m.figures.map((f) => {
      const ef: EventFigure = {
        what: f.what,
        value: f.value.text,
        min: f.value.min,
        max: f.value.max,
        source: f.evidence.source,
        evidence: f.evidence,
      };
      if (f.unit) ef.unit = f.unit;
      if (f.attributedTo) ef.attributedTo = f.attributedTo;
      return ef;
    }),
  );
  const participants = [
    ...new Set(mentions.flatMap((m) => m.participants).map((p) => actors.byName(p)?.name ?? p)),
  ];
  const placeCounts = new Map<string, number>();
  for (const m of mentions) if (m.place) placeCounts.set(m.place, (placeCounts.get(m.place) ?? 0) + 1);
  const place = [...placeCounts].sort((a, b) => b[1] - a[1])[0]?.[0];
  // The id rests on what identifies the event (type, date, place), not on row order; an
  // undated event falls back on its first mention.
  const identity = date
    ? `${c.type}|${date.value}|${place ? nameKey(place) : ""}`
    : `${c.type}|${first.evidence.source}|${first.evidence.start}`;
  const event: Event = {
    id: shortId("E", identity),
    type: c.type,
    summary: first.summary,
    participants,
    figures,
    sources,
    evidence: sources
      .map((s) => mentions.find((m) => m.evidence.source === s)?.evidence)
      .filter((e) => e !== undefined),
    mentions,
  };
  if (date) {
    event.date = date.value;
    event.datePrecision = date.precision;
    if (date.end) event.dateEnd = date.end;
  }
  if (place) event.place = place;
  return event;
}
