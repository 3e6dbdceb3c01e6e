// The kinds of issue 13 (turns, datelines and comment sections the parser missed in real posts),
// each with its fixtures under fixtures/text/: positive ones, where the kind must be read, and a
// negative look-alike, where it must not.
export interface Kind {
  id: number
  name: string
  positive: string[]
  negative: string[]
}

export const kinds: Kind[] = [
  {id: 1, name: 'a one-off label between turns, blank lines apart', positive: ['one-off-paragraphs-de', 'one-off-paragraphs-en'], negative: ['one-off-paragraphs-not']},
  {id: 2, name: 'role nouns, with or without an article, possessive or adjective', positive: ['role-labels-de', 'role-labels-en'], negative: ['role-labels-not']},
  {id: 3, name: 'a direction after a comma before the colon', positive: ['comma-direction-de', 'comma-direction-en'], negative: ['comma-direction-not']},
  {id: 4, name: 'a qualifier in brackets in the label', positive: ['label-qualifier-de', 'label-qualifier-en'], negative: ['label-qualifier-not']},
  {id: 5, name: 'a symbol before the label', positive: ['symbol-before-label-de', 'symbol-before-label-en'], negative: ['symbol-before-label-not']},
  {id: 6, name: 'a numeral or letter after the role', positive: ['numbered-roles-de', 'numbered-roles-en'], negative: ['numbered-roles-not']},
  {id: 7, name: 'a label alone on its line, speech below', positive: ['label-alone-de', 'label-alone-en'], negative: ['label-alone-not']},
  {id: 8, name: 'a pronoun or a kinship word as a label once', positive: ['pronoun-kin-labels-de', 'pronoun-kin-labels-en'], negative: ['pronoun-kin-labels-not']},
  {id: 9, name: 'a long descriptive first label opening a dialogue', positive: ['long-first-label-de', 'long-first-label-en'], negative: ['long-first-label-not']},
  {id: 10, name: 'no space after the colon', positive: ['glued-speech-de', 'glued-speech-en'], negative: ['glued-speech-not']},
  {id: 11, name: 'turns run on in one line, an abbreviation introduced in the first label', positive: ['run-on-alias-de', 'run-on-alias-en'], negative: ['run-on-alias-not']},
  {id: 12, name: 'a gloss or translation label starts a note', positive: ['gloss-notes-de', 'gloss-notes-en'], negative: ['gloss-notes-not']},
  {id: 13, name: 'a dateline below the title', positive: ['dateline-below-title-de', 'dateline-below-title-en'], negative: ['dateline-below-title-not', 'dateline-below-title-not-2', 'dateline-below-title-not-3', 'dateline-below-title-not-note-de', 'dateline-below-title-not-note-en']},
  {id: 14, name: 'a date inside a byline or meta line at the top', positive: ['dateline-in-byline-de', 'dateline-in-byline-en'], negative: ['dateline-in-byline-not', 'dateline-in-byline-not-note-de', 'dateline-in-byline-not-note-en', 'dateline-in-byline-not-turn-de', 'dateline-in-byline-not-turn-en']},
  {id: 15, name: 'English ordinals and abbreviated months, with a time run on', positive: ['dateline-ordinal-en', 'dateline-ordinal-en-2'], negative: ['dateline-ordinal-not']},
  {
    id: 16,
    name: 'comment headers and bylines of other blog systems',
    positive: ['comment-headers-de', 'comment-headers-de-2', 'comment-headers-de-3', 'comment-headers-en', 'comment-headers-en-2', 'comment-headers-en-3'],
    negative: ['comment-headers-not']
  }
]

/** Every fixture of every kind. */
export const kindFixtures: ReadonlySet<string> = new Set(kinds.flatMap((kind) => [...kind.positive, ...kind.negative]))
