// Points and line breaks over story lines, whose phrasing may end on a later source line.
import type {Point} from 'unist'
import type {PhrasingContent} from '../../types.js'
import {lineAt, point, pointNear} from '../context.js'
import type {Line} from '../lines.js'
import type {StoryLine} from '../reader.js'
import type {CoreState} from './state.js'

/** The point where a story line's phrasing ends. */
export function endPoint(state: CoreState, line: StoryLine): Point {
  return line.phrasingEnd === undefined ? point(line, line.contentEnd) : pointNear(state.reading.source, line, line.phrasingEnd)
}

/** The source line a story line's phrasing ends on. */
export function lastLineOf(state: CoreState, line: StoryLine): Line {
  return line.phrasingEnd === undefined ? line : lineAt(state.reading.source, line.phrasingEnd)
}

/** The line ending between two lines of one block. */
export function lineBreak(previous: Line, line: Line): PhrasingContent {
  return {type: 'break', position: {start: point(previous, previous.end), end: point(line, line.start)}}
}
