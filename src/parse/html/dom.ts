// The HTML as parse5 builds it, with its positions: the reader projects this tree straight onto the
// story's text. (hast-util-from-html is parse5 with these options and then a copy of the tree as
// hast with line and column points; the reader needs neither, so it reads parse5's own tree.)
import {type DefaultTreeAdapterTypes, parse, parseFragment} from 'parse5'

export type Document = DefaultTreeAdapterTypes.Document
export type DocumentFragment = DefaultTreeAdapterTypes.DocumentFragment
export type Element = DefaultTreeAdapterTypes.Element
export type Node = DefaultTreeAdapterTypes.Node
export type ParentNode = DefaultTreeAdapterTypes.ParentNode
export type Text = DefaultTreeAdapterTypes.TextNode

/** `source` parsed as a whole document or as a fragment (a post body), with source offsets. */
export function parseDom(source: string, fragment: boolean): Document | DocumentFragment {
  const options = {sourceCodeLocationInfo: true, scriptingEnabled: false}
  return fragment ? parseFragment(source, options) : parse(source, options)
}

export function isElement(node: Node): node is Element {
  return 'tagName' in node
}

export function isText(node: Node): node is Text {
  return node.nodeName === '#text'
}

/** Where `node` starts in the source (0 for an element the parser implied, which has no place). */
export function startOf(node: Node): number {
  return node.sourceCodeLocation?.startOffset ?? 0
}

/**
 * Where `node` ends in the source. parse5 ends an element left open at its start tag
 * (inikulin/parse5#109); it ends with its last child, as in hast-util-from-parse5.
 */
export function endOf(node: Node): number {
  const location = node.sourceCodeLocation
  if (!location) return startOf(node)
  let end = location.endOffset
  let current = node
  while (isElement(current) && !current.sourceCodeLocation?.endTag && current.childNodes.length > 0) {
    const tail = current.childNodes[current.childNodes.length - 1]
    if (!tail.sourceCodeLocation) break
    end = tail.sourceCodeLocation.endOffset
    current = tail
  }
  return end
}

/** An attribute's value as written (no namespace prefix: `xlink:href` is not `href`). */
export function attribute(element: Element, name: string): string | undefined {
  for (const attribute of element.attrs) if (attribute.name === name && !attribute.prefix) return attribute.value
  return undefined
}
