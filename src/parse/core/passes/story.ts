// Pass: the story's part of the root: the dateline, the title, then the blocks of its lines.
import {buildBlocks} from '../blocks.js'
import type {CoreState} from '../state.js'

export function story(state: CoreState): void {
  const {children} = state
  const below = state.datelineBelowTitle
  if (state.dateline && !below) children.push(state.dateline)
  if (state.title) children.push(state.title)
  if (state.dateline && below) children.push(state.dateline)
  for (const block of buildBlocks(state, 0, state.story.lines)) children.push(block)
}
