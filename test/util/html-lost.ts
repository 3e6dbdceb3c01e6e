// “Nothing lost” for HTML input: every character of text content (text nodes outside script,
// style, template and comments, and the tags of elements HTML does not know, `<hektisch>`, which
// the reader reads as text) is in the tree, as a leaf's value or a field, or in a span an
// `html-dropped` message reports (a document `<title>` that repeats the opening heading); and
// every leaf's position lies in the source, no two leaves on one character.
import {fromHtml} from 'hast-util-from-html'
import type {Nodes as HastNodes} from 'hast'
import type {Position} from 'unist'
import type {Element} from '../../src/parse/html/dom.js'
import {isUnknownElement} from '../../src/parse/html/elements.js'
import type {VFile} from 'vfile'
import type {Nodes, Root} from '../../src/index.js'
import {fieldText} from './nothing-lost.js'

const dropped = new Set(['script', 'style', 'template'])

function sortedChars(text: string): string {
  return [...text.replace(/\s+/g, '')].sort().join('')
}

export function htmlLost(source: string, tree: Root, messages: VFile['messages'] = []): string[] {
  const problems: string[] = []
  const reported = messages.filter((message) => message.ruleId === 'html-dropped').map((message) => message.place)
  const isReported = (node: HastNodes) =>
    reported.some((place) => place && 'start' in place && node.position && place.start.offset! <= node.position.start.offset! && node.position.end.offset! <= place.end.offset!)
  const hast = fromHtml(source, {fragment: !/^\s*<(!doctype|html)/i.test(source), verbose: true})
  let content = ''
  // Each node with whether it is in SVG or MathML (their elements are none of HTML's); or a tag's text.
  const stack: Array<[HastNodes, boolean] | string> = [[hast, false]]
  const tagText = (place: Position | undefined) => (place ? source.slice(place.start.offset, place.end.offset) : '')
  while (stack.length > 0) {
    const entry = stack.pop()!
    if (typeof entry === 'string') {
      content += entry
      continue
    }
    const [node, foreign] = entry
    if (node.type === 'text' && !isReported(node)) content += node.value
    if (node.type === 'element' && dropped.has(node.tagName)) continue
    const inForeign = foreign || (node.type === 'element' && (node.tagName === 'svg' || node.tagName === 'math'))
    if (node.type === 'element' && !inForeign && isUnknownElement({tagName: node.tagName, namespaceURI: 'http://www.w3.org/1999/xhtml'} as Element)) {
      content += tagText(node.data?.position?.opening)
      stack.push(tagText(node.data?.position?.closing))
    }
    if ('children' in node) for (let index = node.children.length - 1; index >= 0; index--) stack.push([node.children[index], inForeign])
  }

  let held = ''
  const owner = new Int32Array(source.length).fill(-1)
  const nodes: Nodes[] = [tree]
  let leaves = 0
  while (nodes.length > 0) {
    const node = nodes.pop()!
    let fields = fieldText(node)
    // A star direction read from `<i>` has no stars in the text: they are markup.
    if (node.type === 'direction' && node.marker === 'star' && source[node.position!.start.offset!] !== '*') fields = ''
    held += fields
    if ('children' in node) {
      for (const child of node.children) nodes.push(child as Nodes)
      continue
    }
    if ('value' in node && typeof node.value === 'string') held += node.value
    const start = node.position?.start.offset
    const end = node.position?.end.offset
    if (start === undefined || end === undefined || start < 0 || end > source.length || end < start) {
      problems.push(node.type + ' has no position in the source')
      continue
    }
    const id = leaves++
    for (let index = start; index < end; index++) {
      if (owner[index] !== -1 && !/\s/.test(source[index])) problems.push('offset ' + index + ' lies in two leaves (' + node.type + ')')
      owner[index] = id
    }
  }
  if (sortedChars(held) !== sortedChars(content)) {
    problems.push('text content ' + JSON.stringify(content.replace(/\s+/g, ' ').trim()) + ' is not what the tree holds ' + JSON.stringify(held.replace(/\s+/g, ' ').trim()))
  }
  return problems
}
