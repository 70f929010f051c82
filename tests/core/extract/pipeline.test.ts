// The whole extraction on one small invented story: actors, claims and events together.
import { extractMentions } from "../../../src/core/extract";
import { article, expectEvidenceVerbatim } from "../../helpers/articles";

const STORY = [
  "Title: Harbour strike ends",
  "Outlet: Velm Gazette",
  "Date: 2026-05-08",
  "",
  "Norway's Labour Minister Edda Strand said on Wednesday that the strike at the port of Velm had ended.",
  "The talks, led by Judge Oskar Lind of the Arbitration Council (ARC), lasted two days.",
  "ARC officials said at least 40 workers were injured in clashes on Monday.",
  '"We accepted the offer," union leader Mika Holm said.',
  "Strand denied that the government had threatened the workers.",
].join("\n");

describe("extractMentions", () => {
  const a = article(STORY);
  const m = extractMentions(a);

  it("keeps titles apart from names and reads affiliations", () => {
    const strand = m.actors.find((x) => x.name === "Edda Strand");
    expect(strand).toMatchObject({ type: "person", role: "Labour Minister", affiliation: "Norway" });
    const lind = m.actors.find((x) => x.name === "Oskar Lind");
    expect(lind).toMatchObject({ type: "person", affiliation: "Arbitration Council" });
  });

  it("ties an acronym to its long form and a surname to the full name", () => {
    const arc = m.actors.filter((x) => x.surface === "ARC");
    expect(arc.length).toBeGreaterThan(0);
    expect(arc.every((x) => x.name === "Arbitration Council")).toBe(true);
    const strand = m.actors.filter((x) => x.surface === "Strand");
    expect(strand.length).toBeGreaterThan(0);
    expect(strand.every((x) => x.name === "Edda Strand")).toBe(true);
  });

  it("finds claims with claimer, stance and quote", () => {
    const denial = m.claims.find((c) => c.stance === "deny");
    expect(denial?.claimer).toBe("Edda Strand");
    const quote = m.claims.find((c) => c.quote === "We accepted the offer");
    expect(quote?.claimer).toBe("Mika Holm");
  });

  it("finds events with dates resolved against the publication date and figures as intervals", () => {
    const clash = m.events.find((e) => e.type === "clash");
    expect(clash?.date?.value).toBe("2026-05-04");
    expect(clash?.figures[0]).toMatchObject({
      what: "injured",
      value: { min: 40, max: Infinity, text: "at least 40" },
    });
    const talks = m.events.find((e) => e.roles.some((r) => r.role === "leader"));
    expect(talks?.roles[0]?.name).toBe("Oskar Lind");
  });

  it("gives every item evidence found verbatim at its offsets", () => {
    expectEvidenceVerbatim(
      a,
      [...m.actors, ...m.events, ...m.claims].map((x) => x.evidence),
    );
    expectEvidenceVerbatim(
      a,
      m.events.flatMap((e) => e.figures.map((f) => f.evidence)),
    );
  });
});
