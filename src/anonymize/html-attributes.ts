// Where HTML holds values in its markup: the attributes of its tags, found by one scan of the
// tags as HTML's tokenizer reads them (quoted or not), and its comments, each read by the HTML
// reader's rules (src/parse/html/ignored.ts). A name replaced in a URL
// attribute (`href`, `src`, …) is replaced by a URL's characters (src/anonymize/url.ts).
import {isAsciiLetter} from '../parse/chars.js'
import {endsName, ignoredEnd, openingAt, tagEnd} from '../parse/html/ignored.js'
import type {Span} from './splices.js'

/** An attribute's value as written: its name (lower case) and where the value stands. */
export interface AttributeValue extends Span {
  name: string
}

/** Attributes whose value is a URL (or, `srcset`, `ping`, a list of them). */
const urlAttributes = new Set([
  'href', 'src', 'srcset', 'action', 'formaction', 'cite', 'poster', 'background', 'longdesc',
  'usemap', 'codebase', 'data', 'manifest', 'ping', 'archive', 'classid', 'profile', 'itemid', 'itemtype', 'xlink:href'
])

/** The value spans of URL attributes in `source`, in order (of its `attributeValues`, where they are read already). */
export function urlAttributeValues(source: string, attributes: readonly AttributeValue[] = attributeValues(source)): Span[] {
  return attributes.filter((value) => urlAttributes.has(value.name))
}

/**
 * Whether an attribute is one of anecdote's own (`toHtml`'s): a placeholder's `data-name`, which
 * holds its name bare, and a turn's `data-who`. `anonymize` rewrites them as it rewrites the
 * placeholders and turns they belong to (`ownAttributeSplices`).
 */
export function isOwnAttribute(name: string): boolean {
  return name === 'data-name' || name === 'data-who'
}

/** Whether an attribute's value is a URL (or a list of them). */
export function isUrlAttribute(name: string): boolean {
  return urlAttributes.has(name)
}

/** The values of every attribute in `source`, in order (`tagParts`). */
export function attributeValues(source: string): AttributeValue[] {
  return tagParts(source).attributes
}

/** Where names stand in tags, not in values (`tagParts`). */
export function attributeNames(source: string): Span[] {
  return tagParts(source).names
}

/**
 * What the tags of `source` hold, in one scan (linear: each `<` is read once):
 * * `attributes`: every attribute's value, in order: each start tag read as HTML's tokenizer reads
 *   it (`readHtml`), and what looks like one in a comment or raw text up to its end (a name
 *   written there is one, yet no quote in it may take a real tag after it);
 * * `names`: where names stand in tags, not in values: each start tag's attribute names (`<p
 *   $Anna data-$Zoe="x">`) and what follows an end tag's name (`</p $Anna>`, which HTML drops).
 *   A browser shows none of it; the page's source holds it.
 */
export function tagParts(source: string): {attributes: AttributeValue[]; names: Span[]} {
  const attributes: AttributeValue[] = []
  const names: Span[] = []
  const add = (nameStart: number, nameEnd: number, start: number, end: number) => attributes.push({name: source.slice(nameStart, nameEnd).toLowerCase(), start, end})
  const other = (start: number, end: number, raw?: string) => {
    if (raw === undefined && source.charCodeAt(start + 1) === 47 && isAsciiLetter(source.charCodeAt(start + 2))) names.push({start, end})
    for (let at = source.indexOf('<', start); at >= 0 && at < end; at = source.indexOf('<', at + 1)) {
      if (isAsciiLetter(source.charCodeAt(at + 1))) at = tagEnd(source, at, end, add) - 1
    }
  }
  readHtml(source, add, other, (start, end) => names.push({start, end}))
  return {attributes, names}
}

/**
 * The content of each element a browser shows as text, tags and all (a `<textarea>`'s, an
 * `<xmp>`'s, all after a `<plaintext>`), as `readHtml` finds them: a text node of the reader's
 * may start inside one (`markupWords`).
 */
export function textContents(source: string): Span[] {
  const spans: Span[] = []
  readHtml(source, () => {}, (start, end, name) => {
    if (name && shownAsText.has(name)) spans.push({start, end})
  })
  return spans
}

