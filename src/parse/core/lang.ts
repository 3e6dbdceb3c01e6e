// Tell the language of a story from its most frequent short words.
import {locales} from '../../locale/index.js'
import type {Lang} from '../../types.js'
import {isLetter} from '../grammar.js'

/** How much of the text is read: enough words to decide, bounded for long inputs. */
const sampleLength = 20_000

/** The common words of every locale as a trie over lower-case code units: a word of the text is
 * looked up while it is scanned, without a slice or a lower-cased copy per word. */
interface Trie {
  next: Map<number, Trie>
  /** The locales whose common word ends here. */
  langs: Lang[]
}

const words: Trie = {next: new Map(), langs: []}
for (const locale of locales) {
  for (const word of locale.commonWords) {
    let node = words
    for (let index = 0; index < word.length; index++) {
      const code = word.charCodeAt(index)
      let child = node.next.get(code)
      if (!child) node.next.set(code, (child = {next: new Map(), langs: []}))
      node = child
    }
    if (!node.langs.includes(locale.lang)) node.langs.push(locale.lang)
  }
}

const astralLetterRe = /^\p{L}$/u

/** Code units of the letter (or `'`) at `index`: 1, 2 for an astral letter, 0 for none. */
function letterAt(value: string, index: number): number {
  const code = value.charCodeAt(index)
  if (code === 39 || isLetter(code)) return 1
  if (code >= 0xd800 && code <= 0xdbff && astralLetterRe.test(value.slice(index, index + 2))) return 2
  return 0
}

// Lower case of each code unit beyond ASCII, worked out once each (0: not asked yet). A letter
// that lowers to more than one unit (`İ`) stays itself: no common word holds it.
const lowered = new Uint16Array(0x10000)

function lowerCode(code: number): number {
  if (code < 128) return code >= 65 && code <= 90 ? code + 32 : code
  let known = lowered[code]
  if (known === 0) {
    const lower = String.fromCharCode(code).toLowerCase()
    lowered[code] = known = lower.length === 1 ? lower.charCodeAt(0) : code
  }
  return known
}

/** The language most of the common words belong to, or undefined when none decides. */
export function detectLang(value: string, hints: readonly (Lang | undefined)[]): Lang | undefined {
  const scores = new Map<Lang, number>()
  for (const locale of locales) scores.set(locale.lang, 0)
  for (const hint of hints) if (hint) scores.set(hint, (scores.get(hint) ?? 0) + 3)
  const sample = value.length > sampleLength ? value.slice(0, sampleLength) : value
  // Words as `[\p{L}']+` finds them, read by a scan over the letter table: no regex per word.
  let index = 0
  while (index < sample.length) {
    let width = letterAt(sample, index)
    if (width === 0) {
      index++
      continue
    }
    let node: Trie | undefined = words
    while (width > 0) {
      node = width === 1 ? node?.next.get(lowerCode(sample.charCodeAt(index))) : undefined
      index += width
      width = index < sample.length ? letterAt(sample, index) : 0
    }
    if (node?.langs.length === 1) scores.set(node.langs[0], scores.get(node.langs[0])! + 1)
  }
  // The language with the most, when no other has as many.
  let best: Lang | undefined
  let bestScore = -1
  let tie = false
  for (const [lang, score] of scores) {
    if (score > bestScore) {
      best = lang
      bestScore = score
      tie = false
    } else if (score === bestScore) tie = true
  }
  return tie ? undefined : best
}
