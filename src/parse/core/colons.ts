// Where the colons stand. The cue grammar looks for a separator on every line, and for labels inside
// every cue's speech: read code unit by code unit, that was a tenth of a parse. The colons are
// found once per parse with `indexOf`, which runs at memory speed, and each look-up is then a step
// from the last one (the passes read lines in order) or a binary search (when they go back).

import {firstAtLeast} from '../sorted.js'

export interface Colons {
  /** The offsets of every `:` and `：`, ascending. */
  readonly at: readonly number[]
  /** The index in `at` of the last answer: where the next look-up most likely starts. */
  hint: number
}

/** The colons of `value`. */
export function colonsOf(value: string): Colons {
  const at: number[] = []
  for (let next = value.indexOf(':'); next >= 0; next = value.indexOf(':', next + 1)) at.push(next)
  // Full-width ones are rare: added after, then all put in order.
  const plain = at.length
  for (let next = value.indexOf('：'); next >= 0; next = value.indexOf('：', next + 1)) at.push(next)
  if (at.length > plain) at.sort((a, b) => a - b)
  return {at, hint: 0}
}

/** The offset of the first colon at or after `from`, or -1. */
export function nextColon(colons: Colons, from: number): number {
  const {at} = colons
  let hint = colons.hint
  // The last answer, or the one after it: lines read in order ask for these.
  if (hint < at.length && at[hint] >= from && (hint === 0 || at[hint - 1] < from)) return at[hint]
  hint++
  if (hint < at.length && at[hint] >= from && at[hint - 1] < from) {
    colons.hint = hint
    return at[hint]
  }
  const low = firstAtLeast(at, from)
  if (low === at.length) return -1
  colons.hint = low
  return at[low]
}
