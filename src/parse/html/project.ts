// Project a hast tree onto the story's text: block elements end lines, `<br>` is a line ending,
// text nodes give their decoded characters. Each projected code unit keeps the source span it
// came from (a character reference's whole span), so the core's positions map back to the HTML.
import type {Element, Nodes, Root} from 'hast'
import {decodeNamedCharacterReference} from 'decode-named-character-reference'

export interface Projection {
  /** The story as text. */
  text: string
  /** Per projected code unit: where its source starts and ends. */
  starts: Int32Array
  ends: Int32Array
  /** Elements and comments left out (`script`, `style`, `template`, comments, a repeated `<title>`), with their source span. */
  dropped: Dropped[]
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
  'p', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'blockquote', 'pre', 'ul', 'ol', 'dl', 'table', 'hr',
  'figure', 'section', 'article', 'header', 'footer', 'main', 'aside', 'nav', 'title', 'body', 'html'
])
/** Elements that end a line. */
const lineBlocks = new Set(['div', 'li', 'dt', 'dd', 'tr', 'address', 'caption', 'figcaption', 'summary', 'option', 'details', 'form', 'fieldset', 'center'])
/** Elements whose content is no text of the story. */
export const droppedElements = new Set(['script', 'style', 'template'])
const markKinds: Record<string, Mark['kind']> = {b: 'strong', strong: 'strong', i: 'emphasis', em: 'emphasis', a: 'link', code: 'code'}
const headingRanks: Record<string, number> = {h1: 1, h2: 2, h3: 3, h4: 4, h5: 5, h6: 6}

