// What kind of name a placeholder stands for, from the words around it (`Firma $X`, `nach $X`,
// `Herr $X`) and from the placeholder's own name (`$Stadt_in_der_Nähe`, `$Kollegin`). The words
// are the locales'.
import {locales} from '../locale/index.js'
import type {NameKind} from '../locale/types.js'
import {roles} from '../parse/core/people.js'
import {isSibilant} from '../parse/grammar.js'

export type Kind = NameKind
export type Gender = 'female' | 'male'

/** What one occurrence's surroundings tell. */
export interface Signal {
  kind: Kind | undefined
  /** How sure: 3 for a title or a company word, 2 for `nach`, 1 for `in`. */
  weight: number
  gender: Gender | undefined
  /** The word before names the kind itself (`Firma`, `company`, `Stadt`): a generic label drops its own. */
  kindWord: boolean
  /** A title stands before it (`Herr`, `Mrs`): a generic label becomes a bare initial. */
  honorific: boolean
  /** A legal form follows (`$X GmbH`): a company pseudonym leaves out its own. */
  legalFormAfter: boolean
}

const none: Signal = {kind: undefined, weight: 0, gender: undefined, kindWord: false, honorific: false, legalFormAfter: false}

// The words of every locale (`src/locale/`): a story may mix them.
const words = locales.map((locale) => locale.names)
const honorifics = new Map<string, Gender | undefined>()
for (const list of words) for (const [word, gender] of Object.entries(list.honorifics)) honorifics.set(word, gender === '' ? undefined : gender)
const companyWords = new Set(words.flatMap((list) => list.companyWords))
const companyAfter = new Set(words.flatMap((list) => list.legalForms))

/**
 * A word of a name that says what it is, not whose, and so is no one's own: a legal form (`GmbH`,
 * `Ltd.`, `Co`) or a noun of a kind, whole (`Firma`, `Fa.`, `firm`, `Schule`, `city`; not `Neustadt`).
 */
export function isKindWord(word: string): boolean {
  return kindWords.has(word.toLowerCase())
}
const townWords = new Set(words.flatMap((list) => list.townWords))
const townWordLinks = new Set(words.flatMap((list) => list.townWordLinks))
const townPrepositions = new Map(words.flatMap((list) => Object.entries(list.townPrepositions)))
const productWords = new Set(words.flatMap((list) => list.productWords))

/**
 * A replacement that starts with a word its context already has (`Herr $X` with `Herr Albers`,
 * `Firma $X` with `Firma Kranich`), without that word; otherwise unchanged.
 */
export function withoutRepeatedWord(value: string, signal: Signal): string {
  if (!signal.honorific && !signal.kindWord) return value
  const space = value.indexOf(' ')
  if (space <= 0 || space === value.length - 1) return value
  const first = value.slice(0, space).toLowerCase()
  const repeated = signal.honorific ? honorifics.has(first) : companyWords.has(first) || townWords.has(first) || productWords.has(first)
  return repeated ? value.slice(space + 1).trimStart() : value
}

/** The longest stretch of text looked at on either side. */
const reach = 40

