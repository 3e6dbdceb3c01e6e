// Project parse5's tree onto the story's text: block elements end lines, `<br>` is a line ending,
// text nodes give their decoded characters. Each projected code unit keeps the source span it
// came from (a character reference's whole span), so the core's positions map back to the HTML.
import {decodeNamedCharacterReference} from 'decode-named-character-reference'
import {attribute, type Element, endOf, endTagOf, isElement, isText, type Node, type ParentNode, readsCdata, startOf, startTagOf, type Text} from './dom.js'
import {cdataAt, ignoredEnd} from './ignored.js'
import {isUnknownElement} from './elements.js'

export interface Projection {
  /** The story as text. */
  text: string
  /** Per projected code unit: where its source starts and ends. */
  starts: Int32Array
  ends: Int32Array
  /** Elements and comments left out (`script`, `style`, `template`, comments, a repeated `<title>`), with their source span. */
  dropped: Dropped[]
  /** Start tags of elements HTML does not know (`<hektisch>`), read as the text they are written as. */
  unknown: Dropped[]
  /** Inline elements that mean something to the story, with their projected span. */
  marks: Mark[]
  /** Blocks that mean something to the story (list items, quotes, headings), with their projected span, in source order. */
  blocks: Block[]
}

/**
 * A list item (`li`), a quote (`blockquote`), a heading (`h1`–`h6`) or the document's title
 * (`title`): projected `[start, end)`.
 */
export interface Block {
  kind: 'item' | 'quote' | 'heading' | 'title'
  start: number
  end: number
  /** Item: how deep its list nests (1 for a list in no other list); quote: how deep it nests in quotes. */
  depth: number
  /** Item of an `ol`: its number. Heading: its rank. */
  number?: number
}

export interface Dropped {
  what: string
  start: number
  end: number
  /** Why, where it is not that markup is no text of the story. */
  reason?: string
}

export interface Mark {
  kind: 'strong' | 'emphasis' | 'link' | 'code'
  start: number
  end: number
  url?: string
  /** An emphasis that is its line's whole content (set by `addFacts`). */
  lone?: boolean
  /** A bold opening a line: the fact the line got (`addFacts`); the core marks it `taken` when the bold is a turn's cue. */
  bold?: {taken?: boolean}
}

export interface ProjectOptions {
  /** Line endings inside text are line breaks (WordPress stores bodies so), not white space. */
  lineBreaks?: boolean
}

/** Elements that end a paragraph: a blank line before and after. */
const paragraphs = new Set([
  'p', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'blockquote', 'pre', 'listing', 'xmp', 'plaintext', 'ul', 'ol', 'dl', 'table', 'hr',
  'figure', 'section', 'article', 'header', 'footer', 'main', 'aside', 'nav', 'title', 'body', 'html'
])
/** Elements a browser shows as it does a `<pre>`: a block, its white space kept. */
const preformatted = new Set(['pre', 'listing', 'xmp', 'plaintext'])
/** Elements that end a line. */
const lineBlocks = new Set(['div', 'li', 'dt', 'dd', 'tr', 'address', 'caption', 'figcaption', 'summary', 'option', 'details', 'form', 'fieldset', 'center'])
/** Elements whose content is no text of the story. */
export const droppedElements = new Set(['script', 'style', 'template'])
const svgNamespace = 'http://www.w3.org/2000/svg'
/** SVG elements a browser does not draw (a title shows as a tooltip at most). */
const unseenSvg = new Set(['title', 'desc', 'metadata'])
const markKinds: Record<string, Mark['kind']> = {b: 'strong', strong: 'strong', i: 'emphasis', em: 'emphasis', a: 'link', code: 'code'}
const headingRanks: Record<string, number> = {h1: 1, h2: 2, h3: 3, h4: 4, h5: 5, h6: 6}

/** Project `tree` (parsed from `source`); `title`: a document `<title>` left out (see repeated-title.ts). */
export function project(source: string, tree: ParentNode, options: ProjectOptions = {}, title?: Element): Projection {
  const projector = new Projector(source, options, title)
  // Iterative walk: nodes, and an exit marker after each element's children.
  const stack: Array<Node | Exit> = [tree]
  while (stack.length > 0) {
    const frame = stack.pop()!
    if (frame instanceof Exit) projector.exit(frame)
    else if (isElement(frame)) projector.element(frame, stack)
    else if (isText(frame)) projector.text(frame)
    else if (frame.nodeName === '#comment') projector.dropped.push({what: 'comment', start: startOf(frame), end: endOf(frame)})
    else if ('childNodes' in frame) pushChildren(stack, frame.childNodes)
    // Else a doctype: no text.
  }
  return projector.result()
}

