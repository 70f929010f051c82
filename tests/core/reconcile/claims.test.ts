import { claimSlots } from "../../../src/core/reconcile/claims";
import type { Article, Claim, Stance } from "../../../src/core/model";

let offset = 0;
function claim(source: string, claimer: string, stance: Stance, text: string, sameSentenceAs?: Claim): Claim {
  const start = sameSentenceAs?.evidence.start ?? (offset += 300);
  return {
    id: `C-${source}-${start}-${claimer}`,
    claimer,
    claimerId: `A-${claimer}`,
    stance,
    text,
    source,
    evidence: { source, sentence: text, start, end: start + text.length },
  };
}
const articles = new Map<string, Article>(
  ["S-1", "S-2"].map((id) => [
    id,
    { id, text: "", contentHash: id, words: 0, status: "ok", published: "2026-05-0" + id.slice(-1) },
  ]),
);

describe("claimSlots: a denial of 'the accusation'", () => {
  it("pairs a denial that names only 'the accusation' with the accusation just before it", () => {
    const accuse = claim("S-1", "Estavia", "accuse", "Norland of shelling border villages during the talks");
    const quote = claim("S-1", "Piotr Vasko", "assert", "They negotiate by day and bomb by night");
    const deny = claim("S-1", "Ines Calder", "deny", "the accusation");
    const slots = claimSlots([accuse, quote, deny], articles);
    expect(slots.map((s) => s.claimId).sort()).toEqual([accuse.id, deny.id].sort());
  });
  it("leaves it alone when no accusation by another party comes shortly before", () => {
    const far = claim("S-1", "Estavia", "accuse", "Norland of shelling border villages");
    offset += 3000;
    const deny = claim("S-1", "Ines Calder", "deny", "the claims");
    expect(claimSlots([far, deny], articles)).toEqual([]);
  });
});

describe("claimSlots", () => {
  it("pairs an accusation and a denial by another party about the same thing", () => {
    const accuse = claim(
      "S-1",
      "Harbour council",
      "accuse",
      "the navy shelled the fishing port of Kessan overnight",
    );
    const deny = claim("S-2", "Norland navy", "deny", "its ships shelled the fishing port of Kessan");
    const other = claim("S-2", "Norland navy", "assert", "the fleet returned to base on Monday");
    const slots = claimSlots([accuse, deny, other], articles);
    expect(slots.map((s) => [s.value, s.claimId])).toEqual([
      ["Harbour council (accuse)", accuse.id],
      ["Norland navy (deny)", deny.id],
    ]);
    expect(new Set(slots.map((s) => s.subjectId)).size).toBe(1);
    expect(slots[0]?.subject).toBe("the navy shelled the fishing port of Kessan overnight");
  });

  it("pairs the two claims of one sentence, and ignores one party's own claims and nameless claimers", () => {
    const accuse = claim("S-1", "Estavia", "accuse", "Norland violated the airspace with drones");
    const deny = claim("S-1", "Norland", "deny", "but cannot quash", accuse);
    expect(claimSlots([accuse, deny], articles)).toHaveLength(2);
    const self = claim("S-2", "Estavia", "deny", "Norland violated the airspace with drones");
    expect(claimSlots([accuse, self], articles)).toHaveLength(0);
    const anonymous = claim("S-2", "sources", "deny", "Norland violated the airspace with drones");
    expect(claimSlots([accuse, anonymous], articles)).toHaveLength(0);
  });

  it("does not pair claims that share only a few common words", () => {
    const a = claim("S-1", "Harbour council", "accuse", "the navy blocked the harbour entrance");
    const b = claim("S-2", "Norland navy", "deny", "the harbour budget was cut this year");
    expect(claimSlots([a, b], articles)).toHaveLength(0);
  });
});
