// Pass: the dateline under the title, where the first line gave none: the line alone in the
// paragraph after a first line that can be a title, read as a first line is (`The coffee
// machine` / blank / `June 14, 2017`). After the cast: a turn or a note above is no title (see
// `canBeTitle`), and a turn is no dateline.
import {isBlankLine} from '../../reader.js'
import type {CoreState} from '../state.js'
import {nextWithContent, readLine, takeDateline} from './dateline.js'
import {canBeTitle} from './title.js'

export function datelineUnderTitle(state: CoreState): void {
  if (state.dateline) return
  const {lines, classes} = state.story
  const first = nextWithContent(lines, 0)
  if (lines[first + 1] === undefined || !isBlankLine(lines[first + 1]) || !canBeTitle(state, first)) return
  const index = nextWithContent(lines, first + 1)
  if (index >= lines.length || (lines[index + 1] !== undefined && !isBlankLine(lines[index + 1]))) return
  if (state.cast.accepted[0][index] === 1) return
  const parsed = readLine(state, lines[index])
  if (!parsed) return
  takeDateline(state, index, parsed)
  classes[index] = {kind: 'blank'}
  state.datelineBelowTitle = true
}
