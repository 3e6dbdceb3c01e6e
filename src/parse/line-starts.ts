// Where each line of a source starts (after each `\n`), and the line of an offset by binary
// search: for readers that turn many offsets of one source into points (HTML, XML exports); and
// the point of one offset, by a scan, for a single message.
import type {Point} from 'unist'

/** The offset of each line's first character: 0, then after every `\n`. */
export function lineStarts(value: string): number[] {
  const starts = [0]
  for (let index = value.indexOf('\n'); index >= 0; index = value.indexOf('\n', index + 1)) starts.push(index + 1)
  return starts
}

/** The 0-based line of `offset`: the last of `starts` at or before it. */
export function lineIndexAt(starts: readonly number[], offset: number): number {
  let low = 0
  let high = starts.length - 1
  while (low < high) {
    const middle = (low + high + 1) >> 1
    if (starts[middle] <= offset) low = middle
    else high = middle - 1
  }
  return low
}

/** `line L, column C` of an offset. */
export function where(value: string, offset: number): string {
  const point = pointAt(value, offset)
  return 'line ' + point.line + ', column ' + point.column
}

/** The unist point of an offset (a line scan: for one message; many go through `lineStarts`). */
export function pointAt(value: string, offset: number): Point {
  let line = 1
  let start = 0
  for (let index = value.indexOf('\n'); index >= 0 && index < offset; index = value.indexOf('\n', index + 1)) {
    line++
    start = index + 1
  }
  return {line, column: offset - start + 1, offset}
}
