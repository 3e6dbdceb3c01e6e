// The HTML side of `anonymizeText`: the markup of an HTML source, which is no text of the story,
// yet a name written there (an `alt`, a comment) is one; anecdote's own attributes (`data-name`,
// `data-who`); and how a replacement is written into HTML. The browser build reads no HTML and
// swaps this module for src/browser/markup.ts (tsup.config.ts).
import type {Point} from 'unist'
import type {Turn} from '../types.js'
import {decodeWith} from '../parse/decoded.js'
import {lineIndexAt, lineStarts} from '../parse/line-starts.js'
import {whoNames} from './anonymize.js'
import {type AttributeValue, attributeNames, commentTexts, hiddenTextSpans, markupEnd, rawTextSpans, isOwnAttribute, isUrlAttribute, tagParts, urlAttributeValues} from './html-attributes.js'
import type {Beside, Plan} from './plan.js'
import {decodeReferences, referencedPlaceholders, referenceStep} from './references.js'
import {coverage, type Span, type Splice} from './splices.js'
import {escapeHtml} from './escape-html.js'
import {type FoundPlaceholder, placedInSource} from './string-placeholders.js'
import {endsInUrl} from './url.js'
import {renameWhos} from './who.js'

/** How a replacement is written into a source: escaped as HTML text or not, and where a URL's characters. */
export interface Writing {
  escape: boolean
  inUrl: (start: number, end: number) => boolean
  /** Where a tag's attribute names stand: a replacement there is written as a name (`nameForm`). */
  inName?: (start: number, end: number) => boolean
}

/** An HTML source's attributes, read once: where each value stands, and the value with its character references decoded. */
export interface Markup {
  attributes: readonly AttributeValue[]
  values: readonly string[]
  /** Where attribute names stand, and an end tag's rest (`attributeNames`). */
  names: readonly Span[]
}

export function readMarkup(source: string): Markup {
  const {attributes, names} = tagParts(source)
  return {attributes, values: attributes.map((attribute) => decodeReferences(source.slice(attribute.start, attribute.end))), names}
}

/**
 * The placeholders that text of an HTML source shows with a character reference for its `$`
 * (`&amp;#36;Anna` shows `&#36;Anna`), read as markup reads `stretch`, its source, then its
 * references: where each stands in `stretch`.
 */
export function referencesInText(stretch: string): FoundPlaceholder[] {
  const decoded = decodeWith(stretch, 0, stretch.length, referenceStep)
  return placedInSource(referencedPlaceholders(decoded.value), decoded)
}

/**
 * In HTML: escaped; a URL's characters in a URL attribute's value or in a URL written out; a
 * name's characters in an attribute's name. The markup is read when first asked, unless the
 * caller has read it already.
 */
export function htmlWriting(source: string, markup?: Markup): Writing {
  let inAttribute: ((start: number, end: number) => boolean) | undefined
  let inName: ((start: number, end: number) => boolean) | undefined
  return {
    escape: true,
    inUrl: (start, end) => (inAttribute ??= coverage(urlAttributeValues(source, markup?.attributes)))(start, end) || endsInUrl(source, start),
    inName: (start, end) => (inName ??= coverage(markup?.names ?? attributeNames(source)))(start, end)
  }
}

/**
 * A replacement written where a tag's attribute name stands: what would end the name (white
 * space, a quote, `=`, `/`, `<`, `>`) becomes `-`, so that no replacement adds an attribute or
 * ends the tag (`Herr Albers` as `Herr-Albers`).
 */
