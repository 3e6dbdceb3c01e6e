// What a label says about its speaker, from the locale word lists: a role (`Kundin`, `Der Azubi`,
// `Kunde II`), a pronoun (`Sie`), a title and a name (`Dr. Okafor`), a described person (`Frau mit
// Hund`), or no person at all but a field of a list or form (`Problem`, `Schritt 1`) or a gloss
// (`Übersetzt`).
import {isDigit, isUpperLetter} from '../grammar.js'
import {lowerSet} from './words.js'

/** The locales' roles, in lower case (`verkäufer`, `kollegin`). */
export const roles = lowerSet((locale) => locale.roles)
const persons = lowerSet((locale) => locale.persons)
const pronouns = lowerSet((locale) => locale.pronouns)
const determiners = lowerSet((locale) => locale.determiners)
const fields = lowerSet((locale) => locale.fieldLabels)
export const relativePronouns = lowerSet((locale) => locale.relativePronouns)
export const glossLabels = lowerSet((locale) => locale.glossLabels)

/** A German compound ends in a role (`Schichtleiterin`, `Haustechniker`): roles this long or longer. */
const minCompoundRole = 4
/** …after at least this many letters (`Sekunde` is no `Kunde`). */
const minCompoundHead = 3
/** The most words before a role (`Meine neue`, `The new`). */
const maxWordsBeforeRole = 2
/** A described person's noun stands among the first words of a long label. */
const maxWordsBeforePerson = 3

/** The label's words, lower case, without a trailing numeral or letter (`Kunde II` → `kunde`). */
function wordsOf(label: string): string[] {
  const words = label.toLowerCase().split(/\s+/).filter((word) => word.length > 0)
  if (words.length > 1 && isOrdinalMark(words[words.length - 1])) words.pop()
  return words
}

/** `1`, `12`, `#2`, `I`–`VIII`, or a single letter: what tells two people of one role apart. */
function isOrdinalMark(word: string): boolean {
  let start = word.charCodeAt(0) === 35 ? 1 : 0
  if (start < word.length && isDigit(word.charCodeAt(start))) {
    while (start < word.length && isDigit(word.charCodeAt(start))) start++
    return start === word.length && word.length <= 3
  }
  return /^(?:[a-z]|i{1,3}|iv|vi{0,3})$/.test(word)
}

/** Whether the last words (one or two) of `words` name a role, in full or as a compound's end. */
function endsInRole(words: string[]): number {
  const last = words[words.length - 1]
  if (words.length > 1 && roles.has(words[words.length - 2] + ' ' + last)) return 2
  if (roles.has(last)) return 1
  for (let cut = minCompoundHead; cut <= last.length - minCompoundRole; cut++) {
    if (roles.has(last.slice(cut)) && !/[^\p{L}]/u.test(last.slice(0, cut))) return 1
  }
  return 0
}

/**
 * A role, maybe after an article, a possessive or an adjective, maybe with a numeral or letter
 * after it: `Kundin`, `Ein Schüler`, `Meine Kollegin`, `Elderly customer`, `The new guy`,
 * `Kunde II`, `Azubi 2`, `Kid 1`.
 */
export function isRoleLabel(label: string): boolean {
  const words = wordsOf(label)
  if (words.length === 0) return false
  const size = endsInRole(words)
  if (size === 0) return false
  const before = words.length - size
  if (before > maxWordsBeforeRole) return false
  for (let index = 0; index < before; index++) {
    const word = words[index]
    if (determiners.has(word)) continue
    // An adjective: letters only (`neue`, `elderly`, `ältere`).
    if (!/^\p{L}+$/u.test(word) || fields.has(word)) return false
  }
  return true
}

const links = lowerSet((locale) => locale.names.phraseLinks)

/** A word that links a phrase to the noun before it (`with`, `mit`, `der`): `Man with three bags`. */
export function isPhraseLink(word: string): boolean {
  return links.has(word.toLowerCase())
}

const honorifics = lowerSet((locale) => Object.keys(locale.names.honorifics))
/** The most words of a name after its title (`Dr. Ada Okafor`). */
const maxNameWords = 2

/** Whether `word` is a title before a name (`Herr`, `Dr.`, `Mrs`), in any case. */
export function isHonorific(word: string): boolean {
  return honorifics.has(word.toLowerCase())
}

/** A title and a name (`Dr. Okafor`, `Frau Müller`, `Mrs Caller`): a person, as a role is. */
export function isTitledName(label: string): boolean {
  const words = label.split(/\s+/, maxNameWords + 2)
  if (words.length < 2 || words.length > maxNameWords + 1 || !isHonorific(words[0])) return false
  for (let index = 1; index < words.length; index++) if (!isUpperLetter(words[index].charCodeAt(0))) return false
  return true
}

/**
 * A role, then a name or a phrase (`Security guard Hollis`, `Kollege vom Labor`); not a noun
 * that a role word only qualifies (`Customer service`).
 */
export function opensWithRole(label: string): boolean {
  const words = label.split(/\s+/, maxWordsBeforeRole + 2)
  for (let count = 1; count < words.length; count++) {
    const next = words[count]
    if ((isUpperLetter(next.charCodeAt(0)) || links.has(next.toLowerCase())) && isRoleLabel(words.slice(0, count).join(' '))) return true
  }
  return false
}

/** A pronoun standing for a speaker: `Er`, `Sie`, `She`, `They`. */
export function isPronounLabel(label: string): boolean {
  return pronouns.has(label.toLowerCase())
}

/** A long label that describes a person: a person or role noun among its first words. */
export function describesPerson(label: string): boolean {
  const words = label.toLowerCase().split(/\s+/, maxWordsBeforePerson + 1)
  for (let index = 0; index < words.length; index++) {
    const word = words[index].replace(/[,.]$/, '')
    // A name made anonymous first (`$Azubi aus dem Lager, der …`) is someone described.
    if (persons.has(word) || roles.has(word) || (index === 0 && word.length > 1 && word.charCodeAt(0) === 36)) return true
    if (index + 1 < words.length && persons.has(word + ' ' + words[index + 1])) return true
  }
  return false
}

/** A field of a list or form (`Problem`, `Lösung`, `Schritt 1`, `Step 3`, `Lesson learned`). */
export function isFieldLabel(label: string): boolean {
  const words = wordsOf(label)
  return words.length > 0 && fields.has(words.join(' '))
}

/** A gloss or translation (`Übersetzt`, `Gemeint war`, `Translation`, `In plain words`). */
export function isGlossLabel(label: string): boolean {
  return glossLabels.has(label.toLowerCase())
}
