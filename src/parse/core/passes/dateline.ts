// Pass: the story's dateline, when its first line gives a date (`Montag, 21. Februar 2011`,
// `2011-02-21`, `Nov. 2nd, 2014 8:07 pm`, a meta line `Filed under Work | by Ann | March 2, 2020`),
// alone in its paragraph. (The dateline under a title is read once the title can be told: see
// dateline-under-title.ts.) A day that does not exist is warned about.
import type {Dateline} from '../../../types.js'
import {span, warn} from '../../context.js'
import {isBlankLine, type StoryLine} from '../../reader.js'
import {maxDatelineLineLength, type ParsedDate, readDateline} from '../dates.js'
import {blankView, type CoreState} from '../state.js'

export function dateline(state: CoreState): void {
  const lines = state.story.lines
  const first = nextWithContent(lines, 0)
  if (first >= lines.length) return
  const parsed = readLine(state, lines[first])
  if (parsed) takeDateline(state, first, parsed)
}

/** The dateline on the story's line at `index`, read as `parsed`: the line is taken out of the text. */
export function takeDateline(state: CoreState, index: number, parsed: ParsedDate): void {
  const lines = state.story.lines
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

export function nextWithContent(lines: StoryLine[], from: number): number {
  let index = from
  while (index < lines.length && isBlankLine(lines[index])) index++
  return index
}

/** The line read as a dateline, if it is one. */
export function readLine(state: CoreState, line: StoryLine): ParsedDate | undefined {
  const format = line.format
  if (format && (format.quote || format.listItem || format.whole)) return undefined
  if (line.contentEnd - line.contentStart > maxDatelineLineLength) return undefined
  return readDateline(textOf(state, line))
}

/** The line as the format reads it: Markdown writes `1\. Mai 2020` (else a list item). */
function textOf(state: CoreState, line: StoryLine): string {
  return state.reading.text(line, line.contentStart, line.contentEnd)
}
