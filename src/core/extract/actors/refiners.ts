// Actor refiners: within one article, tie aliases and short forms to full names, let the surest
// reading of a name type its other mentions, and drop what stays unknown.
import { nameKey } from "../../text/normalize";
import type { ArticleContext, Refiner } from "../context";
import { ORG_WORDS } from "./lexicon";
import type { Candidate } from "./parsers";
import { GUESS, initialsOf, mediaKey, SHAPE, SURE, WEAK } from "./typing";

const tokensOf = (name: string): string[] => nameKey(name).split(" ").filter(Boolean);

function adopt(m: Candidate, target: Candidate): Candidate {
  const out: Candidate = { ...m, name: target.name, type: target.type, strength: Math.max(m.strength, WEAK) };
  if (target.canonical) out.canonical = target.canonical;
  else delete out.canonical;
  delete out.guess;
  return out;
}

/**
 * "Coastal Defence League (CDL)", "Northern Front (Vanguard)": a name followed by a one-word alias
 * in parentheses is an organisation known by both; the alias then stands for the long form.
 */
const ALIAS_AFTER = /^\s+\((\p{Lu}[\p{L}\p{N}&-]{1,9})\)/u;
const ACRONYM_ALIAS = /^\p{Lu}[\p{L}&]*\p{Lu}/u;
const ALL_CAPS = /^\p{Lu}{2,}$/u;

export const parenthesisAliasRefiner: Refiner<Candidate> = (items, ctx) => {
  const text = ctx.article.text;
  const aliases = new Map<string, Candidate>();
  const out = items.map((m) => {
    const after = ALIAS_AFTER.exec(text.slice(m.span.end, m.span.end + 16));
    if (!after || !after[1] || m.type === "country" || m.type === "media" || m.type === "place") return m;
    if (m.type === "person" && m.personEvidence) return m;
    const alias = after[1];
    const acronym = ACRONYM_ALIAS.test(alias);
    const long: Candidate = {
      ...m,
      type: "organization",
      strength: SHAPE,
      canonical: acronym ? `acronym:${alias}` : `org:${nameKey(m.name)}`,
    };
    delete long.role;
    delete long.guess;
    aliases.set(nameKey(alias), long);
    return long;
  });
  if (aliases.size === 0) return out;
  return out.map((m) => {
    const long = aliases.get(nameKey(m.name));
    return long && long !== m ? adopt(m, long) : m;
  });
};

// Read on the text from the previous mention to 60 characters after this one, "@" standing for it.
const DECLARED =
  /^( \(|, ?| -+ ?)(?:(?:also |formerly )?known as|(?:also|formerly) called|aka|a\.k\.a\.|which (?:call|style)s itself) (?:the )?"?@"?(?:[,.;:)]| -|$)|^"?(?: \w+)?, (?:as (?:the )?@ calls?|(using )?(?:the )?@'s? (?:preferred|official|own) name for) (?:it|the[im])/;

/**
 * Aliases the article declares in words: "A, also known as B", "A (formerly called B)", "A, which
 * calls itself B"; "B, as A calls itself", "B, A's preferred name for its government", and after
 * a quote, "...," X said, using A's preferred name for their government". B is then A. After A, B
 * must be the whole name declared ("known as the Bishop of Tessel" declares no "Tessel"). Before
 * A, B must be an organisation ("Tessel, as the Front calls it" names a place); in a quote, the
 * one the quote names ("the Council said, using ..." is a speaker, not an alias).
 */
export const declaredAliasRefiner: Refiner<Candidate> = (items, ctx) => {
  const text = ctx.article.text;
  const aliases = new Map<string, Candidate>();
  items.forEach((m, i) => {
    const prev = items[i - 1];
    const { start, end } = m.span;
    const said = prev && DECLARED.exec(`${text.slice(prev.span.end, start)}@${text.slice(end, end + 60)}`);
    if (!said) return;
    const [a, named] = said[1]
      ? [prev, [m]]
      : [
          m,
          items.filter(
            (o) =>
              o.type === "organization" &&
              (said[2]
                ? o.evidence.start === m.evidence.start && o.span.start < prev.span.start
                : o === prev),
          ),
        ];
    const keys = new Set(named.map((o) => nameKey(o.name)));
    keys.delete(nameKey(a.name));
    if (keys.size === 1) aliases.set([...keys][0] as string, a);
  });
  return items.map((m) => {
    const a = aliases.get(nameKey(m.name));
    return a ? adopt(m, a) : m;
  });
};

/**
 * Bare acronyms take the long form named elsewhere in the article: defined in parentheses, or
 * a multi-word organisation whose initials they are ("JIB" and "Joint Intelligence Bureau").
 * Long forms get the acronym as identity key, so sources that only write one of them merge.
 */
