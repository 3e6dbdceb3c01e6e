// Split Markdown into the runs that micromark sees one at a time: blank-line separated blocks,
// joined where Markdown carries a construct across blank lines (an open fence, an indented
// continuation of a list item). No run is larger than `maxRunLength`, and a run whose shape makes
// micromark slow (too many delimiters for its size, deep indentation) is marked for the text path.
import {isBlank, type Line} from '../lines.js'

/** The most characters one micromark run may hold. */
export const maxRunLength = 20_000
/** Blocks are put together into runs of up to this many characters. */
export const groupLength = 4_096
/**
 * And of up to this many blank-line separated blocks: micromark's time grows with the square of
 * the blocks in one document (`a` / blank / `b` … of 16 KB takes about ten times 4 KB's time).
 */
export const groupBlocks = 32
/** Below this many delimiters of one kind a run is always fine. */
const freeDelimiters = 64
/**
 * micromark's work on emphasis, link brackets and code spans grows with the square of their
 * delimiters; a run is refused when that square passes this multiple of its length.
 */
const delimiterFactor = 8
/** Leading indentation (columns) that signals nesting deep enough to be slow. */
const maxIndent = 64
/**
 * List and block-quote markers one line may open (`- - - x`, `> 1. > x`): micromark's time grows
 * faster than the square of them (5,000 `- ` on one line take many seconds).
 */
export const maxNesting = 8

export interface Run {
  /** Index of the first and the last line (both non-blank). */
  first: number
  last: number
  /** Offsets of the first line's start and the last line's end. */
  start: number
  end: number
  /** Why the run goes to the text path instead, if it does. */
  fallback?: string
  /** How many blank-line separated blocks it holds. */
  blocks: number
}

interface Shape {
  stars: number
  brackets: number
  ticks: number
  quotes: number
  indent: number
  /** The most list and block-quote markers at the start of one line. */
  nesting: number
  /** An open fence: its character and length, or 0. */
  fence: number
  fenceLength: number
}

export function splitRuns(value: string, lines: Line[]): Run[] {
  const runs: Run[] = []
  for (const block of splitBlocks(value, lines)) {
    // Small blocks share a run: each micromark run has a fixed cost, and the slow shapes are
    // slow within one block (or, for block quotes, over many of them), which `groupLength` bounds.
    const last = runs[runs.length - 1]
    if (last && !last.fallback && !block.fallback && block.end - last.start <= groupLength && last.blocks + block.blocks <= groupBlocks) {
      last.last = block.last
      last.end = block.end
      last.blocks += block.blocks
    } else runs.push(block)
  }
  return runs
}

/** Blank-line separated blocks, joined where Markdown carries a construct across blank lines. */
function splitBlocks(value: string, lines: Line[]): Run[] {
  const blocks: Run[] = []
  let index = 0
  let current: {run: Run; shape: Shape} | undefined

  while (index < lines.length) {
    if (isBlank(lines[index])) {
      index++
      continue
    }
    const first = index
    while (index < lines.length && !isBlank(lines[index])) index++
    const last = index - 1
    const start = lines[first].start
    const end = lines[last].end

    // Join the previous block when it has an open fence or this block is indented (a list item's
    // continuation), as long as the joined block stays small.
    const indented = lines[first].contentStart > lines[first].start
    const joinable = current && (current.shape.fence !== 0 || (indented && current.run.blocks < groupBlocks))
    if (current && joinable && end - current.run.start <= maxRunLength) {
      current.run.last = last
      current.run.end = end
      current.run.blocks++
      measure(value, lines, first, last, current.shape)
      continue
    }

    if (current) finish(current)
    const shape: Shape = {stars: 0, brackets: 0, ticks: 0, quotes: 0, indent: 0, nesting: 0, fence: 0, fenceLength: 0}
    current = {run: {first, last, start, end, blocks: 1}, shape}
    measure(value, lines, first, last, shape)
    blocks.push(current.run)
  }
  if (current) finish(current)
  return blocks
}

