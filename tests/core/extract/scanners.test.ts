// The sentence scanners the rules share: which words they find, on invented sentences.
import { roleBefore } from "../../../src/core/extract/actors/affiliations";
import { findReportingVerbs } from "../../../src/core/extract/claims/verbs";
import { mayNameRoles } from "../../../src/core/extract/events/roles";

const verbs = (s: string): string[] => findReportingVerbs(s).map((v) => v.verb);

describe("findReportingVerbs", () => {
  it("finds every reporting verb in order, with its offset", () => {
    const s = "The mayor said the pier would reopen, and her deputy denied it.";
    expect(findReportingVerbs(s)).toEqual([
      { verb: "said", index: s.indexOf("said"), length: 4 },
      { verb: "denied", index: s.indexOf("denied"), length: 6 },
    ]);
  });
  it("prefers a phrase to its first word, whatever stands between its words", () => {
    expect(verbs("The union called for a strike.")).toEqual(["called for"]);
    expect(verbs("The union called, for once, a strike.")).toEqual(["called, for"]);
    expect(verbs("She made it clear that the talks were over.")).toEqual(["made it clear"]);
    expect(verbs("The council called the meeting off.")).toEqual(["called"]);
  });
  it("reads whole runs of letters only, in any case", () => {
    expect(verbs("An unsaid rule; a sayings book; SAID twice.")).toEqual(["SAID"]);
    expect(verbs("Item 4said nothing.")).toEqual(["said"]);
  });
});

describe("mayNameRoles", () => {
  it("lets through the sentences a role rule can read", () => {
    expect(mayNameRoles("The talks were hosted by the harbour board.")).toBe(true);
    expect(mayNameRoles("The firm signed an agreement with a rail operator.")).toBe(true);
    expect(mayNameRoles("Velmar Freight bought the depot last year.")).toBe(true);
    expect(mayNameRoles("Tova Lind led the delegation.")).toBe(true);
  });
  it("stops a sentence none of them can read", () => {
    expect(mayNameRoles("The ferry sailed at noon and reached the island by dusk.")).toBe(false);
  });
});

describe("roleBefore", () => {
  it("reads a role word and its modifiers before a name", () => {
    expect(roleBefore("The harbour spokesman ")).toBe("harbour spokesman");
    expect(roleBefore("said the intelligence chief, ")).toBe("intelligence chief");
  });
  it("reads nothing when the last word is no role", () => {
    expect(roleBefore("The ferry left on Tuesday with ")).toBeUndefined();
    expect(roleBefore("")).toBeUndefined();
  });
});
