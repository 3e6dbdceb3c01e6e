// Find real names in text: whole words, with the German genitive `s` (`Müllers`); the English
// `'s` after a match is left as text. Text and names are compared folded: full case folding
// (`STRAUSS` is `Strauß`, `ILKER` is `İlker`), composed or decomposed alike (`Ju\u0308rgen`), soft
// hyphens and other invisible marks left out, and a run of white space with at most one line
// break in it read as one space (`Meier\nGmbH`). The names go into a trie; the text is folded
// once and walked from each word start, at most as far as the longest name: linear in the text.
import {isWordChar} from '../parse/chars.js'

export interface NameMatch {
  start: number
  end: number
  /** The real name as the caller listed it. */
  real: string
  /** The inflection written after it (`s`), if any. */
  suffix: string | undefined
}

export interface NameMatcher {
  find: (text: string) => NameMatch[]
}

/** The longest name, folded, in UTF-16 code units: names are names, not paragraphs. */
export const maxNameLength = 256
/** The most names one matcher takes. */
export const maxNames = 200_000

/** Text folded for comparison, with where each folded code unit came from in the source. */
interface Folded {
  text: string
  /** Source offset where the character (with its marks) of each folded code unit starts. */
  starts: Int32Array
  /** Source offset where it ends. */
  ends: Int32Array
}

export function nameMatcher(names: readonly string[]): NameMatcher | undefined {
  if (names.length > maxNames) throw new RangeError('deidentify: ' + names.length + ' names given; at most ' + maxNames + ' are supported')
  // The trie: each node's edges by code unit, and the name ending at each node.
  const edges: (Map<number, number> | undefined)[] = [undefined]
  const ends: (string | undefined)[] = [undefined]
  let longest = 0
  for (const name of names) {
    if (typeof name !== 'string') continue
    const real = name.trim()
    const key = fold(real, false).text
    if (key.length === 0) continue
    if (key.length > maxNameLength) {
      throw new RangeError('deidentify: a name of ' + key.length + ' characters (`' + real.slice(0, 40) + '…`); names are limited to ' + maxNameLength)
    }
    longest = Math.max(longest, key.length)
    let node = 0
    for (let index = 0; index < key.length; index++) {
      const out = (edges[node] ??= new Map())
      let next = out.get(key.charCodeAt(index))
      if (next === undefined) {
        next = ends.length
        ends.push(undefined)
        edges.push(undefined)
        out.set(key.charCodeAt(index), next)
      }
      node = next
    }
    // The first listing of a name wins (`Müller` and `MÜLLER` are one name).
    ends[node] ??= real
  }
  if (longest === 0) return undefined

  return {
    find(source) {
      const folded = fold(source)
      const {text, starts} = folded
      const found: NameMatch[] = []
      for (let index = 0; index < text.length; index++) {
        if (!startsWord(folded, index)) continue
        let node = 0
        let best: {end: number; real: string; suffix: string | undefined} | undefined
        for (let at = index; at < text.length && at - index < longest + 1; ) {
          const next = edges[node]?.get(text.charCodeAt(at))
          if (next === undefined) break
          node = next
          at++
          const real = ends[node]
          if (real === undefined || !endsCharacter(folded, at)) continue
          if (endsWord(text, at)) best = {end: at, real, suffix: undefined}
          else if (text.charCodeAt(at) === 115 && endsCharacter(folded, at + 1) && endsWord(text, at + 1)) best = {end: at + 1, real, suffix: 's'}
        }
        if (!best) continue
        found.push({start: starts[index], end: folded.ends[best.end - 1], real: best.real, suffix: best.suffix})
        index = best.end - 1
      }
      return found
    }
  }
}

/** A name may start here: at a character's start, not glued to a word, `_` or `$` (`$Müller`, `US$Müller`). */
function startsWord(folded: Folded, index: number): boolean {
  if (index === 0) return true
  if (folded.starts[index] === folded.starts[index - 1]) return false
  const code = folded.text.charCodeAt(index - 1)
  return !(isWordChar(code) || code === 95 || code === 36)
}

function endsWord(text: string, index: number): boolean {
  if (index >= text.length) return true
  const code = text.charCodeAt(index)
  return !(isWordChar(code) || code === 95)
}

/** Whether `index` is not inside the folding of one character (`ß` → `ss`). */
function endsCharacter(folded: Folded, index: number): boolean {
  return index >= folded.text.length || folded.starts[index] !== folded.starts[index - 1]
}

/** Invisible inside a word: soft hyphen, zero-width space and joiners, word joiner, BOM. */
function isInvisible(code: number): boolean {
  return code === 0xad || (code >= 0x200b && code <= 0x200d) || code === 0x2060 || code === 0xfeff
}