function finish({run, shape}: {run: Run; shape: Shape}): void {
  const length = run.end - run.start
  if (length > maxRunLength) run.fallback = 'it is longer than ' + maxRunLength + ' characters'
  else if (tooMany(shape.stars, length)) run.fallback = 'it has too many `*` and `_` for its size'
  else if (tooMany(shape.brackets, length)) run.fallback = 'it has too many brackets for its size'
  else if (tooMany(shape.ticks, length)) run.fallback = 'it has too many backticks for its size'
  else if (tooMany(shape.quotes, length)) run.fallback = 'it has too many `>` for its size'
  else if (shape.indent > maxIndent) run.fallback = 'it is indented more than ' + maxIndent + ' columns'
  else if (shape.nesting > maxNesting) run.fallback = 'it nests lists or block quotes more than ' + maxNesting + ' deep on a line'
}

function tooMany(count: number, length: number): boolean {
  return count > freeDelimiters && count * count > delimiterFactor * length
}

/** Count what makes micromark slow, and track fences, over lines `first` to `last`. */
function measure(value: string, lines: Line[], first: number, last: number, shape: Shape): void {
  for (let index = first; index <= last; index++) {
    const line = lines[index]
    const indent = line.contentStart - line.start
    if (indent > shape.indent) shape.indent = indent
    fence(value, line, shape)
    containerPrefix(value, line.contentStart, line.contentEnd, shape)
    // Block-quote markers: the `>` at the start of a line (inline `>` costs micromark nothing).
    let cursor = line.contentStart
    while (cursor < line.contentEnd) {
      const code = value.charCodeAt(cursor)
      if (code === 62) shape.quotes++
      else if (code !== 32 && code !== 9) break
      cursor++
    }
    for (; cursor < line.contentEnd; cursor++) {
      const code = value.charCodeAt(cursor)
      if (code === 42 || code === 95) shape.stars++
      else if (code === 91 || code === 93) shape.brackets++
      else if (code === 96) shape.ticks++
    }
  }
}

/**
 * The list and block-quote markers that open the line from `start` (`>`, `-`, `+`, `*`, `1.`,
 * `1)`), and the white space between them: indentation inside a quote (`>` then 60 spaces then
 * `- x`) nests lists as deep as indentation before it. Stops past the limits.
 */
function containerPrefix(value: string, start: number, end: number, shape: Shape): void {
  let count = 0
  let indent = 0
  let index = start
  while (index < end && count <= maxNesting && indent <= maxIndent) {
    const code = value.charCodeAt(index)
    if (code === 32 || code === 9) {
      indent += code === 9 ? 4 : 1
      index++
      continue
    }
    if (code === 62) {
      count++
      index++
      continue
    }
    let after = index
    if (code === 45 || code === 43 || code === 42) after++
    else {
      while (after < end && after - index < 9 && value.charCodeAt(after) >= 48 && value.charCodeAt(after) <= 57) after++
      if (after === index || (value.charCodeAt(after) !== 46 && value.charCodeAt(after) !== 41)) break
      after++
    }
    const next = after < end ? value.charCodeAt(after) : 32
    if (next !== 32 && next !== 9) break
    count++
    // A list marker's width counts as indentation too: it is what the item's content lines up with.
    indent += after - index
    index = after
  }
  if (count > shape.nesting) shape.nesting = count
  if (indent > shape.indent) shape.indent = indent
}

/** Open or close a fenced code block on `line` (three or more `` ` `` or `~`, indented at most 3). */
export function fence(value: string, line: Line, shape: Pick<Shape, 'fence' | 'fenceLength'>): void {
  if (line.contentStart - line.start > 3) return
  const code = value.charCodeAt(line.contentStart)
  if (code !== 96 && code !== 126) return
  let end = line.contentStart
  while (end < line.contentEnd && value.charCodeAt(end) === code) end++
  const length = end - line.contentStart
  if (length < 3) return
  if (shape.fence === 0) {
    shape.fence = code
    shape.fenceLength = length
  } else if (shape.fence === code && length >= shape.fenceLength && end === line.contentEnd) {
    shape.fence = 0
    shape.fenceLength = 0
  }
}
