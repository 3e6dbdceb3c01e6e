// A direction in its marker as written: `<hektisch>`, `(leise)`, `*seufzt*`, `[lacht]`, and
// `, picking up the phone` after a label.
import type {Direction} from '../../../types.js'
import {directionDelimiters} from '../../../parse/grammar.js'
import type {TextState} from '../index.js'

export function direction(state: TextState, node: Direction): string {
  const [open, close] = delimitersOf(node.marker)
  return open + state.all(node) + close
}

/** The opener and closer of a marker; parentheses for a marker of a tree built by hand that is none. */
export function delimitersOf(marker: string): readonly [string, string] {
  return Object.hasOwn(directionDelimiters, marker) ? directionDelimiters[marker as Direction['marker']] : directionDelimiters.paren
}