export const acronymRefiner: Refiner<Candidate> = (items) => {
  const bare = new Set(items.filter((m) => ALL_CAPS.test(m.surface)).map((m) => m.surface));
  const longForms = new Map<string, Candidate>();
  const keyOf = (m: Candidate): string | undefined => {
    if (m.type !== "organization" || tokensOf(m.name).length < 2) return undefined;
    if (m.canonical?.startsWith("acronym:")) return m.canonical;
    // Three initials or more name one organisation across sources; two only when the article
    // also writes them ("Northern Front" and "NF"), as "AT" or "FO" could be anything.
    const initials = initialsOf(m.name);
    return initials.length >= 3 || bare.has(initials) ? `acronym:${initials}` : undefined;
  };
  const keys = items.map(keyOf);
  items.forEach((m, i) => {
    const key = keys[i];
    if (key && !longForms.has(key)) longForms.set(key, m);
  });
  return items.map((m, i) => {
    const key = keys[i];
    if (key && !m.canonical && longForms.get(key)?.name === m.name) return { ...m, canonical: key };
    const long = m.canonical?.startsWith("acronym:") ? longForms.get(m.canonical) : undefined;
    return long && m.name !== long.name ? adopt(m, long) : m;
  });
};

/**
 * One name, one type within an article: the surest reading decides ("Sarrat" after "to the" read
 * as a place, but as an organisation where it speaks). Capitals keep their two readings.
 */
export const sameNameRefiner: Refiner<Candidate> = (items) => {
  const best = new Map<string, Candidate>();
  for (const m of items) {
    if (m.type === "other") continue;
    const k = nameKey(m.name);
    const b = best.get(k);
    if (!b || m.strength > b.strength) best.set(k, m);
  }
  return items.map((m) => {
    const b = best.get(nameKey(m.name));
    if (!b || b === m || m.strength >= SURE || b.strength <= m.strength) return m;
    if (m.type === "place" && b.type === "country" && m.strength >= SHAPE) return m;
    const out = adopt(m, b);
    if (b.personEvidence) out.personEvidence = true;
    return out;
  });
};

/**
 * "in Orvik and Tessel": an unknown name listed with a place is a place. So is the second object of
 * "between Port Alder and", "from Port Alder to", even when only its shape said it was a person.
 */
export const coordinationRefiner: Refiner<Candidate> = (items, ctx) => {
  const text = ctx.article.text;
  return items.map((m, i) => {
    const p = items[i - 1];
    if (
      p?.type === "place" &&
      m.type === "person" &&
      m.strength < WEAK &&
      !m.personEvidence &&
      !m.speaks &&
      /^\s+(and|to)\s+$/.test(text.slice(p.span.end, m.span.start)) &&
      /\b(between|from)\s+(the\s+(\w+\s+of\s+)?)?$/i.test(text.slice(0, p.span.start))
    )
      return { ...m, type: "place" as const, strength: WEAK };
    if (m.type !== "other") return m;
    const neighbours = [items[i - 1], items[i + 1]].filter((n): n is Candidate => !!n);
    for (const n of neighbours) {
      const [a, b] = n.span.start < m.span.start ? [n, m] : [m, n];
      if (!/^(,\s*|\s+and\s+|\s+or\s+|,\s+and\s+)$/.test(text.slice(a.span.end, b.span.start))) continue;
      if (n.type === "place") return { ...m, type: "place" as const, strength: WEAK };
    }
    return m;
  });
};

/**
 * A short form becomes the full name it shortens when exactly one longer name of the article
 * ends or starts with it ("Sandor" -> "Piet Sandor", "Front" -> "Kestrel Front", "Ana Petrov"
 * -> "Ana K. Petrov"). Two people sharing the word stay apart: the short form is then ambiguous.
 */
export const shortFormRefiner: Refiner<Candidate> = (items) => {
  const full = new Map<string, Candidate>();
  for (const m of items)
    if (tokensOf(m.name).length >= 2 && (m.type === "person" || m.type === "organization"))
      full.set(nameKey(m.name), m);
  const out: Candidate[] = [];
  // Names are compared as keys: words of a key are separated by single spaces.
  const fullTokens = [...full].map(([fk, f]) => ({ f, fk, ft: fk.split(" ") }));
  for (const m of items) {
    if (m.type === "country" || m.type === "media" || (m.type === "place" && m.strength >= SHAPE)) {
      out.push(m);
      continue;
    }
    const key = nameKey(m.name);
    const toks = key ? key.split(" ") : [];
    const asHead = `${key} `;
    const asTail = ` ${key}`;
    const targets = fullTokens.filter(({ f, fk, ft }) => {
      if (ft.length <= toks.length) return false;
      if (f.type === "person") {
        // A first name alone only stands for a person when nothing typed it as something else.
        if (toks.length === 1)
          return (
            ft[ft.length - 1] === toks[0] ||
            (ft[0] === toks[0] && (m.type === "person" || (m.type === "other" && !m.guess)))
          );
        // "Ana Petrov" for "Ana K. Petrov": same first and last word.
        return ft[0] === toks[0] && ft[ft.length - 1] === toks[toks.length - 1] && m.type !== "organization";
      }
      // "Norcom" for "Norcom Systems": a company named without its last, generic word.
      const generic = f.type === "organization" && ORG_WORDS.has(ft[ft.length - 1] ?? "");
      if (generic && toks.length === ft.length - 1 && fk.startsWith(asHead)) return true;
      return !key || fk.endsWith(asTail);
    });
    const distinct = new Set(targets.map((t) => t.fk));
    const target = targets[0]?.f;
    if (distinct.size === 1 && target) {
      const linked = adopt(m, target);
      // A surname used alone says the long form is a person's name.
      const tt = targets[0]?.ft ?? [];
      if (target.type === "person" && tt[tt.length - 1] === toks[toks.length - 1]) {
        linked.personEvidence = true;
        target.personEvidence = true;
      }
      out.push(linked);
    } else if (distinct.size > 1 && toks.length === 1 && m.type === "other") {
      continue;
    } else out.push(m);
  }
  return out;
};

