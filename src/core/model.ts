// The data that flows one way through the core:
// Article -> Mentions -> Entities -> Slots -> Conflicts -> Ledger.
// Every stage after ingest carries Evidence, because a value the product cannot trace to a
// verbatim sentence of a source is not written.

/** A verbatim span of one source's cleaned text. `text.slice(start, end) === sentence`. */
export interface Evidence {
  source: string;
  sentence: string;
  start: number;
  end: number;
}

export type ArticleStatus = "ok" | "error" | "duplicate" | "superseded";

export interface Article {
  /** Stable source id, derived from the URL or, without one, from the cleaned text. */
  id: string;
  /** Base name of the file it came from (local runner), else undefined. */
  file?: string;
  url?: string;
  title?: string;
  outlet?: string;
  /** ISO date (YYYY-MM-DD) of publication or last update, when the article gives one. */
  published?: string;
  author?: string;
  /** Cleaned text: normalized Unicode, page furniture dropped, paragraphs separated by blank lines. */
  text: string;
  /** Hash of the cleaned text; two imports with the same hash are the same article. */
  contentHash: string;
  words: number;
  status: ArticleStatus;
  /** When the article entered the ledger (ISO timestamp), kept across re-analyses. */
  importedAt?: string;
  /** Why the article could not be analysed (empty, binary, too long...), shown in the sheet. */
  error?: string;
  /** 1, 2, ... when the text under one URL changed between imports: each text is a version. */
  version?: number;
  /** Id of the version this one replaced. */
  previousVersion?: string;
  /** Id of the newer version that replaced this one (status "superseded"). */
  replacedBy?: string;
}

export type ActorType = "person" | "organization" | "country" | "place" | "media" | "group" | "other";

export interface ActorMention {
  name: string;
  type: ActorType;
  role?: string;
  affiliation?: string;
  /** The exact surface form in the text ("Kenya's Defence Minister Amos Wekesa"). */
  surface: string;
  /**
   * An identity key when a rule knows who this is beyond the words (a country from its demonym or
   * capital: "country:Kenya"; an acronym tied to its long form). Resolve merges on it.
   */
  canonical?: string;
  /** Offsets of `surface` in the cleaned text (within `evidence`), when the rule read it there. */
  span?: { start: number; end: number };
  evidence: Evidence;
}

/** A date at the precision the text gives it, as ACLED codes dates. */
export type DatePrecision = "day" | "week" | "month" | "year";

export interface DateValue {
  /** ISO date: YYYY-MM-DD, YYYY-MM or YYYY depending on precision. */
  value: string;
  precision: DatePrecision;
  /** Last day of a range ("on Wednesday and Thursday"), ISO YYYY-MM-DD. */
  end?: string;
  /** Time of day, HH:MM in 24 hours, when the text gives one. */
  time?: string;
  /** The words in the text the date came from. */
  text: string;
}

/** A number as an interval, keeping the words it came from ("at least 84" -> [84, +inf)). */
export interface NumberValue {
  min: number;
  max: number;
  /** The original wording, e.g. "more than 200". */
  text: string;
}

export interface FigureMention {
  /** killed, injured, missing, magnitude, depth, amount, duration, count... */
  what: string;
  value: NumberValue;
  /** Unit when the figure has one: "people", "km", "USD", "hours". */
  unit?: string;
  /** Who the sentence attributes the figure to ("the health ministry"). */
  attributedTo?: string;
  evidence: Evidence;
}

/** A person or party named in a role of an event: who led, hosted, mediated, claimed responsibility. */
export interface EventRoleMention {
  role: string;
  /** Which side the role belongs to, e.g. "Kenyan delegation", when the sentence says. */
  holderOf?: string;
  name: string;
  evidence: Evidence;
}

export interface EventMention {
  type: string;
  /** The word that names the event in the text ("talks", "earthquake"). */
  trigger: string;
  /** A short, readable description of the event built from the evidence sentence. */
  summary: string;
  date?: DateValue;
  place?: string;
  /** Names of actors taking part, as written. */
  participants: string[];
  figures: FigureMention[];
  roles: EventRoleMention[];
  /** held, collapsed, resumed, postponed... when the sentence says. */
  status?: string;
  /** For talks and meetings: held directly or through mediators, when the sentence says. */
  format?: "direct" | "indirect";
  /** True when the sentence recalls an earlier event ("the 2019 attack", "earlier rounds"). */
  recalled?: boolean;
  evidence: Evidence;
}

