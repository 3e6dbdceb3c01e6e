// A turn's `who` can carry a name: the placeholder's name (`$Kollegin:` → `Kollegin`), its slug
// inside a longer label (`Systemadministrator $Qwertz` → `systemadministrator-qwertz`), or any
// form of it that an abbreviation, a short form or the caller's cast passed on to other turns.
// Every `who` of the story is looked at the same way, whatever made it: its words, folded like a
// slug, are matched against the names' words, and each name found is replaced by an id. Turns
// that shared a `who` still share one, and two speakers never end up with one.
import {locales} from '../locale/index.js'
import {invisibleAt, isDigit, isWordChar, letterAt} from '../parse/chars.js'
import {isSibilant} from '../parse/grammar.js'
import {isKindWord} from './kind.js'
import {slug} from '../parse/slug.js'
import {wordKey} from './name-key.js'
import type {Root, Turn, WhoPart} from '../types.js'
import {visitParents} from './walk.js'

/** A name to take out of every `who`. */
export interface WhoName {
  /** The name as it is written in a placeholder (`Stadt_in_der_Nähe`), or the real name. */
  name: string
  /** Inflections seen after it (`s`): `$Qwertzs Frau` gives `qwertzs-frau`. */
  suffixes: readonly string[]
  /** What stands in its place inside a longer `who`. */
  id: string
  /** What the whole `who` becomes when it is nothing but the name. */
  whole: string
  /** What `reidentify` needs to put it back; absent where there is no way back. */
  record?: {replacement: string; suffix?: string | undefined} | undefined
}

interface Token {
  start: number
  end: number
  key: string
}

/** The most words of one name looked for in a `who`. */
const maxNameWords = 32

/** Words that alone give no name away (`herr` of `Herr_Meier`, `mit` of `Frau_mit_Hut`). */
export const commonWords = new Set(locales.flatMap((locale) => [...Object.keys(locale.names.honorifics), ...locale.names.phraseLinks].flatMap((word) => [slug(word), wordKey(slug(word))])))

/** What a `who`'s words can match: a name (with an inflection), or one word of a name of several. */
interface Key {
  name: WhoName
  suffix: string | undefined
  /** The word's index in the name, and the word as written there. */
  word?: {index: number; written: string} | undefined
}

/** Replace the names in every turn's `who` of `tree`; with records, say how to undo it. */
export function renameWhos(tree: Root, names: readonly WhoName[], record: boolean): void {
  if (names.length === 0) return
  const turns: Turn[] = []
  visitParents(tree, (node) => {
    if (node.type === 'turn' && typeof node.who === 'string') turns.push(node)
  })
  if (turns.length === 0) return

  // Each key with every name folded to it (`Anna`, `ANNA` and `anna` are three names): `rename`
  // takes the one spelled as the `who` writes it.
  const byKey = new Map<string, Key[]>()
  const add = (key: string, value: Key) => {
    const keys = byKey.get(key)
    if (keys) keys.push(value)
    else byKey.set(key, [value])
  }
  let longest = 1
  for (const name of names) {
    for (const suffix of [undefined, ...name.suffixes, ...genitives(name.name)]) {
      const tokens = tokenize(name.name + (suffix ?? ''))
      if (tokens.length === 0 || tokens.length > maxNameWords) continue
      longest = Math.max(longest, tokens.length)
      add(tokens.map((token) => token.key).join('-'), {name, suffix})
      // Its words run together too, as a file name or an address writes them (`obrien` for `$O'Brien`).
      const joined = tokens.map((token) => token.key).join('')
      if (tokens.length > 1 && !byKey.has(joined)) add(joined, {name, suffix})
    }
  }
  // Each word of a name of several gives it away too (a cast id `meier` for `$Herr_Meier`), where
  // no whole name is spelled so; not a legal form or a noun of a kind, which are no one's own
  // (`gmbh` of `Müller GmbH`, `firma` of `Firma Schulz`, `schule` beside `Schule am Park`).
  for (const name of names) {
    const tokens = tokenize(name.name)
    // Its words, not its numbers: `$Kunde2` is one word, whose `kunde` is another speaker's.
    if (tokens.filter((token) => !isDigit(token.key.charCodeAt(0))).length < 2 || tokens.length > maxNameWords) continue
    tokens.forEach((token, index) => {
      if (isDigit(token.key.charCodeAt(0)) || commonWords.has(token.key) || isKindWord(name.name.slice(token.start, token.end)) || byKey.has(token.key)) return
      add(token.key, {name, suffix: undefined, word: {index, written: name.name.slice(token.start, token.end)}})
    })
  }

  // Each distinct `who` once, so that every turn that shares it gets the same new one.
  const renamed = new Map<string, {who: string; parts: WhoPart[]} | undefined>()
  for (const turn of turns) if (!renamed.has(turn.who)) renamed.set(turn.who, rename(turn.who, byKey, longest))
  const used = new Set<string>()
  for (const [who, change] of renamed) if (!change) used.add(who)
  const final = new Map<string, string>()
  for (const [who, change] of renamed) {
    if (!change) continue
    let candidate = change.who
    for (let number = 2; used.has(candidate); number++) candidate = change.who + '-' + number
    used.add(candidate)
    final.set(who, candidate)
  }

  for (const turn of turns) {
    const change = renamed.get(turn.who)
    if (!change) continue
    if (record) {
      const data = (turn.data ??= {})
      // Renamed twice (names a first run kept): the first record holds the original, kept names
      // as they were written, so it alone gives the original back.
      if (!data.anonymized) data.anonymized = {who: change.parts}
    }
    turn.who = final.get(turn.who)!
  }
}

