// Generic word lists for recognising what kind of thing a name is. None names a person, place or
// group of any story: they are the words that publishing uses around names.
import { FUNCTION_WORDS } from "../../lexicon/functionWords";
import { REPORTING_VERBS } from "../claims/verbs";

const set = (words: string): Set<string> => new Set(words.trim().split(/\s+/));

/** Capitalised words that start sentences but are not names. */
export const SENTENCE_STARTERS = set(
  `${FUNCTION_WORDS} my without however meanwhile instead despite although though finally ironically ` +
    "according following upon within every none unless whether because analysts officials sources experts " +
    "witnesses residents critics observers reports report regional international multiple having " +
    "speaking asked asking around nearly almost less up down out off never always sometimes often usually " +
    "breaking update updated watch read photo video exclusive opinion analysis live",
);

/** Words that make a capitalised span an organisation. */
export const ORG_WORDS = set(
  "ministry office council party army forces force agency intelligence service services organization " +
    "organisation group bank court committee commission university college school company corporation corp " +
    "inc ltd llc plc co front movement union association institute department police guard authority " +
    "administration government parliament assembly senate congress league federation brigade brigades " +
    "battalion foundation fund emirate coalition alliance command board bureau cabinet secretariat " +
    "directorate unit division corps navy airlines airways hospital cross crescent society club team " +
    "mission observatory network cartel militia consortium trust church nations survey patrol academy " +
    "systems devices solutions technologies technology microsystems networks research labs laboratories " +
    "industries holdings partners communications electronics software semiconductor motors " +
    "pharmaceuticals energy resources capital ventures enterprises studios institution centre center air " +
    "rail railways ferries lines shipping " +
    "commissions agencies ministries tribunal prosecutors",
);

/** Final words of a media outlet's name. */
export const MEDIA_WORDS = set(
  "news times post herald tribune journal gazette tv television radio press reuters telegraph guardian " +
    "chronicle courier observer standard monitor ledger wire daily express mail mirror review bulletin " +
    "broadcasting channel dispatch sentinel inquirer examiner register star sun record reporter newsweek " +
    "magazine online",
);

/** Final words of a place name. */
export const PLACE_WORDS = set(
  "city province river lake mountains mountain valley street road avenue square hotel airport airbase base " +
    "line border island islands bay sea ocean region district county village town port harbour harbor " +
    "bridge dam camp park stadium hall palace house building tower gulf strait peninsula desert plain plains " +
    "coast beach canal station highway hill hills forest crossing pass cape point quay pier prison mall " +
    "market mosque cathedral temple plaza boulevard corridor territory territories heights creek falls",
);

/** First words of a place name: "Fort Smith", "Mount Kenya", "Lake Orvane", "Gulf of Aden". */
export const PLACE_PREFIXES = set(
  "fort mount mt lake port cape gulf bay isle sea strait camp san santa st saint",
);

/** Final words of names that are things, not actors: prizes, laws, wars, events, products. */
export const THING_WORDS = set(
  "prize prizes award awards medal cup trophy championship championships olympics games war act bill law " +
    "treaty accord accords agreement convention protocol doctrine festival expo summit conference forum day " +
    "week weekend month year era age index scale report policy plan strategy program programme initiative " +
    "deal pact budget show series season episode film movie album book novel song edition version model " +
    "fabric atom phone tablet laptop processor chip iphone ipad",
);

/** Single capitalised words that are not actors: holidays, seasons, faiths, the web. */
export const NOT_NAMES = set(
  "christmas easter ramadan eid thanksgiving diwali hanukkah passover halloween internet web god " +
    "islam christianity judaism hinduism buddhism english",
);

/** Capitalised abbreviations that are not organisations: time zones, titles, common technical terms. */
export const NOT_ACRONYMS = set(
  "am pm gmt utc est edt cst cdt mst mdt pst pdt cet cest bst ist pkt aest eet " +
    "ceo cfo coo cto cio vp md mp mps mla dr mr mrs ms jr sr st rev " +
    "dna rna hiv aids covid gdp cpu gpu ram dram pc tv hd lte gps usb pdf url faq id iq ok ai it ip " +
    "oem sms mms suv atm vip mvp hq ceos km kg mph usd eur gbp ppm dui dwi lol faqs " +
    "a b c d e f g h i j k l m n o p q r s t u v w x y z",
);

/** Lower-case nouns after a name that make it a place ("Velmar airbase", "Orvik province"). */
export const PLACE_NOUNS_AFTER =
  /^\s+(province|district|county|region|state|city|town|village|valley|river|airbase|air base|airport|base|camp|border|crossing|port|harbour|harbor|island|prison|jail|hospital|hotel|stadium|square|mosque|market|mall|refinery|mine|dam|bridge|highway|area|neighbourhood|neighborhood|suburb)\b/i;

