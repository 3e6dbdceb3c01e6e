// Pass: the first line of the story is its dateline when it reads as a date
// (`Montag, 21. Februar 2011`, `2011-02-21`); a day that does not exist is warned about.
import type {Dateline} from '../../../types.js'
import {span, warn} from '../../context.js'
import {isBlankLine} from '../../reader.js'
import {maxDatelineLength, parseDateline} from '../dates.js'
import {blankView, type CoreState} from '../state.js'

export function dateline(state: CoreState): void {
  const lines = state.story.lines
  let index = 0
  while (index < lines.length && isBlankLine(lines[index])) index++
  const line = lines[index]
  if (!line || line.contentEnd - line.contentStart > maxDatelineLength) return
  const format = line.format
  if (format && (format.quote || format.listItem || format.heading || format.whole)) return
  const value = state.value.slice(line.contentStart, line.contentEnd)
  const parsed = parseDateline(value)
  if (!parsed) return
  const node: Dateline = {type: 'dateline', value, position: span(line, line.contentStart, line.contentEnd)}
  if (parsed.date) node.date = parsed.date
  else warn(state.context, 'Dateline `' + value + '` names a day that does not exist', 'invalid-date', node.position!)
  state.dateline = node
  state.datelineLang = parsed.lang
  lines[index] = blankView(line)
}
