// The lines of a reader-comment section, read one at a time: the header (`2 Kommentare:`), a
// comment's number marker (`1.`), a line of blog controls (`AntwortenLöschen`) or controls glued
// to a line's end, a byline (`Anna said...`). The words come from the locales.
import {digitsEnd, isColon, isInlineSpace, isLetter, trimEnd, trimStart} from '../grammar.js'
import {isMonthName} from './dates.js'
import {commentBylineVerbs, commentCountWords, commentNouns, controlWords} from './words.js'

/** The longest line read as a comment header. */
export const maxHeaderLength = 40

export interface CommentHeader {
  count?: number
}

/** `2 Kommentare:`, `Keine Kommentare:`, `1 comment`, `3 comments:`. */
export function parseCommentHeader(text: string): CommentHeader | undefined {
  if (text.length > maxHeaderLength) return undefined
  let end = text.length
  if (isColon(text.charCodeAt(end - 1))) end--
  end = trimEnd(text, 0, end)
  const space = text.indexOf(' ')
  if (space <= 0 || space >= end) return undefined
  const first = text.slice(0, space)
  const noun = text.slice(space + 1, end).trim().toLowerCase()
  if (!commentNouns.has(noun)) return undefined
  if (digitsEnd(first, 0, first.length, 6) === first.length) return {count: Number(first)}
  const word = commentCountWords.get(first.toLowerCase())
  return word === undefined ? undefined : {count: word}
}

/** A heading that names the section without a count (`Kommentare`, `Comments:`). */
export function isCommentNoun(text: string): boolean {
  let end = text.length
  while (end > 0 && (isColon(text.charCodeAt(end - 1)) || isInlineSpace(text.charCodeAt(end - 1)))) end--
  return commentNouns.has(text.slice(0, end).toLowerCase())
}

export interface Marker {
  number: number
  /** Where the marker (`12.`) ends. */
  end: number
}

/** The longest month name or abbreviation looked at after a marker-like day (`22. Februar`). */
const maxMonthLength = 12

/**
 * `1.` or `12.` at `start`, before a space or `end`; not the day of a date (`22. Februar 2011 um
 * 10:31`, the date line under a byline).
 */
export function markerAt(value: string, start: number, end: number): Marker | undefined {
  const index = digitsEnd(value, start, end, 5)
  if (index === start || value.charCodeAt(index) !== 46) return undefined
  const markerEnd = index + 1
  if (markerEnd < end && !isInlineSpace(value.charCodeAt(markerEnd))) return undefined
  const wordStart = trimStart(value, markerEnd, end)
  let wordEnd = wordStart
  while (wordEnd < end && wordEnd - wordStart <= maxMonthLength && isLetter(value.charCodeAt(wordEnd))) wordEnd++
  if (wordEnd > wordStart && isMonthName(value.slice(wordStart, wordEnd))) return undefined
  return {number: Number(value.slice(start, index)), end: markerEnd}
}

/** The control words a line consists of (`AntwortenLöschen`, `Reply Delete`), or undefined. */
export function controlsOf(text: string): string[] | undefined {
  const found: string[] = []
  let index = 0
  while (index < text.length) {
    if (isInlineSpace(text.charCodeAt(index))) {
      index++
      continue
    }
    const word = controlWords.find((control) => text.startsWith(control, index))
    if (!word) return undefined
    found.push(word)
    index += word.length
  }
  return found.length > 0 ? found : undefined
}

/** Control words glued to the end of `[start, end)` of `value`, and where they start. */
export function gluedControls(value: string, start: number, end: number): {controls: string[]; start: number} | undefined {
  const controls: string[] = []
  let at = end
  for (;;) {
    const word = controlWords.find((control) => at - control.length > start && value.startsWith(control, at - control.length))
    if (!word) break
    controls.push(word)
    at -= word.length
  }
  if (controls.length === 0 || isInlineSpace(value.charCodeAt(at - 1))) return undefined
  // Found from the end of the line backwards: reversed once, not unshifted one by one.
  return {controls: controls.reverse(), start: at}
}

/** The longest comment byline. */
const maxBylineLength = 80

/** The author of a byline like `Anna said...`, `Anonym hat gesagt…`, `Bernd schrieb:`, or undefined. */
export function bylineAuthor(text: string): string | undefined {
  if (text.length > maxBylineLength) return undefined
  let end = text.length
  if (text.endsWith('...')) end -= 3
  else if (text.endsWith('…') || text.endsWith(':')) end -= 1
  const head = text.slice(0, end)
  for (const verb of commentBylineVerbs) {
    if (head.length <= verb.length + 1 || !head.endsWith(verb) || head.charCodeAt(head.length - verb.length - 1) !== 32) continue
    const author = head.slice(0, head.length - verb.length - 1).trim()
    if (author.length > 0) return author
  }
  return undefined
}
