// Titles, ranks, roles and occupations that stand before a name ("Defence Minister", "Major
// General", "spokesman"). A generic list: it names offices, never people.

const list = (words: string): string[] => words.split(",").map((w) => w.trim());

const RANKS = list(
  "field marshal, general, lieutenant general, lt gen, lt. gen., major general, maj gen, maj. gen., " +
    "brigadier general, brigadier, colonel, lieutenant colonel, lt col, major, captain, lieutenant, sergeant, " +
    "corporal, private, admiral, vice admiral, rear admiral, commodore, commander, air marshal, " +
    "air chief marshal, gen., gen, col., capt., cmdr., adm., sgt., lt., maj.",
);

const OFFICES = list(
  "president, vice president, prime minister, deputy prime minister, minister, foreign minister, " +
    "defence minister, defense minister, interior minister, finance minister, health minister, " +
    "transport minister, information minister, home minister, chancellor, secretary, secretary of state, " +
    "secretary-general, secretary general, undersecretary, ambassador, envoy, special envoy, consul, governor, " +
    "mayor, deputy mayor, senator, sen., congressman, congresswoman, representative, rep., lawmaker, speaker, " +
    "chairman, chairwoman, chair, chief, army chief, police chief, fire chief, chief executive, ceo, cfo, coo, " +
    "cto, director, director general, director-general, commissioner, inspector, inspector general, " +
    "superintendent, judge, justice, chief justice, prosecutor, attorney, attorney general, district attorney, " +
    "spokesman, spokeswoman, spokesperson, king, queen, prince, princess, emir, sheikh, sultan, pope, " +
    "cardinal, bishop, archbishop, imam, rabbi, pastor, priest, cleric, prophet, professor, prof., dr., dr, " +
    "doctor, journalist, reporter, correspondent, editor, columnist, photographer, analyst, expert, official, " +
    "head, leader, founder, co-founder, owner, president-elect, premier, foreign secretary, " +
    "national security adviser, adviser, advisor, coach, manager, skipper, sir, lord, lady, dame, " +
    "former president, former prime minister, acting president, actor, actress, singer, star, player, " +
    "striker, goalkeeper, host, presenter, producer, comedian, author, writer, novelist, economist, " +
    "scientist, researcher, engineer, pilot, driver, officer, soldier, activist, lawyer, teacher, " +
    "student, nurse, surgeon, executive, boss, negotiator, mediator, candidate, ranger, trooper, deputy, " +
    "sheriff, detective, constable, agent, marshal, warden, firefighter, paramedic, medic",
);

/** Words before a name that say it is a person without giving a role. */
const HONORIFICS = new Set(list("mr., mr, mrs., mrs, ms., ms, miss, mx"));

const ROLE_WORDS = new Set([...RANKS, ...OFFICES]);

/** Ministerial portfolios: "Defence Minister", "Minister of Justice", "Secretary of State". */
const PORTFOLIOS =
  "foreign defence defense interior finance health transport information justice trade energy education " +
  "agriculture labour labor state security";

/** Single words that can begin a title phrase ("Defence", "Deputy", "Acting", "Former"). */
const TITLE_MODIFIERS = new Set(
  (
    `${PORTFOLIOS} former acting deputy interim vice senior junior chief assistant associate home ` +
    "environment economy federal regional provincial district county national general special executive " +
    "managing intelligence military army police fire emergency rescue civil aviation navy naval air coast " +
    "guard press communications public prime first prosecuting presiding lead top head"
  ).split(" "),
);

/** Words that may follow "of" inside a title: "Secretary of State", "Minister of Foreign Affairs". */
const TITLE_OF_WORDS = new Set(
  `${PORTFOLIOS} the affairs homeland treasury commerce transportation veterans housing culture`.split(" "),
);

export function isRoleWord(word: string): boolean {
  return ROLE_WORDS.has(word.toLowerCase());
}

export interface PeeledTitle {
  /** The title as written ("Defence Minister"); none for an honorific alone ("Mr"). */
  role?: string;
  name: string;
  /** True when a title or honorific marked the name as a person's. */
  titled?: boolean;
}

/**
 * Splits leading title words off a capitalised name: "Defence Minister Amos Wekesa" ->
 * { role: "Defence Minister", name: "Amos Wekesa" }. Returns no role when the name has none.
 */
const PEELED = new Map<string, PeeledTitle>();

export function peelTitle(span: string): PeeledTitle {
  let out = PEELED.get(span);
  if (!out) {
    out = peel(span);
    if (PEELED.size > 20_000) PEELED.clear();
    PEELED.set(span, out);
  }
  return { ...out };
}

function peel(span: string): PeeledTitle {
  const words = span.split(/\s+/);
  let cut = 0;
  let honorific = 0;
  for (let i = 0; i < words.length - 1; i++) {
    const lower = (words[i] ?? "").toLowerCase();
    const two = `${lower} ${(words[i + 1] ?? "").toLowerCase()}`;
    if (HONORIFICS.has(lower) && i === cut) {
      honorific = i + 1;
      cut = i + 1;
      break;
    }
    if (ROLE_WORDS.has(two) && i + 2 < words.length) {
      cut = i + 2;
      i++;
      continue;
    }
    if (lower === "of" && cut === i && i > 0) {
      // "Secretary of State X": title words after "of", then the name.
      let k = i + 1;
      while (k < words.length - 1 && TITLE_OF_WORDS.has((words[k] ?? "").toLowerCase())) k++;
      if (k > i + 1 && k < words.length) {
        cut = k;
        i = k - 1;
        continue;
      }
      break;
    }
    if (ROLE_WORDS.has(lower) || TITLE_MODIFIERS.has(lower)) {
      if (ROLE_WORDS.has(lower)) cut = i + 1;
      continue;
    }
    break;
  }
  if (cut === 0) return { name: span };
  const name = words.slice(cut).join(" ");
  if (honorific === cut) {
    const role = words.slice(0, honorific - 1).join(" ");
    return role ? { role, name, titled: true } : { name, titled: true };
  }
  return { role: words.slice(0, cut).join(" "), name, titled: true };
}
