// What every pass of one parse shares: the text, its lines, and where diagnostics go.
import type {Point, Position} from 'unist'
import type {Placeholder} from '../types.js'
import {copiedBelow} from './detached.js'
import type {Line} from './lines.js'
import type {Offsets} from './offsets.js'

/** A diagnostic raised while parsing; `parse` writes it to the VFile as a message. */
export interface Diagnostic {
  reason: string
  ruleId: string
  place: Position
  severity: 'warning' | 'info'
}

export interface Context {
  value: string
  lines: Line[]
  diagnostics: Diagnostic[]
  /** Every placeholder created, for the passes that check them across the story. */
  placeholders: Placeholder[]
  /**
   * Whether nodes get a `position` (the `positions` option; the text reader honours it while
   * building, so nothing is allocated for them). Without: `placeholderSpans` keeps each
   * placeholder's start and end offsets, for the diagnostics that need a place.
   */
  positions: boolean
  placeholderSpans: number[]
  /** The short strings of the tree so far, each kept once (see `shared`). */
  strings: Map<string, string>
  /**
   * The working arrays taken for this parse (`scratchArray`): whoever made the context gives
   * them back (`giveBackScratch`) once nothing reads its lines any more.
   */
  scratch: unknown[][]
  /** Where `value`'s markup characters stand, found at the first span read (see src/parse/core/inline/). */
  markup: Offsets | undefined
}

/** A parse context over `value`. */
export function createContext(value: string, positions = true): Context {
  const context = makeContext(value, positions)
  keptContext ??= makeContext('', true)
  return context
}

/**
 * An empty context, made beside the first real one, kept for the life of the process. V8 gives
 * the objects of a literal a hidden class and keeps it only while an object has it: a record
 * made once per parse has it only during that parse. At the next full collection the class
 * dies, and with it the optimized code of every function that met it (`node --trace-deopt`:
 * "weak objects"), so the next parse ran unoptimized until V8 compiled it again: the 1 MB parse
 * took about 1.2–1.3 times as long (bench/README.md, step 16). A kept record keeps the class alive.
 */
let keptContext: Context | undefined

function makeContext(value: string, positions: boolean): Context {
  return {value, lines: [], diagnostics: [], placeholders: [], positions, placeholderSpans: [], strings: new Map(), scratch: [], markup: undefined}
}


/**
 * The most strings `shared` keeps per parse: a story's labels and replies are far fewer, and a
 * `Map` throws past 2^24 entries (a huge text of distinct short lines would reach it).
 */
export const maxShared = 65_536

/**
 * `text`, or the equal string the tree already holds where `text` is short: a story writes its
 * labels (`Chef`), markers and short replies (`Ja.`) thousands of times, and each short
 * substring would be a copy of its own in the tree. Longer ones are views and stay as they are.
 */
export function shared(context: Context, text: string): string {
  if (text.length >= copiedBelow) return text
  const known = context.strings.get(text)
  if (known !== undefined) return known
  if (context.strings.size < maxShared) context.strings.set(text, text)
  return text
}

export function point(line: Line, offset: number): Point {
  return {line: line.index + 1, column: offset - line.start + 1, offset}
}

/** A position from `start` on line `a` to `end` on line `b` (default: the same line). */
export function span(a: Line, start: number, end: number, b: Line = a): Position {
  return {start: point(a, start), end: point(b, end)}
}

export function warn(
  context: Context,
  reason: string,
  ruleId: string,
  place: Position,
  severity: Diagnostic['severity'] = 'warning'
): void {
  context.diagnostics.push({reason, ruleId, place, severity})
}

/** The line of `lines` that holds `offset` (binary search). */
export function lineAt(lines: readonly Line[], offset: number): Line {
  let low = 0
  let high = lines.length - 1
  while (low < high) {
    const middle = (low + high + 1) >> 1
    if (lines[middle].start <= offset) low = middle
    else high = middle - 1
  }
  return lines[low]
}

/** The point of `offset`, on `line` when it lies there, else on the line of `lines` that holds it. */
export function pointNear(lines: readonly Line[], line: Line, offset: number): Point {
  return offset >= line.start && offset <= line.end ? point(line, offset) : point(lineAt(lines, offset), offset)
}

/** A placeholder's place for a diagnostic: its position, or, without positions, one found from its offsets. */
export function placeholderPlace(context: Context, placeholder: Placeholder): Position {
  if (placeholder.position) return placeholder.position
  const at = context.placeholders.indexOf(placeholder) * 2
  return place(context.lines, context.placeholderSpans[at], context.placeholderSpans[at + 1])
}

/** A position from `start` to `end`, found among `lines`. */
export function place(lines: readonly Line[], start: number, end: number): Position {
  return span(lineAt(lines, start), start, end, lineAt(lines, end))
}