/** The signal of one occurrence, from the text just before it and just after it. */
export function contextSignal(before: string, after: string): Signal {
  const [previous, earlier] = lastWords(before)
  const honorific = honorifics.has(previous)
  if (honorific) return {...none, kind: 'surname', weight: 3, gender: honorifics.get(previous), honorific: true}
  if (companyWords.has(previous)) return {...none, kind: 'company', weight: 3, kindWord: true}
  if (townWords.has(previous)) return {...none, kind: 'town', weight: 3, kindWord: true}
  if (townWordLinks.has(previous) && townWords.has(earlier)) return {...none, kind: 'town', weight: 3}
  if (productWords.has(previous)) return {...none, kind: 'product', weight: 3, kindWord: true}
  if (companyAfter.has(firstWord(after))) return {...none, kind: 'company', weight: 3, legalFormAfter: true}
  // `in $Boss's office` is about a person, not a place.
  const town = /^['’]s\b/u.test(after) ? undefined : townPrepositions.get(previous)
  if (town) return {...none, kind: 'town', weight: town}
  // A person noun right before says who (`meine Kollegin $X`, `mein Kollege $X`, `my wife $X`).
  const gender = nounGender(previous)
  return gender ? {...none, gender} : none
}

/**
 * The gender a person noun (lower case) says, the whole word: a head (`frau`, `bruder`, `wife`),
 * a role in its feminine form (`kollegin`) or in the masculine form of a role that has both
 * (`kollege` beside `kollegin`, `verkäufer` beside `verkäuferin`).
 */
function nounGender(word: string): Gender | undefined {
  if (femaleWords.has(word)) return 'female'
  if (maleWords.has(word)) return 'male'
  return roles.has(word) ? genderOf(word) : undefined
}

/** A role whose feminine form is a role too (`kollege`, `kollegin`; `kunde`, `kundin`). */
function isMasculineRole(word: string): boolean {
  return feminineEndings.some((ending) => roles.has(word + ending.suffix) || (word.endsWith('e') && roles.has(word.slice(0, -1) + ending.suffix)))
}

/** The last two words of `text`, lower case, opening quotes and brackets left out. */
function lastWords(text: string): [string, string] {
  const tail = text.length > reach ? text.slice(-reach) : text
  const words = tail.split(/\s+/)
  let end = words.length - 1
  // `Firma „$X“`: the opening quote stands between the word and the placeholder.
  if (end >= 0 && /^[„"'“‚‘»«(]*$/.test(words[end])) end--
  else return ['', '']
  return [clean(words[end] ?? ''), clean(words[end - 1] ?? '')]
}

function firstWord(text: string): string {
  const head = text.length > reach ? text.slice(0, reach) : text
  const match = /^\s*([\p{L}.]+)/u.exec(head)
  return match ? match[1].toLowerCase().replace(/\.$/, (dot, index: number, word: string) => (companyAfter.has(word) ? dot : '')) : ''
}

function clean(word: string): string {
  return word.toLowerCase().replace(/^[„"'“‚‘»«(]+/, '')
}

// The placeholder's own name: compounds carry their kind in the last part (`Heimatstadt`,
// `Computerservice`), names with underscores in any part (`Stadt_in_der_Nähe`).
const nameKinds = words.flatMap((list) => Object.entries(list.nameParts).flatMap(([kind, parts]) => parts.map((part) => [part, kind as NameKind] as const)))
const kindNouns = new Set(nameKinds.map(([part]) => part))
const exactTownParts = new Set(words.flatMap((list) => list.placeParts))
const femaleHeads = words.flatMap((list) => list.femaleHeads)
const maleHeads = words.flatMap((list) => list.maleHeads)
const feminineEndings = words.flatMap((list) => (list.feminineEnding ? [list.feminineEnding] : []))
const neutralHeads = words.flatMap((list) => list.neutralHeads)
const femaleWords = new Set(femaleHeads)
const maleWords = new Set(maleHeads)
const phraseLinks = new Set(words.flatMap((list) => list.phraseLinks))

// The words `isKindWord` knows: the legal forms, the place parts, the nouns of the name parts and
// the company words of the context (`firm`, `manufacturer`, `Fa.`). A word listed with its dot
// (`co.`, `fa.`) counts without it too: a placeholder's name holds no dot (`$Meier_Co`, `$Fa_Meier`).
const kindWords = new Set<string>()
for (const word of [...companyAfter, ...exactTownParts, ...kindNouns, ...companyWords]) {
  kindWords.add(word)
  if (word.endsWith('.')) kindWords.add(word.slice(0, -1))
}

/** The given names of the pseudonym lists, lower case, by the gender they read as (`klaus`: male); one of both genders tells none. */
const givenNames = new Map<string, Gender | undefined>()
for (const locale of locales) {
  for (const gender of ['female', 'male'] as const) {
    for (const name of locale.pseudonyms[gender]) {
      const key = name.toLowerCase()
      givenNames.set(key, givenNames.has(key) && givenNames.get(key) !== gender ? undefined : gender)
    }
  }
}

export interface NameHint {
  kind: Kind | undefined
  gender: Gender | undefined
  /** The noun that told an institution (`schule` of `$Grundschule`), which its replacements keep. */
  noun?: string | undefined
}

/** The part that tells a gender first: before the first link word of a phrase (`frau` in `Frau_mit_Hut`), else the last. */
function headOf(parts: readonly string[]): string {
  for (let index = 1; index < parts.length; index++) if (phraseLinks.has(parts[index])) return parts[index - 1]
  return parts.length > 0 ? parts[parts.length - 1] : ''
}

export function nameHint(name: string): NameHint {
  const parts = name
    .replace(/([\p{Ll}])([\p{Lu}])/gu, '$1_$2')
    .toLowerCase()
    .split(/[_\d]+/)
    .filter((part) => part.length > 0)
  let kind: Kind | undefined
  let noun: string | undefined
  const head = headOf(parts)
  for (const part of parts) {
    if (exactTownParts.has(part)) kind = 'town'
    // An institution only as the head or the first word (`$Kita_Sonnenschein`, `$Uni_Hamburg`;
    // `$Leiterin_der_Praxis` is a woman), and only where the noun stands alone or ends a
    // compound (`$Grundschule`; not `$Nikita`).
    const placed = part === head || part === parts[0]
    for (const [word, wordKind] of nameKinds) {
      // An institution's noun may carry a genitive ending (`$Krankenhauses`): the noun as written.
      const ending = wordKind === 'institution' ? genitiveEnding(part, word) : ''
      const base = part.slice(0, part.length - ending.length)
      if (wordKind === 'institution' && (!placed || (base.length > word.length && base.length - word.length < 3))) continue
      if (base.endsWith(word) && (base.length === word.length || word.length >= 4)) {
        kind = wordKind
        if (kind === 'institution') noun = word + ending
        break
      }
    }
    if (kind) break
  }
  // Where the head tells no gender, the first part may (`Herr_Meier`, `Kollegin_Müller`, `Mrs_Jones`),
  // then a given name (`Klaus_Meier`, `Klaus`; after a title it is a surname: `Frau_Paul`).
  const first = parts[0] ?? ''
  const gender = genderOf(head) ?? honorifics.get(first) ?? genderOf(first) ?? givenNames.get(first) ?? givenNames.get(head)
  return {kind, gender: gender ?? (parts.length === 1 && kind === undefined ? endingGender(first) : undefined), noun}
}

/** A given name no list has, by its ending: most that end in `a` are women's (`Lisa`, `Julia`), these men's. */
function endingGender(name: string): Gender | undefined {
  return name.length >= 3 && name.endsWith('a') && !menEndingInA.has(name) && !roles.has(name) ? 'female' : undefined
}

const menEndingInA = new Set([
  'luca', 'luka', 'sascha', 'mika', 'nikita', 'elia', 'joshua', 'mustafa', 'kuba', 'ilja', 'ilya', 'kosta', 'costa', 'attila', 'akira',
  'nicola', 'nikola', 'papa', 'opa', 'jona', 'aljoscha', 'mischa', 'misha', 'grischa', 'sasha', 'hamza', 'ezra', 'musa', 'moussa', 'isa',
  'issa', 'yahya', 'juda', 'yehuda', 'dima', 'vanja', 'kolja', 'tolja', 'osama', 'usama', 'zakaria', 'jeremia', 'tobia'
])

/** The German genitive ending `part` has after `noun` (`es` of `krankenhauses`, `s` of `vereins`), or none. */
function genitiveEnding(part: string, noun: string): string {
  if (isSibilant(noun.charCodeAt(noun.length - 1)) && part.endsWith(noun + 'es')) return 'es'
  return part.endsWith(noun + 's') ? 's' : ''
}

/** The gender a name's head tells, if any (`kollegin`; `person` none, though it ends like `son`). */
function genderOf(head: string): Gender | undefined {
  if (neutralHeads.some((word) => head.endsWith(word))) return undefined
  if (femaleHeads.some((word) => head.endsWith(word))) return 'female'
  if (maleHeads.some((word) => head.endsWith(word))) return 'male'
  if (feminineEndings.some((ending) => head.length >= ending.minLength && head.endsWith(ending.suffix) && !ending.except.includes(head))) return 'female'
  // The masculine form of a role that has a feminine one (`$Verkäufer`: `der Verkäufer`).
  return roles.has(head) && isMasculineRole(head) ? 'male' : undefined
}
