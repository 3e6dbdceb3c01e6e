// A placeholder: a `<span>` with the name in `data-name`, shown as written, as its name, or as the caller says.
import type {ElementContent} from 'hast'
import type {Placeholder} from '../../../types.js'
import type {State} from '../index.js'

export function placeholder(state: State, node: Placeholder): ElementContent {
  const text: ElementContent = {type: 'text', value: display(state, node)}
  state.patch(node, text)
  return state.element(node, 'span', {className: state.className('placeholder'), dataName: node.name}, [text])
}

function display(state: State, node: Placeholder): string {
  const how = state.options.placeholders
  if (typeof how === 'function') return String(how(node) ?? '')
  // The bare name reads as words: `$Stadt_in_der_Nähe` → `Stadt in der Nähe`.
  if (how === 'name') return (node.name + (node.suffix ?? '')).replace(/_/g, ' ')
  return node.value
}