/** Children onto the walk's stack, the first on top. */
function pushChildren(stack: Array<Node | Exit>, children: readonly Node[]): void {
  for (let index = children.length - 1; index >= 0; index--) stack.push(children[index])
}

/** The projection as it is written, node by node. */
class Projector {
  /** The projected text so far. */
  private chars = ''
  private readonly map: SourceMap
  readonly dropped: Dropped[] = []
  private readonly unknown: Dropped[] = []
  private readonly marks: Mark[] = []
  private readonly blocks: Block[] = []
  /** Line endings at the end of the output not yet written (written before the next text). */
  private pending = 0
  private pendingAt = 0
  /** Line endings written since the last text. */
  private trailing = 2
  /** Whether a `<br>` was the last thing written (a line ending after it is no second one). */
  private afterBreak = false
  /** Open `pre` elements. */
  private pre = 0
  /** Open lists, innermost last; open quotes. */
  private readonly lists: List[] = []
  private quotes = 0

  constructor(
    private readonly source: string,
    private readonly options: ProjectOptions,
    private readonly title: Element | undefined
  ) {
    this.map = new SourceMap(source.length + 64)
  }

  result(): Projection {
    const {map} = this
    return {
      text: this.chars,
      starts: map.starts.subarray(0, map.length),
      ends: map.ends.subarray(0, map.length),
      dropped: this.dropped,
      unknown: this.unknown,
      marks: this.marks,
      blocks: this.blocks
    }
  }

  /** One code unit that has no source of its own (a line ending), with the span it stands for. */
  private emit(chars: string, start: number, end: number): void {
    this.chars += chars
    this.map.push(start, end)
  }

  /** The line endings waiting, written. */
  private flush(): void {
    while (this.pending > this.trailing) {
      this.emit('\n', this.pendingAt, this.pendingAt)
      this.trailing++
    }
    this.pending = 0
  }

  private boundary(level: number, at: number): void {
    if (level > this.pending) this.pending = level
    this.pendingAt = at
  }

  text(node: Text): void {
    if (node.value.length === 0) return
    const {source} = this
    const start = startOf(node)
    const end = endOf(node)
    // Most text is its source as written: read it there (a slice of one flat string), each
    // code unit its own span; else the decoded value, mapped reference by reference.
    const verbatim = isVerbatim(source, start, end, node.value.length)
    this.write(verbatim ? source.slice(start, end) : node.value, start, end, verbatim ? undefined : textMode(node))
  }

  /** A tag of no element HTML knows (`<hektisch>`, `</hektisch>`): the text it is written as. */
  private tag(span: {start: number; end: number}): void {
    this.write(this.source.slice(span.start, span.end), span.start, span.end, undefined)
  }

  /** `value`, from `[start, end)` of the source: as written there (no `mode`), or decoded from it. */
  private write(value: string, start: number, end: number, mode: TextMode | undefined): void {
    const {source, map} = this
    const facts = textFacts(value)
    const blank = (facts & blankText) !== 0
    // White space between blocks waits: the pending line endings come before the next text.
    if (!blank) this.flush()
    if (mode === undefined) map.identity(start, end)
    else mapText(source, value, start, end, map, mode)
    let chars = value
    if ((facts & newlineText) !== 0) {
      if (this.pre > 0) this.trailing = countTrailing(chars, this.trailing)
      else if (this.options.lineBreaks) {
        const kept = keepLineBreaks(value, this.trailing, this.afterBreak)
        chars = kept.chars
        this.trailing = kept.trailing
      } else chars = spaced(value)
    }
    if (!blank) {
      this.afterBreak = false
      if (!chars.endsWith('\n')) this.trailing = 0
    }
    this.chars += chars
  }

