// Spelling variants of one name across sources become one actor: extraction gives each mention
// the same name and type, and resolve folds the variants (connectors, doubled letters, accents,
// every Unicode hyphen). Invented names.
import { analyze } from "../../../src/core/analyze";
import { article } from "../../helpers/articles";

describe("one actor across spellings", () => {
  const a = article(
    "Outlet: North Post\nDate: 2026-04-02\n\nFighters of the Jaish-e-Noor Brigade attacked a border post, commander Qassem Ravi said.",
  );
  const b = article(
    "Outlet: South Wire\nDate: 2026-04-03\n\nThe Jaish\u2011i\u2011Noor Brigade attacked a border post on Tuesday, its commander Qasem Rávi told Velm News.",
  );
  const ledger = analyze([a, b]);
  it("folds connector, doubled-letter and accent variants and non-breaking hyphens", () => {
    const brigade = ledger.actors.filter((x) => /Noor Brigade/.test(x.name));
    expect(brigade).toHaveLength(1);
    expect(brigade[0]?.sources).toHaveLength(2);
    const ravi = ledger.actors.filter((x) => x.type === "person");
    expect(ravi).toHaveLength(1);
    expect(ravi[0]?.sources).toHaveLength(2);
  });
});
