// Phrasing: text as text, a placeholder as `<name type="placeholder">` (written form), a direction
// as `<stage>` (its marker in `rend`), an elision as `<gap reason="omitted">` with the written form
// in `<desc>`, a line end as `<lb/>`, and Markdown's emphasis, strong, link and code.
import type {ElementContent} from 'xast'
import {x} from 'xastscript'
import type {Direction, Elision, Emphasis, InlineCode, Link, Placeholder, Strong, Text} from '../../types.js'
import type {TeiState} from '../index.js'

export function text(_state: TeiState, node: Text): ElementContent[] {
  return [{type: 'text', value: node.value}]
}

export function placeholder(_state: TeiState, node: Placeholder): ElementContent[] {
  return [x('name', {type: 'placeholder'}, node.value)]
}

export function direction(state: TeiState, node: Direction): ElementContent[] {
  return [x('stage', {rend: node.marker}, state.all(node))]
}

export function elision(_state: TeiState, node: Elision): ElementContent[] {
  return [x('gap', {reason: 'omitted'}, [x('desc', node.value)])]
}

export function hardBreak(): ElementContent[] {
  return [x('lb')]
}

export function emphasis(state: TeiState, node: Emphasis): ElementContent[] {
  return [x('emph', state.all(node))]
}

export function strong(state: TeiState, node: Strong): ElementContent[] {
  return [x('hi', {rend: 'bold'}, state.all(node))]
}

export function link(state: TeiState, node: Link): ElementContent[] {
  return [x('ref', {target: encodeUrl(node.url)}, state.all(node))]
}

export function inlineCode(_state: TeiState, node: InlineCode): ElementContent[] {
  return [x('code', node.value)]
}

/** A URL with the characters an attribute would lose (controls, spaces, lone surrogates) percent-encoded. */
function encodeUrl(url: string): string {
  return String(url).replace(/[\0-\x20\x7F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g, (char) => {
    const code = char.charCodeAt(0)
    const bytes = code < 0x80 ? [code] : [0xe0 | (code >> 12), 0x80 | ((code >> 6) & 0x3f), 0x80 | (code & 0x3f)]
    return bytes.map((byte) => '%' + byte.toString(16).toUpperCase().padStart(2, '0')).join('')
  })
}
