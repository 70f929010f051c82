// Weekdays and months: capitalised like names, but dates. One list for the rules that must tell
// them from names (actor spans, event places) and for the words that say nothing about an event.

/** Every weekday and month name, lower case, as a regular-expression alternation. */
export const CALENDAR_NAMES =
  "monday|tuesday|wednesday|thursday|friday|saturday|sunday|january|february|march|april|may|june|" +
  "july|august|september|october|november|december";
