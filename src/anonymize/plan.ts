// Decide what every placeholder of a tree becomes: gather the placeholders with their
// surroundings, settle each name's kind, then give each name one replacement.
import type {Position} from 'unist'
import type {Comment, Comments, Dateline, Frontmatter, InlineCode, Lang, Link, Note, Parents, Placeholder, Root, Text} from '../types.js'
import {genitiveSuffix, isSibilant, placeholderName} from '../parse/grammar.js'
import {detached, remembered} from '../parse/detached.js'
import {slug} from '../parse/slug.js'
import {sameSpellings} from './name-key.js'
import {applyCasing, type Casing, casingOf} from './casing.js'
import {keyedHash} from './hash.js'
import {contextSignal, type Gender, isKindWord, type Kind, nameHint, type Signal, withoutRepeatedWord} from './kind.js'
import {genericLabels, letter} from './labels.js'
import {type AnonymizeOptions, defaultMask, type Strategy} from './options.js'
import {nameLists} from './names/index.js'
import {capitalized, pool, type Pool} from './pseudonym.js'
import {commonWords} from './who.js'
import {shownAsMarkup, shownLatin} from './shown.js'
import {gatherBeside} from './beside.js'
import type {OtherStories} from './unmarked.js'
import {type FoundPlaceholder, fieldPlaceholders, gluedPlaceholders, inField, urlPlaceholders} from './string-placeholders.js'
import {escapedPlaceholders} from './written.js'
import {visitParents} from './walk.js'
import {oneEditAway} from '../one-edit.js'

export interface Occurrence {
  node: Placeholder
  parent: Parents
  index: number
  signal: Signal
  /** A full stop follows (`Inc.` then drops its own). */
  dotAfter: boolean
  /** Set when the placeholder is written inside a string: a byline, an author, code, glued text. */
  field?: Field | undefined
  /** In a link definition's destination: the replacement is written as a URL holds it. */
  url?: boolean
}

/**
 * A placeholder inside a string field: `$Kollegin said...` in a byline, a link's URL or title,
 * text the parser did not read as placeholders (a link definition, the unread rest past
 * `maxLength`), or, where the name is a placeholder elsewhere in the story, `` `$Kollegin` `` in
 * code: otherwise the name would leak there.
 */
export type Field =
  | {holder: Comment; key: 'author' | 'byline'; start: number; end: number}
  | {holder: Note | Comments; key: 'label'; start: number; end: number}
  | {holder: Link; key: 'url' | 'title'; start: number; end: number}
  | {holder: InlineCode | Text | Dateline | Frontmatter; key: 'value'; start: number; end: number}
  | {holder: InlineCode; key: 'info'; start: number; end: number}

export interface Entry {
  name: string
  occurrences: Occurrence[]
  kind: Kind
  gender: Gender | undefined
  casing: Casing
  /** The strategy that applies to this name (the fallback's, for names missing from `map`). */
  strategy: Exclude<Strategy, 'map'> | 'map' | 'fixed'
  /** The replacement as recorded in `mapping`; undefined while the name stays. */
  replacement: string | undefined
  /** For generic labels: the letter, which context-dependent forms use alone. */
  letter?: string
  /** An institution's noun (`schule`), which its pseudonym and label keep (`Schule Birkenfeld`, `Schule A`). */
  noun?: string | undefined
}

export interface Plan {
  lang: Lang
  /** Entries by name, in order of first appearance. */
  entries: Map<string, Entry>
  /** Names the caller's `map` lacks, left as placeholders. */
  unmapped: Entry[]
  /** Names whose replacement in `mapping` writes a name of this story back: replaced anew. */
  conflicts: Conflict[]
  /** Values of `map` or the mask that would write a name of this story back: not used. */
  revealing: Revealing[]
  /** Where the run's other names are written (`reserved` as a `Map`), by `nameKey`: named in messages. */
  runStories: ReadonlyMap<string, string>
  /** Names of `map` that no placeholder of the story or the run has, each with one a letter away. */
  unusedKeys: Array<[string, string | undefined]>
}

export interface Conflict {
  entry: Entry
  /** The replacement `mapping` held. */
  carried: string
  /** The name of the story it writes back (its own, or another placeholder's). */
  owner: string
}

/** A value of `map` (for `entry`) or the mask (`entry` is then `owner`'s) that writes `owner` back. */
export interface Revealing {
  entry: Entry
  option: 'map' | 'mask'
  value: string
  owner: string
}

const strategies = new Set<Strategy>(['map', 'pseudonym', 'generic', 'redact', 'keep'])
const fallbacks = new Set<string>(['pseudonym', 'generic', 'redact', 'keep'])

/** The most pool places tried before a number is added to a pseudonym. */
const maxProbes = 256

/**
 * What a plan reads beside the tree: strings the parser never read as the story's text, whose
 * placeholders are names all the same (an HTML `alt`, a `<meta>`'s content, a comment; a URL
 * attribute percent-decoded). A name found only there is a name of its own.
 */
export interface Beside {
  texts: readonly string[]
  urls: readonly string[]
  /** Where the placeholder at `[start, end)` of the `index`th string (of the texts, then the URLs) is written. */
  place?: (index: number, start: number, end: number) => Position | undefined
}

