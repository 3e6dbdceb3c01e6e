// A turn: `[bullet ]Label[ (direction)]: speech`. Directions that stood between the label and the
// colon (`Kunde (leise): …`) go back there when that reads the same; otherwise after the colon.
import {isNoteLabel} from '../../../parse/core/note-label.js'
import type {Direction, PhrasingContent, Turn} from '../../../types.js'
import {maxCueLength} from '../../../parse/core/cue.js'
import {directionDelimiters, elisionEnd, isAbbreviation} from '../../../parse/grammar.js'
import type {TextState} from '../index.js'

export function turn(state: TextState, node: Turn): string {
  const [speaker, ...speech] = node.children
  const label = speaker ? state.one(speaker, node) : ''
  let cue = label
  let from = 0

  let leading = 0
  while (leading < speech.length && speech[leading].type === 'direction') leading++
  if (leading > 0) {
    const directions = speech.slice(0, leading) as Direction[]
    let before = label
    for (const direction of directions) before += (direction.marker === 'comma' ? '' : ' ') + state.one(direction, node)
    // A comma direction only ever stands before the separator.
    if (directions.some((direction) => direction.marker === 'comma') || beforeSeparator(directions, speech[leading], before.length)) {
      cue = before
      from = leading
    } else if (!node.bullet && isNoteLabel(label.toLowerCase()) && readsAsCueDirection(directions[0])) {
      // `PS: …` would read back as a note: a direction before the colon keeps the turn a turn
      // (`PS (leise): (grinst) Nichts.`).
      cue = label + ' ' + state.one(directions[0], node)
      from = 1
    }
  }

  cue = (node.bullet ? node.bullet + ' ' : '') + cue + (node.separator || ':')
  let rest = ''
  for (let index = from; index < speech.length; index++) rest += state.one(speech[index], node)
  return rest.length === 0 || rest.charCodeAt(0) === 10 ? cue + rest : cue + ' ' + rest
}

/**
 * Whether leading directions go before the separator: when they read back as directions there,
 * and either speech follows them without a space (so the tree says they stood there) or, after
 * the colon, they would read as something else (`(...)` is an elision in speech).
 */
function beforeSeparator(directions: Direction[], next: PhrasingContent | undefined, length: number): boolean {
  if (length >= maxCueLength || !directions.every(readsAsCueDirection)) return false
  const glued = next !== undefined && next.type !== 'break' && !(next.type === 'text' && /^\s/.test(next.value))
  return glued || directions.some(readsAsElision)
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
