// The HTML reader: parse5's tree (with positions, see dom.ts), projected onto the story's text
// (block elements give lines, text its decoded characters); the story's lines are those of the
// projection, with what the HTML says about them (`<b>Chef:</b>` opening a line is a bold cue);
// the core reads them like any reader's; then inline markup (links, code, emphasis) is laid over
// the tree and every position mapped back into the HTML source.
import type {Point, Position} from 'unist'
import type {Nodes, Root} from '../../types.js'
import {type Context, createContext, warn} from '../context.js'
import {runCore} from '../core/index.js'
import type {ParseOptions} from '../index.js'
import {lineIndexAt, lineStarts} from '../line-starts.js'
import {readText} from '../text/index.js'
import {parseDom} from './dom.js'
import {addFacts} from './facts.js'
import {applyMarks} from './marks.js'
import {type Block, project, type ProjectOptions} from './project.js'
import {repeatedTitle} from './repeated-title.js'

export interface HtmlOptions extends ProjectOptions {}

/** The deepest element nesting read as HTML: deeper is no post body; it is read as text. */
export const maxHtmlDepth = 512

export function parseHtml(context: Context, options: ParseOptions, html: HtmlOptions = {}): Root {
  const source = context.value
  const depth = nestingAt(source)
  if (depth >= 0) {
    const tree = runCore(context, readText(context), {lang: options.lang, cast: options.cast})
    const place = {start: {line: 1, column: 1, offset: 0}, end: tree.position!.end}
    warn(context, 'HTML elements nest deeper than ' + maxHtmlDepth + ' levels (at offset ' + depth + '): read as plain text', 'html-depth', place)
    return tree
  }
  const projection = projectHtml(source, html)
  const inner = createContext(projection.text)
  // Its working arrays go back with the outer parse's, when `parse` ends.
  inner.scratch = context.scratch
  const reading = readText(inner, true)
  addFacts(reading.lines, projection.text, projection.marks, projection.blocks)
  const tree = runCore(inner, reading, {lang: options.lang, cast: options.cast})
  applyMarks(tree, projection.marks, projection.text)
  datelineFirst(tree, projection.blocks)

  const map = new Remap(source, projection.starts, projection.ends)
  // The diagnostics first: a place may be a node's position, which the tree's mapping changes.
  for (const diagnostic of inner.diagnostics) {
    context.diagnostics.push({...diagnostic, place: map.position(diagnostic.place)})
  }
  // Without positions the parse leaves them all out afterwards: nothing to map.
  if (options.positions !== false) map.tree(tree)
  for (const tag of projection.unknown) {
    const written = tag.what.replace(/\s+/g, ' ')
    const what = written.length > 40 ? written.slice(0, 39) + '…' : written
    const reason = 'HTML `' + what + '` is no element HTML knows: read as text, as written (a browser shows nothing for it)'
    warn(context, reason, 'html-unknown-element', map.source(tag.start, tag.end))
  }
  for (const dropped of projection.dropped) {
    const reason = dropped.reason ?? 'markup, not text of the story'
    warn(context, 'HTML ' + dropped.what + ' dropped: ' + reason, 'html-dropped', map.source(dropped.start, dropped.end), 'info')
  }
  context.lines = []
  tree.data = {...tree.data, format: 'html'}
  return tree
}

/** The HTML parsed and projected; parse5's tree is garbage once projected (not held while the core runs). */
function projectHtml(source: string, html: HtmlOptions) {
  const dom = parseDom(source, !isDocument(source))
  return project(source, dom, html, repeatedTitle(dom))
}

/** Elements that never nest: void ones, and those whose end tag may be left out (`<p>a<p>b` are siblings). */
const flatElements = [
  'area', 'base', 'br', 'col', 'embed', 'hr', 'img', 'input', 'link', 'meta', 'param', 'source', 'track', 'wbr',
  'p', 'li', 'dt', 'dd', 'tr', 'td', 'th', 'option', 'optgroup', 'rt', 'rp', 'thead', 'tbody', 'tfoot', 'colgroup', 'caption', 'html', 'head', 'body'
]

/**
 * Where open start tags (less end tags) first pass {@link maxHtmlDepth}, or -1: a bound on the
 * nesting parse5 can build (implied end tags only make it shallower). One scan.
 */
function nestingAt(value: string): number {
  let depth = 0
  for (let index = value.indexOf('<'); index >= 0; index = value.indexOf('<', index + 1)) {
    const close = value.charCodeAt(index + 1) === 47
    let end = index + (close ? 2 : 1)
    const start = end
    while (end - start < 16 && isAsciiAlphanumeric(value.charCodeAt(end))) end++
    if (end === start || flatKeys.has(nameKey(value, start, end))) continue
    if (close) depth = Math.max(0, depth - 1)
    else {
      depth++
      if (depth > maxHtmlDepth) return index
    }
  }
  return -1
}

