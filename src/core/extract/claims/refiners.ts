// Claim refiners: attribution chains, pronouns and descriptions resolved against the article, quotes
// continued from the speaker before, and one claim per statement.
import { countryByDemonym } from "../../lexicon/countries";
import { groupByKey } from "../../lists";
import type { ActorMention } from "../../model";
import type { ArticleContext, Refiner } from "../context";
import type { ClaimCandidate } from "./parsers";
import { mainClauseStart, subjectAt } from "./speakers";

const bySentence = (claims: ClaimCandidate[]): Map<number, ClaimCandidate[]> =>
  groupByKey(claims, (c) => c.evidence.start);

const isAccordingTo = (c: ClaimCandidate): boolean =>
  new RegExp(`according to (?:[^,]*\\s)?${c.claimer.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}`, "i").test(
    c.evidence.sentence,
  );

/**
 * "According to Velm News, X said ...": X claims, through Velm News. "The report said mediators ...
 * blamed": the mediators claim, through the report. A claim inside another's content passed
 * through the outer speaker.
 */
export const chainRefiner: Refiner<ClaimCandidate> = (claims) => {
  const drop = new Set<ClaimCandidate>();
  // A source named with "according to" is the channel of every other claim over its sentence.
  for (const source of claims.filter((c) => c.via && c.via === c.claimer && isAccordingTo(c))) {
    const others = claims.filter(
      (o) =>
        o !== source && o.evidence.start <= source.evidence.start && o.evidence.end >= source.evidence.end,
    );
    if (!others.length) continue;
    drop.add(source);
    for (const o of others) o.via ??= source.claimer;
  }
  for (const list of bySentence(claims).values()) {
    const others = list.filter((c) => !drop.has(c));
    for (const inner of others)
      for (const outer of others)
        if (outer !== inner && inner.at >= outer.content.start && inner.at < outer.content.end && !inner.via)
          inner.via = outer.claimer;
  }
  return claims.filter((c) => !drop.has(c));
};

/** "...; claims the army denies": a verb with nothing after it takes the statement before it. */
export const objectRelativeRefiner: Refiner<ClaimCandidate> = (claims) => {
  const out: ClaimCandidate[] = [];
  for (const list of bySentence(claims).values()) {
    for (const c of list) {
      // "a charge the army rejects but cannot disprove": nothing after the verb but a conjunction.
      if (c.text.split(/\s+/).filter(Boolean).length >= 2 && !/^(?:but|and|yet|or)\b/i.test(c.text)) {
        out.push(c);
        continue;
      }
      const prior = list.filter((o) => o !== c && o.at < c.at && o.text.split(/\s+/).length >= 2).pop();
      if (prior) out.push({ ...c, text: prior.text, content: prior.content });
    }
  }
  return out;
};

/** A quotation standing alone continues the last speaker of its paragraph. */
export const quoteContinuationRefiner: Refiner<ClaimCandidate> = (claims, ctx) => {
  const paragraphOf = new Map(ctx.sentences.map((s) => [s.start, s.paragraph]));
  const sorted = [...claims].sort((a, b) => a.at - b.at);
  return sorted
    .map((c, i) => {
      if (!c.pending) return c;
      const para = paragraphOf.get(c.evidence.start);
      const prior = sorted
        .slice(0, i)
        .filter(
          (o) =>
            !o.pending && o.claimer && Math.abs((paragraphOf.get(o.evidence.start) ?? -9) - (para ?? 0)) <= 1,
        )
        .pop();
      if (!prior) {
        // "Ines Calder spoke to the crowd. "We will not leave."": the subject of the sentence before.
        const idx = ctx.sentences.findIndex((x) => x.start === c.evidence.start);
        const prev = ctx.sentences[idx - 1];
        const sp = prev
          ? subjectAt(
              prev,
              mainClauseStart(prev),
              ctx.actors.filter((a) => a.evidence.start === prev.start),
            )
          : undefined;
        if (!sp || sp.pronoun) return undefined;
        const out: ClaimCandidate = { ...c, claimer: sp.text, at: prev!.start + sp.start };
        if (sp.actor && !sp.isActor) out.claimerActor = sp.actor.name;
        delete out.pending;
        return out;
      }
      const out: ClaimCandidate = { ...c, claimer: prior.claimer };
      delete out.pending;
      if (prior.claimerActor) out.claimerActor = prior.claimerActor;
      if (prior.pronoun) out.pronoun = true;
      return out;
    })
    .filter((c): c is ClaimCandidate => c !== undefined);
};