  element(node: Element, stack: Array<Node | Exit>): void {
    const name = node.tagName
    const start = startOf(node)
    if (droppedElements.has(name)) {
      this.dropped.push({what: '<' + name + '>', start, end: endOf(node)})
      return
    }
    if (node.namespaceURI === svgNamespace && unseenSvg.has(name)) {
      this.dropped.push({what: '<' + name + '> in an <svg>', start, end: endOf(node), reason: 'a browser does not show it'})
      return
    }
    if (node === this.title) {
      this.dropped.push({what: '<title>', start, end: endOf(node), reason: 'it repeats the heading that opens the story, its title'})
      return
    }
    if (isUnknownElement(node)) {
      const tag = startTagOf(node)
      if (tag) {
        this.tag(tag)
        this.unknown.push({what: this.source.slice(tag.start, tag.end), start: tag.start, end: tag.end})
      }
      const exit = new Exit(node, true, 0)
      exit.unknown = true
      stack.push(exit)
      pushChildren(stack, node.childNodes)
      return
    }
    if (name === 'br') {
      this.flush()
      this.emit('\n', start, endOf(node))
      this.trailing++
      this.afterBreak = true
      return
    }
    // A list in a list item goes on from its item's line, as a nested list does in Markdown.
    const nested = (name === 'ul' || name === 'ol') && this.lists.length > 0
    const level = nested ? 1 : paragraphs.has(name) ? 2 : lineBlocks.has(name) ? 1 : 0
    if (level) this.boundary(level, start)
    if (preformatted.has(name)) this.pre++
    let mark: Mark | true = true
    const kind = markKinds[name]
    if (kind) {
      this.flush()
      const at = this.map.length
      mark = {kind, start: at, end: at}
      const href = kind === 'link' ? attribute(node, 'href') : undefined
      if (href !== undefined) mark.url = href
    }
    const exit = new Exit(node, mark, level)
    if (name === 'ul' || name === 'ol') this.lists.push((exit.list = listOf(node)))
    else {
      const block = blockOf(node, this.lists, this.quotes, this.map.length)
      if (block) {
        this.blocks.push((exit.block = block))
        if (block.kind === 'quote') this.quotes++
      }
    }
    stack.push(exit)
    pushChildren(stack, node.childNodes)
  }

  /** After an element's children: its mark, the boundary after it, the block or list it closes. */
  exit(frame: Exit): void {
    const element = frame.node
    if (frame.unknown) {
      const tag = endTagOf(element)
      if (tag) this.tag(tag)
      return
    }
    const length = this.map.length
    if (preformatted.has(element.tagName)) this.pre--
    if (frame.mark !== true) {
      frame.mark.end = length
      if (frame.mark.end > frame.mark.start) this.marks.push(frame.mark)
    }
    if (frame.level) this.boundary(frame.level, endOf(element))
    if (frame.block) {
      frame.block.end = length
      if (frame.block.kind === 'quote') this.quotes--
    }
    if (frame.list) this.lists.pop()
  }
}

/** Source spans per projected code unit, in typed arrays (a million numbers the collector need not scan). */
class SourceMap {
  starts: Int32Array
  ends: Int32Array
  length = 0
  constructor(capacity: number) {
    this.starts = new Int32Array(capacity)
    this.ends = new Int32Array(capacity)
  }

  push(start: number, end: number): void {
    if (this.length === this.starts.length) this.grow()
    this.starts[this.length] = start
    this.ends[this.length++] = end
  }

  /** Each code unit of `[start, end)` of the source stands for itself. */
  identity(start: number, end: number): void {
    this.reserve(end - start)
    const {starts, ends} = this
    let length = this.length
    for (let at = start; at < end; at++) {
      starts[length] = at
      ends[length++] = at + 1
    }
    this.length = length
  }

  /** Room for `count` more. */
  reserve(count: number): void {
    while (this.length + count > this.starts.length) this.grow()
  }

  private grow(): void {
    const starts = new Int32Array(this.starts.length * 2 + 64)
    const ends = new Int32Array(starts.length)
    starts.set(this.starts)
    ends.set(this.ends)
    this.starts = starts
    this.ends = ends
  }
}

/** Where an element's children end: its mark, the boundary after it, the block or list it closes. */
class Exit {
  block?: Block
  list?: List
  /** An element HTML does not know: its end tag, where written, is text. */
  unknown?: true
  constructor(
    readonly node: Element,
    readonly mark: Mark | true,
    readonly level: number
  ) {}
}

