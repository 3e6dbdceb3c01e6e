// The input size limit: text past `maxLength` code units is not read, so no input makes the
// parser build a tree larger than a known bound. What is not read is kept, as one text node in a
// last narration, so nothing is lost, and a `max-length` warning says where reading stopped.
import type {Point} from 'unist'
import type {Narration, Root} from '../types.js'
import {isWhitespace} from './chars.js'
import {type Context, warn} from './context.js'

/** The default limit: 8 Mi UTF-16 code units (16 MiB of memory for the string alone). */
export const defaultMaxLength = 8 * 1024 * 1024

/**
 * The limit from the option, checked by `readOptions` (a number of 0 or more): a number of code
 * units (`0` reads nothing, `Infinity` all), or the default when none is given.
 */
export function maxLengthOf(option: number | null | undefined): number {
  return option === undefined || option === null ? defaultMaxLength : Math.floor(option)
}

/**
 * Where to stop reading `value` so that at most `limit` code units are read: after the last line
 * ending within the limit, or, when there is none, at the last white space, so that no word (no
 * `$Placeholder`, no surrogate pair) is cut in two; a first word longer than the limit is not read.
 */
export function cutAt(value: string, limit: number): number {
  for (let index = limit; index > 0; index--) {
    const code = value.charCodeAt(index - 1)
    // After `\r` of a `\r\n` the pair would be split: keep looking.
    if (code === 10 || (code === 13 && value.charCodeAt(index) !== 10)) return index
  }
  for (let index = limit; index > 0; index--) {
    const before = value.charCodeAt(index - 1)
    const after = value.charCodeAt(index)
    if (before === 13 && after === 10) continue
    if (isWhitespace(before) || isWhitespace(after)) return index
  }
  return 0
}

/** Add the unread rest of `context.value` from `cut` to `tree`, and warn. */
export function addRest(context: Context, tree: Root, cut: number, limit: number): void {
  const value = context.value
  const start = pointAt(value, 0, {line: 1, column: 1, offset: 0}, cut)
  const end = pointAt(value, cut, start, value.length)
  // The text node holds the rest without the white space around it, like every other text.
  let from = cut
  let to = value.length
  while (from < to && isWhitespace(value.charCodeAt(from))) from++
  while (to > from && isWhitespace(value.charCodeAt(to - 1))) to--
  if (from < to) {
    const first = pointAt(value, cut, start, from)
    const position = {start: first, end: pointAt(value, from, first, to)}
    const rest: Narration = {type: 'narration', children: [{type: 'text', value: value.slice(from, to), position}], position: structuredClone(position)}
    tree.children.push(rest)
  }
  tree.position = {start: tree.position?.start ?? {line: 1, column: 1, offset: 0}, end: {...end}}
  warn(
    context,
    'Input longer than ' + limit + ' characters: read up to line ' + start.line + ' column ' + start.column + ', the ' + (value.length - cut) + ' characters after it are kept as text',
    'max-length',
    {start, end}
  )
}

/** The point at offset `to`, counting lines from `from` (whose point is `at`). */
function pointAt(value: string, from: number, at: Point, to: number): Point {
  let line = at.line
  let lineStart = from - (at.column - 1)
  for (let index = from; index < to; index++) {
    const code = value.charCodeAt(index)
    if (code === 10 || (code === 13 && value.charCodeAt(index + 1) !== 10)) {
      line++
      lineStart = index + 1
    }
  }
  return {line, column: to - lineStart + 1, offset: to}
}
