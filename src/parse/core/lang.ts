// Tell the language of a story from its most frequent short words.
import {locales} from '../../locale/index.js'
import type {Lang} from '../../types.js'

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

const wordRe = /[\p{L}']+/gu

/** The language most of the common words belong to, or undefined when none decides. */
export function detectLang(value: string, hints: readonly (Lang | undefined)[]): Lang | undefined {
  const scores: Record<Lang, number> = {de: 0, en: 0}
  for (const hint of hints) if (hint) scores[hint] += 3
  const sample = value.length > sampleLength ? value.slice(0, sampleLength) : value
  wordRe.lastIndex = 0
  let match: RegExpExecArray | null
  while ((match = wordRe.exec(sample))) {
    const langs = wordLang.get(match[0].toLowerCase())
    if (langs?.length === 1) scores[langs[0]]++
  }
  if (scores.de === scores.en) return undefined
  return scores.de > scores.en ? 'de' : 'en'
}
