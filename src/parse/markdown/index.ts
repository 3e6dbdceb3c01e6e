// The Markdown reader: unified + remark-parse, one blank-line separated run at a time, mapped to
// the core's story lines (./lines.ts) with Markdown phrasing (./phrasing.ts). Runs micromark would
// be slow on are read as plain text lines, with a `markdown-fallback` warning.
import type {Root as MdastRoot, RootContent} from 'mdast'
import remarkParse from 'remark-parse'
import {unified} from 'unified'
import type {PhrasingContent, Speaker, Turn} from '../../types.js'
import {type Context, createContext, place as placeIn, warn} from '../context.js'
import {parseInline} from '../core/inline/index.js'
import {type Line, scanLines} from '../lines.js'
import type {PhrasingOptions, Reading, StoryLine} from '../reader.js'
import {decodedText} from './decode.js'
import {type Collector, collect, type MarkdownFormat, separate} from './lines.js'
import {type State, weave} from './phrasing.js'
import {type Run, splitRuns} from './runs.js'

/** The micromark constructs that misread stories: `<hektisch>` is a direction, indented text is text. */
export const storyExtension = {disable: {null: ['codeIndented', 'htmlFlow', 'htmlText']}}

const processor = unified().use(remarkParse).data('micromarkExtensions', [storyExtension]).freeze()

export function readMarkdown(context: Context): Reading {
  const value = context.value
  const source = scanLines(value, false, context.scratch)
  context.lines = source
  const state = makeState(context, source)
  const collector: Collector = {value, source, lines: [], lastLine: -2, lastParagraph: false}
  for (const run of splitRuns(value, source)) {
    if (run.fallback) {
      warn(context, 'Markdown block read as plain text: ' + run.fallback, 'markdown-fallback', placeIn(source, run.start, run.end))
      addPlain(collector, run)
      continue
    }
    // micromark drops a byte order mark at the start of a document: keep offsets aligned.
    let start = run.start
    while (start < run.end && value.charCodeAt(start) === 0xfeff) start++
    const tree = processor.parse(value.slice(start, run.end)) as MdastRoot
    shift(tree, start)
    for (const node of tree.children) collect(collector, node, 0)
  }
  const reading = makeReading(collector.lines, source, state)
  // Kept so that V8 keeps the hidden classes of a reading and its state between parses (see `createContext`).
  keptReading ??= makeReading([], [], makeState(createContext(''), []))
  return reading
}

let keptReading: MarkdownReading | undefined

function makeState(context: Context, lines: Line[]): State {
  return {context, lines}
}

function makeReading(lines: StoryLine[], source: Line[], state: State): MarkdownReading {
  return {lines, source, phrasing: markdownPhrasing, text: markdownText, state}
}

interface MarkdownReading extends Reading {
  state: State
}

// Functions shared by every parse, not closures made per parse (see src/parse/text/index.ts).
function markdownPhrasing(this: MarkdownReading, line: StoryLine, from: number, to: number, options: PhrasingOptions): PhrasingContent[]
function markdownPhrasing(this: MarkdownReading, line: StoryLine, from: number, to: number, options: PhrasingOptions, lead: Speaker): Turn['children']
function markdownPhrasing(this: MarkdownReading, line: StoryLine, from: number, to: number, options: PhrasingOptions, lead?: Speaker): PhrasingContent[] | Turn['children'] {
  const nodes = phrasing(this.state, line, from, to, options)
  return lead ? ([lead] as Turn['children']).concat(nodes) as Turn['children'] : nodes
}

function markdownText(this: MarkdownReading, line: StoryLine, from: number, to: number): string {
  const value = this.state.context.value
  return line.format ? decodedText(value, from, to) : value.slice(from, to)
}

function phrasing(state: State, line: StoryLine, from: number, to: number, options: PhrasingOptions): PhrasingContent[] {
  const format = line.format as MarkdownFormat | undefined
  // A line of a run read as plain text: the text reader's phrasing.
  if (!format) return parseInline(state.context, line, from, to, options)
  const whole = format.wholeNode
  if (whole) {
    const position = placeIn(state.lines, from, to)
    return [whole.info === undefined ? {type: whole.kind, value: whole.value, position} : {type: 'inlineCode', value: whole.value, info: whole.info, position}]
  }
  return weave(state, format.nodes, from, to, {
    directions: options.directions,
    depth: format.quote ?? 0,
    leadingEmphasis: options.leadingEmphasis,
    directionDepth: options.depth
  })
}

/** Offsets of a run's tree into offsets of the whole source (only offsets are read). */
function shift(tree: MdastRoot, base: number): void {
  const stack: Array<MdastRoot | RootContent> = [tree]
  while (stack.length > 0) {
    const node = stack.pop()!
    if (node.position) {
      node.position.start.offset! += base
      node.position.end.offset! += base
    }
    if ('children' in node) for (const child of node.children) stack.push(child)
  }
}

/** A run read as plain text: its source lines, as the text reader yields them, after a blank line. */
function addPlain(c: Collector, run: Run): void {
  separate(c, run.first, false)
  for (let index = run.first; index <= run.last; index++) c.lines.push(c.source[index])
  c.lastLine = run.last
  c.lastParagraph = false
}
