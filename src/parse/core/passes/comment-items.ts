// Pass: the lines after the comment header, cut into comments. Where the format has a list there
// (Markdown, HTML), each of its items is a comment, numbered where the list is. Numbered comments (`1.`
// on the section's first line) start at the marker with the next number; other numbers are text.
// Otherwise a comment ends after its controls (on their own line or glued to its last line of
// text), or, where the section has none, at a blank line.
import {trimStart} from '../../grammar.js'
import {isBlankLine, phrasingEndOf, type StoryLine} from '../../reader.js'
import {gluedControls, markerAt} from '../comment-lines.js'
import {blankView, type CommentPart, type CoreState, lineView} from '../state.js'
import {isPlain, lineControls} from './plain.js'

interface Group {
  lines: StoryLine[]
  /** Where the marker ends, and the comment's number where it has one. */
  marker?: {end: number; number?: number}
}

export function commentItems(state: CoreState): void {
  if (state.headerIndex < 0) return
  const lines = state.reading.lines.slice(state.headerIndex + 1)
  const first = lines.find((line) => !isBlankLine(line))
  const numbered = first !== undefined && markerAt(state.value, first.contentStart, first.contentEnd) !== undefined
  const groups = lines.some(isItem) ? itemGroups(state, lines) : numbered ? numberedGroups(state, lines) : controlledGroups(state, lines)
  for (const group of groups) state.comments.push(part(state, group))
}

/** A line that starts an item of a list in no other list (and in no quote). */
function isItem(line: StoryLine): boolean {
  return line.format?.listItem?.nesting === 1 && !line.format.quote
}

/** One comment per list item; what stands before the first item is a comment of its own. */
function itemGroups(state: CoreState, lines: StoryLine[]): Group[] {
  const groups: Group[] = []
  for (const line of lines) {
    const item = isItem(line) ? line.format!.listItem! : undefined
    if (item) {
      const marker: Group['marker'] = {end: item.end}
      const number = item.number ?? markerAt(state.value, item.start, item.end)?.number ?? Number.parseInt(state.value.slice(item.start, item.end), 10)
      if (Number.isFinite(number)) marker.number = number
      groups.push({lines: [line], marker})
    } else if (groups.length > 0) groups[groups.length - 1].lines.push(line)
    else if (!isBlankLine(line)) groups.push({lines: [line]})
  }
  return groups
}

function numberedGroups(state: CoreState, lines: StoryLine[]): Group[] {
  const groups: Group[] = []
  let expected = -1
  for (const line of lines) {
    const marker = isBlankLine(line) ? undefined : markerAt(state.value, line.contentStart, line.contentEnd)
    if (marker && (expected < 0 || marker.number === expected)) {
      groups.push({lines: [line], marker})
      expected = marker.number + 1
    } else if (groups.length > 0) groups[groups.length - 1].lines.push(line)
  }
  return groups
}

/** Whether a line ends a comment that is not numbered: a line of controls, or controls glued to it. */
function endsComment(state: CoreState, line: StoryLine): 'controls' | 'glued' | undefined {
  if (!isPlain(line)) return undefined
  if (lineControls(state, line)) return 'controls'
  return gluedControls(state.value, line.contentStart, line.contentEnd) ? 'glued' : undefined
}

function controlledGroups(state: CoreState, lines: StoryLine[]): Group[] {
  const ends = lines.map((line) => endsComment(state, line))
  const hasControls = ends.some((kind) => kind !== undefined)
  const groups: Group[] = []
  let current: StoryLine[] | undefined
  let closed = true
  for (let index = 0; index < lines.length; index++) {
    const line = lines[index]
    if (isBlankLine(line)) {
      if (current && !hasControls) closed = true
      else if (current) current.push(line)
      continue
    }
    if (closed && !(ends[index] === 'controls' && current)) {
      current = [line]
      groups.push({lines: current})
      closed = false
    } else current!.push(line)
    if (ends[index] !== undefined) closed = true
  }
  return groups
}

/** A comment's region, its marker taken out of its first line, and where it starts and ends. */
function part(state: CoreState, group: Group): CommentPart {
  const lines = group.lines.slice()
  let last = lines[0]
  for (let index = 1; index < lines.length; index++) if (!isBlankLine(lines[index])) last = lines[index]
  const first = lines[0]
  const result: CommentPart = {region: {lines, classes: []}, first, last, start: first.contentStart, end: phrasingEndOf(last), fields: {}}
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