export function makePlan(tree: Root, options: AnonymizeOptions, beside?: Beside): Plan {
  const lang: Lang = options.lang === 'de' || options.lang === 'en' ? options.lang : tree.lang === 'de' ? 'de' : 'en'
  // An unknown strategy is the default one: a typo must not leave the names in.
  const strategy: Strategy = strategies.has(options.strategy as Strategy) ? (options.strategy as Strategy) : 'pseudonym'
  const run = runNames(options.reserved)
  // A name of the run's other stories written here in code or escaped is a name here too.
  const entries = gather(tree, beside, (name) => run.byKey.has(nameKey(name)))
  const plan: Plan = {lang, entries, unmapped: [], conflicts: [], revealing: [], runStories: run.stories, unusedKeys: []}
  if (strategy === 'keep') return plan

  const mapping = isRecord(options.mapping) ? options.mapping : undefined
  const map = isRecord(options.map) ? byName(options.map) : undefined
  // As with `strategy`, an unknown fallback is the default one; none given, the names stay.
  const fallback = options.fallback === undefined || options.fallback === null ? undefined : fallbacks.has(options.fallback) ? options.fallback : 'pseudonym'

  // Replacements already taken, and every original name, which no pseudonym may repeat (by `nameKey`):
  // the story's, and the names of the run's other stories (`reserved`).
  // The run's are read once for all its stories (`runNames`), and looked up beside the story's.
  const taken = new Set<string>()
  // What a carried mapping gives names not in this story is theirs: no name here gets it too,
  // or `reidentify` could not tell the two apart. The mask is the one value names share.
  const carried = mapping ? carriedKeys(mapping, options.mask) : undefined
  const own = new Map<string, number>()
  if (mapping) {
    for (const name of entries.keys()) {
      for (const written of [name, '$' + name]) {
        const key = Object.hasOwn(mapping, written) ? carriedKey(mapping[written], options.mask) : undefined
        if (key !== undefined) own.set(key, (own.get(key) ?? 0) + 1)
      }
    }
  }
  const isTaken = (key: string) => taken.has(key) || run.byKey.has(key) || (carried !== undefined && (carried.get(key) ?? 0) > (own.get(key) ?? 0))
  const originals = new Map<string, string>()
  for (const name of entries.keys()) originals.set(nameKey(name), name)
  for (const key of originals.keys()) taken.add(key)
  // The map's values are its names', in this story or another of the run: no pseudonym or label
  // given by the fallback is one of them, or two names would share a replacement.
  if (strategy === 'map' && map) for (const value of Object.values(map)) if (typeof value === 'string') taken.add(nameKey(value))
  const reveals = revealer(originals, run.reveals)
  const leads = caseLeads(entries)
  // Spellings of a name in another letter case that take their lead's replacement (below).
  const following: Entry[] = []

  // An institution's replacements may hold its noun: its own `reveals` (`besideNoun`), made once.
  const nounReveals = new Map<Entry, Reveals>()
  for (const entry of entries.values()) {
    const revealsHere = entry.noun ? besideNoun(reveals, entry.noun) : reveals
    if (entry.noun) nounReveals.set(entry, revealsHere)
    let fixed = mapping ? (lookupName(mapping, entry) ?? inCase(mapping, entry)) : undefined
    const lead = leads.get(entry)
    // A value of its own, carried or in `map`, goes first; else the lead's, in this casing.
    if (lead && fixed === undefined && !(strategy === 'map' && map && lookupName(map, entry) !== undefined)) {
      following.push(entry)
      continue
    }
    // A replacement carried from another story that names a placeholder of this one would
    // reveal that name here: this story's entry is chosen anew (and `mapping` gets the new one).
    const owner = typeof fixed === 'string' ? revealsHere(fixed) : undefined
    if (owner !== undefined) {
      plan.conflicts.push({entry, carried: fixed!, owner})
      fixed = undefined
    }
    if (typeof fixed === 'string') {
      entry.strategy = 'fixed'
      entry.replacement = oneLine(fixed)
    } else if (strategy === 'map') {
      const mapped = map ? (lookupName(map, entry) ?? inCase(map, entry)) : undefined
      const owner = mapped === undefined ? undefined : revealsHere(mapped)
      if (owner !== undefined) {
        // The author asked for this name to go: replaced as the fallback replaces names, or by a pseudonym.
        entry.strategy = fallback && fallback !== 'keep' ? fallback : 'pseudonym'
        plan.revealing.push({entry, option: 'map', value: mapped!, owner})
      } else if (mapped !== undefined) {
        entry.strategy = 'map'
        entry.replacement = oneLine(mapped)
      } else if (fallback && fallback !== 'keep') entry.strategy = fallback
      else {
        entry.strategy = 'keep'
        if (!fallback) plan.unmapped.push(entry)
      }
    } else entry.strategy = strategy
    if (entry.replacement !== undefined) taken.add(nameKey(entry.replacement))
  }
  // Names of `map` no placeholder takes its value from, nor a name of the run, asked of the lookups
  // that give the values (`$Annas` and `$ANNA` take `Anna`'s), with one a letter away.
  if (strategy === 'map' && map) {
    const used = new Set<string>()
    for (const entry of entries.values()) if (lookupName(map, entry, used) === undefined) inCase(map, entry, used)
    const unused = Object.keys(map).filter((name) => !used.has(name) && !run.byKey.has(nameKey(name)))
    const closeTo = oneEditAway([...entries.keys()], unused.length)
    for (const name of unused) plan.unusedKeys.push([name, closeTo(name)])
  }

  const asked = typeof options.mask === 'string' ? options.mask : defaultMask
  const maskOwner = reveals(asked)
  const mask = maskOwner === undefined ? oneLine(asked) : defaultMask
  const key = typeof options.seed === 'number' || typeof options.seed === 'string' ? String(options.seed) : '0'
  const pseudonymous: Entry[] = []
  let letters = 0

  let masked: Entry | undefined
  for (const entry of entries.values()) {
    if (entry.strategy === 'redact') {
      masked ??= entry
      entry.replacement = mask
    } else if (entry.strategy === 'pseudonym') pseudonymous.push(entry)
    else if (entry.strategy === 'generic') {
      // The label's word is the library's (`Company A` for `$Company` is what the author meant).
      // An institution keeps its noun, whose article the story has (`in der Schule A`).
      const prefix = entry.noun ? capitalized(entry.noun) : genericLabels[lang][entry.kind]
      // Letters in order of first appearance, skipping labels a carried-over mapping holds and
      // letters that are a name of the story (`$AB`).
      let label: string
      let code: string
      do {
        code = letter(letters++)
        label = prefix + ' ' + code
      } while (isTaken(nameKey(label)) || (code.length > 1 && reveals(code) !== undefined))
      entry.letter = code
      entry.replacement = applyCasing(label, entry.casing)
      taken.add(nameKey(label))
    }
  }
  // A mask refused is told once, where the name it holds is first written.
  if (maskOwner !== undefined && masked) plan.revealing.push({entry: entries.get(maskOwner) ?? masked, option: 'mask', value: asked, owner: maskOwner})

  // Pseudonyms in the order of their names, so that who yields in a collision does not depend
  // on where in the story a name first appears.
  const numbers = new Map<string, number>()
  pseudonymous.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0))
  for (const entry of pseudonymous) {
    const names = pool(lang, entry.kind, entry.gender ?? (keyedHash(key, '\u0001' + entry.name) & 1 ? 'female' : 'male'), entry.noun)
    const start = keyedHash(key, entry.name) % names.size
    const revealsHere = nounReveals.get(entry) ?? reveals
    let chosen: string | undefined
    for (let probe = 0; probe < Math.min(names.size, maxProbes) && !chosen; probe++) {
      const candidate = names.at(start + probe)
      if (!isTaken(nameKey(candidate)) && revealsHere(candidate) === undefined) chosen = candidate
    }
    // The pool is used up: number the name (`Jan 2`), going on from the last number given.
    if (!chosen) chosen = numbered(names, start, numbers, isTaken, revealsHere)
    taken.add(nameKey(chosen))
    entry.replacement = applyCasing(chosen, entry.casing)
  }

  for (const entry of following) {
    const lead = leads.get(entry)!
    entry.strategy = lead.strategy
    if (lead.letter !== undefined) entry.letter = lead.letter
    entry.replacement = lead.replacement === undefined ? undefined : applyCasing(lead.replacement, entry.casing)
    if (plan.unmapped.includes(lead)) plan.unmapped.push(entry)
  }

  return plan
}

