// Generic word lists for recognising what kind of thing a name is. None names a person, place or
// group of any story: they are the words that publishing uses around names.

/** Capitalised words that start sentences but are not names. */
export const SENTENCE_STARTERS = new Set(
  (
    "a an the this that these those it its he she they we i you his her their our my your there here " +
    "after before during while when where since until as at in on for from with without by to of about " +
    "however meanwhile instead despite although though but and or yet so also still even just only then " +
    "now today yesterday tomorrow earlier later first second third last next finally ironically " +
    "according following under over between among amid against into onto upon within across through " +
    "both either neither each every many most some several few all any no none other another such " +
    "what which who whom whose why how if unless whether because once analysts officials sources experts " +
    "witnesses residents critics observers reports report regional international multiple having having " +
    "speaking asked asking if with around nearly almost about more less over up down out off " +
    "is was were are be been being has have had do does did will would could should can may might must " +
    "not never always sometimes often usually"
  ).split(" "),
);

/** Words that make a capitalised span an organisation. */
export const ORG_WORDS = new Set(
  (
    "ministry office council party army forces force agency intelligence service services organization " +
    "organisation group bank court committee commission university college school company corporation corp " +
    "inc ltd llc plc front movement union association institute department police guard authority " +
    "administration government parliament assembly senate congress league federation brigade brigades " +
    "battalion foundation fund emirate coalition alliance command board bureau cabinet secretariat " +
    "directorate unit division corps navy airlines airways hospital red cross crescent society club team " +
    "mission observatory network cartel militia consortium trust group"
  ).split(" "),
);

/** Final words of a media outlet's name. */
export const MEDIA_WORDS = new Set(
  (
    "news times post herald tribune journal gazette tv television radio press reuters telegraph guardian " +
    "chronicle courier observer standard monitor ledger wire daily express mail mirror review bulletin " +
    "broadcasting channel today dispatch sentinel inquirer examiner register star sun"
  ).split(" "),
);

/** Final words of a place name. */
export const PLACE_WORDS = new Set(
  (
    "city province river lake mountains mountain valley street road avenue square hotel airport airbase base " +
    "line border island islands bay sea ocean region district county state village town port harbour harbor " +
    "bridge dam camp park stadium hall palace house building tower gulf strait peninsula desert plain plains " +
    "coast beach canal station highway hill hills forest crossing pass cape point quay pier"
  ).split(" "),
);

/** Prepositions after which a capitalised name is usually a place. */
export const PLACE_PREPOSITIONS =
  /\b(in|at|near|outside|inside|across|from|to|towards|toward|into|around|off|north of|south of|east of|west of)\s+(the\s+)?$/i;

/** Contexts in which a name is a channel of information, i.e. media. */
export const MEDIA_CONTEXT_BEFORE =
  /\b(told|according to|reported by|speaking to|in an interview with|interviewed by|quoted by|wrote in|published by|broadcaster|newspaper|channel|outlet|daily)\s+(the\s+)?$/i;

/** A reporting verb right after a name: the name speaks, so it is an actor, not a place. */
export const SPEAKS_AFTER =
  /^\s*(has |have |had )?(said|says|told|stated|claimed|denied|accused|warned|insisted|rejected|announced|confirmed|demanded|urged|reported|added|noted|argued|blamed|condemned|responded|replied|declared|threatened)\b/i;
