// Front matter as written, between its fences: the text parses back to the same tree.
import type {Frontmatter} from '../../../types.js'
import {frontMatterText} from '../../../parse/front-matter.js'
import type {TextState} from '../index.js'

export function frontmatter(_state: TextState, node: Frontmatter): string {
  return frontMatterText(node)
}
