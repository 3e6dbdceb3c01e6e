// Which of a turn's leading directions a writer puts between its label and its separator
// (`Kunde (leise): Hallo.`), so that the parser reads them back where they stood. The text and
// the Markdown writers both ask here.
import {nodeText} from '../node-text.js'
import {maxCueLength} from '../parse/core/cue.js'
import {isNoteLabel} from '../parse/core/note-label.js'
import {directionDelimiters, elisionEnd, isAbbreviation} from '../parse/grammar.js'
import type {Direction, Turn} from '../types.js'
import {delimitersOf} from './text/handlers/direction.js'

/**
 * How many of the directions right after the speaker of `turn` go before its separator; `label`
 * is the speaker as written. All of them where one is a comma direction (`Coworker, picking up
 * the phone:`), or where they read back there and either speech follows them without a space (so
 * the tree says they stood there) or after the colon they would read as something else (`(...)`
 * is an elision in speech). Else, after a note word, the first: `PS: …` would read back as a note.
 */
export function directionsInCue(turn: Turn, label: string): number {
  const children = turn.children
  let end = 1
  while (end < children.length && children[end].type === 'direction') end++
  if (end === 1) return 0
  let comma = false
  let elision = false
  let length = label.length
  let readBack = true
  for (let index = 1; index < end; index++) {
    const direction = children[index] as Direction
    if (direction.marker === 'comma') comma = true
    if (!readsAsCueDirection(direction)) readBack = false
    if (readsAsElision(direction)) elision = true
    // The cue as the text writer has it; its length counts only where every direction is plain text.
    const [open, close] = delimitersOf(direction.marker)
    length += (direction.marker === 'comma' ? 0 : 1) + open.length + nodeText(direction).length + close.length
  }
  if (comma) return end - 1
  if (readBack && length < maxCueLength && (glued(children[end]) || elision)) return end - 1
  if (!turn.bullet && isNoteLabel(label.toLowerCase()) && readsAsCueDirection(children[1] as Direction)) return 1
  return 0
}

/** Whether speech follows the directions without a space between. */
function glued(next: Turn['children'][number] | undefined): boolean {
  return next !== undefined && next.type !== 'break' && !(next.type === 'text' && /^\s/.test(next.value))
}

/** A direction the cue grammar reads back: plain, non-empty text without brackets, colons or `$`. */
function readsAsCueDirection(direction: Direction): boolean {
  let content = ''
  for (const child of direction.children) {
    if (child.type !== 'text') return false
    content += child.value
  }
  if (content.length === 0 || /[<>()[\]*:\uff1a$\n\r]/.test(content)) return false
  // `Systemadministrator (SA):` introduces an abbreviation, not a direction.
  return !(direction.marker === 'paren' && isAbbreviation(content, 0, content.length))
}

function readsAsElision(direction: Direction): boolean {
  if (direction.marker !== 'paren' && direction.marker !== 'bracket') return false
  const content = direction.children.length === 1 && direction.children[0].type === 'text' ? direction.children[0].value : ''
  const [open, close] = directionDelimiters[direction.marker]
  const written = open + content + close
  return elisionEnd(written, 0, written.length) === written.length
}
