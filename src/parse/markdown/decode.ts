// Markdown's character escapes (`\\*`) and references (`&amp;`, `&#42;`) in text, decoded, with
// where each decoded code unit stands in the source (so positions still point into it). An HTML
// comment between two characters of a word (`$Quen<!-- -->dolin`) shows nothing: it is left out
// there, as the HTML reader leaves it out, and the word reads whole.
import {decodeNamedCharacterReference} from 'decode-named-character-reference'
import {wordCharAt, wordCharBefore} from '../chars.js'
import {type Decoded, decodeWith} from '../decoded.js'

/** Whether `[from, to)` holds a backslash, an ampersand or `<!` (cheap; most text holds none). */
export function needsDecoding(value: string, from: number, to: number): boolean {
  for (let index = from; index < to; index++) {
    const code = value.charCodeAt(index)
    if (code === 92 || code === 38 || (code === 60 && value.charCodeAt(index + 1) === 33)) return true
  }
  return false
}

/** Whether a name runs on over the start or the end of a range (into markup beside it: `$Quen*dolin*`). */
export interface NameEdges {
  start?: boolean | undefined
  end?: boolean | undefined
}

/**
 * Decode escapes and references in `[from, to)` of `value`, and leave out HTML comments between
 * two name characters (`edges`: a name goes on beyond the range's start or end; by default the
 * start is what the source has before `from`).
 */
export function decode(value: string, from: number, to: number, edges?: NameEdges): Decoded {
  let inName = edges?.start ?? nameCharBefore(value, from)
  const comments = commentFinder()
  return decodeWith(value, from, to, (source, index, end) => {
    let step = escapeOrReference(source, index, end)
    if (!step && inName && source.charCodeAt(index) === 60) {
      const after = comments(source, index, end)
      if (after > index && (after === end ? edges?.end === true : nameCharAt(source, after, end))) step = {text: '', end: after}
    }
    if (!step) inName = nameCharBefore(source, index + 1)
    else if (step.text) inName = nameCharBefore(step.text, step.text.length)
    return step
  })
}

/**
 * Where the name characters from `index` end, over escapes, references and comments between them
 * (`$*Quen*&#x64;olin`, `$*Quen*<!-- -->dolin`), with a name character right before `index`.
 */
export function nameCharsEnd(value: string, index: number, to: number): number {
  const comments = commentFinder()
  let end = index
  while (end < to) {
    const code = value.charCodeAt(end)
    if (code === 95 || wordCharAt(value, end) > 0) end++
    else if (code === 92 || code === 38) {
      const step = escapeOrReference(value, end, to)
      if (!step || !nameCharAt(step.text, 0, step.text.length)) break
      end = step.end
    } else if (code === 60) {
      const after = comments(value, end, to)
      if (after === end || !nameCharAt(value, after, to)) break
      end = after
    } else break
  }
  return end
}

/** Where HTML comments in a row from `index` end (`<!-- -->`, `<!---->`, each on one line), or `index`. */
export function commentsEnd(value: string, index: number, to: number): number {
  return commentFinder()(value, index, to)
}

/** A `$`, `_` or a character of a word right before `index` (a letter beyond the BMP too). */
function nameCharBefore(value: string, index: number): boolean {
  if (index <= 0) return false
  const code = value.charCodeAt(index - 1)
  return code === 36 || code === 95 || wordCharBefore(value, index)
}

/** A character of a name (`_` or of a word) at `index`, written as itself, escaped or as a reference. */
function nameCharAt(value: string, index: number, to: number): boolean {
  if (index >= to) return false
  const step = escapeOrReference(value, index, to)
  const text = step ? step.text : value
  const at = step ? 0 : index
  return text.charCodeAt(at) === 95 || wordCharAt(text, at) > 0
}

/**
 * Comments in a row, as micromark reads them (from `<!--` to the first `-->`, whose dashes may be
 * the opener's: `<!-->`, `<!--->`), but not over a line ending. One finder per range: where it
 * found a `-->` (or a line's end first) is remembered, so that a run of `<!--` without an end
 * costs the line once.
 */
function commentFinder(): (value: string, index: number, to: number) => number {
  let searched = -1
  let found = -1
  /** The end of the comment opened at `index`, or -1. */
  const close = (value: string, index: number, to: number): number => {
    // A `-->` from the opener's second dash on.
    const from = index + 2
    if (!(from >= searched && from <= found)) {
      searched = from
      found = from
      while (found < to) {
        const code = value.charCodeAt(found)
        if (code === 10 || code === 13) break
        if (code === 45 && value.charCodeAt(found + 1) === 45 && value.charCodeAt(found + 2) === 62) break
        found++
      }
    }
    const code = value.charCodeAt(found)
    return found + 3 <= to && code === 45 ? found + 3 : -1
  }
  return (value, index, to) => {
    let end = index
    while (value.startsWith('<!--', end)) {
      const next = close(value, end, to)
      if (next < 0) break
      end = next
    }
    return end
  }
}

/** A backslash escape of ASCII punctuation, or a character reference. */
function escapeOrReference(value: string, index: number, to: number): {text: string; end: number} | undefined {
  const code = value.charCodeAt(index)
  if (code === 92 && index + 1 < to && isAsciiPunctuation(value.charCodeAt(index + 1))) return {text: value.charAt(index + 1), end: index + 2}
  return code === 38 ? characterReference(value, index, to) : undefined
}

/** The text of `[from, to)` with escapes and references decoded. */
export function decodedText(value: string, from: number, to: number): string {
  return needsDecoding(value, from, to) ? decode(value, from, to).value : value.slice(from, to)
}

function isAsciiPunctuation(code: number): boolean {
  return (code >= 33 && code <= 47) || (code >= 58 && code <= 64) || (code >= 91 && code <= 96) || (code >= 123 && code <= 126)
}

/** `&amp;`, `&#42;`, `&#x2A;` at `index`: the text it stands for and where it ends. */
function characterReference(value: string, index: number, to: number): {text: string; end: number} | undefined {
  let cursor = index + 1
  if (value.charCodeAt(cursor) === 35) {
    cursor++
    const hex = value.charCodeAt(cursor) === 120 || value.charCodeAt(cursor) === 88
    if (hex) cursor++
    const digitsStart = cursor
    const maxDigits = hex ? 6 : 7
    while (cursor < to && cursor - digitsStart < maxDigits && isDigitOf(value.charCodeAt(cursor), hex)) cursor++
    if (cursor === digitsStart || value.charCodeAt(cursor) !== 59) return undefined
    const code = Number.parseInt(value.slice(digitsStart, cursor), hex ? 16 : 10)
    const valid = code > 0 && code <= 0x10ffff && !(code >= 0xd800 && code <= 0xdfff)
    return {text: valid ? String.fromCodePoint(code) : '\uFFFD', end: cursor + 1}
  }
  const nameStart = cursor
  while (cursor < to && cursor - nameStart < 32 && isAlphanumeric(value.charCodeAt(cursor))) cursor++
  if (cursor === nameStart || value.charCodeAt(cursor) !== 59) return undefined
  const text = decodeNamedCharacterReference(value.slice(nameStart, cursor))
  return text === false ? undefined : {text, end: cursor + 1}
}

function isDigitOf(code: number, hex: boolean): boolean {
  if (code >= 48 && code <= 57) return true
  return hex && ((code >= 65 && code <= 70) || (code >= 97 && code <= 102))
}

function isAlphanumeric(code: number): boolean {
  return (code >= 48 && code <= 57) || (code >= 65 && code <= 90) || (code >= 97 && code <= 122)
}
