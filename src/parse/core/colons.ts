// Where the colons (`:` and the full-width `：`) stand: the cue grammar looks for a separator on
// every line, and for labels inside every cue's speech (see src/parse/offsets.ts).
import {type Offsets, nextOffset, offsetsOf} from '../offsets.js'

export type Colons = Offsets

export function colonsOf(value: string): Colons {
  return offsetsOf(value, ':：')
}

/** The offset of the first colon at or after `from`, or -1. */
export function nextColon(colons: Colons, from: number): number {
  return nextOffset(colons, from)
}
