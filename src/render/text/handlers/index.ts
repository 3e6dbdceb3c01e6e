// The default text handlers, one per node type.
import type {Nodes} from '../../../types.js'
import type {TextHandler} from '../index.js'
import {hardBreak} from './break.js'
import {comment} from './comment.js'
import {comments} from './comments.js'
import {dateline} from './dateline.js'
import {dialogue} from './dialogue.js'
import {direction} from './direction.js'
import {frontmatter} from './frontmatter.js'
import {link} from './link.js'
import {literal} from './literal.js'
import {note} from './note.js'
import {phrasing} from './phrasing.js'
import {root} from './root.js'
import {turn} from './turn.js'

export const handlers: Record<Nodes['type'], TextHandler> = {
  root,
  frontmatter,
  dateline,
  title: phrasing,
  narration: phrasing,
  dialogue,
  turn,
  speaker: phrasing,
  note,
  comments,
  comment,
  text: literal,
  placeholder: literal,
  direction,
  elision: literal,
  break: hardBreak,
  emphasis: phrasing,
  strong: phrasing,
  link,
  inlineCode: literal
}