/**
 * The names written in another letter case than a name of the story (`$ANNA`, `$anna` beside
 * `$Anna`), each with the spelling whose replacement it takes, in its own casing (`VERA`, `vera`):
 * one person, as a reader takes them. The lead is the name as mostly written (neither all upper
 * nor all lower case), else the first; two spellings of one casing (`$McDonald`, `$Mcdonald`)
 * would get one replacement, which `reidentify` could not tell apart: the second is a name of its own.
 */
function caseLeads(entries: ReadonlyMap<string, Entry>): Map<Entry, Entry> {
  const groups = new Map<string, Entry[]>()
  for (const entry of entries.values()) {
    const key = entry.name.toLowerCase()
    const group = groups.get(key)
    if (!group) groups.set(key, [entry])
    else if (!group.some((member) => member.casing === entry.casing)) group.push(entry)
  }
  const leads = new Map<Entry, Entry>()
  for (const group of groups.values()) {
    if (group.length < 2) continue
    const lead = group.find((member) => member.casing === 'as-is') ?? group[0]!
    for (const member of group) if (member !== lead) leads.set(member, lead)
  }
  return leads
}

/**
 * One key for the spellings of a name: case, accents and spelled-out umlauts aside, so that
 * `Möller`, `Moeller` and `Moller` are one name (`Bjoern`'s pseudonym must not be `Björn`).
 */
export function nameKey(name: string): string {
  return remembered(nameKeys, maxRemembered, name, (value) => sameSpellings(slug(value)))
}

/**
 * `nameKey` and `shownKey` of the names met lately. A run of many stories gives each story every
 * name of the run (`reserved`), and each would be folded again for every story (more names than
 * the slug cache holds).
 */
const nameKeys = new Map<string, string>()
const shownKeys = new Map<string, string>()
const maxRemembered = 16_384

/**
 * The first name of the pool from `start` that writes no name of the story back, numbered
 * (`Jan 2`) past the numbers given; the mask when every name of the pool is one of the story's.
 */
function numbered(names: Pool, start: number, numbers: Map<string, number>, isTaken: (key: string) => boolean, reveals: Reveals): string {
  for (let probe = 0; probe < names.size; probe++) {
    const base = names.at(start + probe)
    if (reveals(base) !== undefined) continue
    let number = numbers.get(base) ?? 2
    while (isTaken(nameKey(base + ' ' + number))) number++
    numbers.set(base, number + 1)
    return base + ' ' + number
  }
  return defaultMask
}

type Reveals = (replacement: string) => string | undefined

