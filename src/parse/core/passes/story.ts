// Pass: the story's part of the root: the dateline, the title, then the blocks of its lines.
import {buildBlocks} from '../blocks.js'
import type {CoreState} from '../state.js'

export function story(state: CoreState): void {
  const {children, dateline, title} = state
  const below = state.datelineBelowTitle
  if (dateline && !below) children.push(dateline)
  if (title) children.push(title)
  if (dateline && below && title) children.push(dateline)
  for (const block of buildBlocks(state, 0, state.story.lines)) {
    children.push(block)
    // Under a first line that did not become the title, it stays under that line: the first block
    // (a line starts one block at most).
    if (dateline && below && !title && children.length === 1) children.push(dateline)
  }
}
