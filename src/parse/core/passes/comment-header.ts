// Pass: the comment section starts at the first line that reads as its header (`2 Kommentare:`,
// `No comments`), or at a heading that names it (`## Kommentare`); not inside a quote. The lines
// before it are the story's.
import {place, span} from '../../context.js'
import {isBlankLine} from '../../reader.js'
import {isCommentNoun, maxHeaderLength, parseCommentHeader, startsLikeHeader} from '../comment-lines.js'
import {scratchSlice} from '../../scratch.js'
import type {CoreState} from '../state.js'

export function commentHeader(state: CoreState): void {
  const {value, reading} = state
  const lines = reading.lines
  let index = 0
  for (; index < lines.length; index++) {
    const line = lines[index]
    if (isBlankLine(line) || line.contentEnd - line.contentStart > maxHeaderLength) continue
    const format = line.format
    if (format && (format.quote || format.whole)) continue
    // Nearly every line fails at its first word: its text is not copied.
    if (!format?.heading && !startsLikeHeader(value, line.contentStart, line.contentEnd)) continue
    const label = value.slice(line.contentStart, line.contentEnd)
    const header = parseCommentHeader(label)
    if (!header && !(format?.heading && isCommentNoun(label))) continue
    const heading = format?.heading
    const position = heading ? place(reading.source, heading.start, heading.end) : span(line, line.contentStart, line.contentEnd)
    state.header = {label, count: header?.count, position}
    state.headerIndex = index
    break
  }
  // One copy of its length: grown by `push`, a story of many lines leaves a copy per growth.
  state.story.lines = scratchSlice(state.context.scratch, lines, 0, index)
}