/**
 * The German genitive endings of `name`, seen in the text or not: a cast's identity may hold one
 * (`joergs-frau` for `$Jörg`). `s`, and `es` after `s`, `ß`, `x` or `z` (`$Krankenhauses`).
 */
function genitives(name: string): string[] {
  return isSibilant(name.charCodeAt(name.length - 1)) ? ['s', 'es'] : ['s']
}

/** `who` with its names replaced, and the parts that give the old one back; undefined when it has none. */
function rename(who: string, byKey: Map<string, Key[]>, longest: number): {who: string; parts: WhoPart[]} | undefined {
  const tokens = tokenize(who)
  let result = ''
  const parts: WhoPart[] = []
  let copied = 0
  let found = false
  for (let index = 0; index < tokens.length; ) {
    let hits: Key[] | undefined
    let last = index
    let key = ''
    for (let end = index; end < tokens.length && end < index + longest; end++) {
      key += (end > index ? '-' : '') + tokens[end].key
      const keys = byKey.get(key)
      if (keys) {
        hits = keys
        last = end
      }
    }
    if (!hits) {
      index++
      continue
    }
    found = true
    const start = tokens[index].start
    const end = tokens[last].end
    const written = who.slice(start, end)
    const match = hits.find((hit) => written === spelled(hit)) ?? hits[0]!
    const kept = who.slice(copied, start)
    const whole = start === 0 && end === who.length
    result += kept + withoutRepeatedWord(result + kept, whole ? match.name.whole : match.name.id)
    if (kept) parts.push(kept)
    const entry = match.name.record
    if (entry) {
      const part: WhoPart = {replacement: entry.replacement}
      if (match.suffix) part.suffix = match.suffix
      if (match.word) part.word = match.word.index
      // How the name stood there: as written, or as a slug (the parser's `who` of a longer label).
      if (written !== spelled(match)) part.slug = true
      parts.push(part)
    } else parts.push(written)
    copied = end
    index = last + 1
  }
  if (!found) return undefined
  const rest = who.slice(copied)
  if (rest) parts.push(rest)
  return {who: result + rest || 'speaker', parts}
}

/** A key's name (or word of it) with its inflection, as a placeholder writes it. */
function spelled(key: Key): string {
  return key.word ? key.word.written : key.name.name + (key.suffix ?? '')
}

/** `id` without its first word where the `who` has it right before (`mr-` and `mr-brown`: `brown`), as the text does. */
function withoutRepeatedWord(before: string, id: string): string {
  const dash = id.indexOf('-')
  if (dash < 0) return id
  const first = id.slice(0, dash + 1)
  return before.endsWith(first) && (before.length === first.length || !isWordChar(before.charCodeAt(before.length - first.length - 1))) ? id.slice(dash + 1) : id
}

/** The words of a `who`, each with its slug (`Müller` → `mueller`). */
function tokenize(value: string): Token[] {
  const tokens: Token[] = []
  let index = 0
  while (index < value.length) {
    if (!isWordChar(value.charCodeAt(index)) && !isAstralLetter(value, index)) {
      index++
      continue
    }
    const start = index
    // Digits are a word of their own: a name with digits glued on is the name (`anna2`, `24anna`).
    const digits = isDigit(value.charCodeAt(index))
    while (index < value.length) {
      // An invisible character inside a word joins it (`an\u00ADna`), as in a placeholder's name.
      let at = index
      for (let hidden = invisibleAt(value, at); hidden > 0; hidden = invisibleAt(value, at)) at += hidden
      if (!(isWordChar(value.charCodeAt(at)) || isAstralLetter(value, at)) || isDigit(value.charCodeAt(at)) !== digits) break
      index = at + (isAstralLetter(value, at) ? 2 : 1)
    }
    tokens.push({start, end: index, key: wordKey(slug(value.slice(start, index)))})
  }
  return tokens
}

function isAstralLetter(value: string, index: number): boolean {
  return letterAt(value, index) === 2
}

/** Put the old `who` back from its record: undefined when a name cannot be restored. */
export function restoredWho(parts: readonly WhoPart[], nameOf: (replacement: string) => string | undefined): string | undefined {
  let who = ''
  for (const part of parts) {
    if (typeof part === 'string') {
      who += part
      continue
    }
    if (part === null || typeof part !== 'object' || typeof part.replacement !== 'string') return undefined
    const name = nameOf(part.replacement)
    if (name === undefined) return undefined
    const word = typeof part.word === 'number' ? tokenize(name)[part.word] : undefined
    if (typeof part.word === 'number' && !word) return undefined
    const written = word ? name.slice(word.start, word.end) : name + (part.suffix ?? '')
    who += part.slug ? slug(written) : written
  }
  return who
}
