// The default Fountain handlers, one per node type.
import type {FountainHandler} from '../index.js'
import {comment, dialogue, narration, note} from './blocks.js'
import {direction, emphasis, hardBreak, link, literal, strong} from './phrasing.js'
import {comments, dateline, root, title} from './root.js'
import {turn} from './turn.js'

export const handlers: Record<string, FountainHandler> = {
  root,
  // Metadata for a site's generator, no text of the story.
  frontmatter: () => '',
  dateline,
  title,
  narration,
  dialogue,
  turn,
  note,
  comments,
  comment,
  text: literal,
  placeholder: literal,
  direction,
  elision: literal,
  break: hardBreak,
  emphasis,
  strong,
  link,
  inlineCode: literal
}
