// A speaker's identity from a label: `Anderer Chef` → `anderer-chef`, `mrs. Caller` → `mrs-caller`.
import {locales} from '../locale/index.js'

// Letters the locales spell out (`ä` → `ae`), before marks are dropped (`é` → `e`).
const foldings: Record<string, string> = {}
for (const locale of locales) Object.assign(foldings, locale.slugFoldings)
const foldedRe = new RegExp('[' + Object.keys(foldings).join('') + ']', 'g')
const markRe = /\p{M}/gu
const nonWordRe = /[^\p{L}\p{N}]+/gu

/** Recent slugs: a story names the same few speakers on thousands of lines. Cleared when full. */
const cache = new Map<string, string>()
const maxCached = 4_096

export function slug(label: string): string {
  let result = cache.get(label)
  if (result === undefined) {
    if (cache.size >= maxCached) cache.clear()
    result = fold(label)
    cache.set(label, result)
  }
  return result
}

function fold(label: string): string {
  const folded = label
    .normalize('NFC')
    .toLowerCase()
    .replace(foldedRe, (char) => foldings[char])
    .normalize('NFKD')
    .replace(markRe, '')
    .replace(nonWordRe, '-')
  let start = 0
  let end = folded.length
  while (start < end && folded.charCodeAt(start) === 45) start++
  while (end > start && folded.charCodeAt(end - 1) === 45) end--
  return start < end ? folded.slice(start, end) : 'speaker'
}
