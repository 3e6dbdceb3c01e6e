// A speaker's identity from a label: `Anderer Chef` → `anderer-chef`, `mrs. Caller` → `mrs-caller`.
import {locales} from '../locale/index.js'
import {withoutInvisible} from './chars.js'
import {remembered} from './detached.js'
import {readInput} from './input.js'

// Letters the locales spell out (`ä` → `ae`), before marks are dropped (`é` → `e`).
const foldings = new Map<string, string>()
for (const locale of locales) for (const [letter, spelled] of Object.entries(locale.slugFoldings)) foldings.set(letter, spelled)
const markRe = /\p{M}/gu
const nonWordRe = /[^\p{L}\p{N}]+/gu

/**
 * Recent slugs: a story names the same few speakers on thousands of lines. Cleared when full. It
 * outlives the parse, so it keeps its own copy of a label, never a view into the story.
 */
const cache = new Map<string, string>()
const maxCached = 4_096

/** A label that is no text is read as `parse` reads a value (`42` is `'42'`, `null` empty: `speaker`). */
export function slug(label: string): string {
  return remembered(cache, maxCached, typeof label === 'string' ? label : readInput(label).text, fold)
}

function fold(label: string): string {
  // Invisible characters join, as they do in a placeholder's name (`An\u00ADna` is `anna`).
  const folded = spellOut(withoutInvisible(label.normalize('NFC')).toLowerCase())
    .normalize('NFKD')
    .replace(markRe, '')
    .replace(nonWordRe, '-')
  let start = 0
  let end = folded.length
  while (start < end && folded.charCodeAt(start) === 45) start++
  while (end > start && folded.charCodeAt(end - 1) === 45) end--
  return start < end ? folded.slice(start, end) : 'speaker'
}

/** The letters the locales spell out, spelled out (slugs are cached: this runs once per label). */
function spellOut(text: string): string {
  let result = ''
  for (const char of text) result += foldings.get(char) ?? char
  return result
}
