import type {NameList} from './pseudonyms.js'

export type {NameList} from './pseudonyms.js'

/** What a placeholder can stand for. */
export type NameKind = 'person' | 'surname' | 'company' | 'town' | 'product' | 'institution'

/** The words that tell the anonymizer what a placeholder stands for, and what it writes instead. */
export interface NameWords {
  /** Titles before a name (lower case) and the gender they tell (`''`: none): `herr` → `male`. */
  honorifics: Readonly<Record<string, 'female' | 'male' | ''>>
  /** Words before a company name (`firma`, `company`). */
  companyWords: readonly string[]
  /** Legal forms after a company name (`gmbh`, `inc.`). */
  legalForms: readonly string[]
  /** Words before a town name (`stadt`, `city`). */
  townWords: readonly string[]
  /** Words between a town word and the name (`the city of $X`). */
  townWordLinks: readonly string[]
  /** Prepositions before a place and how sure they make it (`nach` 2, `in` 1). */
  townPrepositions: Readonly<Record<string, number>>
  /** Words before a product name (`software`, `app`). */
  productWords: readonly string[]
  /**
   * Endings of a placeholder's own name (its last part), by the kind they tell (`stadt`, `service`),
   * in the order they are tried; an institution's noun (`schule`, `hospital`) stays in its
   * pseudonym and generic label.
   */
  nameParts: Readonly<Partial<Record<NameKind, readonly string[]>>>
  /** Whole parts of a placeholder's name that name a place (`ort`, `place`). */
  placeParts: readonly string[]
  /** Endings of a name's head that tell a woman or a man (`frau`, `mann`). */
  femaleHeads: readonly string[]
  maleHeads: readonly string[]
  /** Endings of a name's head that tell neither, though they end like one (`person`, not `son`). */
  neutralHeads: readonly string[]
  /**
   * Words that start a phrase after a name's head (`Frau_mit_Hut`, `Man_in_black`): the head is the
   * part before the first of them; in a name without one, its last part (`Nette_Kollegin`).
   */
  phraseLinks: readonly string[]
  /** A feminine ending (`-in`: `Kollegin`) and words with it that are none (`Termin`, `Kevin`). */
  feminineEnding?: {suffix: string; minLength: number; except: readonly string[]}
  /** The generic label for each kind (`Person`, `Firma`, `Ort`). */
  genericLabels: Readonly<Record<NameKind, string>>
}

/** The words a story's language brings: data only, no logic. */
export interface Locale {
  lang: 'de' | 'en'
  /** Weekday names, Monday first; each entry lists the full name and its abbreviations. */
  weekdays: readonly (readonly string[])[]
  /** Month names, January first; each entry lists the full name and its abbreviations. */
  months: readonly (readonly string[])[]
  /** Labels the writer uses for themself (`Ich`, `Me`). */
  self: readonly string[]
  /** Nouns of a comment-section header (`Kommentare`, `comments`), singular and plural. */
  commentNouns: readonly string[]
  /**
   * Those of `commentNouns` that narration says too (`Antwort`, `reply`): with a number word alone
   * (`Keine Antwort`, `One thought`) they make a header only with a colon or a quoted title.
   */
  replyNouns: readonly string[]
  /**
   * Those of `replyNouns` that a blog writes only before the post's title (`Ein Gedanke zu „…“`,
   * `One thought on “…”`): with a number word and no title (`Ein Gedanke:`) they are narration,
   * colon or not.
   */
  titledNouns: readonly string[]
  /** Words that stand for the number zero or one in a comment header (`Keine`, `No`). */
  commentCountWords: Readonly<Record<string, number>>
  /** Blog controls left in exported comments. */
  controls: readonly string[]
  /** Labels before a colon that open an aside, not a turn (`Update`, `PS`). */
  noteLabels: readonly string[]
  /** Verbs that introduce speech in narration (`sagte`, `asked`): `Er sagte: …` is no cue. */
  speechVerbs: readonly string[]
  /** Phrases that open a byline (`Posted by`). */
  bylines: readonly string[]
  /** E-mail and form header names (`Von`, `Subject`): a line with one is narration. */
  headerLabels: readonly string[]
  /** Frequent short words, to tell the language of a story. */
  commonWords: readonly string[]
  /** What follows the author in a comment byline (`Anna said...`, `Anonym hat gesagt…`). */
  commentBylineVerbs: readonly string[]
  /** Words between the date and the time of a comment's date line (`um`, `at`). */
  dateTimeJoiners: readonly string[]
  /** Words after a time (`Uhr`, `p.m.`), lower case, and the half of the day they name (`''` for a 24-hour clock). */
  timeSuffixes: Readonly<Record<string, 'am' | 'pm' | ''>>
  /** Letters a speaker's slug spells out (`ä` → `ae`), lower case. */
  slugFoldings: Readonly<Record<string, string>>
  /** Endings after a colon inside a label that make it gendered, not a separator (`Kund:in`, `:innen`). */
  genderColonEndings: readonly string[]
  /** The anonymizer's words. */
  names: NameWords
  /** The names pseudonyms are drawn from. */
  pseudonyms: NameList
  /** Roles at work, in shops, at school, in families and offices (`Kundin`, `Manager`, `Mama`). */
  roles: readonly string[]
  /** Nouns for a person described rather than named: the head of a long label (`Frau mit Hund`). */
  persons: readonly string[]
  /** Pronouns that stand for a speaker (`Sie`, `She`). */
  pronouns: readonly string[]
  /** Articles and possessives a role may follow (`Der Azubi`, `My coworker`). */
  determiners: readonly string[]
  /** Words that start a relative clause after a comma in a label (`der`, `who`). */
  relativePronouns: readonly string[]
  /** Labels of a list, form or field (`Problem`, `Schritt`): never a speaker. */
  fieldLabels: readonly string[]
  /** Labels of a gloss or translation (`Übersetzt`, `In plain words`): a note. */
  glossLabels: readonly string[]
  /** Verbs of thought that introduce a thought in narration (`dachte`, `thought`). */
  thoughtVerbs: readonly string[]
  /** E-mail reply and forward prefixes (`Re`, `AW`, `Fwd`): never a label. */
  replyPrefixes: readonly string[]
  /** Words the narrator leads into a sentence with (`Kurzum`, `Long story short`): never a label. */
  leadIns: readonly string[]
  /** Phrases that open a meta line with a date at the top (`Veröffentlicht am`, `Filed under`). */
  metaPhrases: readonly string[]
  /** Lines a blog writes under a post to share or like it (`Share to Twitter`, `Gefällt mir:`): no words of the story's language. */
  shareLines: readonly string[]
  /** The word before an author in a meta line (`von Ben`, `by Ann`). */
  bylineWords: readonly string[]
  /** Suffixes of ordinal numbers in dates (`2nd`, `3rd`). */
  ordinalSuffixes: readonly string[]
  /** Words before the count in a comment header (`bisher 3 Kommentar(e)`). */
  commentCountLeads: readonly string[]
  /** Words between a comment header's noun and the post's quoted title (`3 Responses to “…”`). */
  commentTitleWords: readonly string[]
  /** The word between the author and the date in a comment byline (`Jens am 4.2.12 10:03`). */
  commentDateWords: readonly string[]
}
