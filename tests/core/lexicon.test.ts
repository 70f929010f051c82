import { execFileSync } from "node:child_process";
import { join } from "node:path";
import { countryByCapital, countryByDemonym, countryByName } from "../../src/core/lexicon/countries";
import { REPO } from "../helpers/shared";

describe("country tables", () => {
  it("are generated from world-countries and up to date", () => {
    expect(() =>
      execFileSync(process.execPath, [join(REPO, "scripts/gen-countries.mjs"), "--check"], { stdio: "pipe" }),
    ).not.toThrow();
  });
  it("find countries by name, short form, demonym and capital", () => {
    expect(countryByName("Norway")?.name).toBe("Norway");
    expect(countryByName("U.S.")?.name).toBe("United States");
    expect(countryByName("Turkey")?.name).toBe(countryByName("Türkiye")?.name);
    expect(countryByDemonym("Brazilian")?.name).toBe("Brazil");
    expect(countryByDemonym("Kenyans")?.name).toBe("Kenya");
    expect(countryByCapital("Nairobi")?.name).toBe("Kenya");
    expect(countryByName("Velm")).toBeUndefined();
  });
  it("reads official long forms by rule, without listing them", () => {
    expect(countryByName("the Islamic Republic of Iran")?.name).toBe("Iran");
    expect(countryByName("Kingdom of Bahrain")?.name).toBe("Bahrain");
    expect(countryByName("Republic of Velm")).toBeUndefined();
  });
});
