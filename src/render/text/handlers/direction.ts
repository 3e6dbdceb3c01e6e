// A direction in its marker as written: `<hektisch>`, `(leise)`, `*seufzt*`, `[lacht]`.
import type {Direction} from '../../../types.js'
import {directionDelimiters} from '../../../parse/grammar.js'
import type {TextState} from '../index.js'

export function direction(state: TextState, node: Direction): string {
  const [open, close] = directionDelimiters[node.marker] ?? directionDelimiters.paren
  return open + state.all(node) + close
}
