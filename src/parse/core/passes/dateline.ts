// Pass: the story's dateline, when its first line gives a date (`Montag, 21. Februar 2011`,
// `2011-02-21`, `Nov. 2nd, 2014 8:07 pm`, a meta line `Filed under Work | by Ann | March 2, 2020`),
// alone in its paragraph or not (a title may follow on the next line, as blogs write the date over
// it). A first line shaped like a cue or a note (`Ich: Hallo | 1. Mai 2020`,
// `Update: - 1. Mai 2020`) waits for the cast, since a turn or a note is no dateline: see
// dateline-of-cue.ts; so does the dateline under a title (dateline-under-title.ts). A day that
// does not exist is warned about.
import type {Dateline} from '../../../types.js'
import {span, warn} from '../../context.js'
import {isBlankLine, type StoryLine} from '../../reader.js'
import {maxDatelineLineLength, type ParsedDate, readDateline} from '../dates.js'
import {blankView, type CoreState} from '../state.js'
import {blankClass, classify, isBylineNote} from './line-classes.js'

export function dateline(state: CoreState): void {
  const lines = state.story.lines
  const first = nextWithContent(lines, 0)
  if (first >= lines.length) return
  const parsed = readLine(state, lines[first])
  if (parsed && !waitsForCast(state, lines[first])) takeDateline(state, first, parsed)
}

/**
 * Whether a line is shaped like a cue, or is a note by its label (`Update:`, `PS:`), so that only
 * the cast tells whether it can be the dateline (see `mayBeDateline`). A byline (`Posted by Ann |
 * March 2, 2020`) is blog meta, as `Filed under …` is: it can be one at once.
 */
function waitsForCast(state: CoreState, line: StoryLine): boolean {
  const info = classify(state, line)
  return info.kind === 'cue' || (info.kind === 'note' && !isBylineNote(info))
}

/**
 * Whether the story's line at `index`, once the cast is known, can be the dateline: not a turn,
 * and not a note by its label (a writer's aside, `Update (später): - 1. Mai 2020`, not the post's
 * date). The one rule for the first line and for the line under a title.
 */
function mayBeDateline(state: CoreState, index: number): boolean {
  const info = state.story.classes[index]
  if (info.kind === 'note') return isBylineNote(info)
  return !(info.kind === 'cue' && state.cast.accepted[0][index] === 1)
}

/**
 * Take the story's line at `index` as the dateline where, the cast known, it may be one
 * (`mayBeDateline`) and reads as one: the rule of the passes after the cast.
 */
export function takeIfDateline(state: CoreState, index: number): boolean {
  if (!mayBeDateline(state, index)) return false
  const parsed = readLine(state, state.story.lines[index])
  if (parsed) takeDateline(state, index, parsed)
  return parsed !== undefined
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
  // Taken after the line classes (dateline-of-cue.ts, dateline-under-title.ts): its class goes too.
  if (state.story.classes.length > index) state.story.classes[index] = blankClass
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
