// The lines of a reader-comment section, read one at a time: the header (`2 Kommentare:`), a
// comment's number marker (`1.`), a line of blog controls (`AntwortenLöschen`) or controls glued
// to a line's end, a byline (`Anna said...`). The words come from the locales.
import {digitsEnd, isColon, isDigit, isInlineSpace, isLetter, trimEnd, trimStart} from '../grammar.js'
import {locales} from '../../locale/index.js'
import {hasDigit, isMonthName, parseCommentDate} from './dates.js'
import {commentBylineVerbs, commentCountWords, commentNouns, controlWords, replyNouns, titledNouns} from './words.js'

export interface CommentHeader {
  count?: number
}

/** The longest line read as a comment header (`2 thoughts on “…”` holds the post's title). */
export const maxHeaderLength = 160
/** The longest header without a title. */
const maxShortHeaderLength = 40

const leads = new Set(locales.flatMap((locale) => locale.commentCountLeads.map((word) => word.toLowerCase())))
const titleWords = new Set(locales.flatMap((locale) => locale.commentTitleWords.map((word) => word.toLowerCase())))
const quotes = new Set(['“', '„', '"', '«', '»', '‘', "'", '‚', '”', '’'])

/**
 * `2 Kommentare:`, `Keine Kommentare:`, `1 comment`, `12 comments:`, `bisher 3 Kommentar(e)`,
 * `Kommentare (3)`, `3 Responses to “Title”`, `One thought on “Title”`.
 */
export function parseCommentHeader(text: string): CommentHeader | undefined {
  if (text.length > maxHeaderLength || !startsLikeHeader(text, 0, text.length)) return undefined
  let end = text.length
  const last = text.charCodeAt(end - 1)
  const colon = last === 58 || last === 0xff1a
  if (colon) end--
  while (end > 0 && isInlineSpace(text.charCodeAt(end - 1))) end--
  const words = text.slice(0, end).split(/[ \t\u00a0]+/)
  if (words.length === 0) return undefined
  // `Kommentare (3)`
  if (words.length === 2 && commentNouns.has(words[0].toLowerCase()) && /^\(\d{1,6}\)$/.test(words[1])) {
    return {count: Number(words[1].slice(1, -1))}
  }
  let at = leads.has(words[0].toLowerCase()) && words.length > 2 ? 1 : 0
  const count = countOf(words[at])
  if (count === undefined || !commentNouns.has((words[at + 1] ?? '').toLowerCase())) return undefined
  const noun = words[at + 1].toLowerCase()
  at += 2
  if (at === words.length) {
    // `Keine Antwort`, `No reply` alone are narration; `Keine Antwort:`, `1 Antwort` headers.
    // `Ein Gedanke:` too: a blog writes it only before its post's title.
    const worded = !isDigit(words[at - 2].charCodeAt(0))
    const said = worded && ((!colon && replyNouns.has(noun)) || titledNouns.has(noun))
    return end > maxShortHeaderLength || said ? undefined : {count}
  }
  // `3 Responses to “Title”`: a title word, then the quoted title, which ends the line.
  const quoted = at + 1 < words.length && quotes.has(words[at + 1].charAt(0)) && quotes.has(text.charAt(end - 1))
  return titleWords.has(words[at].toLowerCase()) && quoted ? {count} : undefined
}

// Every line of a story is asked whether it is the header: most fail at their first word, which
// must be a count, a count word, a lead (`bisher`) or a comment noun (`Kommentare (3)`).
const firstWords = new Set([...leads, ...commentCountWords.keys(), ...commentNouns])
let maxFirstWord = 0
for (const word of firstWords) maxFirstWord = Math.max(maxFirstWord, word.length)
/** The first code units of those words, in either case: most lines are refused by their first. */
const firstInitials = new Set<number>()
for (const word of firstWords) firstInitials.add(word.charCodeAt(0)).add(word.toUpperCase().charCodeAt(0))

/**
 * Whether the first word of `value`'s `[start, end)` (up to a space, tab or no-break space) can
 * start a header: asked of every line before its text is copied.
 */
