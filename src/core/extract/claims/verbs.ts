// Reporting verbs and the stance each one gives a claim. A short generic list.
import type { Stance } from "../../model";

const BY_STANCE: Record<Stance, string[]> = {
  assert: [
    "said",
    "says",
    "say",
    "told",
    "tells",
    "stated",
    "states",
    "claimed",
    "claims",
    "claim",
    "added",
    "noted",
    "explained",
    "announced",
    "announces",
    "confirmed",
    "confirms",
    "confirm",
    "acknowledged",
    "acknowledges",
    "admitted",
    "admits",
    "reported",
    "reports",
    "report",
    "wrote",
    "writes",
    "insisted",
    "insists",
    "insist",
    "described",
    "describes",
    "labelled",
    "labeled",
    "called",
    "characterized",
    "characterised",
    "emphasized",
    "emphasised",
    "stressed",
    "argued",
    "argues",
    "maintained",
    "maintains",
    "countered",
    "revealed",
    "reveals",
    "conveyed",
    "expressed",
    "indicated",
    "believes",
    "believe",
    "declared",
    "declares",
    "reiterated",
    "suggested",
    "estimated",
    "put",
    "posted",
    "tweeted",
    "recalled",
    "recounted",
    "testified",
    "concluded",
    "observed",
    "pointed",
    "replied",
    "responded",
    "asserted",
    "affirmed",
  ],
  deny: [
    "denied",
    "denies",
    "deny",
    "rejected",
    "rejects",
    "reject",
    "dismissed",
    "dismisses",
    "refuted",
    "disputed",
    "disputes",
    "contested",
  ],
  accuse: [
    "accused",
    "accuses",
    "accuse",
    "blamed",
    "blames",
    "blame",
    "condemned",
    "condemns",
    "criticized",
    "criticised",
    "criticizes",
    "alleged",
    "alleges",
    "complained",
    "complains",
    "charged",
    "faulted",
  ],
  warn: ["warned", "warns", "warn", "threatened", "threatens", "threaten", "cautioned", "cautions_"],
  demand: [
    "demanded",
    "demands",
    "demand",
    "urged",
    "urges",
    "urge",
    "asked",
    "asks",
    "pressed",
    "called for",
    "called on",
    "calls for",
    "calls on",
    "appealed",
    "requested",
    "insisted that",
    "pleaded",
  ],
  other: [],
};

export const REPORTING_VERB_STANCE = new Map<string, Stance>();
for (const [stance, verbs] of Object.entries(BY_STANCE) as [Stance, string[]][]) {
  for (const v of verbs) if (!REPORTING_VERB_STANCE.has(v)) REPORTING_VERB_STANCE.set(v, stance);
}

const alternation = [...REPORTING_VERB_STANCE.keys()]
  .sort((a, b) => b.length - a.length)
  .map((v) => v.replace(/ /g, "\\s+"))
  .join("|");

/** Matches a reporting verb as a whole word. Group 1 is the verb. */
export const REPORTING_VERB = new RegExp(`\\b(${alternation})\\b`, "gi");

/** Stance from what the claim says, for verbs that carry none ("said"). */
export function stanceFromContent(content: string): Stance | undefined {
  const c = content.toLowerCase();
  if (
    /\b(will (face|pay)|consequences|retaliat\w*|will be targeted|could be repeated|open war|all options)\b/.test(
      c,
    )
  )
    return "warn";
  if (/\b(must|should|has to|have to|needs? to|demand\w*)\b/.test(c)) return "demand";
  if (
    /\b(denie[sd]|deny|never|did not|does not|do not|was not|were not|is not|no control|false|baseless)\b/.test(
      c,
    )
  )
    return "deny";
  if (/\b(blame[sd]?|accus\w+|responsible for|violat\w+|breach\w*|interfer\w+)\b/.test(c)) return "accuse";
  return undefined;
}