/** Facility nouns that belong in the place's name ("Velmar airbase"); others do not ("Kunar"). */
export const FACILITY_NOUNS = set(
  "airbase base airport camp crossing prison jail hospital hotel stadium square mosque market mall refinery mine dam bridge",
);

/** Lower-case nouns after a name that make it an organisation ("Hamas militants"). */
export const GROUP_NOUNS_AFTER =
  /^\s+(?:(?!and\b|or\b|of\b|to\b|in\b|on\b|at\b|the\b|for\b|with\b|by\b)[a-z]+\s+)?(militants|fighters|gunmen|rebels|insurgents|members|supporters|loyalists|commanders?|leadership|spokesm[ae]n|spokeswoman|spokesperson|regime|administration|government|employees|staff|executives|shareholders|subsidiary|unit|organisation|organization|group|outfit|faction|militia|movement|network|party|company|firm|startup|maker|manufacturer|giant|carrier|airline|broadcaster|newspaper|agency)\b/i;

/** Lower-case nouns after a name that make it a product, not an actor ("Ivy Bridge processors"). */
export const PRODUCT_NOUNS_AFTER =
  /^\s+(processors?|chips?|phones?|smartphones?|handsets?|devices?|models?|laptops?|notebooks?|tablets?|computers?|software|apps?|platform|servers?|cars?|vehicles?|aircraft|jets?|missiles?|rifles?|vaccines?|drugs?|brand|series|range|line-?up|update|upgrade|version|edition|console|games?|film|movie|show|album|programme|program|operating system|keyboard|display|screen|chipset|graphics)\b/i;

/** Verbs after a lone name that make it act: "Apple unveils", "Hamas will". */
export const ACTS_AFTER =
  /^\s+(will|would|could|can|may|might|must|should|has|have|had|is|was|are|were|does|did|plans?|hopes?|wants?|unveil(s|ed)|launch(es|ed)|acquir(es|ed)|bought|buys|agreed|agrees|announc(es|ed)|expects?|intends?|aims?|seeks?|refused|refuses|signed|signs|released|releases|introduc(es|ed)|completed|completes|owns|operates|employs|sells|sold|struck|attacked|claimed|fired|hired)\b/i;

/** Lower-case nouns after a name that make the name a place of origin ("an Oklahoma man"). */
export const PERSON_NOUNS_AFTER =
  /^\s+(man|woman|men|women|resident|residents|native|natives|family|families|teen|teenager|boy|girl|couple|villagers|farmer|farmers)\b/i;

/** Prepositions after which a capitalised name is a place. */
export const PLACE_PREPOSITIONS =
  /\b(in|at|near|outside|inside|across|around|off|throughout|towards|toward|(?:north|south|east|west|coast|city|cities|towns?|port|province|region|island|villages?|capital|outskirts|suburbs?|centre|center|heart|shores?|streets|battle|siege|fall|capture|liberation) of)\s+(the\s+)?((north|south|east|west|central|northern|southern|eastern|western|north-?eastern|north-?western|south-?eastern|south-?western|rural|coastal|neighbouring|neighboring|downtown)\s+)?$/i;

/** Weaker place prepositions: a guess, kept only when nothing else says what the name is. */
export const WEAK_PLACE_BEFORE = /\b(from|to|into|via|between)\s+(the\s+)?$/i;

/** "between Brask and": the name after it is the phrase's second object, as after "from Brask to". */
export const BETWEEN_AND = /\b[Bb]etween\s(the\s(\p{Ll}+\sof\s)?)?(\p{Lu}\S*\s)+and\s+(the\s+)?$/u;

/** Contexts in which a name is a channel of information, i.e. media. */
export const MEDIA_CONTEXT_BEFORE =
  /\b(told|speaking to|in an interview with|interview with|interviewed by|quoted by|reported by|wrote in|published by|published in|broadcaster|newspaper|channel|outlet|daily|news agency|news site|station)\s+(the\s+)?$/i;

/** A reporting verb right after a name: the name speaks, so it is an actor, not a place. */
export const SPEAKS_AFTER = new RegExp(
  `^\\s*(?:,\\s*(?:however|meanwhile|though|too),?\\s*)?(?:(?:has|have|had|also|later|then|again)\\s+)*(?:${REPORTING_VERBS}|wants?|agreed|refused)\\b`,
  "i",
);

/** Particles inside people's names ("Jan de Vries", "Kadir bin Salem"), lower case. */
export const NAME_PARTICLES = "bin|ibn|al|de|van|von|da|del|la|le";
/** A particle joined to the name after it ("al-Masri", "abu-Omar"), as a pattern. */
export const JOINED_PARTICLE = String.raw`(?:al|el|ad|as|ash|ibn|bin|abu)-\p{Lu}`;
