// The text of a line that is plain in its format (no emphasis, link or code on it, not a block
// kept whole): only such a line can be a line of controls, a byline or a comment's date.
import {isBlankLine, type StoryLine} from '../../reader.js'
import {controlsOf, mayBeControls} from '../comment-lines.js'
import type {CoreState} from '../state.js'

export function plainText(state: CoreState, line: StoryLine): string | undefined {
  return isPlain(line) ? state.reading.text(line, line.contentStart, line.contentEnd) : undefined
}

/** Whether `plainText` reads the line: it is not blank, and plain in its format. */
export function isPlain(line: StoryLine): boolean {
  if (isBlankLine(line)) return false
  const format = line.format
  return !format || (format.elementStart === undefined && !format.whole)
}

/** The control words a plain line consists of (`AntwortenLöschen`), or undefined; most lines are refused before their text is read. */
export function lineControls(state: CoreState, line: StoryLine): string[] | undefined {
  if (!mayBeControls(state.value, line.contentStart)) return undefined
  const text = plainText(state, line)
  return text === undefined ? undefined : controlsOf(text)
}
