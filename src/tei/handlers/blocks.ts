// Blocks: narration is a paragraph, a dialogue its turns, a note a `note` with its label.
import type {ElementContent} from 'xast'
import {x} from 'xastscript'
import type {Dialogue, Narration, Note} from '../../types.js'
import type {TeiState} from '../index.js'

export function narration(state: TeiState, node: Narration): ElementContent[] {
  return [x('p', state.all(node))]
}

export function dialogue(state: TeiState, node: Dialogue): ElementContent[] {
  return state.all(node)
}

export function note(state: TeiState, node: Note): ElementContent[] {
  const content = state.all(node)
  const children: ElementContent[] = [x('label', node.label)]
  if (content.length > 0) children.push({type: 'text', value: ' '})
  for (const item of content) children.push(item)
  return [x('note', children)]
}
