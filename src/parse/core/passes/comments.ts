// Pass: the comment section's node: one comment per part, its blocks built by the story's rules,
// its fields from the comment passes; a `comment-count` warning where the header's count differs.
import type {Comment, Comments} from '../../../types.js'
import {pointNear, warn} from '../../context.js'
import {buildBlocks} from '../blocks.js'
import type {CommentPart, CoreState} from '../state.js'

export function comments(state: CoreState): void {
  const header = state.header
  if (!header) return
  const positions = state.context.positions
  // Without positions, none to delete later: a deleted field leaves an object slow and large.
  const node: Comments = positions
    ? {type: 'comments', label: header.label, children: [], position: {start: header.position.start, end: header.position.end}}
    : {type: 'comments', label: header.label, children: []}
  if (header.count !== undefined) node.count = header.count
  for (let index = 0; index < state.comments.length; index++) {
    const comment = commentNode(state, state.comments[index], index + 1, positions)
    node.children.push(comment)
    // A copy: a point moved in one node must not move another.
    if (positions && comment.position!.end.offset! > node.position!.end.offset!) node.position!.end = {...comment.position!.end}
  }
  // Grown by `push`: fitted here, as the blocks are (see `compactChildren`).
  node.children = node.children.slice()
  if (node.count !== undefined && node.count !== node.children.length) {
    const found = node.children.length
    const reason = 'Comment header declares ' + node.count + ' comment' + (node.count === 1 ? '' : 's') + ', found ' + found
    warn(state.context, reason, 'comment-count', header.position)
  }
  state.children.push(node)
}

function commentNode(state: CoreState, part: CommentPart, region: number, positions: boolean): Comment {
  const source = state.reading.source
  const children = buildBlocks(state, region, part.region.lines)
  const comment: Comment = positions
    ? {type: 'comment', children, position: {start: pointNear(source, part.first, part.start), end: pointNear(source, part.last, lastEnd(children, part.end))}}
    : {type: 'comment', children}
  const {fields} = part
  if (fields.index !== undefined) comment.index = fields.index
  if (fields.marker !== undefined) comment.marker = fields.marker
  if (fields.author !== undefined) {
    comment.author = fields.author
    comment.byline = fields.byline
    if (fields.date !== undefined) comment.date = fields.date
  }
  if (fields.controls) comment.controls = fields.controls
  return comment
}

/**
 * Where the last of `children` ends, or `end` if later. Blocks follow each other in the text, so
 * the last one with a position ends after all others: read from the end, not every block (a long
 * comment has thousands). A function of its own: in `commentNode`, V8 re-entered a loop's
 * on-stack-replaced code on later calls and deoptimized each time (`node --trace-deopt`).
 */
function lastEnd(children: readonly Comment['children'][number][], end: number): number {
  for (let index = children.length - 1; index >= 0; index--) {
    const {position} = children[index]
    if (position) return Math.max(end, position.end.offset!)
  }
  return end
}
