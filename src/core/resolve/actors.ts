// Actor mentions from every source -> actors. Mentions join on evidence, rule by rule:
//  - an identity key a rule knows (a country from its name, demonym or capital-as-government;
//    an acronym tied to its long form in some article);
//  - the same name up to case, accents, hyphens and transliteration letters;
//  - a capital written as a place joins its country once some source uses it as the government;
//  - an acronym and the one organisation whose initials it spells;
//  - an outlet with and without its generic last word ("Dawn News", "Dawn");
//  - a one-word name (a surname, "the Sentinels") and the one longer name it shortens, people only
//    with people; two people sharing the word stay apart unless the role says which;
//  - people's names whose consonants agree word for word ("Mohammed"/"Muhammad"), across
//    sources only and never against their roles.
// Two different people who share a first name or a surname are never merged on that alone.
import type { Actor, ActorMention, ActorType } from "../model";
import { countryByCapital } from "../lexicon/countries";
import { distinct, filled, groupByKey } from "../lists";
import { shortId } from "../text/hash";
import {
  acronymOf,
  corporateKey,
  initialsOf,
  mediaKey,
  nameTokens,
  skeletonKey,
  variantKey,
  withoutDescription,
} from "./names";
import { rolesConflict } from "./roles";
import { UnionFind } from "./unionFind";

export { variantKey } from "./names";

export interface ActorIndex {
  actors: Actor[];
  /** Looks up the actor a name or alias stands for. */
  byName(name: string): Actor | undefined;
  byId(id: string): Actor | undefined;
  /** The mentions merged into an actor, for the per-source slots of reconcile. */
  mentionsOf(id: string): ActorMention[];
}

/** The key a mention starts from, before any merging. */
export function actorKey(m: ActorMention): string {
  return m.canonical ?? `name:${variantKey(withoutDescription(m.name))}`;
}

const TYPE_PRIORITY: ActorType[] = ["country", "organization", "media", "person", "group", "place", "other"];

function chooseType(ms: ActorMention[]): ActorType {
  if (ms.some((m) => m.canonical?.startsWith("country:"))) return "country";
  const counts = new Map<ActorType, number>();
  for (const m of ms) counts.set(m.type, (counts.get(m.type) ?? 0) + 1);
  return [...counts].sort(
    (a, b) => b[1] - a[1] || TYPE_PRIORITY.indexOf(a[0]) - TYPE_PRIORITY.indexOf(b[0]),
  )[0]?.[0] as ActorType;
}

function mostFrequent(values: (string | undefined)[]): string | undefined {
  const counts = new Map<string, number>();
  for (const v of values) if (v) counts.set(v, (counts.get(v) ?? 0) + 1);
  // Ties go to the longer, then alphabetically first value, so the choice is order-free.
  return [...counts].sort(
    (a, b) => b[1] - a[1] || b[0].length - a[0].length || a[0].localeCompare(b[0]),
  )[0]?.[0];
}

interface Group {
  root: string;
  mentions: ActorMention[];
}

function groupsOf(mentions: ActorMention[], uf: UnionFind): Group[] {
  const byRoot = groupByKey(mentions, (m) => uf.find(actorKey(m)));
  return [...byRoot].map(([root, ms]) => ({ root, mentions: ms }));
}

const isPerson = (g: Group): boolean => chooseType(g.mentions) === "person";
const fullNames = (g: Group): string[] => distinct(g.mentions.map((m) => m.name));
const rolesOf = (g: Group): string[] => g.mentions.map((m) => m.role).filter((r): r is string => !!r);
const sourcesOf = (g: Group): Set<string> => new Set(g.mentions.map((m) => m.evidence.source));

/** Every role of one group is compatible with every role of the other. */
function rolesAgree(a: Group, b: Group): boolean {
  return rolesOf(a).every((ra) => rolesOf(b).every((rb) => !rolesConflict(ra, rb)));
}

/** Links that need no comparison between groups: identity keys and written variants. */
function linkIdentities(mentions: ActorMention[], uf: UnionFind): void {
  for (const m of mentions) {
    const k = actorKey(m);
    uf.find(k);
    if (!m.canonical) continue;
    // The name as written in this source stands for the identity in every source.
    for (const n of [m.name, m.surface]) uf.union(k, `name:${variantKey(n)}`);
  }
  // A capital used as its government anywhere: its other mentions, written as a place, join.
  for (const m of mentions) {
    const country = m.canonical?.startsWith("country:") ? countryByCapital(m.surface) : undefined;
    if (country) uf.union(`country:${country.name}`, `name:${variantKey(m.surface)}`);
  }
}

