// Claim rules on invented sentences: who claims, what, with which stance, through whom.
import { extractMentions } from "../../../src/core/extract";
import type { ClaimMention } from "../../../src/core/model";
import { article, expectEvidenceVerbatim } from "../../helpers/articles";

function claimsOf(body: string): ClaimMention[] {
  const a = article(`Title: Test story\nDate: 2026-04-10\n\n${body}`);
  const m = extractMentions(a);
  expectEvidenceVerbatim(
    a,
    m.claims.map((c) => c.evidence),
  );
  return m.claims;
}
const by = (claims: ClaimMention[], claimer: string): ClaimMention[] =>
  claims.filter((c) => c.claimer === claimer);

describe("speakers", () => {
  it("reads the speaker before the verb, with its title, and the content without the attribution", () => {
    const [c] = claimsOf(
      "Kenya's Interior Minister Amos Wekesa said on Tuesday that the border would reopen.",
    );
    expect(c).toMatchObject({ claimer: "Amos Wekesa", stance: "assert", text: "the border would reopen" });
  });
  it("reads the speaker after the verb in an inversion, and the quotation as the claim", () => {
    const [c] = claimsOf('"The pumps failed twice," said one engineer from Halden.');
    expect(c).toMatchObject({ claimer: "one engineer from Halden", quote: "The pumps failed twice" });
  });
  it("ends a speaker named after the verb before where or when they spoke", () => {
    const [varn] = claimsOf(
      '"We will not sell the quay," said harbour director Ilse Varn at a news conference.',
    );
    expect(varn).toMatchObject({ claimer: "Ilse Varn" });
    const [op] = claimsOf('"The ferry sails again on Monday," said the operator in a statement.');
    expect(op).toMatchObject({ claimer: "operator" });
    const [sp] = claimsOf('"The ferry sails again," said a spokeswoman for the operator on Sunday.');
    expect(sp).toMatchObject({ claimer: "spokeswoman for the operator" });
    // A place is part of who spoke.
    const [off] = claimsOf('"The ferry sails again," said officials in Merrow.');
    expect(off).toMatchObject({ claimer: "officials in Merrow" });
  });
  it("reads two speakers between the quotation and the verb, the quotation as the claim", () => {
    const [c] = claimsOf('"The quay stays open," Ilse Varn and Tomas Brin said in a joint statement.');
    expect(c).toMatchObject({ text: "The quay stays open", quote: "The quay stays open" });
    expect(["Ilse Varn", "Tomas Brin"]).toContain(c?.claimer);
  });
  it("does not read a clause after the verb as its speaker", () => {
    const [c] = claimsOf("Brask Holdings, the port operator, said 42 people were hurt in the collision.");
    expect(c).toMatchObject({ claimer: "Brask Holdings", text: "42 people were hurt in the collision" });
  });
  it("reads no inversion after a verb that takes an object: 'X, the negotiator, blamed Y'", () => {
    const [c] = claimsOf("Norland's chief negotiator, Ines Calder, blamed Estavia for the failure.");
    expect(c).toMatchObject({ claimer: "Ines Calder", stance: "accuse", text: "Estavia for the failure" });
  });
  it("reads a speaker between the quotation and the verb", () => {
    const [c] = claimsOf('"We will rebuild the pier," Mayor Ines Calder told reporters.');
    expect(c).toMatchObject({
      claimer: "Ines Calder",
      text: "We will rebuild the pier",
      quote: "We will rebuild the pier",
    });
  });
  it("reads public bodies named by a common noun as speakers", () => {
    for (const [sentence, claimer] of [
      ["Two crew were missing, the fire service said.", "fire service"],
      ["The harbour board said the ferry would sail again.", "harbour board"],
      ["The port authority said the quay would reopen.", "port authority"],
      ["A government commission said the ferry was overloaded.", "government commission"],
    ])
      expect(claimsOf(sentence!)[0]).toMatchObject({ claimer });
  });
  it("reads a speaker whose phrase runs on into a relative clause", () => {
    const [c] = claimsOf(
      "The operator of the ferry that sank off Brask on Tuesday denied on Thursday that it had ignored safety warnings.",
    );
    expect(c).toMatchObject({ claimer: "operator", stance: "deny", text: "it had ignored safety warnings" });
  });
  it("leaves 'earlier' out of both the speaker and the claim: 'said earlier that'", () => {
    const [c] = claimsOf("The harbour board said earlier that it had counted 30 dead.");
    expect(c).toMatchObject({ claimer: "harbour board", text: "it had counted 30 dead" });
    const [d] = claimsOf("The UN said earlier that it had counted 30 dead.");
    expect(d?.text).toBe("it had counted 30 dead");
  });
  it("lets a group speak for the country or organisation that modifies it", () => {
    const [c] = claimsOf("Kenyan officials said the convoy had been attacked twice.");
    expect(c).toMatchObject({ claimer: "Kenyan officials", claimerActor: "Kenya" });
  });
  it("reads the antecedent of 'who' as the speaker", () => {
    const claims = claimsOf(
      'Ines Calder, who has called the crossing "a reckless gamble", has repeatedly demanded an inquiry.',
    );
    expect(
      by(claims, "Ines Calder")
        .map((c) => c.stance)
        .sort(),
    ).toEqual(["accuse", "demand"]);
  });
  it("resolves 'he said' to the last person named before, not to someone inside the quotation", () => {
    const claims = claimsOf(
      'Transport Minister Tomas Reinholt visited the pier. "Captain Varga did what she could," he said.',
    );
    expect(claims[0]).toMatchObject({ claimer: "Tomas Reinholt", quote: "Captain Varga did what she could" });
  });
  it("resolves 'they' to the group that spoke last", () => {
    const claims = claimsOf(
      "The Kestrel delegation maintained that it would honour the truce. In exchange, they asked Velmar to free the prisoners.",
    );
    expect(claims.map((c) => c.claimer)).toEqual(["Kestrel delegation", "Kestrel delegation"]);
    expect(claims[1]?.stance).toBe("demand");
  });
  it("resolves 'the ambassador' to the ambassador named earlier", () => {
    const claims = claimsOf(
      'The Qatari ambassador intervened in the meeting. The ambassador replied, "We have a treaty with them."',
    );
    expect(claims[0]).toMatchObject({ claimer: "Qatari ambassador", claimerActor: "Qatar" });
  });
  it("gives a participle and a verb joined by 'and' the subject of their clause", () => {
    const claims = claimsOf(
      "Union leaders condemned the closure, saying it would cost 300 jobs. The report said inspectors were alarmed and blamed the owners for the delay.",
    );
    expect(claims.map((c) => [c.claimer, c.stance])).toEqual([
      ["Union leaders", "accuse"],
      ["Union leaders", "assert"],
      ["report", "assert"],
      ["inspectors", "accuse"],
    ]);
    expect(claims[3]?.via).toBe("report");
  });
});

