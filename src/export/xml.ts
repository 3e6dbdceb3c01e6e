// Read an export's XML: a bounded-depth check first (the parser recurses per element), then
// @rgrove/parse-xml, which knows XML's five predefined entities and character references only:
// a DTD's entity declarations are never expanded, an undefined reference stays as written.
import {parseXml, XmlCdata, XmlElement, XmlText} from '@rgrove/parse-xml'
import type {Point} from 'unist'
import {lineIndexAt, lineStarts, where} from '../parse/line-starts.js'

/** The deepest element nesting read; exports nest five or six levels (the HTML inside is text). */
export const maxXmlDepth = 64

export class ExportError extends Error {}

/** Parse `value` as XML, or throw an `ExportError` that says why it is not an export. */
export function readXml(value: string): XmlElement {
  const first = rootName(value)
  if (first === undefined) throw new ExportError(notExport + ': no XML root element at the start of the file')
  if (first !== 'feed' && first !== 'rss') throw new ExportError(notExport + ': the root element is <' + first + '>, not <feed> (Blogger) or <rss> (WordPress)')
  const depth = checkDepth(value)
  if (depth) throw new ExportError(notExport + ': elements nest deeper than ' + maxXmlDepth + ' levels at ' + where(value, depth))
  try {
    const document = parseXml(value, {ignoreUndefinedEntities: true, includeOffsets: true})
    const root = document.root
    if (!root) throw new ExportError(notExport + ': no root element')
    return root
  } catch (error) {
    if (error instanceof ExportError) throw error
    const cause = error as {message?: string; pos?: number}
    const reason = String(cause.message ?? error).split('\n')[0]
    throw new ExportError(notExport + ': not well-formed XML (' + reason + ')')
  }
}

export const notExport = 'not a Blogger or WordPress export'

/** Whether `value` starts like an export: an XML root element `<feed>` or `<rss>`. */
export function looksLikeExport(value: string): boolean {
  const name = rootName(value)
  return name === 'feed' || name === 'rss'
}

/** The name of the first element, after a byte order mark, the XML declaration, comments and a doctype; undefined when text comes first. */
function rootName(value: string): string | undefined {
  let index = value.charCodeAt(0) === 0xfeff ? 1 : 0
  for (;;) {
    while (index < value.length && /\s/.test(value[index])) index++
    if (value.charCodeAt(index) !== 60) return undefined
    if (value.startsWith('<?', index)) index = after(value, '?>', index + 2)
    else if (value.startsWith('<!--', index)) index = after(value, '-->', index + 4)
    else if (value.startsWith('<!', index)) index = declarationEnd(value, index + 2)
    else return /^<([A-Za-z_][\w.:-]*)/.exec(value.slice(index, index + 100))?.[1]
  }
}

/**
 * One pass over the markup counting open elements; returns the offset where the nesting first
 * passes {@link maxXmlDepth}, or 0. Comments, CDATA, processing instructions and declarations
 * are skipped whole, quoted attribute values too.
 */
function checkDepth(value: string): number {
  let depth = 0
  let index = value.indexOf('<')
  while (index >= 0 && index < value.length) {
    const next = value.charCodeAt(index + 1)
    let end: number
    if (value.startsWith('<!--', index)) end = after(value, '-->', index + 4)
    else if (value.startsWith('<![CDATA[', index)) end = after(value, ']]>', index + 9)
    else if (next === 63 /* ? */) end = after(value, '?>', index + 2)
    else if (next === 33 /* ! */) end = declarationEnd(value, index + 2)
    else {
      end = tagEnd(value, index + 1)
      if (next === 47 /* / */) depth--
      else if (value.charCodeAt(end - 2) !== 47) {
        depth++
        if (depth > maxXmlDepth) return index
      }
    }
    index = value.indexOf('<', end)
  }
  return 0
}

function after(value: string, close: string, from: number): number {
  const at = value.indexOf(close, from)
  return at < 0 ? value.length : at + close.length
}

/** The end of a tag: the first `>` outside a quoted attribute value. */
function tagEnd(value: string, from: number): number {
  return markupEnd(value, from, false)
}

/** The end of `<!DOCTYPE …>`, past an internal subset in brackets. */
function declarationEnd(value: string, from: number): number {
  return markupEnd(value, from, true)
}

/** The first `>` from `from` outside quotes (and, where `subset`, outside brackets), past it. */
function markupEnd(value: string, from: number, subset: boolean): number {
  let brackets = 0
  let quote = 0
  for (let index = from; index < value.length; index++) {
    const code = value.charCodeAt(index)
    if (quote) {
      if (code === quote) quote = 0
    } else if (code === 34 || code === 39) quote = code
    else if (subset && code === 91) brackets++
    else if (subset && code === 93) brackets--
    else if (code === 62 && brackets <= 0) return index + 1
  }
  return value.length
}

/** Points of many offsets in `value`: its line starts found once, then a binary search each. */
export function pointsIn(value: string): (offset: number) => Point {
  const starts = lineStarts(value)
  return (offset) => {
    const line = lineIndexAt(starts, offset)
    return {line: line + 1, column: offset - starts[line] + 1, offset}
  }
}

/** The child elements of `node` named `name` (as written, prefix and all). */
export function children(node: XmlElement, name: string): XmlElement[] {
  const found: XmlElement[] = []
  for (const child of node.children) if (child instanceof XmlElement && child.name === name) found.push(child)
  return found
}

export function child(node: XmlElement, name: string): XmlElement | undefined {
  for (const child of node.children) if (child instanceof XmlElement && child.name === name) return child
  return undefined
}

/** The text of a child element (text and CDATA, entities decoded), or undefined when there is none. */
export function childText(node: XmlElement, name: string): string | undefined {
  const element = child(node, name)
  return element ? textOf(element) : undefined
}

export function textOf(element: XmlElement): string {
  let text = ''
  for (const node of element.children) if (node instanceof XmlText || node instanceof XmlCdata) text += node.text
  return text
}
