// Markdown's character escapes (`\\*`) and references (`&amp;`, `&#42;`) in text, decoded, with
// where each decoded code unit stands in the source (so positions still point into it).
import {decodeNamedCharacterReference} from 'decode-named-character-reference'
import {wordCharAt} from '../chars.js'
import {type Decoded, decodeWith} from '../decoded.js'

/** Whether `[from, to)` holds a backslash or an ampersand (cheap; most text holds neither). */
export function needsDecoding(value: string, from: number, to: number): boolean {
  for (let index = from; index < to; index++) {
    const code = value.charCodeAt(index)
    if (code === 92 || code === 38) return true
  }
  return false
}

/** Decode escapes and references in `[from, to)` of `value`. */
export function decode(value: string, from: number, to: number): Decoded {
  return decodeWith(value, from, to, escapeOrReference)
}

/**
 * Where the name characters from `index` end, over escapes and references among them
 * (`$*Quen*&#x64;olin`, `$*Qu*\\_en`), with a name character right before `index`.
 */
export function nameCharsEnd(value: string, index: number, to: number): number {
  let end = index
  while (end < to) {
    const code = value.charCodeAt(end)
    if (code === 95 || wordCharAt(value, end) > 0) end++
    else if (code === 92 || code === 38) {
      const step = escapeOrReference(value, end, to)
      if (!step || !nameCharAt(step.text, 0, step.text.length)) break
      end = step.end
    } else break
  }
  return end
}

/** A character of a name (`_` or of a word) at `index`, written as itself, escaped or as a reference. */
function nameCharAt(value: string, index: number, to: number): boolean {
  if (index >= to) return false
  const step = escapeOrReference(value, index, to)
  const text = step ? step.text : value
  const at = step ? 0 : index
  return text.charCodeAt(at) === 95 || wordCharAt(text, at) > 0
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
