// A reader comment: `<div type="comment" n="1">`, its byline as written, its author and date,
// then its blocks. The blog's reply/delete controls are furniture and left out.
import type {ElementContent} from 'xast'
import {x} from 'xastscript'
import type {Comment, Nodes, Parents} from '../../types.js'
import {when} from '../header.js'
import type {TeiState} from '../index.js'

export function comment(state: TeiState, node: Comment, parent: Parents | undefined): ElementContent[] {
  const n = typeof node.index === 'number' && Number.isFinite(node.index) ? node.index : parent ? (parent.children as Nodes[]).indexOf(node) + 1 : 1
  const children: ElementContent[] = []
  if (node.byline) children.push(x('byline', lines(node.byline)))
  if (node.author) children.push(x('docAuthor', node.author))
  // A date the tree holds in another form than ISO 8601 (a tree built by hand) is kept as text.
  if (node.date) children.push(when(node.date) ? x('docDate', {when: when(node.date)}) : x('docDate', node.date))
  let blocks = 0
  for (const item of state.all(node)) {
    children.push(item)
    blocks++
  }
  // A `div` needs a paragraph-like element.
  if (blocks === 0) children.push(x('p'))
  return [x('div', {type: 'comment', n: String(n)}, children)]
}

/** A value over several lines: its line ends as `<lb/>`. */
function lines(value: string): ElementContent[] {
  const content: ElementContent[] = []
  for (const [index, line] of value.split('\n').entries()) {
    if (index > 0) content.push(x('lb'))
    if (line.length > 0) content.push({type: 'text', value: line})
  }
  return content
}
