// The baseline the engine is measured against: the same job done with `compromise`, a general
// English NLP library (a devDependency, never bundled: it weighs ~350 KB minified). Actors come
// from its people/places/organizations taggers, claims from a match on "<speaker> said|told...".
// It finds no events: compromise has no event or date reading in its core build.
import nlp from "compromise";
import type {
  ActorMention,
  ActorType,
  Article,
  ArticleMentions,
  ClaimMention,
  Evidence,
  Stance,
} from "../../../src/core/model";

interface Offset {
  start: number;
  length: number;
}
interface Matched {
  text: string;
  offset: Offset;
}

const VERB_STANCE: Record<string, Stance> = {
  said: "assert",
  says: "assert",
  told: "assert",
  added: "assert",
  stated: "assert",
  claimed: "assert",
  denied: "deny",
  rejected: "deny",
  accused: "accuse",
  blamed: "accuse",
  warned: "warn",
  threatened: "warn",
  demanded: "demand",
  urged: "demand",
};

const clean = (s: string): string =>
  s
    .replace(/[\s.,;:!?"')]+$/, "")
    .replace(/^["'(\s]+/, "")
    .replace(/'s$/, "");

export function baselineMentions(article: Article): ArticleMentions {
  const doc = nlp(article.text);
  const sentences = (doc.sentences().json({ offset: true }) as Matched[]).map((s) => ({
    start: s.offset.start,
    end: s.offset.start + s.offset.length,
  }));
  const evidenceAt = (at: number): Evidence => {
    const s = sentences.find((x) => at >= x.start && at < x.end) ?? { start: at, end: at };
    return { source: article.id, sentence: article.text.slice(s.start, s.end), start: s.start, end: s.end };
  };
  const actors: ActorMention[] = [];
  const add = (matches: Matched[], type: ActorType): void => {
    for (const m of matches) {
      const name = clean(m.text);
      if (!name) continue;
      actors.push({ name, type, surface: name, evidence: evidenceAt(m.offset.start) });
    }
  };
  add(doc.people().json({ offset: true }) as Matched[], "person");
  add(doc.organizations().json({ offset: true }) as Matched[], "organization");
  add(doc.places().json({ offset: true }) as Matched[], "place");

  const claims: ClaimMention[] = [];
  const verbs = Object.keys(VERB_STANCE).join("|");
  const said = doc.match(`[<who>(#ProperNoun+|#Pronoun|#Determiner? #Noun+)] #Adverb? (${verbs})`);
  for (const m of said.json({ offset: true }) as Matched[]) {
    const evidence = evidenceAt(m.offset.start);
    const whoMatch = nlp(m.text).match(
      `[<who>(#ProperNoun+|#Pronoun|#Determiner? #Noun+)] #Adverb? (${verbs})`,
    );
    const who = clean((whoMatch.groups("who") as { text(): string } | undefined)?.text() ?? "");
    const verb = (new RegExp(`\\b(${verbs})\\b`, "i").exec(m.text)?.[1] ?? "said").toLowerCase();
    const after = article.text.slice(m.offset.start + m.offset.length, evidence.end);
    const text = after.replace(/^\s*(that\s+)?/, "").replace(/[\s.]+$/, "") || evidence.sentence;
    claims.push({ claimer: who || m.text, stance: VERB_STANCE[verb] ?? "assert", text, evidence });
  }
  return { source: article.id, actors, events: [], claims };
}