const shownAsText = new Set(['xmp', 'iframe', 'noembed', 'noframes', 'textarea', 'title', 'plaintext'])

/**
 * Elements whose content HTML's tokenizer reads as text up to their end tag (a `<plaintext>`'s: to
 * the end), outside SVG and MathML; a `<noscript>`'s where a browser runs scripts (the reader reads
 * it as markup, and so do `attributeValues` inside it).
 */
const rawRe = /<(script|style|xmp|iframe|noembed|noframes|textarea|title|plaintext|noscript)(?=[\t\n\f\r />])/iy

/** An `<svg>` or `<math>` start or end tag, at `lastIndex`: in them no element's content is raw. */
const foreignRe = /<(\/?)(?:svg|math)(?=[\t\n\f\r />])/iy

/**
 * `source` read from its start as HTML's tokenizer reads it, in one pass: each start tag's
 * attributes go to `attribute`; the rest of its markup (a comment, an end tag) and the content
 * of a raw element (with its `name`) to `other`. Foreign content (SVG, MathML) counts by its
 * tags alone: there a `<title>` holds tags, read as such.
 */
function readHtml(
  source: string,
  attribute: (nameStart: number, nameEnd: number, start: number, end: number) => void,
  other: (start: number, end: number, name?: string) => void,
  named?: (nameStart: number, nameEnd: number) => void
): void {
  let foreign = 0
  for (let at = source.indexOf('<'); at >= 0; at = source.indexOf('<', at)) {
    const opening = openingAt(source, at)
    const start = opening === 'tag' && source.charCodeAt(at + 1) !== 47
    const close = start ? tagEnd(source, at, source.length, attribute, named) : ignoredEnd(source, at, source.length)
    if (close < 0) {
      at++
      continue
    }
    if (!start) other(at, close)
    foreignRe.lastIndex = at
    const tag = foreignRe.exec(source)
    if (tag) foreign = depthAfter(foreign, tag[1] === '/', source, close)
    rawRe.lastIndex = at
    const raw = start && foreign === 0 ? rawRe.exec(source)?.[1]?.toLowerCase() : undefined
    at = raw ? rawContent(source, close, raw, other) : close
  }
}

/** How deep in `<svg>` (or `<math>`) elements after one's start or end tag, which closes at `close`: an `<svg/>` holds nothing. */
function depthAfter(depth: number, end: boolean, source: string, close: number): number {
  return end ? Math.max(0, depth - 1) : source.charCodeAt(close - 2) === 47 ? depth : depth + 1
}

/** Where the content of the raw element `name` from `from` ends, given to `other`: at its end tag, or the source's end. */
function rawContent(source: string, from: number, name: string, other: (start: number, end: number, name?: string) => void): number {
  const close = name === 'plaintext' ? -1 : closeAt(source, name, from)
  const end = close < 0 ? source.length : close
  other(from, end, name)
  return end
}

/**
 * The text of every comment in `source`, in order: `<!--…-->`, and the bogus comments HTML's
 * tokenizer makes of `<?…>`, `<!…>` (a stray `<!doctype>`, `<![CDATA[…]>` outside SVG and MathML)
 * and `</ …>`, which end at the first `>`. A browser shows none of them, nor does the reader. Each
 * ends where a browser ends it (src/parse/html/ignored.ts): `<!-->` and `<!--->` at once, another at
 * its first `-->` or `--!>`.
 */
export function commentTexts(source: string): Span[] {
  const spans: Span[] = []
  for (let at = source.indexOf('<'); at >= 0; at = source.indexOf('<', at + 1)) {
    const opening = openingAt(source, at)
    if (opening === undefined || opening === 'tag') continue
    const end = ignoredEnd(source, at, source.length)
    // The text: after `<!--` (or the `<?`, `<!`, `</` of a bogus one), before what closed it.
    const start = opening === 'comment' ? at + 4 : at + 2
    const close = opening === 'bogus' ? (source.charCodeAt(end - 1) === 62 ? 1 : 0) : source.startsWith('--!>', end - 4) ? 4 : source.startsWith('-->', end - 3) ? 3 : 0
    spans.push({start, end: Math.max(start, end - close)})
    at = end - 1
  }
  return spans
}

