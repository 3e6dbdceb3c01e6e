// Phrasing from Markdown: mdast's inline nodes (emphasis, strong, links, inline code) kept in
// their mdast shapes, and the text between them read as the text parser reads a line
// (placeholders, elisions and, in speech, directions). Character escapes and references in that
// text are decoded first, so `\<hektisch\>` and `&#42;seufzt&#42;` read like `<hektisch>`, `*seufzt*`.
import type {PhrasingContent as MdastPhrasing} from 'mdast'
import type {Position} from 'unist'
import type {Link, PhrasingContent} from '../../types.js'
import {type Context, createContext, lineAt, place as placeIn, span} from '../context.js'
import {parseInline} from '../core/inline/index.js'
import {lineBreak} from '../core/points.js'
import {decode, needsDecoding} from './decode.js'
import type {Decoded} from '../decoded.js'
import {gluedAt} from './glued.js'
import {isInlineSpace} from '../grammar.js'
import type {Line} from '../lines.js'

export interface State {
  context: Context
  /** Every line of the input. */
  lines: Line[]
}

export interface WeaveOptions {
  /** Whether text may hold directions (speech) or not (narration, labels, titles). */
  directions: boolean
  /** Block-quote depth: how many `>` markers to skip at the start of a continuation line. */
  depth: number
  /** Whether an emphasis at the very start of the range is a direction (`*seufzt*` after a cue). */
  leadingEmphasis?: boolean | undefined
  /** Directions already open around the range. */
  directionDepth?: number | undefined
}

/** Where a line's content starts after the container prefix: white space and up to `depth` `>`. */
export function skipPrefix(value: string, line: Line, depth: number): number {
  let index = line.start
  let quotes = depth
  while (index < line.end) {
    const code = value.charCodeAt(index)
    if (isInlineSpace(code)) index++
    else if (code === 62 && quotes > 0) {
      index++
      quotes--
    } else break
  }
  return index
}

export function startOf(node: {position?: Position | undefined}): number {
  return node.position!.start.offset!
}

export function endOf(node: {position?: Position | undefined}): number {
  return node.position!.end.offset!
}

export function place(state: State, start: number, end: number): Position {
  return placeIn(state.lines, start, end)
}

/**
 * Phrasing for `[from, to)` of the source, given the mdast phrasing `nodes` that lie there (with
 * offsets into the whole source). A node that starts in the range is taken whole, even where it
 * runs past `to`.
 */
export function weave(
  state: State,
  nodes: readonly MdastPhrasing[],
  from: number,
  to: number,
  options: WeaveOptions
): PhrasingContent[] {
  const result: PhrasingContent[] = []
  let cursor = from
  for (let index = firstEndingAfter(nodes, from); index < nodes.length; index++) {
    const node = nodes[index]
    // A link or image reference (`[Text][ref]`, `[ref]`) is read as the text it is written as,
    // with its neighbours: its definition is kept as text too (`[ref]: https://…`).
    if (node.type === 'text' || node.type === 'linkReference' || node.type === 'imageReference' || !node.position) continue
    const start = startOf(node)
    const end = endOf(node)
    if (start < cursor || end <= cursor) continue
    if (start >= to) break
    const glued = gluedAt(state.context.value, nodes, index, cursor, to)
    if (glued) {
      gap(state, cursor, glued.start, options, result)
      for (const item of readDecoded(state, lineAt(state.lines, glued.start), glued.text, glued.end, options)) result.push(item)
      cursor = glued.end
      index = glued.last
      continue
    }
    gap(state, cursor, start, options, result)
    const leading = options.leadingEmphasis === true && start === from
    cursor = node.type === 'break' ? breakEnd(state, node, to, result) : end
    if (node.type !== 'break') mapNode(state, node, leading, options, result)
  }
  gap(state, cursor, to, options, result)
  return result
}

/** Index of the first of `nodes` (in source order) that ends after `offset`. */
export function firstEndingAfter(nodes: readonly MdastPhrasing[], offset: number): number {
  let low = 0
  let high = nodes.length
  while (low < high) {
    const middle = (low + high) >> 1
    const node = nodes[middle]
    if (node.position && endOf(node) <= offset) low = middle + 1
    else high = middle
  }
  return low
}

/** A hard break (`\` or two spaces at the line end): our break; the rest of the line is markup. */
function breakEnd(state: State, node: MdastPhrasing, to: number, result: PhrasingContent[]): number {
  const line = lineAt(state.lines, startOf(node))
  const next = state.lines[line.index + 1]
  // At the end of the range the builder writes the line's break itself.
  if (!next || next.start >= to) return endOf(node)
  result.push(lineBreak(line, next))
  return Math.max(endOf(node), next.start)
}