export function startsLikeHeader(value: string, start: number, end: number): boolean {
  const first = value.charCodeAt(start)
  if (isDigit(first)) return true
  if (!firstInitials.has(first)) return false
  let wordEnd = start
  for (; wordEnd < end && wordEnd - start <= maxFirstWord; wordEnd++) {
    const code = value.charCodeAt(wordEnd)
    if (code === 32 || code === 9 || code === 0xa0) break
  }
  return wordEnd - start <= maxFirstWord && firstWords.has(value.slice(start, wordEnd).toLowerCase())
}

function countOf(word: string | undefined): number | undefined {
  if (word === undefined) return undefined
  if (/^\d{1,6}$/.test(word)) return Number(word)
  return commentCountWords.get(word.toLowerCase())
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

/** The first code units of the control words. */
const controlInitials = new Set(controlWords.map((word) => word.charCodeAt(0)))

/**
 * Whether the line whose content starts at `start` of `value` can be a line of controls: only
 * when it starts with a control word's first letter, a space, or where a format's decoding may
 * make one of these (`&` of a character reference, `\` of a Markdown escape). Nearly every line
 * starts otherwise (`$Chef:`, `„Ja“`, a word): asked before the line's text is read, which is a
 * copy per line of a comment section.
 */
export function mayBeControls(value: string, start: number): boolean {
  const code = value.charCodeAt(start)
  return controlInitials.has(code) || code === 38 || code === 92 || isInlineSpace(code)
}

/** The control words a line consists of (`AntwortenLöschen`, `Reply Delete`), or undefined. */
export function controlsOf(text: string): string[] | undefined {
  // Every line of a comment section is asked: most fail at their first word, before any array.
  let found: string[] | undefined
  let index = 0
  while (index < text.length) {
    if (isInlineSpace(text.charCodeAt(index))) {
      index++
      continue
    }
    const word = controlAt(text, index)
    if (!word) return undefined
    ;(found ??= []).push(word)
    index += word.length
  }
  return found
}

/** The control word that starts at `index` of `value`, if any. */
function controlAt(value: string, index: number): string | undefined {
  for (const control of controlWords) if (value.startsWith(control, index)) return control
  return undefined
}

/** The last code units of the control words: most lines of a comment end otherwise (`.`, `?`). */
const controlFinals = new Set(controlWords.map((word) => word.charCodeAt(word.length - 1)))

/** The control word that ends at `at` of `value` and starts after `start`, if any. */
function controlBefore(value: string, start: number, at: number): string | undefined {
  if (!controlFinals.has(value.charCodeAt(at - 1))) return undefined
  for (const control of controlWords) {
    if (at - control.length > start && value.startsWith(control, at - control.length)) return control
  }
  return undefined
}

/** Control words glued to the end of `[start, end)` of `value`, and where they start. */
export function gluedControls(value: string, start: number, end: number): {controls: string[]; start: number} | undefined {
  let controls: string[] | undefined
  let at = end
  for (;;) {
    const word = controlBefore(value, start, at)
    if (!word) break
    ;(controls ??= []).push(word)
    at -= word.length
  }
  if (!controls || isInlineSpace(value.charCodeAt(at - 1))) return undefined
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

const dateWords = locales.flatMap((locale) => locale.commentDateWords.map((word) => ' ' + word.toLowerCase() + ' '))
/** The longest author name in a dated byline. */
const maxAuthorLength = 40

/**
 * A byline with its date on one line, as other blog systems write it: `Paula (4.2.12 09:41)`,
 * `Jens am 4.2.12 10:03`, `Jo on March 2, 2020 at 8:00 pm`. The author and the ISO date, or undefined.
 */
export function datedByline(text: string): {author: string; date: string} | undefined {
  if (text.length > maxBylineLength || !hasDigit(text)) return undefined
  if (text.endsWith(')')) {
    const open = text.lastIndexOf(' (')
    if (open > 0 && open <= maxAuthorLength) {
      const date = parseCommentDate(text.slice(open + 2, -1))
      if (date) return {author: text.slice(0, open).trim(), date}
    }
  }
  const lower = text.toLowerCase()
  for (const word of dateWords) {
    const at = lower.indexOf(word)
    if (at <= 0 || at > maxAuthorLength) continue
    const date = parseCommentDate(text.slice(at + word.length))
    if (date) return {author: text.slice(0, at).trim(), date}
  }
  return undefined
}
