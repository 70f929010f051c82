// Actor refiners: within one article, tie short forms to full names and drop what stays unknown.
import type { ActorMention } from "../../model";
import { nameKey } from "../../text/normalize";
import type { Refiner } from "../context";

const tokensOf = (name: string): string[] => nameKey(name).split(" ").filter(Boolean);

/** Bare acronyms take the long form given in parentheses elsewhere in the article. */
export const acronymRefiner: Refiner<ActorMention> = {
  name: "acronym-link",
  refine(items) {
    const longForms = new Map<string, string>();
    for (const m of items) {
      if (m.canonical?.startsWith("acronym:") && m.name !== m.canonical.slice(8))
        longForms.set(m.canonical, m.name);
    }
    return items.map((m) => {
      const long = m.canonical ? longForms.get(m.canonical) : undefined;
      return long && m.name !== long ? { ...m, name: long, type: "organization" } : m;
    });
  },
};

/**
 * A one-word mention ("Aslam", "Taliban") becomes the full name it shortens when exactly one
 * longer name of the article ends or starts with it. Two people sharing the word stay apart:
 * the short form is then ambiguous and dropped.
 */
export const shortFormRefiner: Refiner<ActorMention> = {
  name: "short-form-link",
  refine(items) {
    const full = new Map<string, ActorMention>();
    for (const m of items)
      if (tokensOf(m.name).length >= 2 && m.type !== "other") full.set(nameKey(m.name), m);
    const out: ActorMention[] = [];
    for (const m of items) {
      const toks = tokensOf(m.name);
      if (toks.length !== 1 || m.type === "country") {
        out.push(m);
        continue;
      }
      const word = toks[0] ?? "";
      const targets = [...full.values()].filter((f) => {
        const ft = tokensOf(f.name);
        if (f.type === "person") return ft[ft.length - 1] === word || ft[0] === word;
        return (f.type === "organization" || f.type === "group") && ft[ft.length - 1] === word;
      });
      const distinct = new Set(targets.map((t) => nameKey(t.name)));
      const target = targets[0];
      if (distinct.size === 1 && target) {
        out.push({ ...m, name: target.name, type: target.type });
      } else if (m.type !== "other") {
        out.push(m);
      }
    }
    return out;
  },
};

/** Whatever is still of unknown type is dropped: a name needs a rule that recognised it. */
export const dropUnknownRefiner: Refiner<ActorMention> = {
  name: "drop-unknown",
  refine(items) {
    return items.filter((m) => m.type !== "other");
  },
};

export const ACTOR_REFINERS: Refiner<ActorMention>[] = [acronymRefiner, shortFormRefiner, dropUnknownRefiner];
