// Phrasing content of one line segment: placeholders, elisions and, in speech, directions.
// One pass over the characters with an explicit stack: no recursion, no backtracking.
import type {Direction, DirectionMarker, PhrasingContent, Placeholder} from '../types.js'
import {isLetter, isWhitespace, isWordChar} from './chars.js'
import {type Context, span, warn} from './context.js'
import type {Line} from './lines.js'

export interface InlineOptions {
  /** Whether `<…>`, `(…)`, `*…*` and `[…]` are directions (in speech) or plain text. */
  directions: boolean
  /** Directions already open around this segment (a direction before the colon is one). */
  depth?: number
}

/** Directions nest at most this deep; deeper openers stay text, so the tree's depth is bounded. */
export const maxDirectionDepth = 4

interface Frame {
  marker: DirectionMarker
  /** Offset of the opening character. */
  start: number
  children: PhrasingContent[]
}

const closers: Record<DirectionMarker, number> = {angle: 62, paren: 41, bracket: 93, star: 42}

/** By code: 1 for the characters that can start or end a node here (`$ ( ) * < > [ ]`). */
const markup = new Uint8Array(94)
for (const code of [36, 40, 41, 42, 60, 62, 91, 93]) markup[code] = 1

/** Parse `value.slice(from, to)`, which lies on `line`, into phrasing nodes. */
export function parseInline(
  context: Context,
  line: Line,
  from: number,
  to: number,
  options: InlineOptions
): PhrasingContent[] {
  const value = context.value
  const root: PhrasingContent[] = []
  const stack: Frame[] = []
  let children = root
  let textStart = from
  let index = from
  /** Where the last placeholder ended. */
  let placeholderEnd = -1
  const maxDepth = maxDirectionDepth - (options.depth ?? 0)
  /** Closers of openers left as text because directions nest too deep here, innermost last. */
  const blocked: number[] = []
  /** Whether an unclosed direction was given up on. */
  let unwound = false

  const flush = (end: number) => {
    if (end > textStart) {
      children.push({type: 'text', value: value.slice(textStart, end), position: span(line, textStart, end)})
    }
  }

  while (index < to) {
    const code = value.charCodeAt(index)
    // Most characters are none of `$ ( ) * < > [ ]`: nothing below applies to them.
    if (code > 93 || markup[code] === 0) {
      index++
      continue
    }

    // `$` + letter, not glued to a word before it: a placeholder. `$20` stays text.
    // Right after another placeholder it is one too: `$A$B` is two names, not `$A` and text.
    if (code === 36 && index + 1 < to && isLetter(value.charCodeAt(index + 1)) && (index === placeholderEnd || !gluedBefore(value, index, from))) {
      let end = index + 2
      while (end < to) {
        const next = value.charCodeAt(end)
        if (next === 95 || isWordChar(next)) end++
        else break
      }
      // A trailing underscore is punctuation, not part of the name.
      while (value.charCodeAt(end - 1) === 95) end--
      flush(index)
      const raw = value.slice(index, end)
      const placeholder: Placeholder = {type: 'placeholder', value: raw, name: raw.slice(1).normalize('NFC'), position: span(line, index, end)}
      children.push(placeholder)
      context.placeholders.push(placeholder)
      placeholderEnd = end
      index = end
      textStart = end
      continue
    }

    // `[...]`, `[…]`, `(...)`, `(…)`: an elision, in any block.
    if (code === 91 || code === 40) {
      const end = elisionEnd(value, index, to)
      if (end > 0) {
        flush(index)
        children.push({type: 'elision', value: value.slice(index, end), position: span(line, index, end)})
        index = end
        textStart = end
        continue
      }
    }

    if (options.directions) {
      const top = stack.length > 0 ? stack[stack.length - 1] : undefined

      // The closer of an opener refused for depth stays text, like its opener.
      if (blocked.length > 0 && code === blocked[blocked.length - 1] && closingFrame(stack, code, value, index, from) >= 0) {
        blocked.pop()
        index++
        continue
      }

      // A closer: of the innermost direction, or of an outer one (the inner ones were never closed).
      const closes = closingFrame(stack, code, value, index, from)
      if (closes >= 0) {
        flush(index)
        while (stack.length - 1 > closes) {
          children = unwind(context, line, stack, value, root)
          unwound = true
        }
        const frame = stack.pop()!
        const parent = stack.length > 0 ? stack[stack.length - 1].children : root
        const node: Direction = {
          type: 'direction',
          marker: frame.marker,
          children: frame.children,
          position: span(line, frame.start, index + 1)
        }
        parent.push(node)
        children = parent
        blocked.length = 0
        index++
        textStart = index
        continue
      }

      const marker = openerAt(value, index, from, to, top)
      if (marker && stack.length >= maxDepth) blocked.push(closers[marker])
      else if (marker) {
        flush(index)
        const frame: Frame = {marker, start: index, children: []}
        stack.push(frame)
        children = frame.children
        index++
        textStart = index
        continue
      }
    }

    index++
  }

  flush(to)
  // Only an unclosed direction leaves two texts side by side: without one there is nothing to join.
  if (stack.length === 0 && !unwound) return root
  while (stack.length > 0) children = unwind(context, line, stack, value, root)
  return mergeTexts(root, value, line)
}

