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

/** After the tag that opens at `at` (its `>`, outside quoted attribute values), or `end`. */
function tagEnd(source: string, at: number, end: number): number {
  let quote = 0
  let afterEquals = false
  for (let index = at + 1; index < end; index++) {
    const code = source.charCodeAt(index)
    if (quote !== 0) {
      if (code === quote) quote = 0
    } else if (code === 62) return index + 1
    else if (code === 61) afterEquals = true
    else if (afterEquals && (code === 34 || code === 39)) quote = code
    else if (code !== 32 && code !== 9 && code !== 10 && code !== 12 && code !== 13) afterEquals = false
  }
  return end
}
