// What XML 1.0 cannot hold as written, made safe in a finished xast tree, so the document is
// well-formed whatever the story holds (docs/exports.md, "Characters XML cannot hold"):
// - a character XML 1.0 forbids (C0 controls but tab and line feed, U+FFFE, U+FFFF, a lone
//   surrogate) becomes `<g ref="#U0001"/>`, declared once in `encodingDesc/charDecl` with its
//   code point; `xast-util-to-xml` would drop it silently;
// - a carriage return becomes `&#xD;` (a parser turns a raw one into a line feed);
// - `>` after `]]` becomes `&#x3E;` (`]]>` may not stand in text).
// Attribute values cannot hold elements: a forbidden character there becomes U+FFFD.
import type {Element, ElementContent, Root as XastRoot, Text as XastText} from 'xast'
import {x} from 'xastscript'

/** Characters text cannot hold as written; the `>` of a `]]>` counts as one. */
const unsafeRe = /[\0-\x08\x0B\x0C\x0E-\x1F\r\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]|(?<=\]\])>/g
const forbiddenRe = /[\0-\x08\x0B\x0C\x0E-\x1F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g

/** `U+0001`: how a code unit is named. */
export function codePoint(code: number): string {
  return 'U+' + code.toString(16).toUpperCase().padStart(4, '0')
}

/**
 * Make every text and attribute value in `tree` safe to serialise. Returns the forbidden
 * characters found, each with the id its `<g ref>` points to, in order of first occurrence.
 */
export function makeSafe(tree: XastRoot | Element, id: (wish: string) => string): Map<number, string> {
  const characters = new Map<number, string>()
  const stack: (XastRoot | Element)[] = [tree]
  while (stack.length > 0) {
    const parent = stack.pop()!
    if (parent.type === 'element') cleanAttributes(parent)
    const children: ElementContent[] = []
    let pending = ''
    const flush = () => {
      if (pending.length > 0) safeText(pending, children, characters, id)
      pending = ''
    }
    // Neighbouring texts are joined first: `]]` at the end of one and `>` at the start of the next
    // serialise as one `]]>`. Raw nodes from elsewhere are read as text (only this pass writes XML).
    for (const child of parent.children as ElementContent[]) {
      if (child.type === 'text' || child.type === 'raw') pending += child.value
      else {
        flush()
        children.push(child)
        if (child.type === 'element') stack.push(child)
      }
    }
    flush()
    parent.children = children
  }
  return characters
}

function safeText(value: string, into: ElementContent[], characters: Map<number, string>, id: (wish: string) => string): void {
  let start = 0
  unsafeRe.lastIndex = 0
  let match: RegExpExecArray | null
  while ((match = unsafeRe.exec(value))) {
    if (match.index > start) into.push({type: 'text', value: value.slice(start, match.index)})
    start = match.index + 1
    const code = value.charCodeAt(match.index)
    if (code === 0x0d) into.push({type: 'raw', value: '&#xD;'})
    else if (code === 0x3e) into.push({type: 'raw', value: '&#x3E;'})
    else {
      let ref = characters.get(code)
      if (ref === undefined) {
        ref = id(codePoint(code).replace('+', ''))
        characters.set(code, ref)
      }
      into.push(x('g', {ref: '#' + ref}))
    }
  }
  if (start < value.length) into.push({type: 'text', value: value.slice(start)} satisfies XastText)
}

function cleanAttributes(element: Element): void {
  for (const [key, value] of Object.entries(element.attributes)) {
    if (typeof value === 'string') element.attributes[key] = value.replace(forbiddenRe, '\uFFFD')
  }
}

/** `encodingDesc/charDecl`: one `char` per forbidden character, with its code point. */
export function charDecl(characters: Map<number, string>): Element {
  const chars: Element[] = []
  for (const [code, ref] of characters) {
    chars.push(x('char', {'xml:id': ref}, [x('localProp', {name: 'codepoint', value: codePoint(code)})]))
  }
  return x('encodingDesc', [x('charDecl', chars)])
}
