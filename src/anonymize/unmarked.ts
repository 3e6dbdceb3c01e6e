// A placeholder's name written elsewhere in the story without its `$` (`$Anna` in one line,
// `Anna` in the next): anonymize replaces the placeholders, and that copy stays. Only names that
// read as someone's own name are looked for: a role, a person noun, a pronoun, a field or a name
// that says its kind (`$Verkäufer`, `$Stadt_in_der_Nähe`) is a word the story uses unmarked too.
import type {Point, Position} from 'unist'
import type {PhrasingContent, Root} from '../types.js'
import {isDigit} from '../parse/chars.js'
import {isKnownElement} from '../parse/html/detect.js'
import {describesPerson, isFieldLabel, isPronounLabel, isRoleLabel} from '../parse/core/people.js'
import {selfLabels} from '../parse/core/words.js'
import {firstAtLeast} from '../parse/sorted.js'
import {isKindWord, nameHint} from './kind.js'
import {markupWords} from './markup-words.js'
import {withPlainLetters} from './name-key.js'
import {commonWords} from './who.js'
import {visitParents} from './walk.js'
import {isAddress, tokenAt, wordsIn} from './words-in.js'

/** Where a capital follows a small letter: words run together in camel case part there. */
const camelRe = /(?<=\p{Ll})(?=\p{Lu})/u

export interface Unmarked {
  /** The placeholder's name (`Herr_Meier`). */
  name: string
  /** The word found unmarked (`Meier`). */
  word: string
  /** Where it is first written. */
  place: Position | Point | undefined
  /** How often it is written unmarked. */
  count: number
  /** Where it is written again: the first `maxOthers` of those places. */
  others: Array<Position | Point | undefined>
  /** Set where the word goes on from a placeholder after a hyphen (`$Jörg-Peter`): the placeholder as written. */
  glued?: string
  /** Set where the name is a placeholder of another story of the run (`reserved`), not of this one. */
  elsewhere?: true
  /** Which story that is, where `reserved` says (a `Map`). */
  story?: string
}

/** The names of the run's other stories (`reserved`), and whether this story has a name as a placeholder. */
export interface OtherStories {
  names: readonly string[]
  isStoryName: (name: string) => boolean
  /** The story a name of the run is written in, where `reserved` says. */
  storyOf: (name: string) => string | undefined
}

/** Each name's own words, by their spelling: as written and in capitals; in lower case apart, for addresses. */
function wordIndex(names: Iterable<string>): [Map<string, Unmarked>, Map<string, Unmarked>] {
  const byWord = new Map<string, Unmarked>()
  // In lower case only where an address writes it (`anna@example.de`): `will` is no `$Will`.
  const byLowerWord = new Map<string, Unmarked>()
  for (const name of names) {
    for (const word of ownWords(name)) {
      const entry: Unmarked = {name, word, place: undefined, count: 0, others: []}
      // Written in capitals too (`ANNA`), as a heading or a shout writes a name; in any spelling.
      for (const key of [word, word.toUpperCase()]) if (!byWord.has(spelling(key))) byWord.set(spelling(key), entry)
      if (!byLowerWord.has(spelling(word.toLowerCase()))) byLowerWord.set(spelling(word.toLowerCase()), entry)
    }
  }
  return [byWord, byLowerWord]
}

/**
 * The run's names indexed once for the run, as patterns each story copies what it finds of: every
 * story is given the same names, and indexing them anew would cost a run the square of its names.
 */
let lastRun: {names: readonly string[]; index: [Map<string, Unmarked>, Map<string, Unmarked>]} | undefined

/**
 * The words of `names` written unmarked in the story's text, each with its first place and count;
 * then those of `run`'s names that the story has no placeholder of.
 * The place is the word's own where the node's value is its source as written, white space aside
 * (HTML's text has a space where a line break is written): as `source`, the text the tree was
 * parsed from, shows, or, without it, where the value is as long as its place and no HTML.
 */
