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
 * is the speaker as written. Those the parser read there (`cue`), as far as they read back there;
 * and, whatever the tree says, every one up to a comma direction (`Coworker, picking up the
 * phone:`), and up to one that after the colon would read as something else (`(...)` is an
 * elision in speech). Else, after a note word, the first: `PS: …` would read back as a note.
 */
export function directionsInCue(turn: Turn, label: string): number {
  const children = turn.children
  let flagged = 0
  let readable = 0
  let comma = 0
  let elision = 0
  let length = label.length
  for (let index = 1; index < children.length && children[index].type === 'direction'; index++) {
    const direction = children[index] as Direction
    if (direction.cue === true && flagged === index - 1) flagged = index
    if (direction.marker === 'comma') comma = index
    if (readsAsElision(direction)) elision = index
    // The cue as the text writer has it; its length counts only where every direction is plain text.
    const [open, close] = delimitersOf(direction.marker)
    length += (direction.marker === 'comma' ? 0 : 1) + open.length + nodeText(direction).length + close.length
    if (readable === index - 1 && readsAsCueDirection(direction) && length < maxCueLength) readable = index
  }
  const from = Math.max(Math.min(flagged, readable), elision <= readable ? elision : 0, comma)
  if (from === 0 && !turn.bullet && isNoteLabel(label.toLowerCase()) && children[1]?.type === 'direction' && readsAsCueDirection(children[1])) return 1
  return from
}

/**
 * A direction the cue grammar reads back: plain, non-empty text without colons (but a time's) or
 * line ends, and, unless the parser read it in the cue (where its brackets and placeholders read
 * as they did: `(zwinkert ;-))`, `(zu $Azubi)`), without brackets or `$`.
 */
function readsAsCueDirection(direction: Direction): boolean {
  let content = ''
  for (const child of direction.children) {
    if (child.type !== 'text' && !(child.type === 'placeholder' && direction.cue === true)) return false
    content += child.value
  }
  // The parser reads a time's colon in brackets as the bracket's (`Mama (18:02):`).
  if (direction.cue === true) content = content.replace(/\d:(?=\d)/g, '')
  if (content.length === 0 || (direction.cue === true ? /[:\uff1a\n\r]/ : /[<>()[\]*:\uff1a$\n\r]/).test(content)) return false
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
