// The text reader: plain text as it is. Its lines are the source lines (a blank line is a block
// boundary), the format says nothing about them, and phrasing is the core's character scanner.
import type {PhrasingContent, Speaker, Turn} from '../../types.js'
import {type Context, createContext} from '../context.js'
import {parseInline} from '../core/inline/index.js'
import {scanLines} from '../lines.js'
import type {PhrasingOptions, Reading, StoryLine} from '../reader.js'

interface TextReading extends Reading {
  context: Context
}

// `phrasing` and `text` are functions shared by every parse, called as the reading's methods: as
// closures made per parse, V8's optimized code that inlined one was thrown away by each
// collection that freed an earlier parse's (`node --trace-deopt`: "weak objects").

/** `formatted`: lines with a `format` field, for a reader that gives them facts after (see `scanLines`). */
export function readText(context: Context, formatted = false): Reading {
  const lines = scanLines(context.value, formatted, context.scratch)
  context.lines = lines
  const reading = makeReading(lines, context)
  // Kept so that V8 keeps the hidden class of a reading between parses (see `createContext`).
  keptReading ??= makeReading([], createContext(''))
  return reading
}

let keptReading: TextReading | undefined

function makeReading(lines: StoryLine[], context: Context): TextReading {
  return {lines, source: lines, phrasing, text, fitted: true, context}
}

function phrasing(this: TextReading, line: StoryLine, from: number, to: number, options: PhrasingOptions): PhrasingContent[]
function phrasing(this: TextReading, line: StoryLine, from: number, to: number, options: PhrasingOptions, lead: Speaker): Turn['children']
function phrasing(this: TextReading, line: StoryLine, from: number, to: number, options: PhrasingOptions, lead?: Speaker): PhrasingContent[] | Turn['children'] {
  return lead ? parseInline(this.context, line, from, to, options, lead) : parseInline(this.context, line, from, to, options)
}

function text(this: TextReading, _line: StoryLine, from: number, to: number): string {
  return this.context.value.slice(from, to)
}