/**
 * `reveals` for an institution's replacement, which may hold the noun of the placeholder's own
 * name (`Ashford Hospital` for `$Hospital`, a `map` value `Grundschule Nord` for `$Grundschule`):
 * that noun is the author's word, not a name, though it is this placeholder's or another's
 * (`$Goethe_Gymnasium` beside `$Schiller_Gymnasium`). The rest must show no name, the entry's own
 * included (`Ashford` for `$Ashford_School`).
 */
function besideNoun(reveals: Reveals, noun: string): Reveals {
  const written = new RegExp(noun, 'giu')
  return (value) => reveals(value.replace(written, ' '))
}

/**
 * What tells which name of the story (by `nameKey`) a replacement would write back, if any: the
 * whole of it, or a run of its words, a genitive `s` aside (`Frau Anna`, `$Annas`, `Anna's` for
 * `$Anna`); a word of a name of several (`Meier` of `$Herr_Meier`; titles, link words, nouns of
 * a kind and legal forms aside: `Firma`, `GmbH`); the name of a genitive-only placeholder
 * (`Maren` for `$Marens`); a word with digits glued on (`Maren2`). A name shows through look-alike letters and invisible characters (a soft hyphen,
 * a zero-width space, a Hangul filler: `shown.ts`). A single letter counts only as the whole value.
 * Runs are at most as long as the longest name, so a long value costs linear time.
 */
export function revealer(originals: ReadonlyMap<string, string>, beside?: RevealIndex): Reveals {
  const own = revealIndex(originals)
  const maxWords = Math.max(own.maxWords, beside?.maxWords ?? 1)
  const get = (key: string) => own.keys.get(key) ?? beside?.keys.get(key)
  const find = (run: string) => get(run) ?? (run.length > 2 && run.endsWith('s') ? get(run.slice(0, -1)) : undefined)
  const search = (shown: string): string | undefined => {
    // Without a letter or digit there is no name to write (`slug` would make it `speaker`).
    if (!wordCharRe.test(shown)) return undefined
    const whole = nameKey(shown)
    // The words as written, then with digits apart from letters (`Maren2` shows `Maren`).
    const words = whole.split('-')
    const apart = whole.split(digitEdgeRe)
    return get(whole) ?? inRuns(words, maxWords, find) ?? (apart.length > words.length ? inRuns(apart, maxWords, find) : undefined)
  }
  return (replacement) => {
    // As written, and as a Markdown or HTML story would show it (`A&#110;na`, `An**n**a`).
    const asMarkup = shownAsMarkup(replacement)
    return search(shownLatin(replacement)) ?? (asMarkup === replacement ? undefined : search(shownLatin(asMarkup)))
  }
}

/** What `revealer` looks a value's words up in: each name by its key, its words and its genitive's stem. */
interface RevealIndex {
  keys: Map<string, string>
  maxWords: number
}

function revealIndex(originals: ReadonlyMap<string, string>): RevealIndex {
  // Keyed as written to the eye: a Cyrillic `А` in a name or a value is the Latin `A` it looks like.
  const keys = new Map<string, string>()
  for (const name of originals.values()) keys.set(shownKey(name), name)
  let maxWords = 1
  for (const [key, name] of [...keys]) {
    const words = key.split('-')
    maxWords = Math.max(maxWords, words.length)
    // Not a word that says what kind of thing the name is (`firma`, `gmbh`): `Firma Schulz` shows no `$Firma_Meier`.
    if (words.length > 1) for (const word of words) if (word.length > 1 && !commonWords.has(word) && !isKindWord(word) && !keys.has(word)) keys.set(word, name)
    if (key.length > 3 && key.endsWith('s') && !keys.has(key.slice(0, -1))) keys.set(key.slice(0, -1), name)
  }
  return {keys, maxWords}
}

/** The key a carried value takes (`nameKey`), or `undefined` for the mask and what is no string. */
function carriedKey(value: unknown, mask: unknown): string | undefined {
  return typeof value === 'string' && value !== mask && value !== defaultMask ? nameKey(value) : undefined
}

/** A carried mapping as last read: its names in order, each one's value then, and the values' keys counted. */
interface Carried {
  mask: unknown
  names: string[]
  values: unknown[]
  counts: Map<string, number>
}

/**
 * Each carried mapping as last read. A run hands each of its stories the same mapping, which
 * grows with the run: folding every value for every story made a run slow with the square of
 * its names. Only the names added since are folded; a mapping whose earlier names or values
 * changed (compared by identity) is read again.
 */
const carriedRead = new WeakMap<object, Carried>()

/** How many of `mapping`'s names have each replacement key (`carriedKey`). */
function carriedKeys(mapping: Record<string, unknown>, mask: unknown): Map<string, number> {
  const names = Object.keys(mapping)
  let known = carriedRead.get(mapping)
  if (known && (known.mask !== mask || !sameStart(known, mapping, names))) known = undefined
  if (!known) carriedRead.set(mapping, (known = {mask, names: [], values: [], counts: new Map()}))
  for (let index = known.names.length; index < names.length; index++) {
    const value = mapping[names[index]!]
    const key = carriedKey(value, mask)
    if (key !== undefined) known.counts.set(key, (known.counts.get(key) ?? 0) + 1)
    known.names.push(names[index]!)
    known.values.push(value)
  }
  return known.counts
}

/**
 * For a name in all upper or all lower case that `map` or `mapping` lacks, the value they give
 * its words capitalized, in its case (`ANNA` with `Anna: Vera` is `VERA`), as in one story.
 */
