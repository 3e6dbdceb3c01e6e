// The phrasing of plain characters: placeholders, elisions and, in speech, directions. The text
// reader reads every line with it; the Markdown reader the text between mdast's inline nodes.
// One pass with an explicit stack: no recursion, no backtracking. It steps from one markup
// character to the next (`$ ( ) * < > [ ]`), found for the whole text at the first span
// (`markupOf`): a loop over every character of a megabyte took about 3.6 ms, the eight `indexOf`
// scans 0.3 ms; a megabyte of stories holds a few thousand of them. Every array
// it returns, nested ones too, is of exactly its length (`slice` where one grew by `push`, which
// leaves room for 17): the text reader's blocks need no walk to fit them (src/parse/core/blocks.ts).
import type {Direction, PhrasingContent, Placeholder, Speaker, Turn} from '../../../types.js'
import {apostropheEnd, closerOf, elisionEnd, isUpperLetter, isWordChar, placeholderEnd, placeholderName} from '../../grammar.js'
import {type Context, placeholderPlace, shared, span, warn} from '../../context.js'
import {isHonorific} from '../people.js'
import type {Line} from '../../lines.js'
import {closingFrame, type Frame, openerAt} from './direction.js'
import {nextOffset, type Offsets, offsetsOf} from '../../offsets.js'


export interface InlineOptions {
  /** Whether `<…>`, `(…)`, `*…*` and `[…]` are directions (in speech) or plain text. */
  directions: boolean
  /** Directions already open around this segment (a direction before the colon is one). */
  depth?: number | undefined
}

/** Directions nest at most this deep; deeper openers stay text, so the tree's depth is bounded. */
export const maxDirectionDepth = 4

/** The characters that can start or end a node here. */
const markupCharacters = '$()*<>[]'

/** Where the markup characters of `context`'s text stand, found once per parse. */
function markupOf(context: Context): Offsets {
  return (context.markup ??= offsetsOf(context.value, markupCharacters))
}

interface Scan {
  context: Context
  value: string
  line: Line
  from: number
  /** The nodes of the span (after the lead, if any). */
  root: Array<PhrasingContent | Speaker>
  stack: Frame<PhrasingContent>[]
  children: Array<PhrasingContent | Speaker>
  textStart: number
  /** Where the last placeholder ended (`$A$B`). */
  placeholderEnd: number
  maxDepth: number
  /** Closers of openers left as text because directions nest too deep here, innermost last. */
  blocked: number[]
  /** Whether an unclosed direction was given up on. */
  unwound: boolean
}

/**
 * Parse `value.slice(from, to)`, which lies on `line`, into phrasing nodes; with `lead` (a turn's
 * speaker), the array starts with it (see `PhrasingReader`).
 */
export function parseInline(context: Context, line: Line, from: number, to: number, options: InlineOptions): PhrasingContent[]
export function parseInline(context: Context, line: Line, from: number, to: number, options: InlineOptions, lead: Speaker): Turn['children']
export function parseInline(context: Context, line: Line, from: number, to: number, options: InlineOptions, lead?: Speaker): Array<PhrasingContent | Speaker> {
  const value = context.value
  const markup = markupOf(context)
  let index = nextOffset(markup, from)
  // Most segments hold no markup character: one text node, nothing else to set up.
  if (index < 0 || index >= to) {
    if (lead) return to > from ? [lead, textNode(context, line, from, to)] : [lead]
    return to > from ? [textNode(context, line, from, to)] : []
  }
  const scan = takeScan(context, line, from, maxDirectionDepth - (options.depth ?? 0))
  const {root} = scan
  if (lead) root.push(lead)
  while (index >= 0 && index < to) {
    const code = value.charCodeAt(index)
    let next = index + 1
    if (code === 36) next = placeholder(scan, index, to)
    else if ((code === 91 || code === 40) && elisionEnd(value, index, to) > 0) next = elision(scan, index, elisionEnd(value, index, to))
    else if (options.directions) next = direction(scan, index, to)
    index = nextOffset(markup, next)
  }
  flush(scan, to)
  // Only an unclosed direction leaves two texts side by side: without one there is nothing to join.
  const merge = scan.stack.length > 0 || scan.unwound
  while (scan.stack.length > 0) unwind(scan)
  const nodes = merge ? mergeTexts(root, value, line) : root.slice()
  giveBack(scan)
  return nodes
}

