// The dateline: its words as written, in a `<time>` that carries the ISO date when there is one.
import type {ElementContent} from 'hast'
import type {Dateline} from '../../../types.js'
import type {State} from '../index.js'

export function dateline(state: State, node: Dateline): ElementContent {
  const text: ElementContent = {type: 'text', value: node.value}
  state.patch(node, text)
  // `<time>` without `datetime` must hold a valid date itself, so an unreadable date stays plain.
  const content: ElementContent = node.date ? state.element(undefined, 'time', {dateTime: node.date}, [text]) : text
  return state.element(node, 'p', {className: state.className('dateline')}, [content])
}
