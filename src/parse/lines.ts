// Scan the text into lines: the only pass over every character that all later passes build on.
import {isWhitespace} from './chars.js'
import {scratchArray} from './scratch.js'

/** One line of the input. Offsets are UTF-16 code unit indices into the whole text. */
export interface Line {
  /** 0-based line number. */
  index: number
  /** Offset of the first character of the line. */
  start: number
  /** Offset of the line ending (or of the end of input). */
  end: number
  /** Offset of the first non-white-space character; `end` when blank. */
  contentStart: number
  /** Offset after the last non-white-space character; `contentStart` when blank. */
  contentEnd: number
}

/**
 * Split `value` at `\n`, `\r\n` and `\r`. With `formatted`, each line has its `format` field
 * from the start: one shape for all, where a field added later would make a hidden class per
 * parse, which dies with it and throws away the optimized code of every function that met it.
 * With `scratch`, a long text's array is a kept one, recorded there (see `scratchArray`).
 */
export function scanLines(value: string, formatted = false, scratch?: unknown[][]): Line[] {
  // A formatted line's `format` is the reader's `StoryLine.format`, written after the scan.
  const length = value.length
  // Room for a line per 16 characters at once, trimmed in place at the end: grown by `push`, the
  // array would leave a copy per growth, in the large-object space past about 16,000 lines.
  const room = Math.ceil((length + 1) / expectedLineLength)
  const lines = scratch ? scratchArray<Line & {format?: undefined}>(scratch, room) : new Array<Line & {format?: undefined}>(room)
  let start = 0
  let index = 0

  // Most texts have no `\r`: then `indexOf('\n')` finds each line ending (a fast native scan);
  // otherwise the ending is found by hand (`indexOf` for both would rescan).
  const hasCarriageReturn = value.indexOf('\r') >= 0

  while (start <= length) {
    let end = start
    if (hasCarriageReturn) {
      while (end < length) {
        const code = value.charCodeAt(end)
        if (code === 10 || code === 13) break
        end++
      }
    } else {
      end = value.indexOf('\n', start)
      if (end < 0) end = length
    }

    let contentStart = start
    while (contentStart < end && isWhitespace(value.charCodeAt(contentStart))) contentStart++
    let contentEnd = end
    while (contentEnd > contentStart && isWhitespace(value.charCodeAt(contentEnd - 1))) contentEnd--

    const line = formatted ? {index, start, end, contentStart, contentEnd, format: undefined} : {index, start, end, contentStart, contentEnd}
    if (index < lines.length) lines[index] = line
    else lines.push(line)
    index++
    if (end >= length) break
    start = value.charCodeAt(end) === 13 && value.charCodeAt(end + 1) === 10 ? end + 2 : end + 1
  }

  lines.length = index
  return lines
}

/** Characters per line assumed for the first room: stories are mostly short lines and blank ones. */
const expectedLineLength = 16

export function isBlank(line: Line): boolean {
  return line.contentStart === line.contentEnd
}
