import { officeOf, rankOf, rolesConflict } from "../../../src/core/resolve/roles";

describe("roles that can contradict each other", () => {
  it("reads ranks, written out or abbreviated, and not offices that end in 'general'", () => {
    expect(rankOf("Lt. Gen.")).toBe("lieutenant general");
    expect(rankOf("Major General")).toBe("major general");
    expect(rankOf("Colonel")).toBe("colonel");
    expect(rankOf("secretary general of the league")).toBeUndefined();
    expect(rankOf("spokesman")).toBeUndefined();
  });

  it("reads offices: portfolios, prime minister, president", () => {
    expect(officeOf("Defense Minister")).toBe("defence minister");
    expect(officeOf("minister of defence")).toBe("defence minister");
    expect(officeOf("Minister of Foreign Affairs")).toBe("foreign minister");
    expect(officeOf("former Prime Minister")).toBe("prime minister");
    expect(officeOf("the minister")).toBeUndefined();
    expect(officeOf("president of the football club")).toBeUndefined();
  });

  it("finds two ranks or two offices in conflict, and descriptions compatible with anything", () => {
    expect(rolesConflict("Major General", "Lieutenant General")).toBe(true);
    expect(rolesConflict("Foreign Minister", "Interior Minister")).toBe(true);
    expect(rolesConflict("President", "Prime Minister")).toBe(true);
    expect(rolesConflict("Major General", "head of the special division")).toBe(false);
    expect(rolesConflict("spokesman", "chief spokesperson of the ministry")).toBe(false);
    expect(rolesConflict("Defence Minister", "minister of defense")).toBe(false);
  });
});
