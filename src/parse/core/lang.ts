// Tell the language of a story from its most frequent short words.
import {locales} from '../../locale/index.js'
import type {Lang} from '../../types.js'
import {isLetter} from '../grammar.js'

/** How much of the text is read: enough words to decide, bounded for long inputs. */
const sampleLength = 20_000

const wordLang = new Map<string, Lang[]>()
for (const locale of locales) {
  for (const word of locale.commonWords) {
    const langs = wordLang.get(word) ?? []
    langs.push(locale.lang)
    wordLang.set(word, langs)
  }
}

const astralLetterRe = /^\p{L}$/u
/** The longest common word: longer words are skipped without a slice. */
let maxWordLength = 0
for (const word of wordLang.keys()) if (word.length > maxWordLength) maxWordLength = word.length

/** Code units of the letter (or `'`) at `index`: 1, 2 for an astral letter, 0 for none. */
function letterAt(value: string, index: number): number {
  const code = value.charCodeAt(index)
  if (code === 39 || isLetter(code)) return 1
  if (code >= 0xd800 && code <= 0xdbff && astralLetterRe.test(value.slice(index, index + 2))) return 2
  return 0
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
    const start = index
    while (width > 0) {
      index += width
      width = index < sample.length ? letterAt(sample, index) : 0
    }
    if (index - start > maxWordLength) continue
    const langs = wordLang.get(sample.slice(start, index).toLowerCase())
    if (langs?.length === 1) scores.set(langs[0], scores.get(langs[0])! + 1)
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