function inCase(map: Readonly<Record<string, string>>, entry: Entry, used?: Set<string>): string | undefined {
  if (entry.casing === 'as-is') return undefined
  const value = lookup(map, entry.name.toLowerCase().replace(/(?:^|[_-])\p{Ll}/gu, (start) => start.toUpperCase()), used)
  return value === undefined ? undefined : applyCasing(value, entry.casing)
}

/** Whether `mapping` still has the names and values `known` read, first in its order. */
function sameStart(known: Carried, mapping: Record<string, unknown>, names: string[]): boolean {
  if (names.length < known.names.length) return false
  for (let index = 0; index < known.names.length; index++) {
    if (names[index] !== known.names[index] || mapping[names[index]!] !== known.values[index]) return false
  }
  return true
}

/** The names of a run's other stories (`reserved`), by `nameKey` and for `revealer`. */
interface RunNames {
  /** `reserved` as given (its items, where it is an array), kept to know it again. */
  given: unknown[] | undefined
  byKey: Map<string, string>
  /** Where each name is written, where `reserved` says (a `Map`), by `nameKey`. */
  stories: Map<string, string>
  /** The names, one per key, made once: the index of their words (`unmarkedNames`) is made once for them too. */
  names: readonly string[]
  reveals: RevealIndex
}

/**
 * The last `reserved` read. A run gives each of its stories the same names, and reading them for
 * every story made a run of many stories slow with the square of its names; they are read again
 * only when they differ, item by item, from the last ones (a caller may change its array).
 */
let lastRun: RunNames | undefined
const noRun: RunNames = {given: undefined, byKey: new Map(), stories: new Map(), names: [], reveals: revealIndex(new Map())}

function runNames(value: unknown): RunNames {
  // No names: the last run's stay known (`anonymizeText` checks its result with none, between
  // two stories of a run, which then indexed the run's names again for each story).
  if (value === undefined || value === null) return noRun
  const items = value instanceof Map ? mapItems(value) : Array.isArray(value) ? value : undefined
  if (items && lastRun?.given && sameItems(lastRun.given, items)) return lastRun
  const byKey = new Map<string, string>()
  const stories = new Map<string, string>()
  for (const [name, story] of reservedNames(value)) {
    const key = nameKey(name)
    if (byKey.has(key)) continue
    byKey.set(key, name)
    if (story !== undefined) stories.set(key, detached(story))
  }
  // Copies: a name may be a view into a story, which the run must not keep alive.
  const given = items?.map((item) => (typeof item === 'string' ? detached(item) : undefined))
  lastRun = {given, byKey, stories, names: [...byKey.values()], reveals: revealIndex(byKey)}
  return lastRun
}

/** A `Map` of `reserved` as one list, name and story in turn, to know it again item by item. */
function mapItems(value: Map<unknown, unknown>): unknown[] {
  const items: unknown[] = []
  for (const [name, story] of value) items.push(name, story)
  return items
}

function sameItems(a: readonly unknown[], b: readonly unknown[]): boolean {
  if (a.length !== b.length) return false
  for (let index = 0; index < a.length; index++) if (a[index] !== b[index]) return false
  return true
}

/** The first run of at most `maxWords` words that `find` knows, and what it says. */
function inRuns(words: string[], maxWords: number, find: (run: string) => string | undefined): string | undefined {
  for (let start = 0; start < words.length; start++) {
    let run = words[start]!
    for (let end = start; end < words.length && end - start < maxWords; end++) {
      if (end > start) run += '-' + words[end]
      // A letter alone inside a value is a label's or an initial's (`Person A` for `$A`).
      const found = run.length > 1 ? find(run) : undefined
      if (found !== undefined) return found
    }
  }
  return undefined
}

/** The key of a name as it shows (`Аnna` with a Cyrillic `А` is `anna`; see `shown.ts`). */
function shownKey(value: string): string {
  return remembered(shownKeys, maxRemembered, value, (name) => nameKey(shownLatin(name)))
}

/** Whether `value` shows the name `owner` itself, not only holds it (`Аnna` for `$Anna`). */
export function showsName(value: string, owner: string): boolean {
  return shownKey(value) === shownKey(owner)
}

const digitEdgeRe = /-|(?<=\p{L})(?=\p{N})|(?<=\p{N})(?=\p{L})/u
const wordCharRe = /[\p{L}\p{N}]/u

/**
 * The names of the run's other stories (`reserved`) to look for written without their `$`
 * (`unmarkedNames`): those this story has no placeholder of, however it spells them.
 */
export function otherStoriesNames(plan: Plan, reserved: unknown): OtherStories {
  const here = new Set<string>()
  for (const name of plan.entries.keys()) here.add(nameKey(name))
  const run = runNames(reserved)
  return {names: run.names, isStoryName: (name) => here.has(nameKey(name)), storyOf: (name) => run.stories.get(nameKey(name))}
}

/** The names the plan replaces (not those it leaves as placeholders). */
export function* replacedNames(plan: Plan): Generator<string> {
  for (const entry of plan.entries.values()) if (entry.replacement !== undefined) yield entry.name
}