function isLineBreak(code: number): boolean {
  return code === 10 || code === 13 || code === 0x2028 || code === 0x2029
}

function isSpace(code: number): boolean {
  if (code < 128) return code === 32 || (code >= 9 && code <= 13)
  return code === 0xa0 || code === 0x1680 || (code >= 0x2000 && code <= 0x200a) || code === 0x2028 || code === 0x2029 || code === 0x202f || code === 0x205f || code === 0x3000
}

const markRe = /\p{M}/u
const marks = new Uint8Array(0x10000)

/** A combining mark (by code unit; astral marks are rare enough to be read as letters). */
function isMark(code: number): boolean {
  if (code < 0x300) return false
  let known = marks[code]
  if (known === 0) marks[code] = known = markRe.test(String.fromCharCode(code)) ? 1 : 2
  return known === 1
}

/** Folded characters (with their marks), recent ones: a text uses few distinct ones. */
const cache = new Map<string, string>()
const maxCached = 4_096

/** Full case folding of one character with its marks, decomposed; `İ` and `ı` fold to `i`. */
function foldCharacter(value: string): string {
  let result = cache.get(value)
  if (result === undefined) {
    if (cache.size >= maxCached) cache.clear()
    result = value.normalize('NFD').toUpperCase().toLowerCase().normalize('NFD').replace(/i\u0307/g, 'i')
    cache.set(value, result)
  }
  return result
}

/** `value` folded for comparison (see the top of this file); without offsets for a name. */
export function fold(value: string, offsets = true): Folded {
  let capacity = offsets ? value.length + 16 : 0
  let starts = new Int32Array(capacity)
  let ends = new Int32Array(capacity)
  let text = ''
  let length = 0
  const put = (piece: string, start: number, end: number) => {
    if (!offsets) {
      text += piece
      return
    }
    if (length + piece.length > capacity) {
      capacity = Math.max(capacity * 2, length + piece.length)
      const grownStarts = new Int32Array(capacity)
      grownStarts.set(starts)
      starts = grownStarts
      const grownEnds = new Int32Array(capacity)
      grownEnds.set(ends)
      ends = grownEnds
    }
    for (let index = 0; index < piece.length; index++) {
      starts[length + index] = start
      ends[length + index] = end
    }
    length += piece.length
    text += piece
  }

  let index = 0
  while (index < value.length) {
    const code = value.charCodeAt(index)
    if (isInvisible(code)) {
      index++
      continue
    }
    if (isSpace(code)) {
      const start = index
      let breaks = 0
      while (index < value.length && (isSpace(value.charCodeAt(index)) || isInvisible(value.charCodeAt(index)))) {
        const at = value.charCodeAt(index)
        if (isLineBreak(at) && !(at === 10 && value.charCodeAt(index - 1) === 13 && index > start)) breaks++
        index++
      }
      // A blank line ends a paragraph: no name goes across it.
      put(breaks > 1 ? '\n' : ' ', start, index)
      continue
    }
    const start = index
    index += code >= 0xd800 && code <= 0xdbff && index + 1 < value.length ? 2 : 1
    let plain = code < 128
    while (index < value.length && (isMark(value.charCodeAt(index)) || isInvisible(value.charCodeAt(index)))) {
      index++
      plain = false
    }
    if (plain) put(code >= 65 && code <= 90 ? String.fromCharCode(code + 32) : value.charAt(start), start, index)
    else put(foldCharacter(withoutInvisible(value.slice(start, index))), start, index)
  }
  return {text, starts: starts.subarray(0, length), ends: ends.subarray(0, length)}
}

function withoutInvisible(value: string): string {
  let result = ''
  for (let index = 0; index < value.length; index++) if (!isInvisible(value.charCodeAt(index))) result += value.charAt(index)
  return result
}

/** A placeholder name for a real name: letters, digits and `_`, starting with a letter. */
export function placeholderName(value: string): string {
  const underscored = value
    .normalize('NFC')
    .replace(/^\$/, '')
    .replace(/[^\p{L}\p{M}\p{N}]+/gu, '_')
  // Underscores off both ends by hand: the ReDoS audit flags `/_+$/` (quadratic on a run of `_`).
  let start = 0
  let end = underscored.length
  while (start < end && underscored.charCodeAt(start) === 95) start++
  while (end > start && underscored.charCodeAt(end - 1) === 95) end--
  const name = underscored.slice(start, end)
  if (name.length === 0) return 'Name'
  return /^\p{L}/u.test(name) ? name : 'Name_' + name
}