/**
 * Where the markup opened at `at` (a `<`) ends as a browser reads it (`ignoredEnd`): past a tag's
 * `>`, a comment's end, a bogus one's `>`, or the source's end; a `<script>`'s, `<style>`'s,
 * `<template>`'s or `<title>`'s past its content and end tag. -1 where the `<` is text (`a < b`).
 */
export function markupEnd(source: string, at: number): number {
  const close = ignoredEnd(source, at, source.length)
  rawElementRe.lastIndex = at
  const raw = close < 0 ? undefined : rawElementRe.exec(source)?.[1]?.toLowerCase()
  return raw ? rawTextEnd(source, close, raw) : close
}

/** The content of every `<script>` and `<style>` element (raw text: no tag, comment or reference inside), as written. */
export function rawTextSpans(source: string): Span[] {
  return elementContents(source, ['script', 'style'])
}

/**
 * Where the markup of HTML's `source` stands in `[start, end)`, in order: each tag and comment,
 * a `<script>`'s, `<style>`'s, `<template>`'s or an SVG `<title>`'s (in an `<svg>`, a `<desc>`'s
 * or `<metadata>`'s too) with its content up to its end tag (as `rawTextSpans` and `hiddenTextSpans` read them; `markupEnd`). A `<` that opens no markup
 * (`a < b`) is text, as HTML reads it.
 */
export function markupSpans(source: string, start: number, end: number): Span[] {
  const spans: Span[] = []
  // How deep in `<svg>` elements: there a `<desc>` or `<metadata>` is no one's text either.
  let svg = 0
  for (let open = source.indexOf('<', start); open >= 0 && open < end; open = source.indexOf('<', open + 1)) {
    let close = markupEnd(source, open)
    if (close < 0) continue
    svgRe.lastIndex = open
    const tag = svgRe.exec(source)
    if (tag?.[2]) {
      if (svg > 0) close = rawTextEnd(source, close, tag[2].toLowerCase())
    } else if (tag) svg = depthAfter(svg, tag[1] === '/', source, close)
    spans.push({start: open, end: close})
    // The content of a `<textarea>` and the like is the text's, tags and all: read on at its end tag.
    textElementRe.lastIndex = open
    const text = textElementRe.exec(source)?.[1]?.toLowerCase()
    if (text) close = text === 'plaintext' ? -1 : endTagAt(source, close, text)
    open = (close < 0 ? source.length : close) - 1
  }
  return spans
}

/**
 * A start tag whose content is markup whole, at `lastIndex`: a `<script>`'s or `<style>`'s, which
 * `rawTextSpans` reads as written, and a `<template>`'s or a `<title>`'s, which the reader drops.
 * Where the reader reads a text across a `<title>` it is an SVG's (an HTML `<title>` is read apart).
 */
const rawElementRe = /<(script|style|template|title)(?=[\t\n\f\r />])/iy

/** An `<svg>` start or end tag, or inside one (`svg` above) a `<desc>` or `<metadata>`, whose content the reader drops, at `lastIndex`. */
const svgRe = /<(\/?)svg(?=[\t\n\f\r />])|<(desc|metadata)(?=[\t\n\f\r />])/iy

/**
 * A start tag inside running text whose content the reader reads as the text's, tags and all (HTML
 * reads it as RCDATA or RAWTEXT, a `<plaintext>`'s to the end, and shows it or, an `<iframe>`'s,
 * as its fallback), at `lastIndex`. The tag name ends at HTML's white space only (not U+00A0).
 */
const textElementRe = /<(textarea|iframe|noembed|noframes|xmp|plaintext)(?=[\t\n\f\r />])/iy

/** Where the content of a raw element named `name` from `from` ends: past its end tag's `>` (a `<template>`'s own: `closeAt`), or the source's end. */
function rawTextEnd(source: string, from: number, name: string): number {
  const close = closeAt(source, name, from)
  return close < 0 ? source.length : ignoredEnd(source, close, source.length)
}

/** Where the end tag of the element named `name` is next written from `from`, by its whole name (`</scripts>` is none); -1 where none is. */
function endTagAt(source: string, from: number, name: string): number {
  return tagAt(source, '</' + name, from)
}