/** The text that replaces one occurrence, or undefined when it stays. */
export function surface(plan: Plan, entry: Entry, occurrence: Occurrence): string | undefined {
  const replacement = entry.replacement
  if (replacement === undefined) return undefined
  if (entry.strategy === 'redact') return replacement
  let form = replacement
  if (entry.strategy === 'generic' && entry.letter) {
    // `Herr $X` → `Herr A.`; `Firma $X` → `Firma B`: the context already says what the label would.
    if (occurrence.signal.honorific) form = applyCasing(entry.letter + '.', entry.casing)
    else if (occurrence.signal.kindWord && occurrence.signal.kind === entry.kind) form = entry.letter
  } else if (entry.strategy === 'map' || entry.strategy === 'fixed') form = withoutRepeatedWord(form, occurrence.signal)
  else if (entry.strategy === 'pseudonym' && entry.kind === 'company' && occurrence.signal.legalFormAfter) {
    // `$X GmbH` → `Heidmann GmbH`, not `Heidmann KG GmbH`.
    const ending = nameLists[plan.lang].companyEndings.find((item) => form.toLowerCase().endsWith(item.toLowerCase()))
    if (ending) form = form.slice(0, -ending.length)
  }
  const suffix = occurrence.node.suffix
  if (suffix) form = withGenitive(form, suffix, entry.noun, entry.strategy === 'generic', plan.lang)
  // `Firma $X.` → `Firma Copperfield Inc.`, not `Inc..`.
  if (occurrence.dotAfter && form.endsWith('.')) form = form.slice(0, -1)
  return form
}

/** The genitive of a name's replacement as `surface` writes it, where no occurrence tells more (markup). */
export function inflected(plan: Plan, name: string, suffix: string): string {
  const entry = plan.entries.get(name)!
  const replacement = entry.replacement!
  return entry.strategy === 'redact' ? replacement : withGenitive(replacement, suffix, entry.noun, entry.strategy === 'generic', plan.lang)
}

/**
 * `value` in the genitive: an institution's noun inflected where the value has it, else the
 * value's end (`genitive`); after the author's apostrophe (`$Hans'`, `$James’`), in its language.
 */
function withGenitive(value: string, suffix: string, noun: string | undefined, label: boolean, lang: Lang = 'de'): string {
  if (suffix === "'" || suffix === '’') return genitive(value, label, suffix, lang)
  return (noun && nounGenitive(value, noun, suffix)) || genitive(value, label)
}

/**
 * The genitive of a name: `Lindners`, `Albers'`; in English `Lindner's`, `Albers'`; a generic
 * label's letter takes an apostrophe (`Person E's`), and nothing is added after a full stop.
 */
function genitive(value: string, label: boolean, apostrophe = "'", lang: Lang = 'de'): string {
  const last = value.slice(-1)
  if (last.toLowerCase() === last.toUpperCase()) return value
  const s = value === value.toUpperCase() ? 'S' : 's'
  if (label) return value + apostrophe + s
  if (lang === 'en') return /s/i.test(last) ? value + apostrophe : value + apostrophe + s
  if (isSibilant(last.charCodeAt(0))) return value + apostrophe
  return value + s
}

/** An institution's genitive inflects its noun, as the author did (`Krankenhauses Birkenfeld`, `Schule A`: `Vereins B`). */
function nounGenitive(value: string, noun: string, suffix: string): string | undefined {
  const ending = (written: string) => (written === written.toUpperCase() ? suffix.toUpperCase() : suffix.toLowerCase())
  const head = value.slice(0, noun.length)
  if (head.toLowerCase() === noun && value.charCodeAt(noun.length) === 32) return head + ending(head) + value.slice(noun.length)
  // A value of the author's that ends in the noun (`St.-Anna-Krankenhaus`): its end.
  const tail = value.slice(-noun.length)
  return tail.toLowerCase() === noun ? value + ending(tail) : undefined
}

/**
 * The names `reserved` gives, each with the story it is written in where a `Map` says so: a
 * string is one name, a leading `$` is dropped, anything else is passed over.
 */
function reservedNames(value: unknown): Array<[string, string | undefined]> {
  if (typeof value === 'string') return [[value, undefined]]
  if (value === null || typeof value !== 'object' || typeof (value as Partial<Iterable<unknown>>)[Symbol.iterator] !== 'function') return []
  // A `Map`'s entries are a name and its story; another iterable's items are names.
  const pairs: Iterable<[unknown, unknown]> = value instanceof Map ? value : Array.from(value as Iterable<unknown>, (item) => [item, undefined])
  const names: Array<[string, string | undefined]> = []
  for (const [name, story] of pairs) {
    if (typeof name === 'string' && name.length > 0) names.push([bareName(name).normalize('NFC'), typeof story === 'string' && story.length > 0 ? story : undefined])
  }
  return names
}

export function isRecord(value: unknown): value is Record<string, string> {
  return value !== null && typeof value === 'object' && !Array.isArray(value)
}

/**
 * A key of `map` or `mapping` as the name it stands for, as the parser gives a placeholder's name
 * (`placeholderName`): `$Anna` and ` Anna ` are `Anna`; composed (NFC), without invisible characters.
 */
export function bareName(key: string): string {
  const trimmed = key.trim()
  return placeholderName(trimmed.startsWith('$') ? trimmed : '$' + trimmed)
}

/** `map` keyed by the names its keys stand for (`bareName`); a key written as the name itself wins. */
function byName(map: Readonly<Record<string, string>>): Record<string, string> {
  const named: Record<string, string> = Object.create(null)
  for (const key of Object.keys(map)) {
    const name = bareName(key)
    if (typeof map[key] === 'string' && (!(name in named) || key === name)) named[name] = map[key]
  }
  return named
}

/** A line break: a line feed, a carriage return, a line or paragraph separator. */
const lineBreakRe = /[\n\r\u2028\u2029]/

/**
 * A replacement on one line: a line break in a value (`map`, `mapping`, the mask) would start a
 * line of the story, which can read as a turn, a note or the comment section of its own. Each
 * becomes a space, with the white space around it (split, not one pattern: linear). Whether a
 * value reveals a name is asked of it as given, where a line break inside a name hides nothing.
 */