/** Whether the character before `index` is part of a word (so `US$x` is no placeholder). */
function gluedBefore(value: string, index: number, from: number): boolean {
  return index > from && isWordChar(value.charCodeAt(index - 1))
}

/** End offset of an elision starting at `index`, or 0. */
function elisionEnd(value: string, index: number, to: number): number {
  const close = value.charCodeAt(index) === 91 ? 93 : 41
  let end = index + 1
  if (value.charCodeAt(end) === 0x2026) end++
  else {
    let dots = 0
    while (end < to && value.charCodeAt(end) === 46) {
      end++
      dots++
    }
    if (dots < 2) return 0
  }
  return end < to && value.charCodeAt(end) === close ? end + 1 : 0
}

/** An emoticon's mouth or eyes: `:-)`, `;(`, `=)`, `(:` stay text. */
function isEmoticonAt(value: string, index: number, from: number): boolean {
  const before = index > from ? value.charCodeAt(index - 1) : 0
  if (before === 58 || before === 59 || before === 61) return true
  if ((before === 45 || before === 39 || before === 94) && index - 2 >= from) {
    const eyes = value.charCodeAt(index - 2)
    if (eyes === 58 || eyes === 59 || eyes === 61) return true
  }
  return false
}

function openerAt(
  value: string,
  index: number,
  from: number,
  to: number,
  top: Frame | undefined
): DirectionMarker | undefined {
  const code = value.charCodeAt(index)
  const next = index + 1 < to ? value.charCodeAt(index + 1) : -1
  if (next === -1) return undefined

  if (code === 60) {
    // `<` before a word: `<hektisch>`; `<3`, `<=`, `< 5` are not directions.
    return isLetter(next) || next === 36 ? 'angle' : undefined
  }

  if (code === 40) {
    if (isWhitespace(next) || isEmoticonAt(value, index, from)) return undefined
    // `(:` and `(-:` are emoticons too.
    if (next === 58 || next === 59) return undefined
    return 'paren'
  }

  if (code === 91) return isWhitespace(next) ? undefined : 'bracket'

  if (code === 42) {
    // `*word*`: opens after a space or at the start, before a non-space; not inside a star.
    if (top?.marker === 'star') return undefined
    const before = index > from ? value.charCodeAt(index - 1) : 32
    if (isWordChar(before)) return undefined
    return isWhitespace(next) || next === 42 ? undefined : 'star'
  }

  return undefined
}

/** Index in `stack` of the frame that the character at `index` closes, or -1. */
function closingFrame(stack: Frame[], code: number, value: string, index: number, from: number): number {
  if (stack.length === 0) return -1
  if (code !== 62 && code !== 41 && code !== 93 && code !== 42) return -1
  if (code === 41 && isEmoticonAt(value, index, from)) return -1
  if (code === 42 && (index === from || isWhitespace(value.charCodeAt(index - 1)))) return -1
  for (let depth = stack.length - 1; depth >= 0; depth--) {
    if (closers[stack[depth].marker] === code) return depth
  }
  return -1
}

/** Give up on the innermost open direction: its opener becomes text, its children move up. */
function unwind(
  context: Context,
  line: Line,
  stack: Frame[],
  value: string,
  root: PhrasingContent[]
): PhrasingContent[] {
  const frame = stack.pop()!
  const target = stack.length > 0 ? stack[stack.length - 1].children : root
  warn(
    context,
    'Unclosed direction: `' + value.charAt(frame.start) + '` has no closing `' + String.fromCharCode(closers[frame.marker]) + '` on its line',
    'unclosed-direction',
    span(line, frame.start, frame.start + 1)
  )
  target.push({type: 'text', value: value.charAt(frame.start), position: span(line, frame.start, frame.start + 1)})
  for (const child of frame.children) target.push(child)
  return target
}

/** Join neighbouring text nodes (left over from unclosed directions) into one. */
function mergeTexts(nodes: PhrasingContent[], value: string, line: Line): PhrasingContent[] {
  let previous: PhrasingContent | undefined
  const result: PhrasingContent[] = []
  for (const node of nodes) {
    if (node.type === 'text' && previous?.type === 'text' && previous.position!.end.offset === node.position!.start.offset) {
      const start = previous.position!.start.offset!
      const end = node.position!.end.offset!
      previous.value = value.slice(start, end)
      previous.position = span(line, start, end)
      continue
    }
    if (node.type === 'direction') node.children = mergeTexts(node.children, value, line)
    result.push(node)
    previous = node
  }
  return result
}
