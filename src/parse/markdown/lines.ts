// From mdast to the core's story lines. Each paragraph (or heading) gives its source lines, their
// content without the container prefix (`>`, indentation); a list marker stays in its line, as in
// plain text. What Markdown says about a line rides along in its `format`: the paragraph's inline
// nodes (for the phrasing reader), a bold span at its start, a lone emphasis, where its first
// inline element starts, quote depth, list marker, heading. Blocks that do not touch are
// separated by a blank line; fenced code and anything unknown is one line kept whole.
import type {Code, Heading, List, Paragraph, PhrasingContent as MdastPhrasing, RootContent} from 'mdast'
import {nodeText} from '../../node-text.js'
import {lineAt} from '../context.js'
import {bulletEnd, digitsEnd, isWhitespace, trimStart} from '../grammar.js'
import type {Line} from '../lines.js'
import type {LineFormat, StoryLine} from '../reader.js'
import {decode, needsDecoding} from './decode.js'
import {endOf, firstEndingAfter, skipPrefix, startOf} from './phrasing.js'
import {symbolAt} from '../core/cue.js'

/** A line's format, with the Markdown reader's own data for its phrasing. */
export interface MarkdownFormat extends LineFormat {
  /** The inline nodes other than text of the paragraph the line belongs to. */
  nodes: readonly MdastPhrasing[]
  /** A block kept whole, as what it reads as: fenced code as inline code, anything else as text. */
  wholeNode?: {kind: 'inlineCode' | 'text'; value: string; info?: string}
}

export interface Collector {
  value: string
  source: Line[]
  lines: StoryLine[]
  /** Last source line of the previous block, and whether it was a paragraph (paragraphs on adjacent lines form one block). */
  lastLine: number
  lastParagraph: boolean
}

/** Add one mdast flow node (with offsets into the whole source) to the story lines. */
export function collect(c: Collector, node: RootContent, depth: number, bullet?: number, nesting = 0): void {
  switch (node.type) {
    case 'paragraph':
    case 'heading':
      addParagraph(c, node, depth, bullet, nesting)
      return
    case 'list':
      collectList(c, node, depth, bullet, nesting + 1)
      return
    case 'blockquote':
      // `- > text`: the outer marker stays on the line, read with it.
      node.children.forEach((child, index) => collect(c, child, depth + 1, index === 0 && onLineOf(c, child, bullet) ? bullet : undefined, nesting))
      return
    case 'thematicBreak':
      c.lastParagraph = false
      return
    case 'code':
      addWhole(c, codeOf(c.value, node, startOf(node)), startOf(node), endOf(node), depth)
      return
    default:
      // Definitions and whatever an extension adds: their source, as text.
      if (node.position) addWhole(c, {kind: 'text', value: c.value.slice(startOf(node), endOf(node))}, startOf(node), endOf(node), depth)
  }
}

/** Fenced or indented code as inline code; a fence's info string as written (`python title="x"`). */
function codeOf(value: string, node: Code, start: number): NonNullable<MarkdownFormat['wholeNode']> {
  const code: NonNullable<MarkdownFormat['wholeNode']> = {kind: 'inlineCode', value: node.value}
  if (node.lang === null || node.lang === undefined) return code
  let at = start
  while (value.charCodeAt(at) === 32 || value.charCodeAt(at) === 9) at++
  const fence = value.charCodeAt(at)
  while (value.charCodeAt(at) === fence) at++
  let end = at
  while (end < value.length && value.charCodeAt(end) !== 10 && value.charCodeAt(end) !== 13) end++
  const info = value.slice(at, end).trim()
  if (info) code.info = info
  return code
}

/** Whether `node` starts on the line of the marker at `bullet`. */
function onLineOf(c: Collector, node: RootContent, bullet: number | undefined): boolean {
  return bullet !== undefined && node.position !== undefined && lineAt(c.source, startOf(node)).index === lineAt(c.source, bullet).index
}

