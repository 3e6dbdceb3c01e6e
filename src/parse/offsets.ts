// Where some characters stand in a text. The cue grammar asks for a colon on every line, and the
// phrasing reader for markup (`$`, brackets) in every span: read code unit by code unit, each
// was about a tenth of a parse. The offsets are found once per parse with `indexOf`, which runs at
// memory speed, and each look-up is then a step from the last one (the passes read lines in
// order) or a binary search (when they go back).
import {firstAtLeast} from './sorted.js'

export interface Offsets {
  /** The offsets, ascending. */
  readonly at: Int32Array
  /** The index in `at` of the last answer: where the next look-up most likely starts. */
  hint: number
}

/** The offsets of every code unit of `characters` in `value`: those of each found apart, then merged. */
export function offsetsOf(value: string, characters: string): Offsets {
  let at: Int32Array = new Int32Array(0)
  for (let index = 0; index < characters.length; index++) at = merged(at, offsetsOfOne(value, characters.charAt(index)))
  return {at, hint: 0}
}

/**
 * Counted first, then written into an array of that size: pushed into a growing array and sorted,
 * the colons of 1 MB took more than twice as long (4.3 against 1.8 ms, measured alone).
 */
function offsetsOfOne(value: string, character: string): Int32Array {
  let found = 0
  for (let next = value.indexOf(character); next >= 0; next = value.indexOf(character, next + 1)) found++
  const at = new Int32Array(found)
  let filled = 0
  for (let next = value.indexOf(character); next >= 0; next = value.indexOf(character, next + 1)) at[filled++] = next
  return at
}

/** Two ascending arrays as one (no offset is in both: they are of different characters). */
function merged(a: Int32Array, b: Int32Array): Int32Array {
  if (a.length === 0) return b
  if (b.length === 0) return a
  const result = new Int32Array(a.length + b.length)
  let i = 0
  let j = 0
  let k = 0
  while (i < a.length && j < b.length) result[k++] = a[i] < b[j] ? a[i++] : b[j++]
  while (i < a.length) result[k++] = a[i++]
  while (j < b.length) result[k++] = b[j++]
  return result
}

/** The first offset at or after `from`, or -1. */
export function nextOffset(offsets: Offsets, from: number): number {
  const {at} = offsets
  let hint = offsets.hint
  // The last answer, or the one after it: lines read in order ask for these.
  if (hint < at.length && at[hint] >= from && (hint === 0 || at[hint - 1] < from)) return at[hint]
  hint++
  if (hint < at.length && at[hint] >= from && at[hint - 1] < from) {
    offsets.hint = hint
    return at[hint]
  }
  const low = firstAtLeast(at, from)
  if (low === at.length) return -1
  offsets.hint = low
  return at[low]
}
