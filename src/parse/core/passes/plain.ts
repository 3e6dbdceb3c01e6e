// The text of a line that is plain in its format (no emphasis, link or code on it, not a block
// kept whole): only such a line can be a line of controls, a byline or a comment's date.
import {isBlankLine, type StoryLine} from '../../reader.js'
import type {CoreState} from '../state.js'

export function plainText(state: CoreState, line: StoryLine): string | undefined {
  if (isBlankLine(line)) return undefined
  const format = line.format
  if (format && (format.elementStart !== undefined || format.whole)) return undefined
  return state.reading.text(line, line.contentStart, line.contentEnd)
}
