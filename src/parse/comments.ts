// The reader-comment section: its header (`2 Kommentare:`), then the comments, numbered or not,
// each with the blog's controls (`AntwortenLöschen`) taken out of its text into a field.
import {isDigit, isInlineSpace, isLetter} from './chars.js'
import type {Region} from './classify.js'
import type {Line} from './lines.js'
import {isBlank} from './lines.js'
import {isMonthName, parseCommentDate} from './dateline.js'
import {commentBylineVerbs, commentCountWords, commentNouns, controlWords} from './words.js'

/** The longest line read as a comment header. */
const maxHeaderLength = 40

export interface CommentHeader {
  count?: number
}

/** `2 Kommentare:`, `Keine Kommentare:`, `1 comment`, `3 comments:`. */
export function parseCommentHeader(text: string): CommentHeader | undefined {
  if (text.length > maxHeaderLength) return undefined
  let end = text.length
  const last = text.charCodeAt(end - 1)
  if (last === 58 || last === 0xff1a) end--
  while (end > 0 && isInlineSpace(text.charCodeAt(end - 1))) end--
  const space = text.indexOf(' ')
  if (space <= 0 || space >= end) return undefined
  const first = text.slice(0, space)
  const noun = text.slice(space + 1, end).trim().toLowerCase()
  if (!commentNouns.has(noun)) return undefined
  if (/^\d{1,6}$/.test(first)) return {count: Number(first)}
  const word = commentCountWords.get(first.toLowerCase())
  return word === undefined ? undefined : {count: word}
}

export interface CommentPart {
  /** The line views that make up the comment's body; taken-out lines are blank views. */
  region: Region
  index?: number
  /** The number marker as written and where it ends. */
  marker?: {text: string; start: number; end: number; line: Line}
  controls: string[]
  /** The byline, with the date line under it where there is one (`date`: ISO 8601). */
  byline?: {text: string; author: string; date?: string; line: Line}
  /** The first and last line of the comment, marker and controls included. */
  first: Line
  last: Line
}

interface Marker {
  number: number
  end: number
}

/** The longest month name or abbreviation looked at after a marker-like day (`22. Februar`). */
const maxMonthLength = 12

/**
 * `1.` or `12.` at the start of a line, before a space or the end of the line; not the day of a
 * date (`22. Februar 2011 um 10:31`, the date line under a byline).
 */
