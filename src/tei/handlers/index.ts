// The default TEI handlers, one per node type.
import type {TeiHandler} from '../index.js'
import {dialogue, narration, note} from './blocks.js'
import {comment} from './comment.js'
import {direction, elision, emphasis, hardBreak, inlineCode, link, placeholder, strong, text} from './phrasing.js'
import {comments, dateline, root, title} from './root.js'
import {speaker, turn} from './turn.js'

export const handlers: Record<string, TeiHandler> = {
  root,
  // Metadata for a site's generator, no text of the story.
  frontmatter: () => [],
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
