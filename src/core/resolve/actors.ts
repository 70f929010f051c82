// Actor mentions from every source -> actors. Mentions join when a rule knows they are one
// (a country key, an acronym tied to its long form) or when their names are variants of each
// other (case, accents, hyphens, transliteration vowels).
import type { Actor, ActorMention, ActorType } from "../model";
import { shortId } from "../text/hash";
import { nameKey } from "../text/normalize";

/**
 * Folds transliteration variants: "Tehrik-e-Taliban" and "Tehrik-i-Taliban" (single-letter
 * connectors), "Qassem" and "Qasem" (doubled letters).
 */
export function variantKey(name: string): string {
  return nameKey(name)
    .split(" ")
    .filter((w) => w.length > 1 || /\d/.test(w))
    .map((w) => w.replace(/(.)\1+/g, "$1"))
    .join(" ");
}

export function actorKey(m: ActorMention): string {
  if (m.canonical) return m.canonical;
  return `${m.type === "place" ? "place" : "name"}:${variantKey(m.name)}`;
}

function mostFrequent(values: (string | undefined)[]): string | undefined {
  const counts = new Map<string, number>();
  for (const v of values) if (v) counts.set(v, (counts.get(v) ?? 0) + 1);
  let best: string | undefined;
  let n = 0;
  for (const [v, c] of counts) if (c > n) [best, n] = [v, c];
  return best;
}

class UnionFind {
  private parent = new Map<string, string>();
  find(x: string): string {
    let p = this.parent.get(x) ?? x;
    if (p !== x) {
      p = this.find(p);
      this.parent.set(x, p);
    }
    return p;
  }
  union(a: string, b: string): void {
    const ra = this.find(a);
    const rb = this.find(b);
    // The smaller key wins, so the root (and the id derived from it) does not depend on order.
    if (ra === rb) return;
    if (ra < rb) this.parent.set(rb, ra);
    else this.parent.set(ra, rb);
  }
}

export interface ActorIndex {
  actors: Actor[];
  /** Looks up the actor a name or alias stands for. */
  byName(name: string): Actor | undefined;
}

export function resolveActors(mentions: ActorMention[]): ActorIndex {
  const uf = new UnionFind();
  // A name written as-is in one source ("Turkey") and matched by a key in another joins the key.
  const keyOfName = new Map<string, string>();
  for (const m of mentions) {
    const k = actorKey(m);
    uf.find(k);
    if (m.canonical) {
      for (const n of [m.name, m.surface]) {
        const nk = `name:${variantKey(n)}`;
        const prev = keyOfName.get(nk);
        keyOfName.set(nk, k);
        uf.union(k, nk);
        if (prev) uf.union(prev, k);
      }
    }
  }
  const groups = new Map<string, ActorMention[]>();
  for (const m of mentions) {
    const root = uf.find(actorKey(m));
    const g = groups.get(root);
    if (g) g.push(m);
    else groups.set(root, [m]);
  }
  const actors: Actor[] = [];
  const lookup = new Map<string, Actor>();
  for (const [root, ms] of groups) {
    const type = (mostFrequent(ms.map((m) => (m.canonical?.startsWith("country:") ? "country" : m.type))) ??
      "other") as ActorType;
    const name = mostFrequent(ms.filter((m) => m.type === type).map((m) => m.name)) ?? ms[0]?.name ?? root;
    const sources = [...new Set(ms.map((m) => m.evidence.source))].sort();
    const evidence = sources
      .map((s) => ms.find((m) => m.evidence.source === s)?.evidence)
      .filter((e) => e !== undefined);
    const aliases = [...new Set(ms.flatMap((m) => [m.name, m.surface]))].filter((a) => a !== name).sort();
    const actor: Actor = {
      id: shortId("A", root),
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
    for (const n of [name, ...aliases]) if (!lookup.has(variantKey(n))) lookup.set(variantKey(n), actor);
  }
  actors.sort(
    (a, b) => b.sources.length - a.sources.length || b.mentions - a.mentions || a.name.localeCompare(b.name),
  );
  return { actors, byName: (n) => lookup.get(variantKey(n)) };
}