/** Project `tree` (parsed from `source`); `title`: a document `<title>` left out (see repeated-title.ts). */
export function project(source: string, tree: Root, options: ProjectOptions = {}, title?: Element): Projection {
  const result: Projection = {text: '', starts: new Int32Array(0), ends: new Int32Array(0), dropped: [], marks: [], blocks: []}
  const parts: string[] = []
  const map = new SourceMap(source.length + 64)
  let length = 0
  /** Line endings at the end of the output not yet written (written before the next text). */
  let pending = 0
  let pendingAt = 0
  /** Line endings written since the last text. */
  let trailing = 2
  /** Whether a `<br>` was the last thing written (a line ending after it is no second one). */
  let afterBreak = false

  /** One code unit that has no source of its own (a line ending), with the span it stands for. */
  const emit = (chars: string, start: number, end: number) => {
    parts.push(chars)
    map.push(start, end)
    length++
  }
  const flush = () => {
    while (pending > trailing) {
      emit('\n', pendingAt, pendingAt)
      trailing++
    }
    pending = 0
  }
  const boundary = (level: number, at: number) => {
    if (level > pending) pending = level
    pendingAt = at
  }

  // Iterative walk: nodes, and an exit marker after each element's children.
  const stack: Array<Nodes | Exit> = [tree]
  let pre = 0
  /** Open lists, innermost last; open quotes. */
  const lists: List[] = []
  let quotes = 0
  while (stack.length > 0) {
    const frame = stack.pop()!
    const node = frame instanceof Exit ? frame.node : frame
    const start = node.position?.start.offset ?? 0
    const end = node.position?.end.offset ?? start
    if (frame instanceof Exit) {
      const element = node as Element
      if (element.tagName === 'pre') pre--
      if (frame.mark !== true) {
        frame.mark.end = length
        if (frame.mark.end > frame.mark.start) result.marks.push(frame.mark)
      }
      if (frame.level) boundary(frame.level, end)
      if (frame.block) {
        frame.block.end = length
        if (frame.block.kind === 'quote') quotes--
      }
      if (frame.list) lists.pop()
      continue
    }
    switch (node.type) {
      case 'comment':
        result.dropped.push({what: 'comment', start, end})
        continue
      case 'doctype':
        continue
      case 'text': {
        if (node.value.length === 0) continue
        // Most text is its source as written: read it there (a slice of one flat string), each
        // code unit its own span; else the decoded value, mapped reference by reference.
        const verbatim = isVerbatim(source, start, end, node.value.length)
        const value = verbatim ? source.slice(start, end) : node.value
        const blank = isBlank(value)
        // White space between blocks waits: the pending line endings come before the next text.
        if (!blank) flush()
        if (verbatim) map.identity(start, end)
        else mapText(source, value, start, end, map)
        let chars = value
        if (value.includes('\n')) {
          if (pre > 0) trailing = countTrailing(chars, trailing)
          else if (options.lineBreaks) {
            const kept = keepLineBreaks(value, trailing, afterBreak)
            chars = kept.chars
            trailing = kept.trailing
          } else chars = value.replace(/\n/g, ' ')
        }
        if (!blank) {
          afterBreak = false
          if (!chars.endsWith('\n')) trailing = 0
        }
        parts.push(chars)
        length += chars.length
        continue
      }
      case 'element': {
        const name = node.tagName
        if (droppedElements.has(name)) {
          result.dropped.push({what: '<' + name + '>', start, end})
          continue
        }
        if (node === title) {
          result.dropped.push({what: '<title>', start, end, reason: 'it repeats the heading that opens the story, its title'})
          continue
        }
        if (name === 'br') {
          flush()
          emit('\n', start, end)
          trailing++
          afterBreak = true
          continue
        }
        // A list in a list item goes on from its item's line, as a nested list does in Markdown.
        const nested = (name === 'ul' || name === 'ol') && lists.length > 0
        const level = nested ? 1 : paragraphs.has(name) ? 2 : lineBlocks.has(name) ? 1 : 0
        if (level) boundary(level, start)
        if (name === 'pre') pre++
        let mark: Mark | true = true
        const kind = markKinds[name]
        if (kind) {
          flush()
          mark = {kind, start: length, end: length}
          if (kind === 'link' && typeof node.properties?.href === 'string') mark.url = node.properties.href
        }
        const exit = new Exit(node, mark, level)
        if (name === 'ul' || name === 'ol') lists.push((exit.list = listOf(node)))
        else {
          const block = blockOf(node, lists, quotes, length)
          if (block) {
            result.blocks.push((exit.block = block))
            if (block.kind === 'quote') quotes++
          }
        }
        stack.push(exit)
        const content = name === 'template' ? [] : node.children
        for (let index = content.length - 1; index >= 0; index--) stack.push(content[index])
        continue
      }
      case 'root':
        for (let index = node.children.length - 1; index >= 0; index--) stack.push(node.children[index])
        continue
      default:
        continue
    }
  }
  result.text = parts.join('')
  result.starts = map.starts.subarray(0, map.length)
  result.ends = map.ends.subarray(0, map.length)
  return result
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
  return {ordered: node.tagName === 'ol', next: integer(node.properties?.start) ?? 1}
}

/** An attribute's integer (hast gives `start` as a number, `value` as a string). */
function integer(value: unknown): number | undefined {
  const number = typeof value === 'number' ? value : typeof value === 'string' && /^\s*[+-]?\d{1,15}\s*$/.test(value) ? Number.parseInt(value, 10) : Number.NaN
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
    const number = integer(node.properties?.value) ?? list.next
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

function isBlank(value: string): boolean {
  for (let index = 0; index < value.length; index++) {
    const code = value.charCodeAt(index)
    if (code !== 32 && code !== 9 && code !== 10 && code !== 12 && code !== 13) return false
  }
  return true
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

/**
 * The source span of each code unit of a text node's decoded value: a character reference's
 * code units all get the reference's span, a `\r\n` the span of both.
 */
function mapText(source: string, value: string, start: number, end: number, map: SourceMap): void {
  map.reserve(value.length + 1)
  const {starts, ends} = map
  let length = map.length
  let at = start
  let index = 0
  while (index < value.length) {
    const code = source.charCodeAt(at)
    if (at >= end) {
      // Out of step with the source: the rest keeps the node's end.
      starts[length] = end
      ends[length++] = end
      index++
      continue
    }
    let size = 1
    let units = 1
    if (code === 38 /* & */) {
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
