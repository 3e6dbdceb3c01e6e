// Pass: the blog's reply and delete controls left in a comment (`Antworten`, `Löschen`, `Reply`,
// `Delete`) go from its text into `Comment.controls`: lines of controls only, then controls glued
// to the end of its last line of text (`Vielen Dank!AntwortenLöschen`), which come first.
import {isBlankLine} from '../../reader.js'
import {gluedControls} from '../comment-lines.js'
import {blankView, type CommentPart, type CoreState, lineView} from '../state.js'
import {isPlain, lineControls} from './plain.js'

export function commentControls(state: CoreState): void {
  for (const part of state.comments) takeOutControls(state, part)
}

function takeOutControls(state: CoreState, part: CommentPart): void {
  const lines = part.region.lines
  let controls: string[] = []
  // Where `comment-items` has found them, only those lines: not every line of every comment again.
  const known = part.controlLines
  const count = known ? known.length : lines.length
  for (let at = 0; at < count; at++) {
    const index = known ? known[at] : at
    const found = lineControls(state, lines[index])
    if (!found) continue
    for (const control of found) controls.push(control)
    lines[index] = blankView(lines[index])
  }
  let last = lines.length - 1
  while (last >= 0 && isBlankLine(lines[last])) last--
  const line = lines[last]
  if (line && isPlain(line)) {
    const glued = gluedControls(state.value, line.contentStart, line.contentEnd)
    if (glued) {
      controls = glued.controls.concat(controls)
      lines[last] = lineView(line, line.contentStart, glued.start)
    }
  }
  if (controls.length > 0) part.fields.controls = controls
}