/**
 * The content of the elements no one sees whose text HTML reads as data (references decoded):
 * `<template>`, which the reader drops; an SVG's `<title>`, `<desc>` and `<metadata>`, which a
 * browser does not draw (the reader drops them too); MathML's `<annotation>` and
 * `<annotation-xml>`, which a browser does not show beside their formula, and which the reader
 * reads glued to it (`x$Anna` is no placeholder). A document's `<title>` comes along: read twice, no harm.
 */
export function hiddenTextSpans(source: string): Span[] {
  return elementContents(source, ['template', 'title', 'desc', 'metadata', 'annotation', 'annotation-xml'])
}

/** The content of every element named in `names` as written (an inner one inside its outer's span). */
function elementContents(source: string, names: readonly string[]): Span[] {
  const spans: Span[] = []
  for (const name of names) {
    for (let at = tagAt(source, '<' + name, 0); at >= 0; at = tagAt(source, '<' + name, at)) {
      const open = tagEnd(source, at, source.length)
      const close = closeAt(source, name, open)
      const end = close < 0 ? source.length : close
      spans.push({start: open, end})
      at = end
    }
  }
  return spans
}

/**
 * Where the element named `name` whose content starts at `from` ends: at its first end tag, a
 * `<template>` at the one that closes as many as open inside it
 * (`<template><template></template>$Anna</template>`: the second), a `<script>` where HTML's
 * tokenizer ends it (`scriptEnd`), or -1. Opens and ends are each found once, left to right.
 */
function closeAt(source: string, name: string, from: number): number {
  if (name === 'script') return scriptEnd(source, from)
  let depth = 0
  let inner = name === 'template' ? tagAt(source, '<template', from) : -1
  for (let close = endTagAt(source, from, name); close >= 0; close = endTagAt(source, close + 1, name)) {
    for (; inner >= 0 && inner < close; inner = tagAt(source, '<template', inner + 1)) depth++
    if (depth-- === 0) return close
  }
  return -1
}

/** A `<script` or `</script` whose name ends there (HTML's white space, `/`, `>`), at `lastIndex`. */
const scriptTagRe = /<(\/?)script[\t\n\f\r />]/iy

/**
 * Where a `<script>`'s content from `from` ends: at the `</script>` HTML's tokenizer ends it at, or
 * -1. After a `<!--` in it a `<script>` opens the double-escaped state, where a `</script>` only
 * closes that state; a `-->` ends both. One pass over the `<`s; the next `-->` is looked for again once passed.
 */
function scriptEnd(source: string, from: number): number {
  let escaped = false
  let double = false
  let dashes = -1
  for (let at = from; ; ) {
    const open = source.indexOf('<', at)
    if (escaped && dashes < at) dashes = source.indexOf('-->', at) >>> 0
    if (escaped && (open < 0 || dashes < open)) {
      escaped = double = false
      at = dashes + 3
      continue
    }
    if (open < 0) return -1
    scriptTagRe.lastIndex = open
    const tag = scriptTagRe.exec(source)
    if (tag?.[1] && !double) return open
    if (tag) double = tag[1] ? false : escaped
    // `<!-->` ends as it opens: its `-->` is looked for from the `!` on.
    else if (source.startsWith('<!--', open)) escaped = true
    at = open + 1
  }
}

/** A finder per tag (`<title`, `</title`), in any case (`</SCRIPT`): the source is read as written, with no lower-case copy per call. */
const tagRes = new Map<string, RegExp>()

/** Where `tag` is next written in `source` from `from` as a whole name (not `<titles>`), or -1. */
function tagAt(source: string, tag: string, from: number): number {
  let tagRe = tagRes.get(tag)
  // Tag names hold letters and `-`, which a pattern reads as themselves.
  if (!tagRe) tagRes.set(tag, tagRe = new RegExp(tag, 'gi'))
  tagRe.lastIndex = from
  for (let found = tagRe.exec(source); found; found = tagRe.exec(source)) if (nameEndsAt(source, tagRe.lastIndex)) return found.index
  return -1
}

/** Whether a tag's name written before `at` ends there, as HTML reads an end tag's (`</title>`, `</title x>`, not `</titles>`). */
function nameEndsAt(source: string, at: number): boolean {
  return at >= source.length || endsName(source.charCodeAt(at))
}
