// One reader comment: a list item holding its byline and blocks. The blog's controls
// (`Antworten`, `Löschen`) are not shown.
import type {ElementContent, Properties} from 'hast'
import type {Comment} from '../../../types.js'
import {line, type State} from '../index.js'

export function comment(state: State, node: Comment): ElementContent {
  const children: ElementContent[] = []
  const byline = bylineOf(state, node)
  if (byline) children.push(line(), byline)
  for (const rendered of state.all(node)) children.push(line(), rendered)
  children.push(line())
  const properties: Properties = {className: state.className('comment')}
  if (typeof node.index === 'number' && Number.isSafeInteger(node.index)) properties.value = String(node.index)
  return state.element(node, 'li', properties, children)
}

function bylineOf(state: State, node: Comment): ElementContent | undefined {
  const content: ElementContent[] = []
  if (node.byline) content.push({type: 'text', value: node.byline})
  else if (node.author) content.push({type: 'text', value: node.author})
  if (node.date) {
    if (content.length > 0) content.push({type: 'text', value: ' '})
    content.push(state.element(undefined, 'time', {dateTime: node.date}, [{type: 'text', value: node.date}]))
  }
  return content.length > 0 ? state.element(undefined, 'p', {className: state.className('byline')}, content) : undefined
}
