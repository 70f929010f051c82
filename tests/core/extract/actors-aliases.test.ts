// Aliases an article declares in words ("also known as", "which calls itself", "X's preferred name
// for ..."): the two names are one actor, and only the text's own declaration ties them. Every
// name is made up.
import { extractMentions } from "../../../src/core/extract";
import type { Actor } from "../../../src/core/model";
import { resolveActors } from "../../../src/core/resolve/actors";
import { article } from "../../helpers/articles";

function actorsOf(body: string): { byName: (n: string) => Actor | undefined; names: string[] } {
  const mentions = extractMentions(article(`Title: Test story\nDate: 2026-04-10\n\n${body}`)).actors;
  const index = resolveActors(mentions);
  return { byName: index.byName, names: mentions.map((m) => m.surface) };
}

/** Both names were read, and they stand for one actor that carries both. */
function expectOneActor(body: string, a: string, b: string): void {
  const { byName, names } = actorsOf(body);
  expect(names).toEqual(expect.arrayContaining([a, b]));
  const actor = byName(a);
  expect(actor).toBeDefined();
  expect(byName(b)).toBe(actor);
  expect([actor?.name, ...(actor?.aliases ?? [])]).toEqual(expect.arrayContaining([a, b]));
}

/** Both names were read, and they stay two actors. */
function expectTwoActors(body: string, a: string, b: string): void {
  const { byName } = actorsOf(body);
  expect(byName(a)).toBeDefined();
  expect(byName(b)).toBeDefined();
  expect(byName(a)).not.toBe(byName(b));
}

describe("aliases an article declares", () => {
  it.each([
    "The Kestrel Front, also known as the Grey Banner, claimed the raid on Monday.",
    "The Kestrel Front (also known as the Grey Banner) claimed the raid on Monday.",
    "The Kestrel Front, aka the Grey Banner, claimed the raid on Monday.",
    "The Kestrel Front, a.k.a. Grey Banner, claimed the raid on Monday.",
    "The Kestrel Front, formerly known as the Grey Banner, claimed the raid on Monday.",
    "The Kestrel Front, formerly called the Grey Banner, claimed the raid on Monday.",
    "The Kestrel Front, which calls itself the Grey Banner, claimed the raid on Monday.",
    'The Kestrel Front, which styles itself "Grey Banner", claimed the raid on Monday.',
    "The Kestrel Front - formerly known as the Grey Banner - claimed the raid on Monday.",
  ])("ties the name after the declaration to the name before it: %s", (body) => {
    expectOneActor(body, "Kestrel Front", "Grey Banner");
  });

  it("ties every later use of the alias to the actor", () => {
    const body =
      "The Kestrel Front, also known as the Grey Banner, claimed the raid. Officials said the Grey Banner had grown.";
    const mentions = extractMentions(article(`Title: Test story\nDate: 2026-04-10\n\n${body}`)).actors;
    const banner = mentions.filter((m) => m.surface === "Grey Banner");
    expect(banner).toHaveLength(2);
    expect(banner.map((m) => m.name)).toEqual(["Kestrel Front", "Kestrel Front"]);
  });

  it.each([
    "Envoys of the Free Council, as the Kestrel Front calls itself, arrived in Orvik.",
    "Envoys of the Free Council, as the Kestrel Front calls its government, arrived in Orvik.",
    "Envoys of the Free Council, the Kestrel Front's preferred name for its government, arrived in Orvik.",
    "Envoys of the Free Council, the Kestrel Front's own name for itself, arrived in Orvik.",
  ])("ties a name to the actor whose own name for itself it is: %s", (body) => {
    expectOneActor(body, "Kestrel Front", "Free Council");
  });

  it("after a quote, ties the one other name in it to the actor whose preferred name it is", () => {
    expectOneActor(
      '"The Free Council will never bargain," Idris Malouf said, using the Kestrel Front\'s preferred name for their government.',
      "Kestrel Front",
      "Free Council",
    );
    const { byName } = actorsOf(
      '"The Free Council will never bargain," Idris Malouf said, using the Kestrel Front\'s preferred name for their government.',
    );
    expect(byName("Idris Malouf")).not.toBe(byName("Kestrel Front"));
  });

  it("ties no speaker: the quote must name the alias", () => {
    expectTwoActors(
      '"We will never bargain," the Tessel Brigade said, using the Kestrel Front\'s preferred name for their government.',
      "Kestrel Front",
      "Tessel Brigade",
    );
  });

  it("ties nothing when the quote names two candidates", () => {
    const body =
      '"The Free Council and the Tessel Brigade will never bargain," Idris Malouf said, using the Kestrel Front\'s preferred name for their government.';
    expectTwoActors(body, "Kestrel Front", "Free Council");
    expectTwoActors(body, "Kestrel Front", "Tessel Brigade");
  });

  it.each([
    ["The Kestrel Front and the Tessel Brigade claimed the raid on Monday.", "Tessel Brigade"],
    ["The Kestrel Front, known for the Tessel Brigade raids, claimed the attack.", "Tessel Brigade"],
    ["The Kestrel Front, also known as the Tessel Brigade's ally, claimed the raid.", "Tessel Brigade"],
    [
      "The Kestrel Front, which called the Tessel Brigade a terrorist group, claimed the raid.",
      "Tessel Brigade",
    ],
    ["The Kestrel Front called the Tessel Brigade a terrorist group on Monday.", "Tessel Brigade"],
    ["Aid reached the port of Orvik, as the Kestrel Front calls it, on Monday.", "Orvik"],
    ["The Tessel Brigade shelled the camp, as the Kestrel Front calls it, on Monday.", "Tessel Brigade"],
    [
      "The Tessel Brigade seized the town, using the Kestrel Front's preferred name for its government.",
      "Tessel Brigade",
    ],
  ])("keeps two names apart when nothing declares them one: %s", (body, other) => {
    expectTwoActors(body, "Kestrel Front", other);
  });

  it("ties no common word: 'the council, as the Kestrel Front calls itself'", () => {
    const { byName, names } = actorsOf(
      "Envoys of the council, as the Kestrel Front calls itself, arrived in Orvik on Monday.",
    );
    expect(byName("Kestrel Front")?.aliases).toEqual([]);
    expect(names.sort()).toEqual(["Kestrel Front", "Orvik"]);
  });
});