/** The actor begins a clause: "while Kenyan negotiators ...", "The ministry said". */
function inSubjectPosition(text: string, a: ActorMention): boolean {
  const before = text.slice(Math.max(0, (a.span?.start ?? 0) - 40), a.span?.start ?? 0);
  return /(?:^|[.;:,"]\s*|\n|\b(?:that|while|when|and|but|after|as|because|since|although)\s+)(?:the\s+)?$/i.test(
    before,
  );
}

function actorsBefore(ctx: ArticleContext, at: number): ActorMention[] {
  return ctx.actors.filter((a) => (a.span?.end ?? a.evidence.start) <= at);
}

/**
 * "he said": the last person named before the pronoun. "they said": the group that spoke last in
 * the two sentences before, else the last country or organisation named. A pronoun nothing fits
 * is dropped rather than guessed.
 */
export const pronounRefiner: Refiner<ClaimCandidate> = (claims, ctx) => {
  const sorted = ctx.actors.filter((a) => a.span).sort((a, b) => (a.span?.start ?? 0) - (b.span?.start ?? 0));
  const persons = new Set(ctx.actors.filter((a) => a.type === "person").map((a) => a.name));
  const spoken = [...claims].filter((c) => !c.pronoun && c.claimer).sort((a, b) => a.at - b.at);
  const sentenceIndex = new Map(ctx.sentences.map((s, i) => [s.start, i]));
  return claims
    .map((c) => {
      if (!c.pronoun) return c;
      const person = /^(he|she|i)$/i.test(c.claimer);
      let name: string | undefined;
      if (!person) {
        const here = sentenceIndex.get(c.evidence.start) ?? 0;
        const group = spoken
          .filter(
            (o) =>
              o.at < c.at &&
              here - (sentenceIndex.get(o.evidence.start) ?? -9) <= 2 &&
              !persons.has(o.claimer) &&
              !o.via,
          )
          .pop();
        name = group ? (group.claimerActor ?? group.claimer) : undefined;
      }
      if (!name) {
        // Not someone named inside the very words being attributed.
        const inside = (a: ActorMention): boolean =>
          !!a.span && a.span.start >= c.content.start && a.span.end <= c.content.end;
        const fits = sorted.filter(
          (a) =>
            (a.span?.end ?? 0) <= c.at &&
            !inside(a) &&
            (person ? a.type === "person" : a.type !== "place" && a.type !== "media" && a.type !== "person"),
        );
        // "they" is more often the subject of an earlier clause than an owner in an object.
        const subjects = person ? fits : fits.filter((a) => inSubjectPosition(ctx.article.text, a));
        name = (subjects[subjects.length - 1] ?? fits[fits.length - 1])?.name;
      }
      if (!name) return undefined;
      const out: ClaimCandidate = { ...c, claimer: name };
      delete out.pronoun;
      return out;
    })
    .filter((c): c is ClaimCandidate => c !== undefined);
};

/**
 * "the ambassador said": the person whose role it is, or the earlier "Qatari ambassador"; the
 * description stays as written when nothing earlier names it.
 */
export const descriptionRefiner: Refiner<ClaimCandidate> = (claims, ctx) => {
  return claims.map((c) => {
    if (!c.description) return c;
    const noun = (c.claimer.split(/\s+/).pop() ?? "").toLowerCase();
    const before = actorsBefore(ctx, c.at);
    const person = before
      .filter(
        (a) =>
          a.type === "person" &&
          a.role
            ?.toLowerCase()
            .split(/[\s,]+/)
            .includes(noun),
      )
      .pop();
    if (person) return { ...c, claimer: person.name, description: false };
    const text = ctx.article.text.slice(0, c.at);
    const re = new RegExp(`\\b(\\p{Lu}[\\p{L}-]*(?:\\s+\\p{Lu}[\\p{L}-]*)*)\\s+${noun}\\b`, "gu");
    let m: RegExpExecArray | null;
    let last: RegExpExecArray | undefined;
    while ((m = re.exec(text))) last = m;
    if (!last || !last[1] || /^(The|A|An)$/.test(last[1])) return c;
    const owner = last[1].replace(/^(?:The|A|An)\s+/, "");
    const out: ClaimCandidate = { ...c, claimer: `${owner} ${noun}`, description: false };
    const country = countryByDemonym(owner);
    const actor = before.find((a) => a.surface === owner || a.name === owner);
    if (country || actor) out.claimerActor = country?.name ?? actor?.name;
    return out;
  });
};

/** One claim per statement: two readings of one sentence by one speaker keep the more specific. */
export const dedupeRefiner: Refiner<ClaimCandidate> = (claims) => {
  const kept: ClaimCandidate[] = [];
  for (const c of claims) {
    if (!c.text || !c.claimer) continue;
    const twin = kept.findIndex(
      (k) =>
        k.evidence.start === c.evidence.start &&
        k.claimer.toLowerCase() === c.claimer.toLowerCase() &&
        (k.text.includes(c.text) || c.text.includes(k.text)),
    );
    if (twin < 0) kept.push(c);
    else {
      const k = kept[twin] as ClaimCandidate;
      const better =
        (k.stance === "assert" && c.stance !== "assert") ||
        (k.stance === c.stance && c.text.length > k.text.length);
      if (better) kept[twin] = { ...c, via: c.via ?? k.via, quote: c.quote ?? k.quote } as ClaimCandidate;
    }
  }
  return kept;
};

export const CLAIM_REFINERS: Refiner<ClaimCandidate>[] = [
  chainRefiner,
  objectRelativeRefiner,
  quoteContinuationRefiner,
  pronounRefiner,
  descriptionRefiner,
  dedupeRefiner,
];