function oneLine(value: string): string {
  return lineBreakRe.test(value) ? value.split(lineBreakRe).map((part) => part.trim()).filter((part) => part !== '').join(' ') : value
}

/** The value for `name` in `map` or `mapping`, whose keys may be written with `$`; the key it is under goes into `used`. */
function lookup(map: Readonly<Record<string, string>>, name: string, used?: Set<string>): string | undefined {
  for (const key of [name, '$' + name]) {
    if (!Object.hasOwn(map, key) || typeof map[key] !== 'string') continue
    used?.add(key)
    return map[key]
  }
  return undefined
}

/**
 * The value for an entry's name in `map` or `mapping`, or, for the genitive of a name it has
 * (`$Krankenhauses` alone, with `Krankenhaus` mapped), that name's value with the ending.
 */
function lookupName(map: Readonly<Record<string, string>>, entry: Entry, used?: Set<string>): string | undefined {
  const value = lookup(map, entry.name, used)
  if (value !== undefined) return value
  const suffix = genitiveSuffix(entry.name, (name) => lookup(map, name) !== undefined)
  if (!suffix) return undefined
  const base = lookup(map, entry.name.slice(0, -suffix.length), used)!
  const noun = entry.noun?.endsWith(suffix.toLowerCase()) ? entry.noun.slice(0, -suffix.length) : entry.noun
  // A generic label's letter takes an apostrophe (`Person A's`).
  return withGenitive(base, suffix, noun, /\s\p{Lu}$/u.test(base))
}