export type Stance = "assert" | "deny" | "accuse" | "warn" | "demand" | "other";

export interface ClaimMention {
  /** Who makes the claim, as the text names them ("Kenyan officials", "Amos Wekesa"). */
  claimer: string;
  /**
   * The actor the claimer speaks for when it is not the claimer's own name: "Kenyan officials"
   * speak for Kenya, "the ambassador" is the "Qatari ambassador" named earlier.
   */
  claimerActor?: string;
  stance: Stance;
  /** What is claimed: the reported content without its attribution. */
  text: string;
  quote?: string;
  /** The outlet or channel a claim passed through ("according to Velm News"). */
  via?: string;
  evidence: Evidence;
}

/** Everything extracted from one article. */
export interface ArticleMentions {
  source: string;
  actors: ActorMention[];
  events: EventMention[];
  claims: ClaimMention[];
}

export interface Actor {
  id: string;
  name: string;
  type: ActorType;
  role?: string;
  affiliation?: string;
  aliases: string[];
  sources: string[];
  mentions: number;
  evidence: Evidence[];
}

export interface EventFigure {
  what: string;
  value: string;
  min: number;
  max: number;
  unit?: string;
  source: string;
  attributedTo?: string;
  evidence: Evidence;
}

export interface Event {
  id: string;
  type: string;
  summary: string;
  date?: string;
  dateEnd?: string;
  datePrecision?: DatePrecision;
  /**
   * "report" when no source writes the event's date: `date` is then the publication date of the
   * first report that tells it as news, so the event happened by that day (no precision: the
   * text gives none). Absent when a source writes the date.
   */
  dateBasis?: "report";
  place?: string;
  participants: string[];
  figures: EventFigure[];
  sources: string[];
  evidence: Evidence[];
  /** The mentions merged into this event, kept so reconcile can read each source's values. */
  mentions: EventMention[];
  /** Every mention recalls it as an earlier event ("the 2019 sinking"): background, not news. */
  recalled?: boolean;
}

export interface Claim {
  id: string;
  claimer: string;
  claimerId?: string;
  stance: Stance;
  text: string;
  quote?: string;
  via?: string;
  source: string;
  evidence: Evidence;
  /** Id of the event or actor the claim is about, when known. */
  about?: string;
}

/** One source's value for one attribute of one subject. */
export interface Slot {
  subjectId: string;
  subject: string;
  subjectKind?: "event" | "actor" | "side" | "claim";
  attribute: string;
  kind: ConflictKind;
  /** The value as shown to people. */
  value: string;
  /** A comparable form: interval for numbers, ISO for dates, actor id for names. */
  number?: NumberValue;
  date?: DateValue;
  actorId?: string;
  /** True when the value does not name anything specific ("a foreign country"). */
  vague?: boolean;
  /** For a place: other places some article of the ledger names with it (a town and its region). */
  nearby?: string[];
  source: string;
  published?: string;
  attributedTo?: string;
  evidence: Evidence;
  /** The event the value was read from, and that event's date: a side's leader in two rounds of talks. */
  eventId?: string;
  eventDate?: string;
  /** For a disputed claim: who claims it, with which stance, and the claim's id. */
  claimer?: string;
  stance?: Stance;
  claimId?: string;
}

export type ConflictKind = "number" | "date" | "name" | "place" | "categorical" | "claim" | "quote";

export type ConflictLabel =
  "update over time" | "genuine disagreement" | "different measuring bodies" | "vague vs specific";

export type Severity = "high" | "medium" | "low";

export interface ConflictValue {
  value: string;
  sources: string[];
  attributedTo?: string[];
  published?: string[];
  evidence: Evidence[];
  /** Publication date of each source, in the order of `sources` ("" when the source gives none). */
  sourceDates?: string[];
  /** Events the value was read from, when they differ between values (a side across rounds of talks). */
  events?: string[];
  /** Claims that hold the value, for a disputed claim. */
  claims?: string[];
}

export interface Conflict {
  id: string;
  subjectId: string;
  subject: string;
  attribute: string;
  kind: ConflictKind;
  values: ConflictValue[];
  label: ConflictLabel;
  severity: Severity;
  explanation: string;
  conservative?: string;
  sources: string[];
  /** What the subject is: an event, an actor, a side named across events, or a claim. */
  subjectKind?: "event" | "actor" | "side" | "claim";
}

export interface Ledger {
  sources: Article[];
  actors: Actor[];
  events: Event[];
  claims: Claim[];
  conflicts: Conflict[];
}