describe("quotations", () => {
  it("reads curly and straight quotation marks alike", () => {
    const [c] = claimsOf("\u201cThe water rose too fast,\u201d a survivor said.");
    expect(c).toMatchObject({ claimer: "survivor", quote: "The water rose too fast" });
  });
  it("takes the speaker of a quotation alone from the next sentence", () => {
    const claims = claimsOf('"We had no warning at all." Dock worker Piet Sandor said this on Friday.');
    expect(claims[0]).toMatchObject({ claimer: "Piet Sandor", quote: "We had no warning at all" });
  });
  it("keeps a quotation over two sentences as one claim, evidence over both", () => {
    const claims = claimsOf(
      'Port director Lina Oduya spoke after the vote. "The crane was old. If it falls again, the port will close," she said, according to Harbour Radio.',
    );
    const c = claims.find((x) => x.quote?.startsWith("The crane was old."));
    expect(c).toMatchObject({ claimer: "Lina Oduya", via: "Harbour Radio", stance: "warn" });
    expect(c?.evidence.sentence).toMatch(/^"The crane was old\. If it falls again.*Harbour Radio\.$/);
  });
  it("continues a speaker into a quotation that stands alone", () => {
    const claims = claimsOf('Ines Calder spoke to the crowd on Sunday. "We will not leave this harbour."');
    expect(claims.find((c) => c.quote === "We will not leave this harbour")?.claimer).toBe("Ines Calder");
  });
  it("does not attribute verbs inside a quotation to the people it names", () => {
    const claims = claimsOf('"Velmar said it would pay and then denied it," the union wrote.');
    expect(claims.map((c) => c.claimer)).toEqual(["union"]);
  });
});

describe("channels: via and according to", () => {
  it("records the outlet a source told", () => {
    const [c] = claimsOf("Sources told Harbour Radio that the ferry had been overloaded.");
    expect(c).toMatchObject({
      claimer: "Sources",
      via: "Harbour Radio",
      text: "the ferry had been overloaded",
    });
  });
  it("makes 'according to' the channel of a claim with a speaker", () => {
    const claims = claimsOf("According to the Lakeside Ledger, the mayor said the pier was unsafe.");
    expect(claims).toHaveLength(1);
    expect(claims[0]).toMatchObject({ claimer: "mayor", via: "Lakeside Ledger" });
  });
  it("makes 'according to' the claimer when nothing else attributes", () => {
    const [c] = claimsOf("At least 40 people were hurt, according to the health ministry.");
    expect(c).toMatchObject({ claimer: "health ministry", text: "At least 40 people were hurt" });
  });
});

describe("stance", () => {
  it.each([
    ["Kenyan officials denied that troops had crossed the border.", "deny"],
    ["The union accused the owners of ignoring the warnings.", "accuse"],
    ["The rebels warned that any raid would be met with force.", "warn"],
    ["The families demanded a public inquiry.", "demand"],
    ["The mayor said the pier must be closed at once.", "demand"],
    ["The ministry said it had no role in the arrests.", "deny"],
    ["The governor said the guards were responsible for the fire.", "accuse"],
    ["The union said that if wages were cut, its members would strike.", "warn"],
    ["The minister said the ferry had passed its inspection.", "assert"],
    ["The council described the plan as reckless and unworkable.", "accuse"],
    ["The council described the plan as bold.", "assert"],
    ["Reporters asked why the ferry had sailed in the storm.", "other"],
  ])("%s -> %s", (sentence, stance) => {
    expect(claimsOf(sentence)[0]?.stance).toBe(stance);
  });
  it("leaves where it was said out of the claim: 'in a post on social media'", () => {
    const [c] = claimsOf("The Northern Front denied any involvement in a post on social media.");
    expect(c).toMatchObject({ claimer: "Northern Front", stance: "deny", text: "any involvement" });
  });
  it("reads the claim before '..., X said on Sunday', not the time after it", () => {
    const [c] = claimsOf("The toll has risen to 19, the regional health department said on Sunday.");
    expect(c).toMatchObject({ claimer: "regional health department", text: "The toll has risen to 19" });
  });
  it.each([
    ["The opposition slammed the council's handling of the sinking.", "opposition", "accuse"],
    ["Mayor Ines Calder hit out at the ferry operator over the delays.", "Ines Calder", "accuse"],
    ["The union branded the offer an insult to dockers.", "union", "accuse"],
    ["The ministry blasted the claims as baseless.", "ministry", "accuse"],
    ["The council welcomed the decision to reopen the quay.", "council", "assert"],
    ["The coastguard praised the crew for their bravery.", "coastguard", "assert"],
    ["Velm Lines apologised for the delays.", "Velm Lines", "assert"],
    ["Human rights groups called for an inquiry into the sinking.", "Human rights groups", "demand"],
  ])("reads '%s' as a claim by %s (%s)", (sentence, claimer, stance) => {
    expect(claimsOf(sentence)[0]).toMatchObject({ claimer, stance });
  });
  it("reads who stands behind 'a statement from' and what 'condemns' says", () => {
    const [c] = claimsOf(
      "According to a statement from the foreign ministry, the ambassador was summoned on Monday.",
    );
    expect(c).toMatchObject({ claimer: "foreign ministry", text: "the ambassador was summoned on Monday" });
    const [w] = claimsOf(
      "Half the crew had no training, according to the Harbour Trust, which last year gave the port a grant for new lifeboats.",
    );
    expect(w).toMatchObject({ claimer: "Harbour Trust", text: "Half the crew had no training" });
    const [d] = claimsOf('Velm\'s foreign ministry said in a statement it "strongly condemns" the attack.');
    expect(d).toMatchObject({ stance: "accuse" });
  });
  it("reads 'quoted X as saying': X speaks, through the one quoting", () => {
    const [c] = claimsOf(
      "State television quoted the defence minister as saying the border would stay closed.",
    );
    expect(c).toMatchObject({
      claimer: "defence minister",
      via: "State television",
      text: "the border would stay closed",
    });
    const [named] = claimsOf(
      "Velm Radio quoted Defence Minister Ada Moss as saying the border would stay closed.",
    );
    expect(named).toMatchObject({ claimer: "Ada Moss", via: "Velm Radio" });
  });
  it("reads 'told X to' as a demand", () => {
    const [c] = claimsOf("The coastguard told passengers to stay below deck.");
    expect(c).toMatchObject({ claimer: "coastguard", stance: "demand", text: "to stay below deck" });
    const told = claimsOf("She said police told the group to stay put.");
    expect(told.map((x) => x.claimer)).toContain("police");
  });
  it("reads claim nouns: 'renewed accusations that', 'issued a warning of'", () => {
    const claims = claimsOf(
      "Rebel commanders renewed accusations that the army had shelled the camp; claims the army denies.",
    );
    expect(claims.map((c) => [c.claimer, c.stance, c.text])).toEqual([
      ["Rebel commanders", "accuse", "the army had shelled the camp"],
      ["army", "deny", "the army had shelled the camp"],
    ]);
  });
  it("keeps two statements of one speaker in one sentence apart", () => {
    const claims = claimsOf('The union labelled the offer "insulting", yet declared that talks would go on.');
    expect(claims.map((c) => c.stance)).toEqual(["accuse", "assert"]);
  });
});

describe("one claim per statement", () => {
  it("keeps one reading of a sentence by one speaker, the one with the more specific stance", () => {
    expect(claimsOf("Ada Lorne rejected claims that the dam was unsafe.").map((c) => c.stance)).toEqual([
      "deny",
    ]);
    const calder = claimsOf(
      "Mayor Ines Calder warned that the pier would close, and said the pier would close in May.",
    );
    expect(calder.map((c) => [c.claimer, c.stance])).toEqual([["Ines Calder", "warn"]]);
  });
});

describe("what does not attribute", () => {
  it("reads 'believed to be', 'said to have' as a description, not a claim by a speaker", () => {
    expect(claimsOf("The harbourmaster, believed to be close to the mayor, resigned on Friday.")).toEqual([]);
    expect(claimsOf("The ferry was said to have left Brask an hour late.")).toEqual([]);
    const call = claimsOf(
      "Port officials said the crew turned back after a radio call, thought to be from the coastguard, saying the channel was closed.",
    );
    expect(call.map((c) => c.text)).not.toContainEqual(expect.stringMatching(/^to be\b/));
    expect(call[0]).toMatchObject({ claimer: "Port officials" });
  });
  it("keeps a relative adverb or a modal verb out of a speaker phrase", () => {
    const [c] = claimsOf("The ferry stopped a few miles out, where police say the engine failed.");
    expect(c).toMatchObject({ claimer: "police", text: "the engine failed" });
    expect(claimsOf("The owners may use police reports to support their claim.")).toEqual([]);
  });
  it("reads no speaker in a passive: the one told or accused does not speak", () => {
    expect(claimsOf("The crew were told the channel was closed.")).toEqual([]);
    expect(claimsOf("The harbour board had not been told whether the ferry would sail.")).toEqual([]);
    expect(claimsOf("Captain Ilse Varn was later accused of ignoring the forecast.")).toEqual([]);
  });
  it("still reads a speaker who claimed to be someone", () => {
    const [c] = claimsOf("Vera Holm claimed to be the ferry's owner.");
    expect(c).toMatchObject({ claimer: "Vera Holm", stance: "assert" });
  });
});