/** An open list: whether it numbers its items, and the next number. */
interface List {
  ordered: boolean
  next: number
}

function listOf(node: Element): List {
  // `start` as hast-util-from-html reads it: JavaScript's `Number` of the value.
  const start = attribute(node, 'start')
  const number = start ? Number(start) : Number.NaN
  return {ordered: node.tagName === 'ol', next: Number.isSafeInteger(number) ? number : 1}
}

/** An item's `value`: an integer, written as one. */
function integer(value: string | undefined): number | undefined {
  const number = value !== undefined && /^\s*[+-]?\d{1,15}\s*$/.test(value) ? Number.parseInt(value, 10) : Number.NaN
  return Number.isSafeInteger(number) ? number : undefined
}

/** The block `node` opens at projected offset `at`, if it is one the story reads. */
function blockOf(node: Element, lists: List[], quotes: number, at: number): Block | undefined {
  const name = node.tagName
  if (name === 'blockquote') return {kind: 'quote', start: at, end: at, depth: quotes + 1}
  if (name === 'title') return {kind: 'title', start: at, end: at, depth: 0}
  const rank = headingRanks[name]
  if (rank) return {kind: 'heading', start: at, end: at, depth: 0, number: rank}
  if (name !== 'li') return undefined
  const list = lists[lists.length - 1]
  const block: Block = {kind: 'item', start: at, end: at, depth: Math.max(1, lists.length)}
  if (list?.ordered) {
    const number = integer(attribute(node, 'value')) ?? list.next
    block.number = number
    list.next = number + 1
  }
  return block
}

/**
 * Whether a text node of `length` code units is `[start, end)` of the source as written: as long,
 * with no character reference, carriage return or NUL there (parse5 changes those).
 */
function isVerbatim(source: string, start: number, end: number, length: number): boolean {
  if (end - start !== length) return false
  for (let index = start; index < end; index++) {
    const code = source.charCodeAt(index)
    if (code === 38 || code === 13 || code === 0) return false
  }
  return true
}

/** What `textFacts` finds in a text: it is white space only, it has a line ending. */
const blankText = 1
const newlineText = 2

/** One scan of a text for `blankText` and `newlineText`. */
function textFacts(value: string): number {
  let facts = blankText
  for (let index = 0; index < value.length; index++) {
    const code = value.charCodeAt(index)
    if (code === 10) facts |= newlineText
    else if (code !== 32 && code !== 9 && code !== 12 && code !== 13) facts &= ~blankText
  }
  return facts
}

/** Line endings as spaces (same length, so offsets stay): most text after a `<br>` has one, first. */
function spaced(value: string): string {
  const next = value.indexOf('\n', 1)
  if (value.charCodeAt(0) === 10 && next < 0) return ' ' + value.slice(1)
  return value.replaceAll('\n', ' ')
}

/**
 * Line endings in a body stored as written (WordPress): each one a line break, as wpautop shows
 * them, except one right after a `<br>` and any past a blank line; those become spaces (same
 * length, so offsets stay).
 */
function keepLineBreaks(value: string, trailing: number, afterBreak: boolean): {chars: string; trailing: number} {
  let chars = ''
  let from = 0
  for (let index = 0; index < value.length; index++) {
    const code = value.charCodeAt(index)
    if (code === 10) {
      if (afterBreak || trailing >= 2) {
        chars += value.slice(from, index) + ' '
        from = index + 1
      } else trailing++
      afterBreak = false
    } else if (code !== 32 && code !== 9 && code !== 13) {
      trailing = 0
      afterBreak = false
    }
  }
  return {chars: chars + value.slice(from), trailing}
}

function countTrailing(chars: string, before: number): number {
  let count = 0
  let index = chars.length - 1
  while (index >= 0 && chars.charCodeAt(index) === 10) {
    count++
    index--
  }
  return index < 0 ? before + count : count
}

/** Elements whose text parse5 reads raw: no tag inside (RCDATA and RAWTEXT), no reference either (RAWTEXT). */
const rcdata = new Set(['title', 'textarea'])
const rawtext = new Set(['xmp', 'iframe', 'noembed', 'noframes', 'plaintext'])