export function unmarkedNames(tree: Root, names: Iterable<string>, source?: unknown, run?: OtherStories): Unmarked[] {
  const replaced = new Set(names)
  const [byWord, byLowerWord] = wordIndex(replaced)
  // Then the run's other names (`run`), each found here an entry of its own, after the story's.
  if (run?.names.length && lastRun?.names !== run.names) lastRun = {names: run.names, index: wordIndex(run.names)}
  const others = run?.names.length ? lastRun!.index : undefined
  const ofRun = new Map<Unmarked, Unmarked>()
  const fromRun = (pattern: Unmarked | undefined): Unmarked | undefined => {
    if (!pattern || run!.isStoryName(pattern.name)) return undefined
    if (!ofRun.has(pattern)) ofRun.set(pattern, {...pattern, others: [], elsewhere: true, story: run!.storyOf(pattern.name)})
    return ofRun.get(pattern)
  }
  const get = (key: string) => byWord.get(key) ?? (others && fromRun(others[0].get(key)))
  const getLower = (key: string) => byLowerWord.get(key) ?? (others && fromRun(others[1].get(key)))
  const verbatim = typeof source === 'string' ? source : tree.data?.format === 'html' ? null : undefined
  if (replaced.size === 0 && !others) return []
  // HTML's source is read whole: its markup (an `alt`, an `id`, a `<meta>`, a comment, a script)
  // holds what no node does, and a link's `href` or a byline is found there, at its word. Its
  // text nodes' places are what is not markup.
  const texts: Array<Position | undefined> | undefined = typeof source === 'string' && tree.data?.format === 'html' ? [] : undefined
  const found = (written: string, place: () => Position | Point | undefined, inAddress?: () => boolean, joined = false) => {
    // As the eye reads it: composed, a soft hyphen or a zero-width character inside left out.
    const shown = written.replace(invisibleRe, '').normalize('NFC')
    let stem = shown
    let entry = get(spelling(stem))
    if (!entry && /[sS]$/.test(stem)) entry = get(spelling((stem = stem.slice(0, -1))))
    // Digits glued on (`Anna2:`, a label that numbers her; `24Anna`, also after CSS's `\24`;
    // `x24Anna`): each run of them parts words, as a `who` reads it.
    for (let start = 0, end = 0; !entry && end < shown.length; start = end) {
      while (isDigit(shown.charCodeAt(start))) start++
      for (end = start; end < shown.length && !isDigit(shown.charCodeAt(end)); ) end++
      if (end > start && end - start < shown.length) entry = get(spelling((stem = shown.slice(start, end))))
    }
    // Words run together in camel case (`QuirinBrandhuber`, a user name): each capital after a
    // small letter parts them. Not two words that only markup joins (`Chef` and `Anna`).
    if (!entry && !joined && camelRe.test(shown)) {
      for (const part of shown.split(camelRe)) if ((entry = get(spelling(part)))) {
        stem = part
        break
      }
    }
    if (!entry && inAddress) {
      // With a genitive `s` too (`annas-blog.de`).
      const lower = getLower(spelling(shown)) ?? (shown.endsWith('s') ? getLower(spelling(shown.slice(0, -1))) : undefined)
      if (lower && shown === shown.toLowerCase() && inAddress()) entry = lower
      stem = shown
    }
    if (!entry) return
    if (entry.count++ > 0) {
      if (entry.others.length < maxOthers) entry.others.push(place())
      return
    }
    entry.place = place()
    // Another spelling is told as written (`Möller` for `$Moeller`); capitals as the name is.
    if (stem !== entry.word.toUpperCase()) entry.word = stem
  }
  // The last word of the text before, while only markup has come since (`**Quen**dolin`).
  let split: {word: string; open: boolean; place: () => Position | Point | undefined} | undefined
  visitParents(tree, (node, parent, index) => {
    if (node.type === 'text' || node.type === 'inlineCode') {
      const {value, position} = node
      if (typeof value !== 'string') return
      texts?.push(position)
      const points = pointsIn(value, position, verbatim)
      const before = split
      split = undefined
      for (const [word, at, end] of wordsIn(value)) {
        found(word, () => points(at), () => isAddress(tokenAt(value, at)))
        // A word that markup splits is read whole too.
        if (at === 0 && before?.open) found(before.word + word, before.place, undefined, true)
        split = {word, open: end === value.length, place: () => points(at)}
      }
      return
    }
    if (!splitting.has(node.type)) split = undefined
    if (node.type === 'placeholder' && replaced.has(node.name)) {
      // `$Jörg-Peter`: the placeholder ends at the hyphen, and the rest of the name stays.
      const next = parent.children[index + 1]
      const rest = next?.type === 'text' ? hyphenatedRe.exec(next.value) : null
      // `$Quen<b>dolin</b>`, `<i>$Quen</i>dolin` where tags are read as text and directions (plain
      // text, Markdown): where they are rendered, the name shows whole, and the rest of it stays.
      const tagged = rest ? undefined : taggedWord(parent.children as PhrasingContent[], index)
      if (!rest && !tagged) return
      // Keyed by all it says (`$Jörg-Peter`): no word of the text is written with a `$`.
      const glued = rest ? node.value : node.value + tagged!.markup
      const key = rest ? node.value + rest[0] : glued + tagged!.word
      const entry = byWord.get(key) ?? {name: node.name, word: rest ? rest[0].slice(1) : tagged!.word, place: node.position, count: 0, others: [], glued}
      entry.count++
      byWord.set(key, entry)
    } else if (texts) {
      // Read in the markup below.
    } else if (node.type === 'link') {
      for (const [word] of wordsIn(node.url)) found(word, () => node.position, () => true)
    } else if ((node.type === 'dateline' || node.type === 'frontmatter') && typeof node.value === 'string') {
      const value = node.value
      // An address there too (`url: https://e.x/anna`), whose lower-case name is one.
      for (const [word, at] of wordsIn(value)) found(word, () => node.position, () => isAddress(tokenAt(value, at)))
    } else if (node.type === 'comment') {
      // The author is a part of the byline: the name is written once.
      const value = node.byline ?? node.author
      if (typeof value === 'string') for (const [word] of wordsIn(value)) found(word, () => node.position)
    }
  })
  // A name `toHtml` writes bare in anecdote's own attributes (`data-name="Anna"`) is replaced there as the placeholder is.
  if (texts) markupWords(verbatim!, texts, found, (value) => replaced.has(value.normalize('NFC')))
  return [...new Set(byWord.values()), ...ofRun.values()].filter((entry) => entry.count > 0)
}