function collectList(c: Collector, list: List, depth: number, bullet: number | undefined, nesting: number): void {
  list.children.forEach((item, itemIndex) => {
    if (!item.position) return
    // `1. - Chef: …`: a nested list on the marker's line starts at the outer marker.
    const start = itemIndex === 0 && onLineOf(c, item as unknown as RootContent, bullet) ? bullet! : startOf(item)
    const markerLine = lineAt(c.source, start).index
    if (item.children.length === 0) {
      addEmptyItem(c, start, listMarkerEnd(c.value, startOf(item)), depth, itemIndex === 0 && start === bullet ? nesting - 1 : nesting)
      return
    }
    item.children.forEach((child, index) => {
      const first = index === 0 && child.position !== undefined && lineAt(c.source, startOf(child)).index === markerLine
      // A list opened on an outer item's line (`1. - Chef: …`) nests as deep as the outer one.
      collect(c, child, depth, first ? start : undefined, first && start === bullet ? nesting - 1 : nesting)
    })
  })
}

/** Separate the next block from the previous one with a blank line, unless two paragraphs touch. */
export function separate(c: Collector, firstLine: number, paragraph: boolean): void {
  if (c.lines.length === 0) return
  if (paragraph && c.lastParagraph && firstLine === c.lastLine + 1) return
  const line = c.source[firstLine]
  c.lines.push({index: line.index, start: line.start, end: line.end, contentStart: line.end, contentEnd: line.end})
}

function addWhole(c: Collector, wholeNode: NonNullable<MarkdownFormat['wholeNode']>, start: number, end: number, depth: number): void {
  const line = lineAt(c.source, start)
  separate(c, line.index, false)
  const format: MarkdownFormat = {nodes: [], whole: true, wholeNode}
  if (depth > 0) format.quote = depth
  const contentEnd = Math.min(line.contentEnd, end)
  c.lines.push({index: line.index, start: line.start, end: line.end, contentStart: start, contentEnd, phrasingEnd: end, format})
  c.lastLine = lineAt(c.source, end).index
  c.lastParagraph = false
}

/**
 * An empty list item (`1.` alone): its marker (after the outer one on its line, `1. -`) as a line
 * of its own, as plain text has it (in the comment section, an empty comment), read like a
 * one-line paragraph.
 */
function addEmptyItem(c: Collector, start: number, end: number, depth: number, nesting: number): void {
  const line = lineAt(c.source, start)
  separate(c, line.index, true)
  const format: MarkdownFormat = {nodes: [], listItem: {start, end: listMarkerEnd(c.value, start), nesting}}
  if (depth > 0) format.quote = depth
  c.lines.push({index: line.index, start: line.start, end: line.end, contentStart: start, contentEnd: end, format})
  c.lastLine = line.index
  c.lastParagraph = true
}

/** The lines of a paragraph or a heading. */
function addParagraph(c: Collector, node: Paragraph | Heading, depth: number, bullet: number | undefined, nesting: number): void {
  const first = node.children[0]
  const last = node.children[node.children.length - 1]
  if (!first?.position || !last?.position) return
  // Only the inline nodes other than text are read later (text is read from the source): keep
  // just those, so the rest of the run's mdast is garbage as soon as the run is collected.
  const nodes = node.children.filter((child) => child.type !== 'text')
  const start = bullet ?? startOf(first)
  const end = endOf(last)
  const firstLine = lineAt(c.source, start)
  const lastLine = lineAt(c.source, end)
  separate(c, firstLine.index, node.type === 'paragraph')
  const shared: Shared = {nodes, depth, end, next: 0, covered: -1}
  for (let index = firstLine.index; index <= lastLine.index; index++) {
    const line = c.source[index]
    const contentStart = trimWhitespace(c.value, index === firstLine.index ? start : skipPrefix(c.value, line, depth), line.contentEnd)
    const storyLine = paragraphLine(c, shared, line, contentStart)
    if (!storyLine) continue
    if (index === firstLine.index) firstLineFacts(c, storyLine, node, bullet, nesting)
    c.lines.push(storyLine)
  }
  c.lastLine = lastLine.index
  c.lastParagraph = node.type === 'paragraph'
}

/** What the lines of one paragraph share while they are read. */
interface Shared {
  nodes: readonly MdastPhrasing[]
  depth: number
  /** Where the paragraph's phrasing ends. */
  end: number
  /** The next inline node to look at. */
  next: number
  /** Offset up to which earlier lines' phrasing reaches. */
  covered: number
}

