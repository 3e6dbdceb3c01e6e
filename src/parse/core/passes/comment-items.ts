// Pass: the lines after the comment header, cut into comments. Where the format has a list there
// (Markdown, HTML), each of its items is a comment, numbered where the list is. Numbered comments (`1.`
// on the section's first line) start at the marker with the next number, or a later one after a
// blank line or controls; other numbers are text.
// Otherwise a comment ends after its controls (on their own line or glued to its last line of
// text), or, where the section has none, at a blank line.
import {trimStart} from '../../grammar.js'
import {isBlankLine, phrasingEndOf, type StoryLine} from '../../reader.js'
import {gluedControls, markerAt} from '../comment-lines.js'
import {scratchSlice} from '../../scratch.js'
import {blankView, type CommentPart, type CoreState, lineView} from '../state.js'
import {readByline, readDateLine} from './comment-bylines.js'
import {isPlain, lineControls} from './plain.js'

/** A comment's lines, `start` to `end` of the reading's lines, before the plan takes them. */
interface Group {
  start: number
  end: number
  /** Where the marker ends, and the comment's number where it has one. */
  marker?: {end: number; number?: number}
  /** Its lines of controls, by index from `start`, where the grouping has read them. */
  controlLines?: number[]
}

// The groups are ranges of the reading's lines, not arrays: each comment's lines are copied once,
// into its region, not again for every way of grouping them.
export function commentItems(state: CoreState): void {
  if (state.headerIndex < 0) return
  const lines = state.reading.lines
  const from = state.headerIndex + 1
  let first = from
  while (first < lines.length && isBlankLine(lines[first])) first++
  const numbered = first < lines.length && markerAt(state.value, lines[first].contentStart, lines[first].contentEnd) !== undefined
  const groups = hasItem(lines, from) ? itemGroups(state, lines, from) : numbered ? numberedGroups(state, lines, from) : controlledGroups(state, lines, from)
  for (const group of groups) state.comments.push(part(state, group))
}

/** A line that starts an item of a list in no other list (and in no quote). */
function isItem(line: StoryLine): boolean {
  return line.format?.listItem?.nesting === 1 && !line.format.quote
}

function hasItem(lines: readonly StoryLine[], from: number): boolean {
  for (let index = from; index < lines.length; index++) if (isItem(lines[index])) return true
  return false
}

/**
 * One comment per list item. What stands before the first item is cut as a section without a
 * list is (`**Anna** sagte:` … `**Bernd** sagte:` … then `3. Carl sagte:`, a list from 3).
 */
function itemGroups(state: CoreState, lines: readonly StoryLine[], from: number): Group[] {
  let first = from
  while (!isItem(lines[first])) first++
  const groups = controlledGroups(state, lines, from, first)
  for (let index = first; index < lines.length; index++) {
    const line = lines[index]
    const item = isItem(line) ? line.format!.listItem! : undefined
    if (item) {
      const marker: Group['marker'] = {end: item.end}
      const number = item.number ?? markerAt(state.value, item.start, item.end)?.number ?? Number.parseInt(state.value.slice(item.start, item.end), 10)
      if (Number.isFinite(number)) marker.number = number
      groups.push({start: index, end: index + 1, marker})
    } else groups[groups.length - 1].end = index + 1
  }
  return groups
}

function numberedGroups(state: CoreState, lines: readonly StoryLine[], from: number): Group[] {
  const groups: Group[] = []
  let expected = -1
  // After a blank line or a comment's controls, a later number starts a comment too: one between
  // was taken down (`1.` … `Antworten` / `3.`).
  let ended = false
  for (let index = from; index < lines.length; index++) {
    const line = lines[index]
    const blank = isBlankLine(line)
    const marker = blank ? undefined : markerAt(state.value, line.contentStart, line.contentEnd)
    if (marker && (expected < 0 || marker.number === expected || (ended && marker.number > expected))) {
      groups.push({start: index, end: index + 1, marker})
      expected = marker.number + 1
    } else if (groups.length > 0) groups[groups.length - 1].end = index + 1
    ended = blank || endsComment(state, line) !== noEnd
  }
  return groups
}

// How a line ends a comment that is not numbered: not at all, as a line of controls, or with
// controls glued to it.
const noEnd = 0
const controlsLine = 1
const gluedEnd = 2