/**
 * The scan state of a span with markup, made once and reused: each span would otherwise leave the
 * record and three arrays behind. Taken while in use, so a span read inside another (none is)
 * would get one of its own; given back emptied, so it holds no node of a parse after it.
 */
let spare: Scan | undefined

function takeScan(context: Context, line: Line, from: number, maxDepth: number): Scan {
  const scan = spare ?? {context, value: '', line, from, root: [], stack: [], children: [], textStart: 0, placeholderEnd: -1, maxDepth, blocked: [], unwound: false}
  spare = undefined
  scan.context = context
  scan.value = context.value
  scan.line = line
  scan.from = from
  scan.children = scan.root
  scan.textStart = from
  scan.placeholderEnd = -1
  scan.maxDepth = maxDepth
  scan.unwound = false
  return scan
}

function giveBack(scan: Scan): void {
  emptied(scan.root)
  emptied(scan.stack)
  emptied(scan.blocked)
  scan.children = scan.root
  scan.context = undefined as unknown as Context
  scan.value = ''
  scan.line = undefined as unknown as Line
  spare = scan
}

/** Most spans have a few nodes. */
const keptRoom = 256

/**
 * Empty `list`, keeping its room (`pop` does; setting `length` to 0 drops it) unless it grew
 * past `keptRoom`: one long line must not hold memory for the rest of the process.
 */
function emptied(list: unknown[]): void {
  if (list.length > keptRoom) list.length = 0
  while (list.length > 0) list.pop()
}

/** A text node of `from`…`to`, with its position when the parse keeps them. */
function textNode(context: Context, line: Line, from: number, to: number): PhrasingContent {
  const value = shared(context, context.value.slice(from, to))
  return context.positions ? {type: 'text', value, position: span(line, from, to)} : {type: 'text', value}
}

function flush(scan: Scan, end: number): void {
  if (end > scan.textStart) {
    scan.children.push(textNode(scan.context, scan.line, scan.textStart, end))
  }
}

/** A placeholder at `index`, or the `$` as text; the offset to go on from. */
function placeholder(scan: Scan, index: number, to: number): number {
  const nameEnd = placeholderEnd(scan.value, index, scan.from, to, scan.placeholderEnd)
  if (nameEnd === 0) return index + 1
  flush(scan, index)
  const end = apostropheEnd(scan.value, index, nameEnd, scan.from, to)
  const raw = shared(scan.context, scan.value.slice(index, end))
  // One object literal per shape, so nodes with positions keep the shape they had without the option.
  const name = shared(scan.context, placeholderName(end > nameEnd ? raw.slice(0, -1) : raw))
  const node: Placeholder = scan.context.positions
    ? {type: 'placeholder', value: raw, name, position: span(scan.line, index, end)}
    : {type: 'placeholder', value: raw, name}
  // A genitive apostrophe (`$Hans'`) is rare: its field added, as the genitives pass adds `s`.
  if (end > nameEnd) node.suffix = raw.slice(-1)
  if (!scan.context.positions) scan.context.placeholderSpans.push(index, end)
  scan.children.push(node)
  scan.context.placeholders.push(node)
  if (isHonorific(name)) titleBeforeName(scan, node, end, to)
  scan.placeholderEnd = end
  scan.textStart = end
  return end
}

/**
 * Warn of a title made a placeholder before a name written out (`$Herr Berger`): only the title
 * is replaced, and the name stays. Meant was `$Herr_Berger`, or `Herr $Berger`.
 */
