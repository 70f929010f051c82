import { peelTitle } from "../../../src/core/lexicon/titles";

describe("peelTitle", () => {
  it("splits ranks and offices from names", () => {
    expect(peelTitle("Major General Ada Ren")).toEqual({
      role: "Major General",
      name: "Ada Ren",
      titled: true,
    });
    expect(peelTitle("Deputy Prime Minister Ola Berg")).toEqual({
      role: "Deputy Prime Minister",
      name: "Ola Berg",
      titled: true,
    });
    expect(peelTitle("Ada Ren")).toEqual({ name: "Ada Ren" });
  });
});
