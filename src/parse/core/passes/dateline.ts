// Pass: the story's dateline: its first line, when that gives a date (`Montag, 21. Februar 2011`,
// `2011-02-21`, `Nov. 2nd, 2014 8:07 pm`, a meta line `Filed under Work | by Ann | March 2, 2020`),
// or else the line under a first line that can be a title, each alone in its paragraph
// (`The coffee machine` / blank / `June 14, 2017`). A day that does not exist is warned about.
import type {Dateline} from '../../../types.js'
import {span, warn} from '../../context.js'
import {isBlankLine, type StoryLine} from '../../reader.js'
import {maxDatelineLineLength, readDateline} from '../dates.js'
import {blankView, type CoreState} from '../state.js'
import {maxTitleLength} from './title.js'

export function dateline(state: CoreState): void {
  const lines = state.story.lines
  const first = nextWithContent(lines, 0)
  if (first >= lines.length) return
  let index = first
  let parsed = read(state, lines[first])
  if (!parsed) {
    // Under a title: the first line alone in its paragraph, then a line alone in the next.
    if (lines[first + 1] === undefined || !isBlankLine(lines[first + 1])) return
    if (lines[first].contentEnd - lines[first].contentStart > maxTitleLength) return
    index = nextWithContent(lines, first + 1)
    if (index >= lines.length || (lines[index + 1] !== undefined && !isBlankLine(lines[index + 1]))) return
    parsed = read(state, lines[index])
    if (!parsed) return
    state.datelineBelowTitle = true
  }
  const line = lines[index]
  const value = textOf(state, line)
  const position = span(line, line.contentStart, line.contentEnd)
  const node: Dateline = state.context.positions ? {type: 'dateline', value, position} : {type: 'dateline', value}
  if (parsed.date) node.date = parsed.date
  else if (!parsed.ambiguous) warn(state.context, 'Dateline `' + value + '` names a day that does not exist', 'invalid-date', position)
  state.dateline = node
  state.datelineLang = parsed.lang
  lines[index] = blankView(line)
}

function nextWithContent(lines: StoryLine[], from: number): number {
  let index = from
  while (index < lines.length && isBlankLine(lines[index])) index++
  return index
}

function read(state: CoreState, line: StoryLine) {
  const format = line.format
  if (format && (format.quote || format.listItem || format.whole)) return undefined
  if (line.contentEnd - line.contentStart > maxDatelineLineLength) return undefined
  return readDateline(textOf(state, line))
}

/** The line as the format reads it: Markdown writes `1\. Mai 2020` (else a list item). */
function textOf(state: CoreState, line: StoryLine): string {
  return state.reading.text(line, line.contentStart, line.contentEnd)
}
