// Tell the language of a story from its most frequent short words.
import {locales} from '../../locale/index.js'
import type {Lang} from '../../types.js'
import {isLetter, lowerUnit, startsWithLowered} from '../grammar.js'
import type {Line} from '../lines.js'

/** How much of the text is read: enough words to decide, bounded for long inputs. */
const sampleLength = 20_000

// By code unit: its lower case where it can be part of a word (a letter, or `'`), 1 where it
// cannot, 0 where not asked yet: one look-up per character of the scan. A letter that lowers to
// more than one unit (`İ`) stays itself (`lowerUnit`): no common word holds it. Lead surrogates
// are 1: an astral letter is read from its pair.
const wordCodes = new Uint16Array(0x10000)

function wordCode(code: number): number {
  let known = wordCodes[code]
  if (known === 0) {
    let lower = 1
    if (code === 39) lower = 39
    else if (isLetter(code)) lower = lowerUnit(code)
    wordCodes[code] = known = lower
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

/** The telling words, and their locales, by number. */
const words: string[] = []
const wordLocales: number[] = []
/**
 * An open-addressed table of the telling words by a hash of their code units (slot: a word's
 * number, or -1), so that a word of the text is looked up without a slice, a lower-cased copy or a
 * map: a story's every word is asked.
 */
const slotBits = 11
const slotMask = (1 << slotBits) - 1
const slots = new Int32Array(1 << slotBits).fill(-1)
for (const [word, locale] of telling) {
  let hash = 0
  for (let index = 0; index < word.length; index++) hash = addToHash(hash, word.charCodeAt(index))
  let slot = mix(hash) & slotMask
  while (slots[slot] !== -1) slot = (slot + 1) & slotMask
  slots[slot] = words.length
  words.push(word)
  wordLocales.push(locale)
}

/** The longest telling word: longer words are not looked up. */
let maxWordLength = 0
for (const word of words) if (word.length > maxWordLength) maxWordLength = word.length

/** A word's hash with one more (lower-case) code unit: the table and the scan hash alike. */
function addToHash(hash: number, code: number): number {
  return (Math.imul(hash, 31) + code) | 0
}

/** Spread a word's hash over the low bits that pick its slot. */
function mix(hash: number): number {
  hash = Math.imul(hash ^ (hash >>> 16), 0x45d9f3b)
  return hash ^ (hash >>> 16)
}

const astralLetterRe = /^\p{L}$/u

/** The locale of the telling word `[start, end)` of `value` (with its hash), or -1. */
function tellingLocale(value: string, start: number, end: number, hash: number): number {
  const length = end - start
  for (let slot = mix(hash) & slotMask; slots[slot] !== -1; slot = (slot + 1) & slotMask) {
    const word = words[slots[slot]]
    if (word.length !== length) continue
    let index = 0
    while (index < length && wordCode(value.charCodeAt(start + index)) === word.charCodeAt(index)) index++
    if (index === length) return wordLocales[slots[slot]]
  }
  return -1
}

/** A blog's share and like lines of every locale, in lower case, by their first code unit. */
const shareLines = new Map<number, string[]>()
for (const locale of locales) {
  for (const line of locale.shareLines) {
    const lower = line.toLowerCase()
    shareLines.set(lower.charCodeAt(0), [...(shareLines.get(lower.charCodeAt(0)) ?? []), lower])
  }
}

/** Whether `start`…`end` holds nothing but share lines, spaced or glued (`Email ThisBlogThis!Share to Twitter`). */
function onlyShareLines(value: string, start: number, end: number): boolean {
  let index = start
  while (index < end) {
    const code = value.charCodeAt(index)
    if (code === 32 || code === 9) {
      index++
      continue
    }
    const phrase = shareLines.get(lowerUnit(code))?.find((candidate) => startsWithLowered(value, index, candidate))
    if (!phrase) return false
    index += phrase.length
  }
  return true
}

/**
 * The language most of the common words belong to, or undefined when none decides. The lines a
 * blog writes under a post to share it (`Share to Twitter` under a German story) are no words of
 * the story: left out.
 */
export function detectLang(value: string, hints: readonly (Lang | undefined)[], lines: readonly Line[] = []): Lang | undefined {
  const scores = locales.map(() => 0)
  for (const hint of hints) {
    const at = locales.findIndex((locale) => locale.lang === hint)
    if (at >= 0) scores[at] += 3
  }
  const sample = withoutShareLines(value, Math.min(value.length, sampleLength), lines)
  countTellingWords(sample, sample.length, scores)
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

/** `value` up to `limit`, without the lines that hold only a blog's share lines (the text itself where none does). */
function withoutShareLines(value: string, limit: number, lines: readonly Line[]): string {
  let sample = ''
  let copied = 0
  for (const line of lines) {
    if (line.start >= limit) break
    if (line.contentEnd === line.contentStart || !onlyShareLines(value, line.contentStart, line.contentEnd)) continue
    sample += value.slice(copied, line.contentStart) + ' '
    copied = line.contentEnd
  }
  return copied === 0 ? value.slice(0, limit) : sample + value.slice(copied, Math.max(copied, limit))
}

/**
 * Add one to a locale's score for each of its telling words in `[0, limit)`: words as `[\p{L}']+`
 * finds them, in one scan that hashes each word's lower case as it goes. Nothing follows the loop:
 * V8 enters a long loop's on-stack-replaced code again on later calls, and code after the loop
 * that had not run when it was compiled would then deoptimize on every call.
 */
function countTellingWords(value: string, limit: number, scores: number[]): void {
  let index = 0
  while (index < limit) {
    const start = index
    let hash = 0
    let astral = false
    while (index < limit) {
      const code = value.charCodeAt(index)
      const lower = wordCode(code)
      if (lower === 1) {
        if (code >= 0xd800 && code <= 0xdbff && index + 1 < limit && astralLetterRe.test(value.slice(index, index + 2))) {
          astral = true
          index += 2
          continue
        }
        break
      }
      hash = addToHash(hash, lower)
      index++
    }
    if (index === start) index++
    else if (!astral && index - start <= maxWordLength) {
      const locale = tellingLocale(value, start, index, hash)
      if (locale >= 0) scores[locale]++
    }
  }
}