/** The flat elements' names as `nameKey`s: a tag is looked up without a string made per tag. */
const flatKeys = new Set(flatElements.map((name) => nameKey(name, 0, name.length)))

/**
 * An ASCII tag name of up to 8 letters and digits, case-insensitive, as one number (base 37, each
 * character 1–36: one number per name); -1 for a longer name (no flat element has one).
 */
function nameKey(value: string, start: number, end: number): number {
  if (end - start > 8) return -1
  let key = 0
  for (let index = start; index < end; index++) {
    const code = value.charCodeAt(index) | 0x20
    key = key * 37 + (code >= 97 ? code - 96 : code - 48 + 27)
  }
  return key
}

function isAsciiAlphanumeric(code: number): boolean {
  return (code >= 97 && code <= 122) || (code >= 65 && code <= 90) || (code >= 48 && code <= 57)
}

/**
 * A document's `<title>` is the page's, not a line of the story: where the core read it as the
 * title with the body's first line as a dateline under it, the story's own order wins (the
 * dateline first, as the page shows it). Offsets are projected ones.
 */
function datelineFirst(tree: Root, blocks: Block[]): void {
  const [first, second] = tree.children
  if (first?.type !== 'title' || second?.type !== 'dateline' || !first.position) return
  const at = first.position.start.offset!
  if (blocks.some((block) => block.kind === 'title' && block.start <= at && at < block.end)) {
    tree.children[0] = second
    tree.children[1] = first
  }
}

/** A whole document rather than a fragment: a doctype or an `<html>` element first. */
function isDocument(value: string): boolean {
  const head = value.slice(0, 512).trimStart().slice(0, 15).toLowerCase()
  return head.startsWith('<!doctype') || head.startsWith('<html')
}

/** Offsets into the projected text → points in the HTML source. */
class Remap {
  private readonly lineStarts: number[]
  constructor(
    private readonly value: string,
    private readonly starts: Int32Array,
    private readonly ends: Int32Array
  ) {
    this.lineStarts = lineStarts(value)
  }

  /**
   * Map every position in `tree` where it is (an explicit stack: no recursion): the points are
   * each node's own (test/parse/positions.test.ts), and new ones would leave the old as garbage.
   */
  tree(tree: Root): void {
    const stack: Nodes[] = [tree]
    while (stack.length > 0) {
      const node = stack.pop()!
      if (node === tree) node.position = this.source(0, this.value.length)
      else if (node.position) this.move(node.position)
      // The first child on top: points come in source order, mostly on the line of the one before.
      if ('children' in node) for (let index = node.children.length - 1; index >= 0; index--) stack.push(node.children[index] as Nodes)
    }
  }

  /** A new position in the source for `place` in the projection. */
  position(place: Position): Position {
    const start = this.startOf(place)
    return this.source(start, this.endOf(place, start))
  }

  /** `place`'s points moved from the projection into the source. */
  private move(place: Position): void {
    const start = this.startOf(place)
    const end = this.endOf(place, start)
    this.set(place.start, start)
    this.set(place.end, end)
  }

  private startOf(place: Position): number {
    const from = place.start.offset ?? 0
    return from < this.starts.length ? this.starts[from] : this.ends.length > 0 ? this.ends[this.ends.length - 1] : 0
  }

  private endOf(place: Position, start: number): number {
    const from = place.start.offset ?? 0
    const to = place.end.offset ?? from
    return to > from ? Math.max(start, this.ends[Math.min(to, this.ends.length) - 1]) : start
  }

  source(start: number, end: number): Position {
    return {start: this.set({line: 1, column: 1, offset: 0}, start), end: this.set({line: 1, column: 1, offset: 0}, end)}
  }

  /** The line of the last point: nodes come in source order, mostly on the same or the next line. */
  private last = 0

  private onLine(line: number, offset: number): boolean {
    const starts = this.lineStarts
    return line < starts.length && starts[line] <= offset && (line + 1 === starts.length || offset < starts[line + 1])
  }

  /** Make `point` the source's point at `offset`. */
  private set(point: Point, offset: number): Point {
    const starts = this.lineStarts
    let line = this.last
    if (!this.onLine(line, offset)) {
      line = this.onLine(line + 1, offset) ? line + 1 : lineIndexAt(starts, offset)
      this.last = line
    }
    point.line = line + 1
    point.column = offset - starts[line] + 1
    point.offset = offset
    return point
  }
}