export function nameForm(value: string): string {
  return value.replace(/[\s"'=/<>`]/g, '-')
}

/**
 * The strings of HTML's markup a plan reads beside the story (`Beside`): every attribute's value
 * (a URL attribute's also percent-decoded), with its character references decoded (`values`,
 * one per attribute), every comment, script and style as written, and the text of the elements
 * no one sees (a `<template>`, an SVG's `<title>`), with its references decoded, as HTML reads it.
 * A name found there is placed where it is written, or, in a string decoded from the source, on
 * the whole string.
 */
export function besideInMarkup(source: string, {attributes, values, names}: Markup): Beside {
  const texts: string[] = []
  const urls: string[] = []
  const textSpans: Span[] = []
  const urlSpans: Span[] = []
  for (let index = 0; index < attributes.length; index++) {
    const url = isUrlAttribute(attributes[index].name)
    ;(url ? urls : texts).push(values[index])
    ;(url ? urlSpans : textSpans).push(attributes[index])
  }
  const add = (span: Span, value: string) => {
    texts.push(value)
    textSpans.push(span)
  }
  for (const span of commentTexts(source)) add(span, source.slice(span.start, span.end))
  for (const span of names) add(span, source.slice(span.start, span.end))
  for (const span of rawTextSpans(source)) add(span, source.slice(span.start, span.end))
  for (const span of hiddenTextSpans(source)) add(span, decodeReferences(source.slice(span.start, span.end)))
  const spans = textSpans.concat(urlSpans)
  let starts: number[] | undefined
  const pointAt = (offset: number): Point => {
    const line = lineIndexAt((starts ??= lineStarts(source)), offset)
    return {line: line + 1, column: offset - starts[line]! + 1, offset}
  }
  return {
    texts,
    urls,
    place(index, start, end) {
      const span = spans[index]!
      const value = index < texts.length ? texts[index]! : urls[index - texts.length]!
      const asWritten = value.length === span.end - span.start && source.startsWith(value, span.start)
      return asWritten ? {start: pointAt(span.start + start), end: pointAt(span.start + end)} : {start: pointAt(span.start), end: pointAt(span.end)}
    }
  }
}

/**
 * The names in anecdote's own attributes (`toHtml`'s): a placeholder's `data-name` holds the name
 * bare (`Anna`), a turn's `data-who` its `who`. Each becomes what `anonymize` makes of it: the
 * replacement, and the new `who`.
 */
export function ownAttributeSplices({attributes, values}: Markup, replacements: ReadonlyMap<string, string>, plan: Plan): Splice[] {
  const splices: Splice[] = []
  const whos = new Map<string, AttributeValue[]>()
  for (let index = 0; index < attributes.length; index++) {
    const attribute = attributes[index]
    if (!isOwnAttribute(attribute.name)) continue
    const value = values[index]
    if (attribute.name === 'data-who') {
      const list = whos.get(value)
      if (list) list.push(attribute)
      else whos.set(value, [attribute])
      continue
    }
    const replacement = replacements.get(value.normalize('NFC'))
    if (replacement !== undefined) splices.push({start: attribute.start, end: attribute.end, value: escapeHtml(replacement)})
  }
  // The `who`s renamed as `anonymize` renames the turns' (src/anonymize/who.ts): all at once, so
  // that two speakers never end up with one.
  const turns: Turn[] = []
  for (const who of whos.keys()) turns.push({type: 'turn', who, separator: ':', children: [{type: 'speaker', children: []}]})
  renameWhos({type: 'root', children: [{type: 'dialogue', children: turns}]}, whoNames(plan), false)
  let turn = 0
  for (const [who, list] of whos) {
    const renamed = turns[turn++].who
    if (renamed === who) continue
    for (const attribute of list) splices.push({start: attribute.start, end: attribute.end, value: escapeHtml(renamed)})
  }
  return splices
}

/**
 * A splice of HTML source split around the markup inside it (`$An<a href="x">na</a>`, a name a
 * tag cuts): its value goes where its first text is, its other text goes, and the tags and
 * comments stay as written, so the markup is whole and what is in it is read like any other.
 */
export function aroundMarkup(source: string, item: Splice): Splice[] {
  let open = nextMarkup(source, item.start, item.end)
  if (open < 0) return [item]
  const pieces: Splice[] = []
  let text = item.start
  while (open >= 0) {
    if (open > text) pieces.push({start: text, end: open, value: ''})
    text = Math.min(item.end, nameMarkupEnd(source, open))
    open = nextMarkup(source, text, item.end)
  }
  if (item.end > text) pieces.push({start: text, end: item.end, value: ''})
  if (pieces.length === 0) return [item]
  pieces[0]!.value = item.value
  return pieces
}

/** Where markup next opens in `[from, end)` of a name's span: a `<`, or a CDATA section's `]]>`; -1 where none does. */
function nextMarkup(source: string, from: number, end: number): number {
  for (let at = from; at < end; at++) {
    const code = source.charCodeAt(at)
    if (code === 60 || (code === 93 && source.startsWith(']]>', at))) return at
  }
  return -1
}

/**
 * Where the markup at `at` inside a name ends: a `<script>` with its content (`$An<script>…</script>na`),
 * as in `markupSpans`. The reader read the name through it, so a `<![CDATA[` there opens a section
 * (in SVG or MathML) whose text is the name's, and `]]>` closes one (`<![CDATA[$Anna]]>s`): each
 * is markup alone, kept as the tags are.
 */
function nameMarkupEnd(source: string, at: number): number {
  if (source.startsWith('<![CDATA[', at)) return at + 9
  if (source.startsWith(']]>', at)) return at + 3
  return Math.max(at + 1, markupEnd(source, at))
}
