// The reader reads parse5's own tree, not the hast tree hast-util-from-html copies from it: every
// place it reads there (a node's start and end, an element left open ending with its last child)
// and every attribute it reads must be what hast-util-from-html gives, node for node.
import {readdirSync, readFileSync} from 'node:fs'
import fc from 'fast-check'
import type {Nodes as HastNodes} from 'hast'
import {fromHtml} from 'hast-util-from-html'
import {describe, expect, it} from 'vitest'
import {attribute, endOf, isElement, type Node, parseDom, startOf} from '../../src/parse/html/dom.js'

/** Both trees walked side by side: per node its name, start, end and `href`, `start`, `value`. */
function places(source: string, fragment: boolean): {dom: string[]; hast: string[]} {
  const dom: string[] = []
  const hast: string[] = []
  const domStack: Node[] = [parseDom(source, fragment)]
  while (domStack.length > 0) {
    const node = domStack.pop()!
    const name = node.nodeName === '#document' || node.nodeName === '#document-fragment' ? 'root' : node.nodeName
    const fields = isElement(node) ? [attribute(node, 'href'), numeric(attribute(node, 'start')), attribute(node, 'value')] : []
    dom.push([name, node.sourceCodeLocation ? startOf(node) : '-', node.sourceCodeLocation ? endOf(node) : '-', ...fields].join(' '))
    if ('childNodes' in node) for (let index = node.childNodes.length - 1; index >= 0; index--) domStack.push(node.childNodes[index])
  }
  const hastStack: HastNodes[] = [fromHtml(source, {fragment})]
  while (hastStack.length > 0) {
    const node = hastStack.pop()!
    const name = node.type === 'element' ? node.tagName : node.type === 'text' ? '#text' : node.type === 'comment' ? '#comment' : node.type === 'doctype' ? '#documentType' : 'root'
    const place = node.type === 'root' || !node.position ? ['-', '-'] : [node.position.start.offset, node.position.end.offset]
    const properties = node.type === 'element' ? [node.properties.href, node.properties.start, node.properties.value].map((value) => (value === undefined ? undefined : String(value))) : []
    hast.push([name, ...place, ...properties].join(' '))
    if ('children' in node) for (let index = node.children.length - 1; index >= 0; index--) hastStack.push(node.children[index])
  }
  return {dom, hast}
}

/** `start` as hast gives it (a number where JavaScript's `Number` reads one), as the reader reads it. */
function numeric(value: string | undefined): string | undefined {
  return value && !Number.isNaN(Number(value)) ? String(Number(value)) : value
}

describe('parse5 tree read directly', () => {
  it('has hast-util-from-html’s places and attributes for every fixture', () => {
    for (const name of readdirSync('fixtures/html').filter((name) => name.endsWith('.html'))) {
      const source = readFileSync('fixtures/html/' + name, 'utf8')
      for (const fragment of [true, false]) {
        const {dom, hast} = places(source, fragment)
        expect(dom, name).toEqual(hast)
      }
    }
  })

  it('ends an element left open with its last child, however deep (parse5 ends it at the stray `</x>`)', () => {
    const {dom, hast} = places('<p><i>Wo</x>', true)
    expect(dom).toEqual(hast)
    expect(dom.slice(1, 4)).toEqual(['p 0 8   ', 'i 3 8   ', '#text 6 8'])
  })

  it('has hast-util-from-html’s places and attributes for generated HTML', () => {
    const piece = fc.oneof(
      fc.constantFrom('<p>', '</p>', '<b>', '</b>', '<i>', '<li>', '<ol start="3">', '<ol start=" 0x10">', '<li value="7">', '</ol>', '<ul>', '<br>', '<div>', '</div>'),
      fc.constantFrom('<a href="https://x.example/">', '<svg><a xlink:href="#x" href="#y">', '</a>', '<table><td>', '<template><p>', '<!-- c -->', '&amp;', '&lt;hektisch&gt;'),
      fc.constantFrom('Chef: ', 'Wo ist der $Verkäufer?', ' ', '\n', '\r\n', 'x')
    )
    fc.assert(
      fc.property(fc.array(piece, {maxLength: 40}), fc.boolean(), (pieces, fragment) => {
        const {dom, hast} = places(pieces.join(''), fragment)
        expect(dom).toEqual(hast)
      }),
      {numRuns: 300}
    )
  })
})
