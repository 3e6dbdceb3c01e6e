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
  // A byline the date was read from holds the date line under it: that line becomes the `<time>`.
  const lineEnd = node.byline && node.date ? node.byline.lastIndexOf('\n') : -1
  const shownDate = lineEnd >= 0 ? node.byline!.slice(lineEnd + 1) : node.date
  if (node.byline) content.push({type: 'text', value: lineEnd >= 0 ? node.byline.slice(0, lineEnd) : node.byline})
  else if (node.author) content.push({type: 'text', value: node.author})
  if (node.date) {
    if (content.length > 0) content.push({type: 'text', value: ' '})
    content.push(state.element(undefined, 'time', {dateTime: node.date}, [{type: 'text', value: shownDate!}]))
  }
  return content.length > 0 ? state.element(undefined, 'p', {className: state.className('byline')}, content) : undefined
}
