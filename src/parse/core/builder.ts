// The state of building one region's blocks (src/parse/core/blocks.ts, turn.ts): the blocks so
// far, the open one, and the arrays grown by `push` that are fitted when their block closes.
import type {BlockContent, Dialogue, Narration, Note, Turn} from '../../types.js'
import type {Line} from '../lines.js'
import type {CoreState} from './state.js'

export type Open = Narration | Dialogue | Note

export interface Builder {
  state: CoreState
  region: number
  /** The blocks so far: the first `blockCount` of a scratch array with room for one per line. */
  blocks: BlockContent[]
  blockCount: number
  open: Open | undefined
  turn: Turn | undefined
  /** The source line the last line's phrasing ended on: the line break after it starts there. */
  previous: Line | undefined
  /** The blocks before this one are closed and fitted (`compactChildren`). */
  fitted: number
  /**
   * Where the reader's phrasing comes fitted (`Reading.fitted`): the nodes of one block (the
   * index `grownBlock`) whose children the builder grew by `push`, to fit when it closes.
   */
  grown: Array<Dialogue | Turn | Narration | Note>
  grownBlock: number
  /**
   * The open dialogue, while its turns gather in `turns` (the first `turnCount`): it gets them
   * as its `children`, of exactly their length, when it closes (`closeDialogue`). One array
   * serves every dialogue of the region, where each would grow one of its own and leave it.
   */
  dialogue: Dialogue | undefined
  turns: Turn[]
  turnCount: number
}

/** Add `block` after the blocks so far. */
export function addBlock(build: Builder, block: BlockContent): void {
  build.blocks[build.blockCount++] = block
}

/** Give the open dialogue its turns. */
export function closeDialogue(build: Builder): void {
  const {dialogue} = build
  if (dialogue === undefined) return
  dialogue.children = build.turns.slice(0, build.turnCount)
  build.dialogue = undefined
  build.turnCount = 0
}

/** Note that `node`, of the last block, grows: it is fitted when that block closes. */
export function growing(build: Builder, node: Dialogue | Turn | Narration | Note): void {
  if (!build.state.reading.fitted) return
  const block = build.blockCount - 1
  // A node of a later block: the block of those noted before is closed.
  if (block !== build.grownBlock) {
    fitGrown(build)
    build.grownBlock = block
  }
  if (build.grown[build.grown.length - 1] !== node) build.grown.push(node)
}

/** Fit the arrays noted by `growing`. */
export function fitGrown(build: Builder): void {
  // Asked after every line once a later block is open; most times there is nothing to fit, and
  // setting an array's length is a call into the engine even when it is 0.
  if (build.grown.length === 0) return
  for (const node of build.grown) node.children = node.children.slice() as typeof node.children
  build.grown.length = 0
}
