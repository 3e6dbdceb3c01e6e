// Find real names in text: whole words, with the German genitive `s` (`Müllers`); the English
// `'s` after a match is left as text. Text and names are compared folded: full case folding
// (`STRAUSS` is `Strauß`, `ILKER` is `İlker`), composed or decomposed alike (`Ju\u0308rgen`), in
// compatibility forms too (`Ａｎｎａ`, `’` as `'`), soft hyphens, direction marks and other
// invisible characters left out, and a run of white space with at most one line break in it read
// as one space (`Meier\nGmbH`). The names go into an Aho–Corasick automaton
// (a trie with failure links); the text is folded once and read once: linear in the text, however
// many names, however long.
import {invisibleAt, isWordChar, isWordPair, withoutInvisible} from '../parse/chars.js'
import {remembered} from '../parse/detached.js'

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
  units: Uint16Array
  length: number
  /** Source offset where the character (with its marks) of each folded code unit starts. */
  starts: Int32Array
  /** Source offset where it ends. */
  ends: Int32Array
}

interface Automaton {
  edges: (Map<number, number> | undefined)[]
  /** The longest proper suffix of a node's string that is a node too. */
  fail: Int32Array
  /** The nearest node down the failure chain where a name ends (0: none). */
  output: Int32Array
  depth: Int32Array
  /** The name ending at each node. */
  names: (string | undefined)[]
}

export function nameMatcher(names: readonly string[]): NameMatcher | undefined {
  if (names.length > maxNames) throw new RangeError('deidentify: ' + names.length + ' names given; at most ' + maxNames + ' are supported')
  const automaton = build(names)
  if (!automaton) return undefined
  return {
    find(source) {
      const folded = fold(source)
      const {units, length} = folded
      const {edges, fail, output, depth, names: ending} = automaton
      // For each start, the end of the longest name found there (0: none) and its node.
      const bestEnd = new Int32Array(length)
      const bestNode = new Int32Array(length)
      let state = 0
      // Where the word being read started: a name found inside a word cannot start there.
      let wordStart = 0
      for (let index = 0; index < length; index++) {
        const code = units[index]
        if (index > 0 && !isWordUnit(units, index - 1)) wordStart = index
        while (state !== 0 && !edges[state]?.has(code)) state = fail[state]
        state = edges[state]?.get(code) ?? 0
        const end = index + 1
        // Names down the chain get shorter: stop at the first that starts inside this word.
        for (let node = ending[state] === undefined ? output[state] : state; node !== 0 && depth[node] >= end - wordStart; node = output[node]) {
          const start = end - depth[node]
          if (!startsWord(folded, start) || !endsCharacter(folded, end)) continue
          let stop = -1
          if (endsWord(folded, end)) stop = end
          else if (units[end] === 115 && endsCharacter(folded, end + 1) && endsWord(folded, end + 1)) stop = end + 1
          if (stop > bestEnd[start]) {
            bestEnd[start] = stop
            bestNode[start] = node
          }
        }
      }
      // Leftmost first, then longest; names do not overlap.
      const found: NameMatch[] = []
      let last = 0
      for (let start = 0; start < length; start++) {
        const end = bestEnd[start]
        if (end === 0 || start < last) continue
        const node = bestNode[start]
        found.push({start: folded.starts[start], end: folded.ends[end - 1], real: ending[node]!, suffix: end - start > depth[node] ? 's' : undefined})
        last = end
      }
      return found
    }
  }
}

/** The automaton of the names; undefined when there is no name. */
function build(names: readonly string[]): Automaton | undefined {
  const edges: (Map<number, number> | undefined)[] = [undefined]
  const ending: (string | undefined)[] = [undefined]
  const depths: number[] = [0]
  for (const name of names) {
    if (typeof name !== 'string') continue
    const real = name.trim()
    const key = fold(real)
    if (key.length === 0) continue
    if (key.length > maxNameLength) {
      throw new RangeError('deidentify: a name of ' + key.length + ' characters (`' + real.slice(0, 40) + '…`); names are limited to ' + maxNameLength)
    }
    let node = 0
    for (let index = 0; index < key.length; index++) {
      const code = key.units[index]
      const out = (edges[node] ??= new Map())
      let next = out.get(code)
      if (next === undefined) {
        next = ending.length
        ending.push(undefined)
        edges.push(undefined)
        depths.push(index + 1)
        out.set(code, next)
      }
      node = next
    }
    // The first listing of a name wins (`Müller` and `MÜLLER` are one name).
    ending[node] ??= real
  }
  if (ending.length === 1) return undefined

  // Failure links, breadth first.
  const count = ending.length
  const fail = new Int32Array(count)
  const output = new Int32Array(count)
  const queue: number[] = []
  for (const child of edges[0]?.values() ?? []) queue.push(child)
  for (let head = 0; head < queue.length; head++) {
    const node = queue[head]
    for (const [code, child] of edges[node] ?? []) {
      let back = fail[node]
      while (back !== 0 && !edges[back]?.has(code)) back = fail[back]
      const target = edges[back]?.get(code)
      fail[child] = target !== undefined && target !== child ? target : 0
      output[child] = ending[fail[child]] === undefined ? output[fail[child]] : fail[child]
      queue.push(child)
    }
  }
  return {edges, fail, output, depth: Int32Array.from(depths), names: ending}
}

