// The story: its blocks, one blank line apart (see `joinBlocks`).
import type {Root} from '../../../types.js'
import {joinBlocks} from '../blocks.js'
import type {TextState} from '../index.js'

export function root(state: TextState, node: Root): string {
  return joinBlocks(
    node.children,
    node.children.map((child) => state.one(child, node)),
    state.sourceLines
  )
}
