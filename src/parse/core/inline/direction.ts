// Directions in speech: `<hektisch>`, `(leise)`, `*seufzt*`, `[lacht]`. Where one opens and
// where one closes; emoticons (`:-)`, `(:`), `<3`, `< 5` and `*` glued to a word are text.
import type {DirectionMarker} from '../../../types.js'
import {closerOf, isLetter, isWhitespace, isWordChar} from '../../grammar.js'

/** A direction being read: its marker, where its opener stands, what it holds so far. */
export interface Frame<Node> {
  marker: DirectionMarker
  start: number
  children: Node[]
}

/** An emoticon's mouth or eyes: `:-)`, `;(`, `=)`, `(:` stay text. */
function isEmoticonAt(value: string, index: number, from: number): boolean {
  const before = index > from ? value.charCodeAt(index - 1) : 0
  if (before === 58 || before === 59 || before === 61) return true
  if ((before === 45 || before === 39 || before === 94) && index - 2 >= from) {
    const eyes = value.charCodeAt(index - 2)
    if (eyes === 58 || eyes === 59 || eyes === 61) return true
  }
  return false
}

/** The marker of a direction that opens at `index`, or undefined. */
export function openerAt<Node>(value: string, index: number, from: number, to: number, top: Frame<Node> | undefined): DirectionMarker | undefined {
  const code = value.charCodeAt(index)
  const next = index + 1 < to ? value.charCodeAt(index + 1) : -1
  if (next === -1) return undefined
  // `<` before a word: `<hektisch>`; `<3`, `<=`, `< 5` are not directions.
  if (code === 60) return isLetter(next) || next === 36 ? 'angle' : undefined
  if (code === 40) {
    if (isWhitespace(next) || isEmoticonAt(value, index, from)) return undefined
    // `(:` and `(-:` are emoticons too.
    return next === 58 || next === 59 ? undefined : 'paren'
  }
  if (code === 91) return isWhitespace(next) ? undefined : 'bracket'
  if (code === 42) {
    // `*word*`: opens after a space or at the start, before a non-space; not inside a star.
    if (top?.marker === 'star') return undefined
    const before = index > from ? value.charCodeAt(index - 1) : 32
    if (isWordChar(before)) return undefined
    return isWhitespace(next) || next === 42 ? undefined : 'star'
  }
  return undefined
}

/** Index in `stack` of the frame that the character at `index` closes, or -1. */
export function closingFrame<Node>(stack: Frame<Node>[], value: string, index: number, from: number): number {
  if (stack.length === 0) return -1
  const code = value.charCodeAt(index)
  if (code !== 62 && code !== 41 && code !== 93 && code !== 42) return -1
  if (code === 41 && isEmoticonAt(value, index, from)) return -1
  if (code === 42 && (index === from || isWhitespace(value.charCodeAt(index - 1)))) return -1
  for (let depth = stack.length - 1; depth >= 0; depth--) {
    if (closerOf[stack[depth].marker] === code) return depth
  }
  return -1
}
