/** The words a story's language brings: data only, no logic. */
export interface Locale {
  lang: 'de' | 'en'
  /** Weekday names, Monday first. */
  weekdays: readonly string[]
  /** Month names, January first; each entry lists the full name and its abbreviations. */
  months: readonly (readonly string[])[]
  /** Labels the writer uses for themself (`Ich`, `Me`). */
  self: readonly string[]
  /** Nouns of a comment-section header (`Kommentare`, `comments`), singular and plural. */
  commentNouns: readonly string[]
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
}
