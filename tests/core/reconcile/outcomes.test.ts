// The outcome, format and people in roles that src/core/extract/events/roles.ts reads for
// reconcile: facts, not prospects.
import { extractMentions } from "../../../src/core/extract";
import { findStatus, findTalksFormat } from "../../../src/core/extract/events/roles";
import { article } from "../../helpers/articles";

describe("outcomes of talks", () => {
  it("reads what happened, not what may happen", () => {
    expect(findStatus("The talks collapsed on Friday.")).toBe("collapsed");
    expect(findStatus("Negotiations resumed in the capital.")).toBe("resumed");
    expect(findStatus("Officials said the talks were unlikely to resume before spring.")).toBeUndefined();
    expect(findStatus("Officials fear the talks could collapse.")).toBeUndefined();
    expect(findStatus("The round ended without a breakthrough.")).toBe("collapsed");
    expect(findStatus("The meeting was postponed until May.")).toBe("postponed");
    expect(findStatus("If the talks fail, the ceasefire ends.")).toBeUndefined();
  });

  it("reads whether talks were direct or through mediators", () => {
    expect(findTalksFormat("The two sides held indirect talks, with mediators passing messages.")).toBe(
      "indirect",
    );
    expect(findTalksFormat("The talks ended without direct contact between the delegations.")).toBe(
      "indirect",
    );
    expect(findTalksFormat("The delegations met face-to-face for the first time.")).toBe("direct");
    expect(findTalksFormat("The talks opened in the capital.")).toBeUndefined();
  });
});

describe("people and parties in roles", () => {
  const rolesOf = (text: string) =>
    extractMentions(article(`Date: 2026-05-04\n\n${text}`)).events.flatMap((e) =>
      e.roles.map((r) => [r.role, r.name, r.holderOf ?? ""]),
    );

  it("gives an event's own roles to the event, and a side's roles to the side", () => {
    expect(rolesOf("The attack was claimed by the Red Fen Brigade on Sunday.")).toEqual([
      ["responsible", "Red Fen Brigade", ""],
    ]);
    expect(rolesOf("The Norland delegation was led by Ada Lorne at the talks.")).toEqual([
      ["leader", "Ada Lorne", "Norland delegation"],
    ]);
  });

  it("reads buyers and the unnamed parties to a deal", () => {
    expect(rolesOf("Aldane Lines was bought by an unnamed investor group last week.")).toEqual([
      ["buyer", "an unnamed investor", ""],
    ]);
    expect(rolesOf("Norway revealed it has an agreement with a foreign country on fishing rights.")).toEqual([
      ["counterparty", "a foreign country", "Norway agreement"],
    ]);
  });
});
