// The HTML as parse5 builds it, with its positions: the reader projects this tree straight onto the
// story's text. (hast-util-from-html is parse5 with these options and then a copy of the tree as
// hast with line and column points; the reader needs neither, so it reads parse5's own tree.)
import {type DefaultTreeAdapterMap, type DefaultTreeAdapterTypes, defaultTreeAdapter, foreignContent, html, parse, parseFragment, type TreeAdapter, type Token} from 'parse5'

export type Document = DefaultTreeAdapterTypes.Document
export type DocumentFragment = DefaultTreeAdapterTypes.DocumentFragment
export type Element = DefaultTreeAdapterTypes.Element
export type Node = DefaultTreeAdapterTypes.Node
export type ParentNode = DefaultTreeAdapterTypes.ParentNode
export type Text = DefaultTreeAdapterTypes.TextNode

/**
 * Where a node is in the source, as this reader keeps it: parse5 reads back no more of a
 * location than whether it is there and whether it has an `endTag`.
 */
interface Place {
  startOffset: number
  endOffset: number
  endTag: boolean
  /** An element's: where its start tag ends, and where its end tag starts (-1: none written). */
  startTagEnd: number
  endTagStart: number
}

/**
 * parse5's default tree with each location kept as a `Place`: the default adapter keeps every
 * location whole (lines, columns, the start tag's and each attribute's own) and copies it at
 * each update, and all of it lives as long as the tree.
 */
const adapter: TreeAdapter<DefaultTreeAdapterMap> = {
  ...defaultTreeAdapter,
  setNodeSourceCodeLocation(node, location) {
    const startTag = location && 'startTag' in location ? location.startTag : undefined
    const endTag = location && 'endTag' in location ? location.endTag : undefined
    const place: Place | null = location && {
      startOffset: location.startOffset,
      endOffset: location.endOffset,
      endTag: endTag !== undefined,
      startTagEnd: startTag ? startTag.endOffset : -1,
      endTagStart: endTag ? endTag.startOffset : -1
    }
    node.sourceCodeLocation = place as Token.ElementLocation | null
  },
  updateNodeSourceCodeLocation(node, end) {
    const place = placeOf(node)!
    if (end.endOffset !== undefined) place.endOffset = end.endOffset
    if (end.endTag) {
      place.endTag = true
      place.endTagStart = end.endTag.startOffset
    }
  }
}

const options = {sourceCodeLocationInfo: true, scriptingEnabled: false, treeAdapter: adapter}

/** `source` parsed as a whole document or as a fragment (a post body), with source offsets. */
export function parseDom(source: string, fragment: boolean): Document | DocumentFragment {
  return fragment ? parseFragment(source, options) : parse(source, options)
}

function placeOf(node: Node): Place | null | undefined {
  return node.sourceCodeLocation as Place | null | undefined
}

export function isElement(node: Node): node is Element {
  return 'tagName' in node
}

export function isText(node: Node): node is Text {
  return node.nodeName === '#text'
}

/** Where `node` starts in the source (0 for an element the parser implied, which has no place). */
export function startOf(node: Node): number {
  return placeOf(node)?.startOffset ?? 0
}

/**
 * Where `node` ends in the source. parse5 ends an element left open at its start tag
 * (inikulin/parse5#109); it ends with its last child, as in hast-util-from-parse5.
 */
export function endOf(node: Node): number {
  const place = placeOf(node)
  if (!place) return startOf(node)
  let end = place.endOffset
  let current = node
  while (isElement(current) && !placeOf(current)?.endTag && current.childNodes.length > 0) {
    const tail = current.childNodes[current.childNodes.length - 1]
    const tailPlace = placeOf(tail)
    if (!tailPlace) break
    end = tailPlace.endOffset
    current = tail
  }
  return end
}

/** The start tag of `element` as written in the source: `[start, end)`, or undefined where the parser implied it. */
export function startTagOf(element: Element): {start: number; end: number} | undefined {
  const place = placeOf(element)
  return place && place.startTagEnd >= 0 ? {start: place.startOffset, end: place.startTagEnd} : undefined
}

/** The end tag of `element` as written in the source, or undefined. */
export function endTagOf(element: Element): {start: number; end: number} | undefined {
  const place = placeOf(element)
  return place?.endTag && place.endTagStart >= 0 ? {start: place.endTagStart, end: place.endOffset} : undefined
}

/** An attribute's value as written (no namespace prefix: `xlink:href` is not `href`). */
export function attribute(element: Element, name: string): string | undefined {
  for (const attribute of element.attrs) if (attribute.name === name && !attribute.prefix) return attribute.value
  return undefined
}

/**
 * Whether parse5 reads `<![CDATA[` in `element` as a CDATA section (its text joins the text
 * around it) rather than a bogus comment: in SVG and MathML, not at an integration point
 * (`<foreignObject>`, `<mi>`), where it reads HTML.
 */
export function readsCdata(element: Element): boolean {
  const namespace = element.namespaceURI
  return namespace !== html.NS.HTML && !foreignContent.isIntegrationPoint(html.getTagID(element.tagName), namespace, element.attrs)
}
