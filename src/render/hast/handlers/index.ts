// The default handlers, one per node type.
import type {Nodes} from '../../../types.js'
import type {Handler} from '../index.js'
import {hardBreak} from './break.js'
import {comment} from './comment.js'
import {comments} from './comments.js'
import {dateline} from './dateline.js'
import {dialogue} from './dialogue.js'
import {direction} from './direction.js'
import {elision} from './elision.js'
import {emphasis} from './emphasis.js'
import {frontmatter} from './frontmatter.js'
import {inlineCode} from './inline-code.js'
import {link} from './link.js'
import {narration} from './narration.js'
import {note} from './note.js'
import {placeholder} from './placeholder.js'
import {root} from './root.js'
import {speaker} from './speaker.js'
import {strong} from './strong.js'
import {text} from './text.js'
import {title} from './title.js'
import {turn} from './turn.js'

export const handlers: Record<Nodes['type'], Handler> = {
  root,
  frontmatter,
  dateline,
  title,
  narration,
  dialogue,
  turn,
  speaker,
  note,
  comments,
  comment,
  text,
  placeholder,
  direction,
  elision,
  break: hardBreak,
  emphasis,
  strong,
  link,
  inlineCode
}
