// Pass: the story's title. A first-rank heading before any story text is one (`# Der Drucker`);
// otherwise the first paragraph when it is a single short line followed by more text, not a turn
// or a note, and either it does not end like a sentence or a dateline stands above it and it is
// not two sentences.
import type {Title} from '../../../types.js'
import {place, span} from '../../context.js'
import {isColon, isUpperLetter} from '../../grammar.js'
import {phrasingOf} from '../../reader.js'
import {blankView, type CoreState} from '../state.js'
import {blankClass} from './line-classes.js'

/** The longest title line. */
export const maxTitleLength = 120

export function title(state: CoreState): void {
  const {lines, classes} = state.story
  const index = classes.findIndex((line) => line.kind !== 'blank')
  if (index < 0) return
  const line = lines[index]
  const heading = line.format?.heading
  if (!(heading?.rank === 1 || isTitleLine(state, index))) return
  const children = state.reading.phrasing(line, line.contentStart, line.contentEnd, phrasingOf.text)
  // A heading's lines after its first (`Foo` / `Bar` / `===`) are blocks of their own: the title ends with its line.
  const end = heading && !(lines[index + 1]?.start < heading.end) ? heading.end : line.contentEnd
  const node: Title = state.context.positions
    ? {type: 'title', children, position: heading ? place(state.reading.source, heading.start, end) : span(line, line.contentStart, end)}
    : {type: 'title', children}
  state.title = node
  lines[index] = blankView(line)
  classes[index] = blankClass
}

function isTitleLine(state: CoreState, first: number): boolean {
  if (!canBeTitle(state, first)) return false
  if (!state.story.classes.some((line, index) => index > first && line.kind !== 'blank')) return false
  const {contentStart, contentEnd} = state.story.lines[first]
  if (!endsLikeSentence(state.value, contentEnd)) return true
  // Under a dateline a title may end like a sentence, but two sentences are the story's first
  // lines (`Es ist 7:58 Uhr. Vor der Tür stehen schon fünf Leute.`).
  return state.dateline !== undefined && !holdsSentenceEnd(state.value, contentStart, contentEnd - 1)
}

/** Whether `[start, end)` holds the end of a sentence before another: `.`, `!` or `?`, a space, a capital letter. */
function holdsSentenceEnd(value: string, start: number, end: number): boolean {
  for (let index = start + 1; index < end - 2; index++) {
    const code = value.charCodeAt(index)
    if ((code === 46 || code === 33 || code === 63) && value.charCodeAt(index + 1) === 32 && isUpperLetter(value.charCodeAt(index + 2))) return true
  }
  return false
}

/**
 * Whether the story's first line (at `first`) can be its title by what it is: a first-rank
 * heading, or a line alone in its paragraph, short, of plain phrasing, not a turn or a note. (A
 * line that is no heading needs more: see `isTitleLine`.)
 */
export function canBeTitle(state: CoreState, first: number): boolean {
  const {lines, classes} = state.story
  if (lines[first].format?.heading?.rank === 1) return true
  const info = classes[first]
  if (info.kind === 'note' || (info.kind === 'cue' && state.cast.accepted[0][first] === 1)) return false
  if (classes[first + 1] && classes[first + 1].kind !== 'blank') return false
  const line = lines[first]
  return !(line.contentEnd - line.contentStart > maxTitleLength || line.format?.whole || line.phrasingEnd !== undefined)
}

/** Whether the text before `end` ends like a sentence (`.`, `:`, `;`, `,`; not an ellipsis). */
export function endsLikeSentence(value: string, end: number): boolean {
  const last = value.charCodeAt(end - 1)
  const ellipsis = value.endsWith('...', end) || last === 0x2026
  return !ellipsis && (last === 46 || last === 59 || last === 44 || isColon(last))
}
