// Figures: casualty counts, magnitudes, amounts, durations and other counts, each with the words
// that say what was counted and who the sentence attributes the figure to.
import type { FigureMention } from "../../model";
import type { Sentence } from "../../text/sentences";
import { evidenceOf, type ArticleContext } from "../context";
import { numberPhrases, toInterval } from "./numbers";

interface KindRule {
  what: string;
  /** Words right after the number (within a few words). */
  after?: RegExp;
  /** Words right before the number. */
  before?: RegExp;
  unit?: string;
}

/** "12 people were killed": up to `words` words, an auxiliary, then what happened to those counted. */
const counted = (words: number, aux: string, what: string): RegExp =>
  new RegExp(`^\\s+(?:[a-z]+\\s+){0,${words}}?(?:(?:${aux})\\s+)?(?:${what})\\b`, "i");

// Order matters: the first rule that matches names the figure.
const KIND_RULES: KindRule[] = [
  { what: "magnitude", before: /\b(magnitude(?:\s+of)?|measuring|measured)\s*$/i },
  { what: "magnitude", after: /^[- ]magnitude\b/i },
  { what: "depth", before: /\bdepth of\s*$/i, unit: "km" },
  { what: "amount", before: /(?:[$€£¥₹]|\b(?:US\$|USD|EUR|Rs\.?))\s*$/i },
  { what: "amount", after: /^\s*(?:dollars|euros|pounds|rupees|yuan|yen|rubles|francs|USD|EUR)\b/i },
  {
    what: "killed",
    after: counted(
      4,
      "were|have been|had been|was|are",
      "killed|dead|died|deaths|fatalities|perished|lost their lives|drowned|bodies",
    ),
  },
  {
    what: "killed",
    before:
      /\b(?:(?:killed|killing|kills)(?:\s+(?:all|some|at least))?|(?:death toll|number of (?:people )?(?:dead|deaths|fatalities|killed))\b[^.;]{0,80}?\b(?:to|of|at|is|was)|claimed the lives of|dead(?:\s+\w+)?\s+(?:to|at))\s*$/i,
  },
  {
    what: "injured",
    after: counted(4, "were|have been|had been|was", "injured|wounded|hurt|hospitali[sz]ed|injuries"),
  },
  {
    what: "injured",
    before:
      /\b(?:injured|injuring|wounded|wounding|number of (?:injured|wounded|injuries)\b[^.;]{0,40}?\b(?:to|at|is|was))\s*$/i,
  },
  { what: "missing", after: counted(4, "were|are|remain|remained", "missing|unaccounted") },
  { what: "displaced", after: counted(3, "were|have been", "displaced|evacuated|homeless") },
  { what: "arrested", after: counted(3, "were|have been", "arrested|detained") },
  { what: "arrested", before: /\b(?:arrested|detained)\s*$/i },
  { what: "aboard", before: /\b(?:carrying|carried)\s*$/i, after: /^\s+(?:passengers|people)\b/i },
  {
    what: "aboard",
    after: /^\s+(?:[a-z]+\s+){0,2}?(?:passengers|people|crew)?\s*(?:were\s+)?(?:aboard|on board)\b/i,
  },
  { what: "duration", after: /^[- ](?:hours?|days?|weeks?|months?|minutes?|years?)\b(?![- ]old)/i },
];

const DURATION_UNIT = /^[- ](hours?|days?|weeks?|months?|minutes?|years?)\b/i;

const ATTRIBUTION =
  /\baccording to (?:the\s+)?([^,.;]+)|(?:,\s*|\b)((?:the\s+)?(?:[A-Z][\p{L}'-]*\s+){0,4}(?:[a-z]+\s+){0,3}(?:ministry|police|agency|authorities|officials|survey|service|department|office|coast guard|army|military|spokesm[ae]n|spokesperson|hospital|institute|centre|center|[A-Z][\p{L}'-]*))\s+(?:said|says|reported|reports|confirmed|told|estimated|measured (?:the|it))\b/u;

/** Who a sentence attributes its figures to ("the health ministry", "USGS"). */
export function attributionOf(sentence: string): string | undefined {
  const m = ATTRIBUTION.exec(sentence);
  const who = (m?.[1] ?? m?.[2])?.trim();
  if (!who || /^(he|she|they|it|officials?)$/i.test(who)) return who || undefined;
  return who.replace(/^the\s+/i, "");
}

export function findFigures(sentence: Sentence, ctx: ArticleContext): FigureMention[] {
  const s = sentence.text;
  const out: FigureMention[] = [];
  let attributedTo: string | undefined | null = null;
  for (const n of numberPhrases(s)) {
    const { quantity, currency } = n;
    const end = n.index + n.text.length;
    // Years, times and ordinals are not counts.
    if (/^(19|20)\d{2}$/.test(quantity) && !n.qualifier && !currency) continue;
    if (/^\d/.test(quantity) && /^(:\d|st\b|nd\b|rd\b|th\b|\s*(a\.m|p\.m|am|pm)\b|%)/i.test(s.slice(end)))
      continue;
    const before = s.slice(Math.max(0, n.index - 100), n.index);
    const after = s.slice(end, end + 60);
    const rule = currency
      ? {
          what: "amount",
          unit: currency.replace("US$", "USD").replace("$", "USD").replace("€", "EUR").replace("£", "GBP"),
        }
      : KIND_RULES.find((r) => (!r.before || r.before.test(before)) && (!r.after || r.after.test(after)));
    if (!rule) continue;
    const value = toInterval(n.qualifier, quantity, n.text);
    if (!value) continue;
    const fig: FigureMention = { what: rule.what, value, evidence: evidenceOf(ctx, sentence) };
    // A duration is counted in the word after it: "12 years", "a 48-hour strike".
    const per = rule.what === "duration" ? DURATION_UNIT.exec(after)?.[1]?.toLowerCase() : undefined;
    const unit = per ? per.replace(/s?$/, "s") : rule.unit;
    if (unit) fig.unit = unit;
    if (attributedTo === null) attributedTo = attributionOf(s);
    if (attributedTo) fig.attributedTo = attributedTo;
    out.push(fig);
  }
  return out;
}