function titleBeforeName(scan: Scan, node: Placeholder, end: number, to: number): void {
  const {value} = scan
  if (end + 1 >= to || value.charCodeAt(end) !== 32 || !isUpperLetter(value.charCodeAt(end + 1))) return
  let wordEnd = end + 1
  while (wordEnd < to && isWordChar(value.charCodeAt(wordEnd))) wordEnd++
  const word = value.slice(end + 1, wordEnd)
  const reason =
    'Placeholder `' + node.value + '` is a title: `' + word + '` after it is written out and stays; write `' +
    node.value + '_' + word + '` for the whole name, or `' + node.name + ' $' + word + '`'
  warn(scan.context, reason, 'placeholder-title', placeholderPlace(scan.context, node))
}

function elision(scan: Scan, index: number, end: number): number {
  flush(scan, index)
  const value = shared(scan.context, scan.value.slice(index, end))
  scan.children.push(scan.context.positions ? {type: 'elision', value, position: span(scan.line, index, end)} : {type: 'elision', value})
  scan.textStart = end
  return end
}

/** A direction's opener or closer at `index`, or text; the offset to go on from. */
function direction(scan: Scan, index: number, to: number): number {
  const {value, stack, blocked} = scan
  const closes = closingFrame(stack, value, index, scan.from)
  // The closer of an opener refused for depth stays text, like its opener.
  if (closes >= 0 && blocked.length > 0 && value.charCodeAt(index) === blocked[blocked.length - 1]) {
    blocked.pop()
    return index + 1
  }
  if (closes >= 0) {
    close(scan, closes, index)
    return index + 1
  }
  const marker = openerAt(value, index, scan.from, to, stack.length > 0 ? stack[stack.length - 1] : undefined)
  if (marker && stack.length >= scan.maxDepth) blocked.push(closerOf[marker])
  else if (marker) {
    flush(scan, index)
    const frame: Frame<PhrasingContent> = {marker, start: index, children: []}
    stack.push(frame)
    scan.children = frame.children
    scan.textStart = index + 1
  }
  return index + 1
}

/** Close the direction at `depth` of the stack (the inner ones were never closed: unwound). */
function close(scan: Scan, depth: number, index: number): void {
  const {stack} = scan
  flush(scan, index)
  while (stack.length - 1 > depth) {
    unwind(scan)
    scan.unwound = true
  }
  const frame = stack.pop()!
  const parent = stack.length > 0 ? stack[stack.length - 1].children : scan.root
  const {marker} = frame
  const children = frame.children.slice()
  const node: Direction = scan.context.positions
    ? {type: 'direction', marker, children, position: span(scan.line, frame.start, index + 1)}
    : {type: 'direction', marker, children}
  parent.push(node)
  scan.children = parent
  scan.blocked.length = 0
  scan.textStart = index + 1
}

/** Give up on the innermost open direction: its opener becomes text, its children move up. */
function unwind(scan: Scan): void {
  const {stack, value, line} = scan
  const frame = stack.pop()!
  const target = stack.length > 0 ? stack[stack.length - 1].children : scan.root
  warn(
    scan.context,
    'Unclosed direction: `' + value.charAt(frame.start) + '` has no closing `' + String.fromCharCode(closerOf[frame.marker]) + '` on its line',
    'unclosed-direction',
    span(line, frame.start, frame.start + 1)
  )
  target.push(textNode(scan.context, line, frame.start, frame.start + 1))
  for (const child of frame.children) target.push(child)
  scan.children = target
}

/** Join neighbouring text nodes (left over from unclosed directions) into one. */
function mergeTexts<Node extends PhrasingContent | Speaker>(nodes: Node[], value: string, line: Line): Node[] {
  let previous: Node | undefined
  const result: Node[] = []
  for (const node of nodes) {
    // Without positions, neighbouring texts are neighbours in the source too: only the opener of
    // an unclosed direction, turned back into text, comes between two flushed texts.
    if (node.type === 'text' && previous?.type === 'text' && !previous.position) {
      previous.value += node.value
      continue
    }
    if (node.type === 'text' && previous?.type === 'text' && previous.position!.end.offset === node.position!.start.offset) {
      const start = previous.position!.start.offset!
      const end = node.position!.end.offset!
      previous.value = value.slice(start, end)
      previous.position = span(line, start, end)
      continue
    }
    if (node.type === 'direction') node.children = mergeTexts(node.children, value, line)
    result.push(node)
    previous = node
  }
  return result.slice()
}