/** One line of a paragraph, or undefined where an inline node begun above covers it (or it is markup only). */
function paragraphLine(c: Collector, shared: Shared, line: Line, contentStart: number): StoryLine | undefined {
  const {nodes} = shared
  const contentEnd = Math.max(contentStart, Math.min(line.contentEnd, shared.end))
  if (shared.covered >= contentEnd || contentStart >= contentEnd) return undefined
  // A node that starts on this line and runs on takes the following lines with it.
  let lineEnd = contentEnd
  while (shared.next < nodes.length && startOf(nodes[shared.next]) < lineEnd) {
    const child = nodes[shared.next]
    if (child.type !== 'break' && endOf(child) > lineEnd) lineEnd = Math.max(lineEnd, Math.min(shared.end, lineAt(c.source, endOf(child)).contentEnd))
    shared.next++
  }
  shared.covered = lineEnd
  const format: MarkdownFormat = {nodes}
  if (shared.depth > 0) format.quote = shared.depth
  const storyLine: StoryLine = {index: line.index, start: line.start, end: line.end, contentStart, contentEnd, format}
  if (lineEnd > contentEnd) storyLine.phrasingEnd = lineEnd
  inlineFacts(c.value, storyLine, format, lineEnd)
  return storyLine
}

/** Where the first inline element starts, a bold span at the start, a lone emphasis. */
function inlineFacts(value: string, line: StoryLine, format: MarkdownFormat, lineEnd: number): void {
  const {nodes} = format
  const at = firstEndingAfter(nodes, line.contentStart)
  for (let index = at; index < nodes.length && startOf(nodes[index]) < lineEnd; index++) {
    if (startOf(nodes[index]) < line.contentStart) continue
    format.elementStart = startOf(nodes[index])
    break
  }
  const first = nodes[at]
  if (first?.type === 'emphasis' && startOf(first) === line.contentStart && endOf(first) === lineEnd) format.loneEmphasis = true
  // A bold span of plain text at the start, after a bullet (escaped or not); in a list item, after
  // its marker and the turn's own bullet (`- \- **Ich:**`: a comment's turn).
  let boldAt = afterBullet(value, line.contentStart, line.contentEnd)
  if (boldAt > line.contentStart) boldAt = afterBullet(value, boldAt, line.contentEnd)
  let bold: MdastPhrasing | undefined
  for (let index = firstEndingAfter(nodes, boldAt); index < nodes.length && !bold; index++) if (startOf(nodes[index]) >= boldAt) bold = nodes[index]
  if (bold?.type !== 'strong' || startOf(bold) !== boldAt || bold.children.length === 0) return
  if (bold.children.some((child) => child.type !== 'text')) return
  const inner = {start: startOf(bold.children[0]), end: endOf(bold.children[bold.children.length - 1])}
  const leadingBold: NonNullable<LineFormat['leadingBold']> = {start: startOf(bold), end: endOf(bold), inner, text: nodeText(bold), decoded: undefined, taken: false}
  // Escapes and references in it (`**PS \<leise>:**`, as toMarkdown writes): where each character stands.
  if (needsDecoding(value, inner.start, inner.end)) {
    const decoded = decode(value, inner.start, inner.end)
    if (decoded.value === leadingBold.text) leadingBold.decoded = decoded
  }
  format.leadingBold = leadingBold
}

/** Where the text after a bullet or symbol at `start` (and white space) starts, or `start`. */
function afterBullet(value: string, start: number, end: number): number {
  const bullet = bulletEnd(value, start, end, true) || symbolAt(value, start, end)
  return bullet > 0 ? trimStart(value, bullet, end) : start
}

/** The facts of a block's first line: its list marker, its heading. */
function firstLineFacts(c: Collector, line: StoryLine, node: Paragraph | Heading, bullet: number | undefined, nesting: number): void {
  const format = line.format!
  if (bullet !== undefined) format.listItem = {start: bullet, end: listMarkerEnd(c.value, bullet), nesting}
  // In a list item, from its marker: the line's text starts there (`1. # Titel`).
  if (node.type === 'heading') format.heading = {rank: node.depth, start: bullet ?? startOf(node), end: endOf(node)}
}

/** End of a list item's marker (`-`, `*`, `+`, `1.`, `1)`) starting at `start`. */
function listMarkerEnd(value: string, start: number): number {
  return digitsEnd(value, start, value.length, 9) + 1
}

/** `from`, moved past white space micromark keeps as text (a no-break space, a byte order mark). */
function trimWhitespace(value: string, from: number, to: number): number {
  while (from < to && isWhitespace(value.charCodeAt(from))) from++
  return from
}
