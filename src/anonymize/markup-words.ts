// The words of HTML's markup (an `alt`, an `id`, a `<meta>`, a comment, a script), which no node
// of the tree holds, for `unmarked-name`. The browser build reads no HTML: src/browser/markup-words.ts.
import type {Point, Position} from 'unist'
import {isAddress, tokenAt, wordsIn} from './words-in.js'
import {firstAtLeast} from '../parse/sorted.js'
import {attributeValues, isOwnAttribute, markupSpans, textContents} from './html-attributes.js'
import {decodeReferences} from './references.js'
import type {Span} from './splices.js'

/**
 * Each word of HTML's `source` outside its text nodes' `places` and the names anecdote's own
 * attributes hold (`ownNameValues`), with its place and whether it stands in an address. Words
 * come in order, so a place is the line feeds counted so far.
 */
export function markupWords(
  source: string,
  places: ReadonlyArray<Position | undefined>,
  found: (word: string, place: () => Point, inAddress: () => boolean) => void,
  isName: (value: string) => boolean
): void {
  const texts: Array<[number, number]> = []
  const inText = places.length > 0 ? textContentEnd(source) : () => -1
  for (const place of places) if (place?.start.offset !== undefined && place.end.offset !== undefined) textOf(source, place.start.offset, place.end.offset, texts, inText)
  for (const value of ownNameValues(source, isName)) texts.push([value.start, value.end])
  texts.sort((a, b) => a[0] - b[0])
  let next = 0
  let line = 1
  let lineStart = 0
  let feed = source.indexOf('\n')
  for (const [word, at] of wordsIn(source)) {
    while (next < texts.length && texts[next]![1] <= at) next++
    if (next < texts.length && texts[next]![0] <= at) continue
    const place = () => {
      for (; feed >= 0 && feed < at; feed = source.indexOf('\n', lineStart)) {
        line++
        lineStart = feed + 1
      }
      return {line, column: at - lineStart + 1, offset: at}
    }
    found(word, place, () => isAddress(tokenAt(source, at)))
  }
}

/**
 * The stretches of a text node's place `[start, end)` that are its text, added to `texts`: the
 * HTML reader gives the text of a paragraph one place across the inline tags in it
 * (`Sie <abbr title="Anna">A.</abbr> kam.`), whose attributes, comments and scripts are markup.
 */
function textOf(source: string, start: number, end: number, texts: Array<[number, number]>, inText: (at: number) => number): void {
  // A place that starts inside an `<xmp>`'s or a `<textarea>`'s content is text up to its end tag.
  let from = Math.min(end, Math.max(start, inText(start)))
  if (from > start) texts.push([start, from])
  for (const markup of markupSpans(source, from, end)) {
    if (markup.start > from) texts.push([from, markup.start])
    from = markup.end
  }
  if (end > from) texts.push([from, end])
}

/** Where the content of the element shown as text (`textContents`) that holds `at` ends; -1 where none does. */
function textContentEnd(source: string): (at: number) => number {
  const spans = textContents(source)
  const ends = spans.map((span) => span.end)
  return (at) => {
    const span = spans[firstAtLeast(ends, at + 1)]
    return span && span.start <= at ? span.end : -1
  }
}

/**
 * The values of anecdote's own attributes that `anonymize` rewrites whole, so that no name in them
 * stays: every `data-who` (renamed as its turn's `who`) and a `data-name` that holds a name of
 * the story (`isName`, as `toHtml` writes it: `data-name="Anna"`). Not read as the story's words
 * (`toHtml`'s output is no leak); a `data-name` that holds anything else stays, and is read.
 */
function ownNameValues(source: string, isName: (value: string) => boolean): Span[] {
  if (!source.includes('data-')) return []
  return attributeValues(source).filter(({name, start, end}) => isOwnAttribute(name) && (name === 'data-who' || isName(decodeReferences(source.slice(start, end)))))
}