function mapNode(state: State, node: MdastPhrasing, leading: boolean, options: WeaveOptions, result: PhrasingContent[]): void {
  const start = startOf(node)
  const end = endOf(node)
  const position = place(state, start, end)
  switch (node.type) {
    case 'emphasis':
    case 'strong': {
      const children = weave(state, node.children, innerStart(node), innerEnd(node), {...options, leadingEmphasis: false})
      if (node.type === 'emphasis' && leading) {
        result.push({type: 'direction', marker: 'star', children, position})
      } else result.push({type: node.type, children, position})
      return
    }
    case 'link': {
      const children = weave(state, node.children, innerStart(node), innerEnd(node), {...options, directions: false, leadingEmphasis: false})
      result.push(withTitle({type: 'link', url: node.url, children, position}, node.title))
      return
    }
    case 'image': {
      const alt: PhrasingContent[] = node.alt ? [{type: 'text', value: node.alt, position}] : []
      result.push(withTitle({type: 'link', url: node.url, children: alt, position}, node.title))
      return
    }
    case 'inlineCode': {
      result.push({type: 'inlineCode', value: node.value, position})
      return
    }
    default: {
      // Anything else (an extension's node) is read as text.
      gap(state, start, end, options, result)
    }
  }
}

function withTitle(node: Link, title: string | null | undefined): Link {
  if (title !== null && title !== undefined) node.title = title
  return node
}

function innerStart(node: {children: MdastPhrasing[]; position?: Position | undefined}): number {
  const first = node.children[0]
  return first?.position ? startOf(first) : startOf(node) + 1
}

function innerEnd(node: {children: MdastPhrasing[]; position?: Position | undefined}): number {
  const last = node.children[node.children.length - 1]
  return last?.position ? endOf(last) : Math.max(startOf(node) + 1, endOf(node) - 1)
}

/** Text between inline nodes, line by line: line ends are breaks, container prefixes markup. */
function gap(state: State, from: number, to: number, options: WeaveOptions, result: PhrasingContent[]): void {
  const value = state.context.value
  let start = from
  while (start < to) {
    const line = lineAt(state.lines, start)
    const prefixEnd = skipPrefix(value, line, options.depth)
    if (start < prefixEnd) start = prefixEnd
    const end = to > line.contentEnd ? line.contentEnd : to
    if (end > start) {
      for (const node of segment(state, line, start, end, options)) result.push(node)
    }
    const next = state.lines[line.index + 1]
    if (!next || to <= next.start) break
    result.push(lineBreak(line, next))
    start = next.start
  }
}

/** One line's text: the text parser's phrasing, over decoded text where escapes or references occur. */
function segment(state: State, line: Line, from: number, to: number, options: WeaveOptions): PhrasingContent[] {
  const value = state.context.value
  if (!needsDecoding(value, from, to)) return parseInline(state.context, line, from, to, {directions: options.directions, depth: options.directionDepth})

  return readDecoded(state, line, decode(value, from, to), to, options)
}

/** Phrasing of text decoded from `line` (escapes, markup left out), its positions those of the source. */
function readDecoded(state: State, line: Line, text: Decoded, to: number, options: WeaveOptions): PhrasingContent[] {
  const inline = {directions: options.directions, depth: options.directionDepth}
  const {context} = state
  const {value: decoded, starts, ends} = text
  const sub = createContext(decoded)
  const subLine: Line = {index: line.index, start: 0, end: decoded.length, contentStart: 0, contentEnd: decoded.length}
  const nodes = parseInline(sub, subLine, 0, decoded.length, inline)
  const remap = (position: Position): Position => {
    const a = position.start.offset!
    const b = position.end.offset!
    const start = a < starts.length ? starts[a] : to
    const end = b > 0 ? ends[b - 1] : start
    return span(line, start, Math.max(start, end))
  }
  const stack: PhrasingContent[] = nodes.slice()
  while (stack.length > 0) {
    const node = stack.pop()!
    if (node.position) node.position = remap(node.position)
    if ('children' in node) for (const child of node.children) stack.push(child)
  }
  for (const placeholder of sub.placeholders) context.placeholders.push(placeholder)
  for (const diagnostic of sub.diagnostics) context.diagnostics.push({...diagnostic, place: remap(diagnostic.place)})
  return nodes
}
