// The reader comments: a `<section>` with a heading and an ordered list; left out with `comments: false`.
import type {ElementContent} from 'hast'
import type {Comments} from '../../../types.js'
import {isColon} from '../../../parse/grammar.js'
import {line, type State} from '../index.js'

export function comments(state: State, node: Comments): ElementContent | undefined {
  if (state.options.comments === false) return undefined
  const items: ElementContent[] = []
  for (const rendered of state.all(node)) items.push(line(), rendered)
  items.push(line())
  const heading = state.element(undefined, 'h' + (state.headingRank + 1), {className: state.className('comments-heading')}, [
    {type: 'text', value: headingText(node.label)}
  ])
  const list = state.element(undefined, 'ol', {className: state.className('comment-list')}, items)
  return state.element(node, 'section', {className: state.className('comments')}, [line(), heading, line(), list, line()])
}

/** `2 Kommentare:` → `2 Kommentare`: a heading does not end in a colon. */
function headingText(label: string): string {
  let end = label.length
  while (end > 0 && (isColon(label.charCodeAt(end - 1)) || label.charCodeAt(end - 1) === 32)) end--
  return label.slice(0, end)
}
