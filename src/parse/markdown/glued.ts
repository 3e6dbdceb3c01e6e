// Markdown markup inside a placeholder's name (`$**Quen**dolin`, `$Quen*dolin*`, `**$Quen**dolin`,
// `` $Quen`do`lin ``, `[$Quen](…)dolin`): the name shows whole, so it is one placeholder, as the
// HTML reader reads `$<b>Quen</b>dolin`. The inline nodes it runs through are dropped, as a mark
// that cuts a placeholder is in HTML (`marks.ts`), and their text read with the words around them.
import type {PhrasingContent as MdastPhrasing} from 'mdast'
import {type Decoded, decodeWith} from '../decoded.js'
import {isWordChar, placeholderEnd} from '../grammar.js'
import {wordCharBefore} from '../chars.js'
import {commentsEnd, decode, nameCharsEnd, needsDecoding} from './decode.js'

/** The stretch of source to read as one text, and the index of the last node in it. */
export interface Glued {
  start: number
  end: number
  last: number
  text: Decoded
}

/** Inline nodes whose edges a name may run over. */
const dissolvable = new Set(['emphasis', 'strong', 'link', 'inlineCode'])
/** How far past its first node a name is followed over further nodes: no name is longer. */
const maxReach = 256

const isNameChar = (code: number) => code === 95 || isWordChar(code)
/** A `$` or a character of a name right before `index`, a combining mark or a letter beyond the BMP too (`$René*dolin*`). */
const nameCharBefore = (value: string, index: number) => index > 0 && (value.charCodeAt(index - 1) === 36 || value.charCodeAt(index - 1) === 95 || wordCharBefore(value, index))
const startOf = (node: MdastPhrasing) => node.position!.start.offset!
const endOf = (node: MdastPhrasing) => node.position!.end.offset!

/**
 * Where a placeholder's name runs over an edge of `nodes[index]` (which starts at or after
 * `cursor`, where the text being read resumes): the stretch from the word's `$` to its end, or
 * `undefined` (most nodes: no name character beside them, or no placeholder crossing).
 */
export function gluedAt(value: string, nodes: readonly MdastPhrasing[], index: number, cursor: number, to: number): Glued | undefined {
  const node = nodes[index]
  const nodeStart = startOf(node)
  const nodeEnd = endOf(node)
  if (!dissolvable.has(node.type)) return undefined
  // The text before the node as a reader sees it, where an escape, a reference or a comment may
  // stand for a name's character or nothing (`$Qu&#x65;*n*dolin`, `$Quen<!-- -->*dolin*`).
  const before = needsDecoding(value, cursor, nodeStart) ? decode(value, cursor, nodeStart, {end: true}) : undefined
  const nameBefore = before ? nameCharBefore(before.value, before.value.length) : nameCharBefore(value, nodeStart)
  if (!nameBefore && nameCharsEnd(value, nodeEnd, to) === nodeEnd && commentsEnd(value, nodeEnd, to) === nodeEnd) return undefined
  // From the `$` of the word before the node, else from the node, when a `$` is inside it.
  let start = nodeStart
  if (before) {
    let at = before.value.length
    while (at > 0 && isNameChar(before.value.charCodeAt(at - 1))) at--
    if (at > 0 && before.value.charCodeAt(at - 1) === 36) start = before.starts[at - 1]
  } else {
    while (start > cursor && isNameChar(value.charCodeAt(start - 1))) start--
    if (start > cursor && value.charCodeAt(start - 1) === 36) start--
    else start = nodeStart
  }
  if (start === nodeStart && value.lastIndexOf('$', nodeEnd) < nodeStart) return undefined
  // On over the name characters after it, and the nodes glued to them (mdast has no two texts in
  // a row), comments between them left out (`$*Quen*<!-- -->*dolin*`).
  let last = index
  let end = nodeEnd
  for (;;) {
    end = nameCharsEnd(value, end, to)
    const next = nodes[last + 1]?.type === 'text' ? last + 2 : last + 1
    const glued = nodes[next]
    if (!glued || !dissolvable.has(glued.type) || endOf(glued) - nodeEnd > maxReach) break
    if (startOf(glued) !== end && startOf(glued) !== commentsEnd(value, end, to)) break
    last = next
    end = endOf(glued)
  }
  // One line only: a break inside would need the line handling of the text between nodes.
  if (/[\n\r]/.test(value.slice(start, end))) return undefined
  const text = visibleText(value, nodes, start, end, index, last)
  // A placeholder of the text that starts on one side of a node's edge and ends on the other.
  const edges = new Set<number>()
  for (let at = index; at <= last; at++) edges.add(startOf(nodes[at])).add(endOf(nodes[at]))
  for (let at = text.value.indexOf('$'); at >= 0; at = text.value.indexOf('$', at + 1)) {
    const nameEnd = placeholderEnd(text.value, at, 0, text.value.length, at)
    for (const edge of edges) {
      if (nameEnd > 0 && text.starts[at] < edge && text.ends[nameEnd - 1] > edge) {
        // The markup at either end is the first and the last character's (`**$Quen**dolin` is all
        // the placeholder's): replacing the name replaces it too, and leaves no `**` open.
        text.starts[0] = start
        text.ends[text.ends.length - 1] = end
        // And markup inside, the character's before it: a name that ends there takes it (`$A[a](/b)__`).
        for (let char = 1; char < text.ends.length; char++) text.ends[char - 1] = Math.max(text.ends[char - 1], text.starts[char])
        return {start, end, last, text}
      }
    }
  }
  return undefined
}

/** The text of `[start, end)` as a reader sees it: markup out, escapes and references decoded, code as written. */
function visibleText(value: string, nodes: readonly MdastPhrasing[], start: number, end: number, first: number, last: number): Decoded {
  const text: Decoded = {value: '', starts: [], ends: []}
  const add = (piece: Decoded) => {
    text.value += piece.value
    for (let at = 0; at < piece.starts.length; at++) {
      text.starts.push(piece.starts[at])
      text.ends.push(piece.ends[at])
    }
  }
  // Every piece read as the name goes on over its edges: a comment there shows nothing.
  const inName = () => ({start: text.value.length === 0 || nameCharBefore(text.value, text.value.length), end: true})
  let cursor = start
  for (let index = first; index <= last; index++) {
    add(decode(value, cursor, startOf(nodes[index]), inName()))
    // Depth first, without recursion: emphasis may nest as deep as the input is long.
    const stack = [nodes[index]]
    while (stack.length > 0) {
      const item = stack.pop()!
      if ('children' in item) for (let child = item.children.length - 1; child >= 0; child--) stack.push(item.children[child])
      else if (item.type === 'inlineCode') {
        // Its backticks, and a space on each side, are as long on both sides.
        const from = (startOf(item) + endOf(item) - item.value.length) >> 1
        add(decodeWith(value, from, from + item.value.length, () => undefined))
      } else if (item.position) add(decode(value, startOf(item), endOf(item), inName()))
    }
    cursor = endOf(nodes[index])
  }
  add(decode(value, cursor, end, inName()))
  return text
}