/** Every placeholder of the tree (and beside it), grouped by name, with the kind its uses point to. */
function gather(tree: Root, beside: Beside | undefined, isRunName: (name: string) => boolean): Map<string, Entry> {
  const entries = new Map<string, Entry>()
  // Each with its readings (a written name may be read more than one way), the first that is a name of the story taken.
  const inStrings: Occurrence[][] = []
  const add = (occurrence: Occurrence) => {
    const name = occurrence.node.name
    let entry = entries.get(name)
    if (!entry) {
      entry = {name, occurrences: [], kind: 'person', gender: undefined, casing: casingOf(name), strategy: 'keep', replacement: undefined}
      entries.set(name, entry)
    }
    entry.occurrences.push(occurrence)
  }
  // Glued to a word (`Frau$Anna`, `US$5`, `/p/a$Anna`) or escaped (`x%24Anna`, `\x24Anna`, `&#36;Anna`
  // kept as written): a name only where the story has it; not again where a name was read (`read`).
  const unread = (value: string, at: (found: FoundPlaceholder) => Occurrence, read?: ReadonlySet<number>) => {
    for (const found of gluedPlaceholders(value)) if (!read?.has(found.start)) inStrings.push([at(found)])
    for (const readings of escapedPlaceholders(value)) if (!read?.has(readings[0]!.start)) inStrings.push(readings.map((found) => at(found)))
  }
  visitParents(tree, (node, parent, index) => {
    if (node.type === 'comment') {
      for (const key of ['author', 'byline'] as const) {
        const value = node[key]
        if (typeof value !== 'string') continue
        for (const found of fieldPlaceholders(value)) {
          add(inField(found, node, value, {holder: node, key, start: found.start, end: found.end}))
        }
      }
    }
    // A dateline is read text as a byline is (`Posted by $Anna | March 2, 2020`), kept as written; so is a front matter (`author: $Anna`).
    if ((node.type === 'dateline' || node.type === 'frontmatter') && typeof node.value === 'string') {
      const value = node.value
      const at = (found: FoundPlaceholder) => inField(found, parent, value, {holder: node, key: 'value', start: found.start, end: found.end})
      if (value.includes('$')) for (const found of fieldPlaceholders(value)) add(at(found))
      // Glued (`title: Mit$Anna`) or escaped: as in text.
      unread(value, at)
    }
    // A label's qualifier (`Nachtrag ($Anna):`) or the title a section header quotes is read text.
    if ((node.type === 'note' || node.type === 'comments') && typeof node.label === 'string' && node.label.includes('$')) {
      for (const found of fieldPlaceholders(node.label)) {
        add(inField(found, node, node.label, {holder: node, key: 'label', start: found.start, end: found.end}))
      }
    }
    if (node.type === 'link') {
      for (const key of ['url', 'title'] as const) {
        const value = node[key]
        if (typeof value !== 'string') continue
        const at = (found: FoundPlaceholder) => inField(found, parent, value, {holder: node, key, start: found.start, end: found.end})
        const starts = new Set<number>()
        // A URL is read decoded: `%24Qwertz` is `$Qwertz`.
        for (const found of key === 'url' ? urlPlaceholders(value) : fieldPlaceholders(value)) {
          starts.add(found.start)
          add(at(found))
        }
        // Glued to a word (`/p/a$Anna`) or escaped otherwise (`x%24Anna`, `\x24Anna`): as in text.
        unread(value, at, starts)
      }
    }
    if ((node.type === 'inlineCode' || node.type === 'text') && typeof node.value === 'string') {
      const value = node.value
      // A link definition is kept as written: `\$Anna` there is Markdown's escape of the `$`, replaced with it.
      const destination = node.type === 'text' ? definitionDestination(value) : undefined
      const inValue = (found: FoundPlaceholder, start = found.start) => {
        const occurrence = inField(found, parent, value, {holder: node, key: 'value', start, end: found.end})
        // In its destination (`[x]: /p/$Anna`, relative too): written as a URL holds it.
        if (destination && found.start >= destination.start && found.start < destination.end) occurrence.url = true
        return occurrence
      }
      if (value.includes('$')) {
        for (const found of fieldPlaceholders(value)) {
          let start = found.start
          while (destination && value.charCodeAt(start - 1) === 92) start--
          const occurrence = inValue(found, found.start - ((found.start - start) % 2))
          // Text is read: a name there is a name. Code is not: `$PATH` stays unless it is a name of the story.
          if (node.type === 'text') add(occurrence)
          else inStrings.push([occurrence])
        }
      }
      // Glued to a word, or written escaped (`https://e.x/%24Anna` written out, `x%24Anna`, `\x24Anna`),
      // or behind a character reference kept as written (`&#36;Anna` in a Markdown code span).
      unread(value, inValue)
      // A fence's info string (`python title="$Anna"`) is code too.
      if (node.type === 'inlineCode' && typeof node.info === 'string' && node.info.includes('$')) {
        for (const found of [...fieldPlaceholders(node.info), ...gluedPlaceholders(node.info)]) {
          inStrings.push([inField(found, parent, node.info, {holder: node, key: 'info', start: found.start, end: found.end})])
        }
      }
    }
    if (node.type !== 'placeholder' || typeof node.name !== 'string') return
    const previous = index > 0 ? parent.children[index - 1] : undefined
    const next = parent.children[index + 1]
    // A text beside it without a string value (a tree built by hand) says nothing.
    const after = next?.type === 'text' && typeof next.value === 'string' ? next.value : ''
    const signal = contextSignal(previous?.type === 'text' && typeof previous.value === 'string' ? previous.value : '', after)
    add({node, parent, index, signal, dotAfter: after.charCodeAt(0) === 46})
  })
  // A string's genitive (`Posted by $Annas`, `author: $Annas Mann`) beside the name (`$Anna`) is
  // that name, as the parser reads one in text; its nodes are the plan's own (the tree's are not changed).
  for (const [name, entry] of entries) {
    const suffix = genitiveSuffix(name, (base) => base !== name && entries.has(base))
    if (!suffix || !entry.occurrences.every((occurrence) => occurrence.field)) continue
    const base = entries.get(name.slice(0, -suffix.length))!
    for (const occurrence of entry.occurrences) {
      occurrence.node.name = base.name
      occurrence.node.suffix = suffix
      base.occurrences.push(occurrence)
    }
    entries.delete(name)
  }
  // In code, unread text and glued to a word only names the story (or its run: `reserved`) has as
  // placeholders, in any case or spelling, as `anonymize` takes them for one person (`%24quirin`
  // beside `$Quirin`): `$PATH` in code stays. There a genitive (`Frau$Annas`) is read as in `$Annas` beside `$Anna`.
  const storyKeys = new Set<string>()
  for (const name of entries.keys()) storyKeys.add(nameKey(name))
  const known = (name: string) => entries.has(name) || storyKeys.has(nameKey(name)) || isRunName(name)
  for (const readings of inStrings) {
    for (const occurrence of readings) {
      const {node} = occurrence
      const suffix = known(node.name) ? undefined : genitiveSuffix(node.name, known)
      if (!known(suffix ? node.name.slice(0, -suffix.length) : node.name)) continue
      if (suffix) {
        node.name = node.name.slice(0, -suffix.length)
        node.suffix = suffix
      }
      add(occurrence)
      break
    }
  }
  if (beside) gatherBeside(tree, beside, entries, known, add)

  for (const entry of entries.values()) {
    const hint = nameHint(entry.name)
    // The name's own words weigh most, then the sum of what its uses say; ties go to the rarer kind.
    const scores: Record<Kind, number> = {company: 0, town: 0, product: 0, institution: 0, surname: 0, person: 0}
    const genders: Record<Gender, number> = {female: 0, male: 0}
    if (hint.kind) scores[hint.kind] += 4
    for (const {signal} of entry.occurrences) {
      if (signal.kind) scores[signal.kind] += signal.weight
      if (signal.gender) genders[signal.gender] += 1
    }
    // A title or a speaker's label makes an institution's noun someone's name (`Mr. $Kirk`, `$Kita: Hallo`).
    if (entry.occurrences.some(({signal, parent}) => signal.honorific || parent.type === 'speaker')) scores.institution = 0
    let kind: Kind = 'person'
    for (const candidate of ['company', 'town', 'product', 'institution', 'surname'] as const) {
      if (scores[candidate] > scores[kind]) kind = candidate
    }
    entry.kind = kind
    if (kind === 'institution') entry.noun = hint.noun
    entry.gender = genders.female > genders.male ? 'female' : genders.male > genders.female ? 'male' : hint.gender
  }
  return entries
}

/** A link reference definition, as the Markdown reader keeps it (as text): its destination. */
const definitionRe = /^ {0,3}\[(?:[^\\\]]|\\.)+\]:[ \t]*(<[^<>\n]*>|[^\s<][^\s]*)/

/** Where the destination of `value` is written (`<url>`: inside the brackets), if `value` is a link reference definition. */
export function definitionDestination(value: string): {start: number; end: number} | undefined {
  const definition = definitionRe.exec(value)
  if (!definition) return undefined
  const url = definition[1]!
  const at = definition[0].length - url.length
  return url.startsWith('<') ? {start: at + 1, end: at + url.length - 1} : {start: at, end: at + url.length}
}