/** How many places after the first a message names: enough to find the copies, short enough to read. */
const maxOthers = 3

/** Inline markup, which shows no character of its own between two words. */
const splitting = new Set(['strong', 'emphasis', 'link'])

/** A hyphen and a capitalized word right after a placeholder (`-Peter` of `$Jörg-Peter`). */
const hyphenatedRe = /^[-\u2010]\p{Lu}[\p{L}\p{M}]*/u

/** Tags written as text (`</i>`, `<b>`), then the word they glue on. */
const taggedWordRe = /^((?:<\/?[A-Za-z][A-Za-z0-9]*>)*)(\p{L}[\p{L}\p{M}\p{N}]*)/u
const tagNameRe = /<\/?([A-Za-z0-9]+)>/g

/**
 * The word that HTML tags glue to the placeholder at `index`, where the tags are not read as
 * markup (`$Quen<b>dolin</b>`: a direction `b`, then the text `dolin</b>`; `<i>$Quen</i>dolin`):
 * the tags (known elements only, not `<leise>`) and the word, or `undefined`.
 */
function taggedWord(children: readonly PhrasingContent[], index: number): {markup: string; word: string} | undefined {
  let markup = ''
  let next = children[index + 1]
  if (next?.type === 'direction' && next.marker === 'angle' && next.children.length === 1) {
    const only = next.children[0]
    if (only.type !== 'text' || !/^[A-Za-z][A-Za-z0-9]*$/.test(only.value) || !isKnownElement(only.value)) return undefined
    markup = '<' + only.value + '>'
    next = children[index + 2]
  }
  if (next?.type !== 'text') return undefined
  const match = taggedWordRe.exec(next.value)
  if (!match || (markup === '' && match[1] === '')) return undefined
  for (const [, name] of match[1].matchAll(tagNameRe)) if (!isKnownElement(name)) return undefined
  return {markup: markup + match[1], word: match[2]}
}

