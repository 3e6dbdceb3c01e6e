// The HTML path: hast-util-from-html (parse5, with positions), projected onto the story's text
// (block elements give lines, text its decoded characters), read by the text core, and every
// position mapped back into the HTML source.
import {fromHtml} from 'hast-util-from-html'
import type {Position} from 'unist'
import type {Nodes, Root} from '../../types.js'
import {type Context, warn} from '../context.js'
import type {ParseOptions} from '../index.js'
import {type CoreOptions, parseText} from '../index.js'
import {applyMarks} from './marks.js'
import {project, type ProjectOptions} from './project.js'

export interface HtmlOptions extends ProjectOptions, CoreOptions {}

export function parseHtml(context: Context, options: ParseOptions, html: HtmlOptions = {}): Root {
  const source = context.value
  const hast = fromHtml(source, {fragment: !isDocument(source)})
  const projection = project(source, hast, html)
  const inner: Context = {value: projection.text, lines: [], diagnostics: [], placeholders: []}
  const tree = parseText(inner, options, html)
  applyMarks(tree, projection.marks)

  const map = new Remap(source, projection.starts, projection.ends)
  map.tree(tree)
  for (const diagnostic of inner.diagnostics) {
    context.diagnostics.push({...diagnostic, place: map.position(diagnostic.place)})
  }
  for (const dropped of projection.dropped) {
    warn(context, 'HTML ' + dropped.what + ' dropped: markup, not text of the story', 'html-dropped', map.source(dropped.start, dropped.end), 'info')
  }
  context.lines = []
  tree.data = {...tree.data, format: 'html'}
  return tree
}

/** A whole document rather than a fragment: a doctype or an `<html>` element first. */
function isDocument(value: string): boolean {
  const head = value.slice(0, 512).trimStart().slice(0, 15).toLowerCase()
  return head.startsWith('<!doctype') || head.startsWith('<html')
}

/** Offsets into the projected text → points in the HTML source. */
class Remap {
  private readonly lineStarts: number[] = [0]
  constructor(
    private readonly value: string,
    private readonly starts: number[],
    private readonly ends: number[]
  ) {
    for (let index = value.indexOf('\n'); index >= 0; index = value.indexOf('\n', index + 1)) this.lineStarts.push(index + 1)
  }

  /** Map every position in `tree` (an explicit stack: no recursion). */
  tree(tree: Root): void {
    const stack: Nodes[] = [tree]
    while (stack.length > 0) {
      const node = stack.pop()!
      if (node.position) node.position = node === tree ? this.source(0, this.value.length) : this.position(node.position)
      if ('children' in node) for (const child of node.children) stack.push(child as Nodes)
    }
  }

  position(place: Position): Position {
    const from = place.start.offset ?? 0
    const to = place.end.offset ?? from
    const start = from < this.starts.length ? this.starts[from] : this.ends.length > 0 ? this.ends[this.ends.length - 1] : 0
    const end = to > from ? this.ends[Math.min(to, this.ends.length) - 1] : start
    return this.source(start, Math.max(start, end))
  }

  source(start: number, end: number): Position {
    return {start: this.point(start), end: this.point(end)}
  }

  private point(offset: number) {
    const starts = this.lineStarts
    let low = 0
    let high = starts.length - 1
    while (low < high) {
      const middle = (low + high + 1) >> 1
      if (starts[middle] <= offset) low = middle
      else high = middle - 1
    }
    return {line: low + 1, column: offset - starts[low] + 1, offset}
  }
}
