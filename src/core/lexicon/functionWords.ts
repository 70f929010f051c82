// English function words: articles, pronouns, prepositions, conjunctions, auxiliaries,
// quantifiers and the adverbs of time news leans on. Never a name, never what a sentence is
// about: actor spans drop them at a sentence's start, and event matching leaves them out.

export const FUNCTION_WORDS =
  "a an the of to in on at for from by with and or but as is was were are be been being that this " +
  "these those it its their they he she his her we our you your i not no will would could should can " +
  "may might must has have had do does did also which who whom whose what when where why how then " +
  "there here into onto over under about after before during while since until against between among " +
  "amid across through such any all some more most other only so if both each either neither first " +
  "second third last next just even still yet many few several another once now today yesterday " +
  "tomorrow earlier later";
