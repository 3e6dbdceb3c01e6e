// A note (`Update:`, `PS:`, a byline): a paragraph with its label in `<b>`.
import type {ElementContent} from 'hast'
import type {Note} from '../../../types.js'
import type {State} from '../index.js'

export function note(state: State, node: Note): ElementContent {
  const children: ElementContent[] = [state.element(undefined, 'b', {className: state.className('note-label')}, [{type: 'text', value: node.label}])]
  const content = state.all(node)
  if (content.length > 0) children.push({type: 'text', value: ' '})
  for (const rendered of content) children.push(rendered)
  return state.element(node, 'p', {className: state.className('note')}, children)
}
