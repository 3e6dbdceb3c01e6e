// A cue's speaker identity: the caller's cast first, then the aliases the story teaches, then the
// placeholder name where the label is one, else the label's slug.
import {isPlaceholder, placeholderName, trimEnd} from '../grammar.js'
import {slug} from '../slug.js'
import type {Cue} from './cue.js'
import type {Cast} from './state.js'

/** The identity of a cue's speaker, and whether the caller's cast named it. */
export function identity(value: string, cue: Cue, cast: Pick<Cast, 'ids' | 'aliases'>): {who: string; known: boolean} {
  const labelEnd = cue.alias ? trimEnd(value, cue.label.start, cue.alias.start - 1) : cue.label.end
  const label = value.slice(cue.label.start, labelEnd)
  const key = slug(label)
  const fromCast = cast.ids.get(key)
  if (fromCast !== undefined) return {who: fromCast, known: true}
  const fromAlias = cast.aliases.get(key)
  if (fromAlias !== undefined) return {who: fromAlias, known: false}
  if (isPlaceholder(label)) return {who: placeholderName(label), known: false}
  return {who: key, known: false}
}

/** The label as written, lower case (self labels and note labels are looked up so). */
export function lowerLabel(value: string, cue: Cue): string {
  return value.slice(cue.label.start, cue.label.end).toLowerCase()
}
