// Tell the language of a story from its most frequent short words.
import {locales} from '../../locale/index.js'
import type {Lang} from '../../types.js'
import {isLetter} from '../grammar.js'

/** How much of the text is read: enough words to decide, bounded for long inputs. */
const sampleLength = 20_000

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

/** A common word of one locale only (a word of two tells nothing): its locale's index in `locales`. */
const telling = new Map<string, number>()
const shared = new Set<string>()
locales.forEach((locale, index) => {
  for (const word of locale.commonWords) {
    if (shared.has(word)) continue
    const other = telling.get(word)
    if (other === undefined) telling.set(word, index)
    else if (other !== index) {
      telling.delete(word)
      shared.add(word)
    }
  }
})

/** Telling words by a hash of their code units, so that a word of the text is looked up without a slice. */
const byHash = new Map<number, {word: string; locale: number}[]>()
for (const [word, locale] of telling) {
  const hash = hashOf(word, 0, word.length)
  const list = byHash.get(hash) ?? []
  list.push({word, locale})
  byHash.set(hash, list)
}

/** The longest telling word: longer words are skipped without a lookup. */
let maxWordLength = 0
for (const word of telling.keys()) if (word.length > maxWordLength) maxWordLength = word.length

/** A hash of `[start, end)` in lower case (only words short enough to be telling are hashed). */
function hashOf(value: string, start: number, end: number): number {
  let hash = 0
  for (let index = start; index < end; index++) hash = (Math.imul(hash, 31) + lowerCode(value.charCodeAt(index))) | 0
  return hash
}

const astralLetterRe = /^\p{L}$/u

/** Code units of the letter (or `'`) at `index`: 1, 2 for an astral letter, 0 for none. */
function letterAt(value: string, index: number): number {
  const code = value.charCodeAt(index)
  // ASCII first: most of a story's characters, without a call.
  if (code < 128) return code === 39 || ((code | 32) >= 97 && (code | 32) <= 122) ? 1 : 0
  if (isLetter(code)) return 1
  if (code >= 0xd800 && code <= 0xdbff && astralLetterRe.test(value.slice(index, index + 2))) return 2
  return 0
}

/** The locale of the telling word `[start, end)` of `value` (with its hash), or -1. */
function tellingLocale(value: string, start: number, end: number, hash: number): number {
  const candidates = byHash.get(hash)
  if (!candidates) return -1
  for (const {word, locale} of candidates) {
    if (word.length !== end - start) continue
    let index = 0
    while (index < word.length && lowerCode(value.charCodeAt(start + index)) === word.charCodeAt(index)) index++
    if (index === word.length) return locale
  }
  return -1
}

/** The language most of the common words belong to, or undefined when none decides. */
export function detectLang(value: string, hints: readonly (Lang | undefined)[]): Lang | undefined {
  const scores = locales.map(() => 0)
  for (const hint of hints) {
    const at = locales.findIndex((locale) => locale.lang === hint)
    if (at >= 0) scores[at] += 3
  }
  const sample = value.length > sampleLength ? value.slice(0, sampleLength) : value
  // Words as `[\p{L}']+` finds them, read by a scan over the letter table: no regex, and no
  // slice or lower-cased copy per word (the telling words are found by a hash).
  let index = 0
  while (index < sample.length) {
    let width = letterAt(sample, index)
    if (width === 0) {
      index++
      continue
    }
    const start = index
    let astral = false
    while (width > 0) {
      if (width === 2) astral = true
      index += width
      width = index < sample.length ? letterAt(sample, index) : 0
    }
    if (astral || index - start > maxWordLength) continue
    const locale = tellingLocale(sample, start, index, hashOf(sample, start, index))
    if (locale >= 0) scores[locale]++
  }
  // The language with the most, when no other has as many.
  let best: Lang | undefined
  let bestScore = -1
  let tie = false
  scores.forEach((score, at) => {
    if (score > bestScore) {
      best = locales[at].lang
      bestScore = score
      tie = false
    } else if (score === bestScore) tie = true
  })
  return tie ? undefined : best
}
