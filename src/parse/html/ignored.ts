// What a text node's stretch of source holds that is none of its text. parse5 joins the characters
// around what it ignores in a body (a stray end tag, a second `<body>`, a `<!doctype>`), or puts
// elsewhere (a comment beside text fostered out of a `<table>`), into one text node; and in SVG or
// MathML a CDATA section's text joins the text around it, without its `<![CDATA[` and `]]>`. In
// data, a `<` before a letter, `/`, `!` or `?` is never text: it opens one of these. The
// anonymizer reads HTML's markup with these too (src/anonymize/html-attributes.ts): where a
// comment ends is where a browser ends it.
import {isAsciiLetter} from '../chars.js'

/** What opens at a `<` in data: a tag, a comment (`<!--`), or other markup up to its first `>`. */
export type Opening = 'tag' | 'comment' | 'bogus'

/**
 * Where what opens at `at` (a `<`) in data ends: past a tag's `>`, a comment's `-->`, a bogus
 * comment's or a doctype's `>`; -1 where the `<` is text. At most `end`. (A CDATA section in SVG
 * or MathML is `cdataAt`'s: here `<![CDATA[` is a bogus comment, as in HTML.)
 */
export function ignoredEnd(source: string, at: number, end: number): number {
  const opening = openingAt(source, at)
  if (opening === undefined) return -1
  if (opening === 'tag') return tagEnd(source, at, end)
  if (opening === 'comment') return commentEnd(source, at, end)
  const close = source.indexOf('>', at + 2)
  return close < 0 || close >= end ? end : close + 1
}

/**
 * The CDATA section that opens at `at`, in SVG or MathML: where its text starts and ends; a
 * `]]>` closes it, `closeLength` long (none, at `end`).
 */
export function cdataAt(source: string, at: number, end: number): {start: number; end: number; closeLength: number} | undefined {
  if (!source.startsWith('<![CDATA[', at)) return undefined
  const start = Math.min(end, at + 9)
  const close = source.indexOf(']]>', start)
  return close < 0 || close + 3 > end ? {start, end, closeLength: 0} : {start, end: close, closeLength: 3}
}

/** What opens at `at` (a `<`) in data; none where the `<` is text (`a < b`, `</` at the end). */
export function openingAt(source: string, at: number): Opening | undefined {
  const next = source.charCodeAt(at + 1)
  const after = source.charCodeAt(at + 2)
  if (isAsciiLetter(next)) return 'tag'
  // `</>` is dropped as a tag is; `</ x>` is a bogus comment; `</` at the end is text.
  if (next === 47) return isAsciiLetter(after) || after === 62 ? 'tag' : at + 2 < source.length ? 'bogus' : undefined
  if (next === 63) return 'bogus'
  if (next !== 33) return undefined
  return source.startsWith('<!--', at) ? 'comment' : 'bogus'
}

/** After the comment that opens at `at`: `<!-->` and `<!--->` end at once, else at `-->` or `--!>`; or `end`. */
function commentEnd(source: string, at: number, end: number): number {
  if (source.charCodeAt(at + 4) === 62) return Math.min(end, at + 5)
  if (source.startsWith('->', at + 4)) return Math.min(end, at + 6)
  const close = source.indexOf('--', at + 4)
  for (let dash = close; dash >= 0 && dash < end; dash = source.indexOf('--', dash + 1)) {
    if (source.charCodeAt(dash + 2) === 62) return dash + 3
    if (source.startsWith('!>', dash + 2)) return dash + 4
  }
  return end
}

/**
 * After the tag that opens at `at` (`<a`, `</a`): past its `>`, or `end`. Read as HTML's tokenizer
 * reads it: a `>` inside a quoted attribute value is no end, one after a `=` that opens no value is
 * (`<a =">">`, `<a b=="x>`: the `"` is a name's, a value's character). `attribute` gets each
 * attribute's name and where its value stands (the anonymizer's `attributeValues`), `named`
 * where each attribute's name stands, valued or not (its `attributeNames`).
 */
export function tagEnd(
  source: string,
  at: number,
  end: number,
  attribute?: (nameStart: number, nameEnd: number, start: number, end: number) => void,
  named?: (nameStart: number, nameEnd: number) => void
): number {
  let index = source.charCodeAt(at + 1) === 47 ? at + 2 : at + 1
  while (index < end && !endsName(source.charCodeAt(index))) index++
  for (;;) {
    while (index < end && (isSpace(source.charCodeAt(index)) || source.charCodeAt(index) === 47)) index++
    if (index >= end) return end
    if (source.charCodeAt(index) === 62) return index + 1
    const nameStart = index
    // A `=` first in a name is part of it (`<a =x>`).
    if (source.charCodeAt(index) === 61) index++
    while (index < end && !endsName(source.charCodeAt(index)) && source.charCodeAt(index) !== 61) index++
    const nameEnd = index
    named?.(nameStart, nameEnd)
    while (index < end && isSpace(source.charCodeAt(index))) index++
    if (source.charCodeAt(index) !== 61) continue
    index++
    while (index < end && isSpace(source.charCodeAt(index))) index++
    const quote = source.charCodeAt(index)
    const quoted = quote === 34 || quote === 39
    const start = quoted ? ++index : index
    if (quoted) while (index < end && source.charCodeAt(index) !== quote) index++
    else while (index < end && !endsValue(source.charCodeAt(index))) index++
    attribute?.(nameStart, nameEnd, start, index)
    if (quoted && index < end) index++
  }
}

/** Whether `code` ends a tag's or an attribute's name: white space, `/` or `>`. */
export function endsName(code: number): boolean {
  return isSpace(code) || code === 47 || code === 62
}

/** Whether `code` ends an unquoted attribute value: white space or `>`. */
function endsValue(code: number): boolean {
  return isSpace(code) || code === 62
}

/** HTML's white space in a tag: tab, line feed, form feed, carriage return, space. */
function isSpace(code: number): boolean {
  return code === 32 || code === 9 || code === 10 || code === 12 || code === 13
}
