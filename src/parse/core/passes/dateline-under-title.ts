// Pass: the dateline under the title, where the first line gave none: the line alone in the
// paragraph after a first line that can be a title, read as a first line is (`The coffee
// machine` / blank / `June 14, 2017`). After the cast: a turn or a note above is no title (see
// `canBeTitle`), and a turn or a note is no dateline (`mayBeDateline`, the first line's rule).
import {isBlankLine} from '../../reader.js'
import type {CoreState} from '../state.js'
import {nextWithContent, takeIfDateline} from './dateline.js'
import {canBeTitle} from './title.js'

export function datelineUnderTitle(state: CoreState): void {
  if (state.dateline) return
  const lines = state.story.lines
  const first = nextWithContent(lines, 0)
  if (lines[first + 1] === undefined || !isBlankLine(lines[first + 1]) || !canBeTitle(state, first)) return
  const index = nextWithContent(lines, first + 1)
  if (index >= lines.length || (lines[index + 1] !== undefined && !isBlankLine(lines[index + 1]))) return
  if (takeIfDateline(state, index)) state.datelineBelowTitle = true
}
