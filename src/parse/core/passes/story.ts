// Pass: the story's part of the root: the dateline, the title, then the blocks of its lines.
import {buildBlocks} from '../blocks.js'
import type {CoreState} from '../state.js'

export function story(state: CoreState): void {
  const {children, dateline, title} = state
  const start = children.length
  if (title) children.push(title)
  for (const block of buildBlocks(state, 0, state.story.lines)) children.push(block)
  // Above the title, or below the line above it: the title, or a first line that did not become
  // one (its block: a line starts one block at most), or where there is neither, alone.
  if (dateline) children.splice(start + (state.datelineBelowTitle ? Math.min(1, children.length - start) : 0), 0, dateline)
}
