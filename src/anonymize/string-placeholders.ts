// Placeholders found in strings the parser kept as written (a field, a URL, code), by the parser's
// own grammar, and where each stands in its string; and the occurrence one makes in a plan.
import type {Parents, Placeholder} from '../types.js'
import {placeholderEnd, placeholderName, placeholdersIn} from '../parse/grammar.js'
import {contextSignal} from './kind.js'
import type {Field, Occurrence} from './plan.js'
import {decodeUrl} from './url.js'
import type {Decoded} from '../parse/decoded.js'

/** A placeholder found in a string, and where it stands there (`start`, `end`: offsets into that string). */
export interface FoundPlaceholder {
  node: Placeholder
  start: number
  end: number
}

export function inField(found: FoundPlaceholder, parent: Parents, value: string, field: Field): Occurrence {
  return {node: found.node, parent, index: -1, signal: contextSignal(value.slice(0, found.start), value.slice(found.end)), dotAfter: value.charCodeAt(found.end) === 46, field}
}

/** Placeholders in a URL, percent-encoded or not, with where they stand in the URL as written. */
export function urlPlaceholders(url: string): FoundPlaceholder[] {
  const decoded = decodeUrl(url)
  if (decoded.value === url) return fieldPlaceholders(url)
  return placedInSource(fieldPlaceholders(decoded.value), decoded)
}

/** Placeholders found in `decoded.value`, each where it stands in the source it was decoded from. */
export function placedInSource(found: readonly FoundPlaceholder[], decoded: Decoded): FoundPlaceholder[] {
  return found.map(({node, start, end}) => ({node, start: decoded.starts[start], end: decoded.ends[end - 1]}))
}

/** Placeholders written percent-encoded (`%24Anna`, `%24M%C3%BCller`) in a string, where they stand as written. */
export function percentPlaceholders(value: string): FoundPlaceholder[] {
  if (!value.includes('%24')) return []
  return urlPlaceholders(value).filter((found) => value.startsWith('%24', found.start))
}

/**
 * `$Name`s glued to the word before them (`Frau$Anna`, `2$Anna`), which the parser's grammar does
 * not read as placeholders (`US$5`): where each would be one, were nothing before it.
 */
export function gluedPlaceholders(value: string): FoundPlaceholder[] {
  const found: FoundPlaceholder[] = []
  let previousEnd = -1
  for (let at = value.indexOf('$'); at >= 0; at = value.indexOf('$', at + 1)) {
    // Read by the grammar (`fieldPlaceholders`), as the second of `$A$B` is.
    const read = placeholderEnd(value, at, 0, value.length, previousEnd)
    if (read > 0) {
      previousEnd = read
      continue
    }
    const end = placeholderEnd(value, at, at, value.length, -1)
    if (end > 0) found.push({node: {type: 'placeholder', value: value.slice(at, end), name: placeholderName(value.slice(at, end))}, start: at, end})
  }
  return found
}

/** Placeholders written in a string field, read by the parser's own grammar (`$A$B` is two names). */
export function fieldPlaceholders(value: string): FoundPlaceholder[] {
  return placeholdersIn(value).map(({value, name, suffix, start, end}) => ({node: suffix ? {type: 'placeholder', value, name, suffix} : {type: 'placeholder', value, name}, start, end}))
}