function markerAt(value: string, line: Line): Marker | undefined {
  let index = line.contentStart
  while (index < line.contentEnd && index - line.contentStart < 5 && isDigit(value.charCodeAt(index))) index++
  if (index === line.contentStart || value.charCodeAt(index) !== 46) return undefined
  const end = index + 1
  if (end < line.contentEnd && !isInlineSpace(value.charCodeAt(end))) return undefined
  let wordStart = end
  while (wordStart < line.contentEnd && isInlineSpace(value.charCodeAt(wordStart))) wordStart++
  let wordEnd = wordStart
  while (wordEnd < line.contentEnd && wordEnd - wordStart <= maxMonthLength && isLetter(value.charCodeAt(wordEnd))) wordEnd++
  if (wordEnd > wordStart && isMonthName(value.slice(wordStart, wordEnd))) return undefined
  return {number: Number(value.slice(line.contentStart, index)), end}
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

/** Split the lines after a comment header into comments. */
export function splitComments(value: string, lines: Line[]): CommentPart[] {
  const markers = lines.map((line) => (isBlank(line) ? undefined : markerAt(value, line)))
  // Numbered comments start numbered: a number further down, under a byline, is text.
  const firstMarker = markers[lines.findIndex((line) => !isBlank(line))]
  const groups: {lines: Line[]; marker?: Marker}[] = []

  if (firstMarker) {
    // Numbered: a comment starts at the marker with the next number; other numbers are text.
    let expected = firstMarker.number
    lines.forEach((line, index) => {
      const marker = markers[index]
      if (marker && marker.number === expected) {
        groups.push({lines: [line], marker})
        expected++
      } else if (groups.length > 0) groups[groups.length - 1].lines.push(line)
      else if (!isBlank(line)) groups.push({lines: [line]})
    })
  } else {
    // Not numbered: a comment ends after its controls (on their own line or glued to its last
    // line of text), or, where there are none, at a blank line.
    const ends = lines.map((line) => (isBlank(line) ? 'none' : controlsOf(contentOf(value, line)) ? 'controls' : gluedControls(value, line) ? 'glued' : 'none'))
    const hasControls = ends.some((kind) => kind !== 'none')
    let current: Line[] | undefined
    let closed = true
    lines.forEach((line, index) => {
      if (isBlank(line)) {
        if (current && !hasControls) closed = true
        else if (current) current.push(line)
        return
      }
      const controlsOnly = ends[index] === 'controls'
      if (closed && !(controlsOnly && current)) {
        current = [line]
        groups.push({lines: current})
        closed = false
      } else current!.push(line)
      if (ends[index] !== 'none') closed = true
    })
  }

  return groups.map((group) => commentPart(value, group.lines, group.marker))
}

function contentOf(value: string, line: Line): string {
  return value.slice(line.contentStart, line.contentEnd)
}

function blankView(line: Line): Line {
  return {...line, contentStart: line.contentEnd, contentEnd: line.contentEnd}
}

function commentPart(value: string, lines: Line[], marker: Marker | undefined): CommentPart {
  const region: Line[] = lines.slice()
  const part: CommentPart = {region, controls: [], first: lines[0], last: lines[0]}
  for (const line of lines) if (!isBlank(line)) part.last = line

  if (marker) {
    const line = lines[0]
    part.index = marker.number
    part.marker = {text: value.slice(line.contentStart, marker.end), start: line.contentStart, end: marker.end, line}
    let start = marker.end
    while (start < line.contentEnd && isInlineSpace(value.charCodeAt(start))) start++
    region[0] = start < line.contentEnd ? {...line, contentStart: start} : blankView(line)
  }

  // Lines of controls only: into the field.
  for (let index = 0; index < region.length; index++) {
    const line = region[index]
    if (isBlank(line)) continue
    const controls = controlsOf(contentOf(value, line))
    if (controls) {
      for (const control of controls) part.controls.push(control)
      region[index] = blankView(line)
    }
  }

  // Controls glued to the end of the last line of text: `Vielen Dank!AntwortenLöschen`.
  for (let index = region.length - 1; index >= 0; index--) {
    const line = region[index]
    if (isBlank(line)) continue
    const glued = gluedControls(value, line)
    if (glued) {
      part.controls = glued.controls.concat(part.controls)
      region[index] = {...line, contentEnd: glued.start}
    }
    break
  }

  // A byline (`Anna said...`, `Bernd schrieb:`) as the first line of text.
  for (let index = 0; index < region.length; index++) {
    const line = region[index]
    if (isBlank(line)) continue
    const author = bylineAuthor(contentOf(value, line))
    if (author !== undefined) {
      part.byline = {text: contentOf(value, line), author, line}
      region[index] = blankView(line)
      // The date line right under it (`3. März 2012 um 09:15`) belongs to the byline.
      const next = region[index + 1]
      const date = next && !isBlank(next) ? parseCommentDate(contentOf(value, next)) : undefined
      if (date) {
        // Each line without its indentation, as the renderers indent them again.
        part.byline.text += '\n' + contentOf(value, next)
        part.byline.date = date
        region[index + 1] = blankView(next)
      }
    }
    break
  }

  return part
}

/** Control words glued to the end of a line of text, and where they start. */
export function gluedControls(value: string, line: Line): {controls: string[]; start: number} | undefined {
  const controls: string[] = []
  let end = line.contentEnd
  for (;;) {
    const word = controlWords.find((control) => end - control.length > line.contentStart && value.startsWith(control, end - control.length))
    if (!word) break
    controls.push(word)
    end -= word.length
  }
  if (controls.length === 0 || isInlineSpace(value.charCodeAt(end - 1))) return undefined
  // Found from the end of the line backwards: reversed once, not unshifted one by one.
  return {controls: controls.reverse(), start: end}
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