function endsComment(state: CoreState, line: StoryLine): number {
  if (!isPlain(line)) return noEnd
  if (lineControls(state, line)) return controlsLine
  return gluedControls(state.value, line.contentStart, line.contentEnd) ? gluedEnd : noEnd
}

/** The comments of lines `from` to `to` (the section's end, or its first list item). */
function controlledGroups(state: CoreState, lines: readonly StoryLine[], from: number, to = lines.length): Group[] {
  // Made at its length, not grown by `push`: past about 16,000 elements each growth is a new large
  // object. Grown, this loop took 7–10 ms of the 1 MB text's parse (51,000 lines); so, 2.
  const ends = new Uint8Array(to - from)
  let hasControls = false
  for (let index = from; index < to; index++) {
    const end = endsComment(state, lines[index])
    if (end !== noEnd) hasControls = true
    ends[index - from] = end
  }
  const groups: Group[] = []
  let current: Group | undefined
  let closed = true
  // Without controls, a blank line ends a comment, but not one that is so far only its byline
  // (and the date under it): the text follows after a blank line (`Anna sagte...`, blank, `Toll!`).
  let bylineOnly = false
  // The comment opened with a byline that has no date, on it or under it: Blogger's classic
  // layout writes the date under the text, then the next byline (see `isFooterDate`).
  let undated = false
  for (let index = from; index < to; index++) {
    const end = ends[index - from]
    if (isBlankLine(lines[index])) {
      if (current && !hasControls && !bylineOnly) closed = true
      else if (current) current.end = index + 1
      continue
    }
    const read = hasControls ? undefined : readByline(state, lines[index])
    const byline = read !== undefined
    if (undated && (closed || byline) && isFooterDate(state, lines, index, closed)) {
      // The date ends the comment before, after its text: the line after it starts the next.
      if (closed) current!.end = index + 1
      undated = false
      closed = true
      if (!byline) continue
    }
    // A byline after a blank line starts a comment, also after a comment that is one (`Anna sagte...` with no text).
    if ((closed || (byline && isBlankLine(lines[index - 1]))) && !(end === controlsLine && current)) {
      current = {start: index, end: index + 1, controlLines: []}
      groups.push(current)
      closed = false
      bylineOnly = byline
      undated = read !== undefined && read.date === undefined
    } else {
      // A date line right under the byline is the byline's.
      bylineOnly = bylineOnly && index === current!.start + 1 && readDateLine(state, lines[index]) !== undefined
      if (bylineOnly) undated = false
      current!.end = index + 1
    }
    if (end === controlsLine) current!.controlLines!.push(index - current!.start)
    if (end !== noEnd) closed = true
  }
  return groups
}

/**
 * Whether a comment's date stands at `index`, under its text: a date line after a blank line
 * (`closed`), or the line before a byline at `index` that follows the text without one.
 */
function isFooterDate(state: CoreState, lines: readonly StoryLine[], index: number, closed: boolean): boolean {
  if (closed) return readDateLine(state, lines[index]) !== undefined
  return !isBlankLine(lines[index - 1]) && readDateLine(state, lines[index - 1]) !== undefined
}

/**
 * A comment's region, its marker taken out of its first line, and where it starts and ends. Its
 * fields are all there from the start: added later, each would make a hidden class per parse.
 */
function part(state: CoreState, group: Group): CommentPart {
  const lines = scratchSlice(state.context.scratch, state.reading.lines, group.start, group.end)
  const first = lines[0]
  // The last line with content, looked for from the end: a long comment has thousands of lines.
  let last = first
  for (let index = lines.length - 1; index > 0; index--) {
    if (!isBlankLine(lines[index])) {
      last = lines[index]
      break
    }
  }
  const result: CommentPart = {
    region: {lines, classes: []},
    first,
    last,
    start: first.contentStart,
    end: phrasingEndOf(last),
    controlLines: group.controlLines,
    fields: {index: undefined, marker: undefined, author: undefined, byline: undefined, date: undefined, controls: undefined}
  }
  const marker = group.marker
  if (marker) {
    if (marker.number !== undefined) {
      result.fields.index = marker.number
      // A marker as written (HTML numbers an `<ol>`'s items without writing one).
      if (marker.end > first.contentStart) result.fields.marker = state.value.slice(first.contentStart, marker.end)
    }
    const start = trimStart(state.value, marker.end, first.contentEnd)
    lines[0] = start < first.contentEnd ? lineView(first, start, first.contentEnd) : blankView(first)
  }
  return result
}