/** Headings and captions in title case capitalise every word: keep only names the body names too. */
export const headingRefiner: Refiner<Candidate> = (items) => {
  const body = new Set(items.filter((m) => !m.heading).map((m) => nameKey(m.name)));
  return items.filter((m) => !m.heading || m.strength >= SURE || body.has(nameKey(m.name)));
};

/**
 * Two to four capitalised words are a person unless the article says otherwise and nothing says
 * they are one: a name that begins with another actor's name ("Intel Atom", "Portland Trail
 * Blazers"), a product's shape ("BlackBerry Curve", digits), or "the" before it ("the Ivy
 * Bridge"). A title, role, speech, age or the surname used alone says "person".
 */
export const personDoubtRefiner: Refiner<Candidate> = (items, ctx: ArticleContext) => {
  const confirmed = new Set(
    items.filter((m) => m.type === "person" && (m.personEvidence || m.speaks)).map((m) => nameKey(m.name)),
  );
  const others = new Set(
    items.filter((m) => m.type !== "person" && m.type !== "other").map((m) => nameKey(m.name)),
  );
  const text = ctx.article.text;
  const doubt = new Map<string, boolean>();
  const doubtful = (m: Candidate): boolean => {
    const k = nameKey(m.name);
    let d = doubt.get(k);
    if (d === undefined) {
      const toks = k.split(" ");
      d =
        toks.some((_, i) => i > 0 && others.has(toks.slice(0, i).join(" "))) ||
        /\d/.test(m.name) ||
        /(^|\s)(?!(Mc|Mac|De|Di|Da|Du|Le|La|Van|Von|St)\p{Lu})\p{Lu}\p{Ll}+\p{Lu}/u.test(m.name) ||
        new RegExp(
          `\\b([Tt]he|[Aa]n?)\\s+(\\p{Ll}+\\s+)?${m.name.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}\\b`,
          "u",
        ).test(text);
      doubt.set(k, d);
    }
    return d;
  };
  return items.filter(
    (m) => m.type !== "person" || m.strength > WEAK || confirmed.has(nameKey(m.name)) || !doubtful(m),
  );
};

/** What is still of unknown type takes the type its surroundings suggested, or is dropped. */
export const unknownRefiner: Refiner<Candidate> = (items) => {
  // One name, one guess: speech beats a preposition ("from the X" and "X said").
  const rank = { organization: 3, media: 2, place: 1 } as Record<string, number>;
  const guess = new Map<string, Candidate["guess"]>();
  for (const m of items) {
    if (m.type !== "other" || !m.guess) continue;
    const k = nameKey(m.name);
    const g = guess.get(k);
    if (!g || (rank[m.guess] ?? 0) > (rank[g] ?? 0)) guess.set(k, m.guess);
  }
  const out: Candidate[] = [];
  for (const m of items) {
    const g = m.type === "other" ? guess.get(nameKey(m.name)) : undefined;
    if (m.type !== "other") out.push(m);
    else if (g) {
      const typed: Candidate = { ...m, type: g, strength: GUESS };
      const key = g === "media" ? mediaKey(m.name) : undefined;
      if (key) typed.canonical = key;
      out.push(typed);
    }
  }
  return out;
};

/** Affiliations name what the article resolved: "Front spokesman X" -> "Kestrel Front". */
export const affiliationRefiner: Refiner<Candidate> = (items) => {
  const bySurface = new Map<string, string>();
  for (const m of items) if (m.type !== "person") bySurface.set(nameKey(m.surface), m.name);
  return items.map((m) => {
    const resolved = m.affiliation ? bySurface.get(nameKey(m.affiliation)) : undefined;
    return resolved && resolved !== m.affiliation ? { ...m, affiliation: resolved } : m;
  });
};

export const ACTOR_REFINERS: Refiner<Candidate>[] = [
  parenthesisAliasRefiner,
  declaredAliasRefiner,
  acronymRefiner,
  sameNameRefiner,
  coordinationRefiner,
  shortFormRefiner,
  sameNameRefiner,
  headingRefiner,
  personDoubtRefiner,
  unknownRefiner,
  affiliationRefiner,
];