/**
 * How a text's source reads: as data (tags, comments and references; in SVG and MathML, CDATA
 * sections too: `foreign`), RCDATA (references, no tags) or RAWTEXT (neither).
 */
type TextMode = 'data' | 'foreign' | 'rcdata' | 'rawtext'

function textMode(node: Text): TextMode {
  const parent = node.parentNode
  if (!parent || !isElement(parent)) return 'data'
  const name = parent.tagName
  return rcdata.has(name) ? 'rcdata' : rawtext.has(name) ? 'rawtext' : readsCdata(parent) ? 'foreign' : 'data'
}

/**
 * The source span of each code unit of a text node's decoded value: a character reference's
 * code units all get the reference's span, a `\r\n` the span of both. A text node spans all its
 * characters, and parse5 joins characters around what it ignores in a body (a stray end tag, a
 * second `<html>` or `<body>` tag, a `<!doctype>`, a NUL) or puts elsewhere (a comment beside text
 * fostered out of a table), and, in SVG and MathML, a CDATA section's text with the text around it
 * (ignored.ts): those are stepped over, so that every code unit keeps its own place.
 */
function mapText(source: string, value: string, start: number, end: number, map: SourceMap, mode: TextMode): void {
  map.reserve(value.length + 1)
  const {starts, ends} = map
  let length = map.length
  let at = start
  let index = 0
  const data = mode === 'data' || mode === 'foreign'
  // The CDATA section the text is in: no tag or reference inside; its `]]>` is no text.
  let section: ReturnType<typeof cdataAt>
  while (index < value.length) {
    if (section && at >= section.end) {
      at = section.end + section.closeLength
      section = undefined
      continue
    }
    if (at >= end) {
      // Out of step with the source: the rest keeps the node's end.
      starts[length] = end
      ends[length++] = end
      index++
      continue
    }
    const code = source.charCodeAt(at)
    if (data && !section && code === 60) {
      section = mode === 'foreign' ? cdataAt(source, at, end) : undefined
      const after = section ? section.start : ignoredEnd(source, at, end)
      if (after >= 0) {
        at = after
        continue
      }
    }
    if (data && code === 0 && value.charCodeAt(index) !== 0xfffd) {
      at++
      continue
    }
    let size = 1
    let units = 1
    if (code === 38 /* & */ && mode !== 'rawtext' && !section) {
      const reference = referenceAt(source, at, end, value, index)
      if (reference) {
        size = reference.length
        units = reference.units
      }
    } else if (code === 13 && value.charCodeAt(index) === 10 && source.charCodeAt(at + 1) === 10) size = 2
    for (let unit = 0; unit < units; unit++) {
      starts[length] = at
      ends[length++] = at + size
    }
    index += units
    at += size
  }
  map.length = length
}

const referenceRe = /^&(?:#[xX]([0-9a-fA-F]{1,8})|#([0-9]{1,9})|([A-Za-z][A-Za-z0-9]{0,31}))(;?)/

/** The character reference at `at` that decodes to the value at `index`: its source length and decoded code units. */
function referenceAt(source: string, at: number, end: number, value: string, index: number): {length: number; units: number} | undefined {
  const match = referenceRe.exec(source.slice(at, Math.min(end, at + 40)))
  if (!match) return undefined
  const [whole, hex, decimal, name, semicolon] = match
  if (hex !== undefined || decimal !== undefined) {
    const code = hex === undefined ? Number(decimal) : Number.parseInt(hex, 16)
    const units = code > 0xffff && code <= 0x10ffff && value.charCodeAt(index) >= 0xd800 && value.charCodeAt(index) <= 0xdbff ? 2 : 1
    return {length: whole.length, units}
  }
  if (semicolon) {
    const decoded = decodeNamedCharacterReference(name)
    if (decoded && value.startsWith(decoded, index)) return {length: whole.length, units: decoded.length}
  }
  // A legacy reference without `;` (`&amp`, `&nbsp`): the longest name that decodes to what follows.
  for (let size = name.length; size > 1; size--) {
    const decoded = decodeNamedCharacterReference(name.slice(0, size))
    if (decoded && value.startsWith(decoded, index)) return {length: size + 1, units: decoded.length}
  }
  return undefined
}
