// `$Name`s written with character references (`&#36;Anna`, `&dollar;M&uuml;ller`): how markup
// reads them, which `anonymizeText` looks for in the source and `anonymize` in code and text that
// kept them as written (a Markdown code span).
import {decodeNamedCharacterReference} from 'decode-named-character-reference'
import {isInvisible, isWordChar} from '../parse/chars.js'
import {placeholderEnd, placeholderName} from '../parse/grammar.js'
import {decodeWith} from '../parse/decoded.js'
import {percentEscape} from './url.js'
import {backslashEscape} from './backslash.js'
import type {FoundPlaceholder} from './string-placeholders.js'

/** Placeholders in `value` whose `$` is a character reference, where they stand as written. */
export function referencedPlaceholders(value: string): FoundPlaceholder[] {
  const found: FoundPlaceholder[] = []
  for (let at = value.indexOf('&'); at >= 0; at = value.indexOf('&', at + 1)) {
    const dollar = referenced(value, at)
    if (dollar?.text !== '$') continue
    const name = escapedName(value, dollar.end)
    if (name.value === '') continue
    const written = value.slice(at, name.end)
    found.push({node: {type: 'placeholder', value: written, name: placeholderName('$' + name.value)}, start: at, end: name.end})
    at = name.end - 1
  }
  return found
}

/** `value` with its HTML character references decoded. */
export function decodeReferences(value: string): string {
  return value.includes('&') ? decodeWith(value, 0, value.length, referenceStep).value : value
}

/** A `DecodeStep` of HTML's character references, as `referenced` reads them. */
export function referenceStep(source: string, index: number): {text: string; end: number} | undefined {
  return source.charCodeAt(index) === 38 ? referenced(source, index) : undefined
}

/**
 * The name after a `$` from `index` on, its characters each written as itself, as a character
 * reference (`&auml;`, `&#228;`: HTML), percent-escaped (`%C3%A4`: a URL) or, with `backslash`, as
 * a script's or a style's escape (`\x41`, `\41 `), and where it ends in `source`. The characters a
 * name may hold are read; the grammar (`placeholderEnd`) says where the name ends among them.
 */
export function escapedName(source: string, index: number, backslash = false): {value: string; end: number} {
  let read = '$'
  // Where in `source` each code unit of `read` ends.
  const ends = [index]
  let end = index
  for (;;) {
    const code = source.charCodeAt(end)
    const escape = mayBeInName(code)
      ? {text: source.charAt(end), end: end + 1}
      : code === 37 ? percentEscape(source, end) : code === 38 ? referenced(source, end) : code === 92 && backslash ? backslashEscape(source, end) : undefined
    if (!escape || !mayBeName(escape.text)) break
    read += escape.text
    for (let unit = 0; unit < escape.text.length; unit++) ends.push(escape.end)
    end = escape.end
  }
  const nameEnd = placeholderEnd(read, 0, 0, read.length, -1)
  return nameEnd === 0 ? {value: '', end: index} : {value: read.slice(1, nameEnd), end: ends[nameEnd - 1]!}
}

// A numeric reference reads as one without its `;` too (`&#228ufer`), as HTML reads it; a named
// one without it is text in an attribute when a letter follows, as in a name.
const referenceRe = /^&(?:#[xX]([\da-fA-F]+);?|#(\d+);?|([A-Za-z][A-Za-z\d]{0,31});)/

/** The most code units a character reference `referenceRe` reads can take. */
export const maxReferenceLength = 40

/** One character as a character reference at `index`: its text and where the reference ends. */
export function referenced(source: string, index: number): {text: string; end: number} | undefined {
  const match = referenceRe.exec(source.slice(index, index + maxReferenceLength))
  if (!match) return undefined
  const [whole, hex, decimal, name] = match
  const code = hex !== undefined ? Number.parseInt(hex, 16) : decimal !== undefined ? Number.parseInt(decimal, 10) : -1
  const char = code >= 0 ? (code <= 0x10ffff ? String.fromCodePoint(code) : '') : decodeNamedCharacterReference(name) || ''
  return char === '' ? undefined : {text: char, end: index + whole.length}
}

/** Whether every code unit of `text` may be in a name. */
function mayBeName(text: string): boolean {
  for (let index = 0; index < text.length; index++) if (!mayBeInName(text.charCodeAt(index))) return false
  return text.length > 0
}

/** A code unit a placeholder's name may hold, as the grammar reads one: `_`, a letter, mark or digit, half of one beyond the BMP, an invisible character, an apostrophe, a middle dot. */
function mayBeInName(code: number): boolean {
  return code === 95 || isWordChar(code) || (code >= 0xd800 && code <= 0xdfff) || isInvisible(code) || code === 39 || code === 0x2019 || code === 0xb7
}