/** A name may start here: at a character's start, not glued to a word, `_` or `$` (`$Müller`, `US$Müller`). */
function startsWord(folded: Folded, index: number): boolean {
  if (index === 0) return true
  if (folded.starts[index] === folded.starts[index - 1]) return false
  const code = folded.units[index - 1]
  return !(code === 95 || code === 36 || isWordUnit(folded.units, index - 1))
}

function endsWord(folded: Folded, index: number): boolean {
  if (index >= folded.length) return true
  return !(folded.units[index] === 95 || isWordUnit(folded.units, index))
}

/** Whether the folded code unit at `index` is (a half of) a word character, beyond the BMP too (`𠮷`). */
function isWordUnit(units: Uint16Array, index: number): boolean {
  const code = units[index]
  if (code >= 0xd800 && code <= 0xdbff) return isWordPair(code, units[index + 1])
  if (code >= 0xdc00 && code <= 0xdfff) return index > 0 && isWordPair(units[index - 1], code)
  return isWordChar(code)
}

/** Whether `index` is not inside the folding of one character (`ß` → `ss`). */
function endsCharacter(folded: Folded, index: number): boolean {
  return index >= folded.length || folded.starts[index] !== folded.starts[index - 1]
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

/** Full case folding of one character with its marks, decomposed, compatibility forms as their letters (`Ａ` is `a`); `İ` and `ı` fold to `i`, `’` to `'`. */
function foldCharacter(value: string): string {
  return remembered(cache, maxCached, value, (character) =>
    character.normalize('NFKD').toUpperCase().toLowerCase().normalize('NFKD').replace(/i\u0307/g, 'i').replace(/\u2019/g, "'")
  )
}

/** `value` folded for comparison (see the top of this file). */
export function fold(value: string): Folded {
  let capacity = value.length + 16
  let units = new Uint16Array(capacity)
  let starts = new Int32Array(capacity)
  let ends = new Int32Array(capacity)
  let length = 0
  const grow = (needed: number) => {
    capacity = Math.max(capacity * 2, needed)
    const grownUnits = new Uint16Array(capacity)
    grownUnits.set(units)
    units = grownUnits
    const grownStarts = new Int32Array(capacity)
    grownStarts.set(starts)
    starts = grownStarts
    const grownEnds = new Int32Array(capacity)
    grownEnds.set(ends)
    ends = grownEnds
  }
  const put = (code: number, start: number, end: number) => {
    if (length === capacity) grow(length + 1)
    units[length] = code
    starts[length] = start
    ends[length] = end
    length++
  }

  let index = 0
  while (index < value.length) {
    const code = value.charCodeAt(index)
    const hidden = invisibleAt(value, index)
    if (hidden > 0) {
      index += hidden
      continue
    }
    if (isSpace(code)) {
      const start = index
      let breaks = 0
      while (index < value.length) {
        const at = value.charCodeAt(index)
        const size = isSpace(at) ? 1 : invisibleAt(value, index)
        if (size === 0) break
        if (isLineBreak(at) && !(at === 10 && index > start && value.charCodeAt(index - 1) === 13)) breaks++
        index += size
      }
      // A blank line ends a paragraph: no name goes across it.
      put(breaks > 1 ? 10 : 32, start, index)
      continue
    }
    const start = index
    index += code >= 0xd800 && code <= 0xdbff && index + 1 < value.length ? 2 : 1
    let plain = code < 128
    for (;;) {
      const size = index < value.length ? (isMark(value.charCodeAt(index)) ? 1 : invisibleAt(value, index)) : 0
      if (size === 0) break
      index += size
      plain = false
    }
    if (plain) {
      put(code >= 65 && code <= 90 ? code + 32 : code, start, index)
      continue
    }
    const folded = foldCharacter(withoutInvisible(value.slice(start, index)))
    for (let at = 0; at < folded.length; at++) put(folded.charCodeAt(at), start, index)
  }
  return {units, length, starts, ends}
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