/** Short forms linked to their full name in one article ("Lind" -> "Petra Lind") hold everywhere. */
function linkShortForms(mentions: ActorMention[], uf: UnionFind): void {
  const targets = new Map<string, Set<string>>();
  for (const m of mentions) {
    if (nameTokens(m.surface).length !== 1 || variantKey(m.surface) === variantKey(m.name)) continue;
    const key = `name:${variantKey(m.surface)}`;
    const set = targets.get(key) ?? new Set<string>();
    set.add(uf.find(actorKey(m)));
    targets.set(key, set);
  }
  for (const [key, roots] of targets) if (roots.size === 1) uf.union(key, [...roots][0] as string);
}

/** The groups under a key of each of their full names (`keyOf` gives none for names it skips). */
function indexByName(groups: Group[], keyOf: (name: string) => string | undefined): Map<string, Group[]> {
  const index = new Map<string, Group[]>();
  for (const g of groups)
    for (const n of fullNames(g)) {
      const k = keyOf(n);
      if (k === undefined) continue;
      const list = index.get(k);
      if (!list) index.set(k, [g]);
      else if (!list.includes(g)) list.push(g);
    }
  return index;
}

const lastToken = (n: string): string | undefined => {
  const toks = nameTokens(n);
  return toks.length < 2 ? undefined : toks[toks.length - 1];
};

/** One-word names that shorten exactly one longer name of the ledger. */
function linkOneWordNames(uf: UnionFind, groups: Group[]): void {
  const people = indexByName(groups.filter(isPerson), lastToken);
  const orgs = indexByName(
    groups.filter((g) => ["organization", "group"].includes(chooseType(g.mentions))),
    lastToken,
  );
  for (const g of groups) {
    const names = fullNames(g);
    if (names.some((n) => nameTokens(n).length !== 1) || g.root.startsWith("country:")) continue;
    const word = nameTokens(names[0] ?? "")[0];
    if (!word) continue;
    const type = chooseType(g.mentions);
    let candidates: Group[] = [];
    if (type === "person") {
      candidates = (people.get(word) ?? []).filter((c) => rolesAgree(c, g));
      // Two people with this surname: only a role both share says which one is meant.
      if (candidates.length > 1 && rolesOf(g).length) {
        const sameRole = candidates.filter((c) =>
          rolesOf(c).some((r) => rolesOf(g).some((x) => variantKey(x) === variantKey(r))),
        );
        candidates = sameRole;
      }
    } else if (type !== "country" && type !== "media") {
      candidates = orgs.get(word) ?? [];
    }
    const target = candidates.length === 1 ? candidates[0] : undefined;
    if (target && target !== g) uf.union(g.root, target.root);
  }
}

/** A bare acronym and the one organisation of the ledger whose initials it spells. */
function linkAcronyms(uf: UnionFind, groups: Group[]): void {
  const byInitials = indexByName(
    groups.filter((g) => !isPerson(g) && !g.root.startsWith("country:")),
    (n) => (acronymOf(n) || nameTokens(n).length < 2 ? undefined : initialsOf(n)),
  );
  for (const g of groups) {
    const acro = fullNames(g)
      .map(acronymOf)
      .find((a) => a !== undefined);
    if (!acro || fullNames(g).some((n) => !acronymOf(n))) continue;
    const candidates = (byInitials.get(acro) ?? []).filter((c) => c !== g);
    if (candidates.length === 1) uf.union(g.root, (candidates[0] as Group).root);
  }
}

/** Every group of a list joins the first. */
function unionAll(uf: UnionFind, list: Group[]): void {
  for (const g of list.slice(1)) uf.union((list[0] as Group).root, g.root);
}

function linkMediaTails(uf: UnionFind, groups: Group[]): void {
  const media = groups.filter((g) => g.mentions.some((m) => m.type === "media"));
  for (const list of indexByName(media, mediaKey).values()) unionAll(uf, list);
}