/**
 * The words of a name that are its own: capitalized, not a title, link word, legal form or any
 * word the parser knows, nor a word that says a kind (`Meier` of `$Herr_Meier_GmbH` and of
 * `$Firma_Meier`); none for a name that is a role (numbered too: `$Kunde2`) or a phrase.
 */
function ownWords(name: string): string[] {
  // What is left is read as the name (`$Schule_Frau_Meier` as `Frau Meier`, a title with a name).
  const words = name.split(/_+/).filter((word) => word.length > 1 && !isKindWord(word))
  const label = withoutNumber(words.join(' '))
  if (words.length === 0 || isRoleLabel(label) || isPronounLabel(label) || isFieldLabel(label)) return []
  // A phrase (`Frau_mit_Hut`, `Mann_aus_dem_Lager`) or a description describes; a title with a name (`Herr_Meier`) names.
  if (words.some((word) => /^\p{Ll}/u.test(word)) || (describesPerson(label) && !commonWords.has(words[0].toLowerCase()))) return []
  // A word that says a kind (`Firma`, `Stadt`) is no one's own; the name beside it is (`$Firma_Meier`).
  const own = (word: string) => !commonWords.has(word.toLowerCase()) && !selfLabels.has(word.toLowerCase()) && !isRoleLabel(word) && nameHint(word).kind === undefined
  return words.filter((word) => /^\p{Lu}/u.test(word) && own(word))
}

/** `label` without the number a numbered role ends in (`Kunde2`). */
function withoutNumber(label: string): string {
  let end = label.length
  while (end > 0 && label.charCodeAt(end - 1) >= 48 && label.charCodeAt(end - 1) <= 57) end--
  return label.slice(0, end)
}

const invisibleRe = /\p{Cf}/gu

/**
 * A word with its spellings made one, case kept: umlauts spelled out (`Möller` and `Moeller`),
 * `ß` as `ss`, accents and other marks left out (`José`, `Jose`), `ø`, `ł` and the like plain
 * (`Søren`, `Soren`). Not the plain vowel for an umlaut: `Schon` is a word, not `$Schön`.
 */
function spelling(word: string): string {
  // Most words are ASCII, which has nothing to fold: every word of the story is asked.
  if (asciiRe.test(word)) return word
  // In capitals, in capitals spelled out too (`JÜRGEN`, `JUERGEN`).
  const capitals = word === word.toUpperCase()
  const spelled = word.normalize('NFC').replace(umlautRe, (letter) => (capitals ? umlauts[letter].toUpperCase() : umlauts[letter]))
  return withPlainLetters(spelled).normalize('NFD').replace(marksRe, '')
}

const umlauts: Readonly<Record<string, string>> = {ä: 'ae', ö: 'oe', ü: 'ue', Ä: 'Ae', Ö: 'Oe', Ü: 'Ue', ß: 'ss'}
const umlautRe = /[äöüÄÖÜß]/g
const asciiRe = /^[\x00-\x7f]*$/
const marksRe = /\p{M}/gu

/**
 * Where each offset of a node's `value` stands: exact where the value is as long as its place, the
 * lines as `source` has them; else, or with no source to tell (`null`), the node's place.
 */
function pointsIn(value: string, position: Position | undefined, source: string | null | undefined): (at: number) => Position | Point | undefined {
  const start = position?.start
  const end = position?.end.offset
  if (source === null || !start || start.offset === undefined || end === undefined || end - start.offset !== value.length) return () => position
  // As long as its place, the value is the source there, white space aside (no reading lengthens
  // a character); where a line breaks is the source's to say.
  const written = source === undefined ? value : source.slice(start.offset, end)
  // The line feeds as written, found once and only when a place is asked for.
  let feeds: number[] | undefined
  return (at) => {
    if (!feeds) {
      feeds = []
      for (let index = written.indexOf('\n'); index >= 0; index = written.indexOf('\n', index + 1)) feeds.push(index)
    }
    const low = firstAtLeast(feeds, at)
    // `low` line feeds stand before `at`.
    const column = low === 0 ? start.column + at : at - feeds[low - 1]
    return {line: start.line + low, column, offset: start.offset! + at}
  }
}