/** A company with and without its legal form ("Intel Corp", "Intel"), when one of them is typed an organisation. */
function linkCorporateForms(uf: UnionFind, groups: Group[]): void {
  const companies = groups.filter((g) => ["organization", "other"].includes(chooseType(g.mentions)));
  for (const list of indexByName(companies, corporateKey).values())
    if (list.some((g) => chooseType(g.mentions) === "organization")) unionAll(uf, list);
}

/** Transliterations of one person's name across sources, when nothing says they are two people. */
function linkTransliterations(uf: UnionFind, groups: Group[]): void {
  const people = groups.filter(isPerson);
  const bySkeleton = indexByName(people, (n) => (nameTokens(n).length < 2 ? undefined : skeletonKey(n)));
  for (const list of bySkeleton.values()) {
    if (list.length !== 2) continue;
    const [a, b] = list as [Group, Group];
    // One article writing both spellings is writing about two people.
    const shared = [...sourcesOf(a)].some((s) => sourcesOf(b).has(s));
    if (!shared && rolesAgree(a, b)) uf.union(a.root, b.root);
  }
}

function displayName(type: ActorType, root: string, ms: ActorMention[]): string {
  if (root.startsWith("country:")) return root.slice("country:".length);
  const ofType = ms.filter((m) => m.type === type).map((m) => m.name);
  // A long form beats its acronym, a bare name its described form, as the name people read.
  const long = ofType.filter((n) => !acronymOf(n));
  const bare = long.filter((n) => withoutDescription(n) === n);
  const named = bare.length ? bare : long;
  return mostFrequent(named.length ? named : ofType) ?? mostFrequent(ms.map((m) => m.name)) ?? root;
}

/** The identity an actor's id rests on: a rule's key when there is one, else its name. */
function identityOf(ms: ActorMention[], name: string): string {
  const keys = filled(ms.map((m) => m.canonical)).sort();
  return keys.find((k) => k.startsWith("country:")) ?? keys[0] ?? `name:${variantKey(name)}`;
}

export function resolveActors(mentions: ActorMention[]): ActorIndex {
  const uf = new UnionFind();
  linkIdentities(mentions, uf);
  linkShortForms(mentions, uf);
  linkAcronyms(uf, groupsOf(mentions, uf));
  linkMediaTails(uf, groupsOf(mentions, uf));
  linkCorporateForms(uf, groupsOf(mentions, uf));
  linkOneWordNames(uf, groupsOf(mentions, uf));
  linkTransliterations(uf, groupsOf(mentions, uf));

  const actors: Actor[] = [];
  const lookup = new Map<string, Actor>();
  const byId = new Map<string, Actor>();
  const mentionsById = new Map<string, ActorMention[]>();
  for (const { root, mentions: ms } of groupsOf(mentions, uf)) {
    const type = chooseType(ms);
    const name = displayName(type, root, ms);
    const sources = distinct(ms.map((m) => m.evidence.source)).sort();
    const evidence = sources
      .map((s) => ms.find((m) => m.evidence.source === s)?.evidence)
      .filter((e) => e !== undefined);
    const aliases = distinct(ms.flatMap((m) => [m.name, m.surface]))
      .filter((a) => a !== name)
      .sort();
    const actor: Actor = {
      id: shortId("A", identityOf(ms, name)),
      name,
      type,
      aliases,
      sources,
      mentions: ms.length,
      evidence,
    };
    const role = mostFrequent(ms.map((m) => m.role));
    const affiliation = mostFrequent(ms.map((m) => m.affiliation));
    if (role) actor.role = role;
    if (affiliation) actor.affiliation = affiliation;
    actors.push(actor);
    byId.set(actor.id, actor);
    mentionsById.set(actor.id, ms);
  }
  // Exact names first, then aliases: a name that is one actor's name and another's alias is the former's.
  for (const a of actors) lookup.set(variantKey(a.name), a);
  for (const a of actors)
    for (const n of a.aliases) if (!lookup.has(variantKey(n))) lookup.set(variantKey(n), a);
  actors.sort(
    (a, b) => b.sources.length - a.sources.length || b.mentions - a.mentions || a.name.localeCompare(b.name),
  );
  return {
    actors,
    byName: (n) => lookup.get(variantKey(n)),
    byId: (id) => byId.get(id),
    mentionsOf: (id) => mentionsById.get(id) ?? [],
  };
}
