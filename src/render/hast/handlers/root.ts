// The story: an `<article>`; the dateline and title that open it (after a front matter) go into its `<header>`.
import type {ElementContent} from 'hast'
import type {Root} from '../../../types.js'
import {line, type State} from '../index.js'

export function root(state: State, node: Root): ElementContent {
  const header: ElementContent[] = []
  const body: ElementContent[] = []
  let opening = true
  for (const child of node.children) {
    opening = opening && (child.type === 'frontmatter' || child.type === 'dateline' || child.type === 'title')
    const target = opening ? header : body
    for (const rendered of state.one(child, node)) target.push(line(), rendered)
  }
  const children: ElementContent[] = []
  if (header.length > 0) {
    header.push(line())
    children.push(line(), state.element(undefined, 'header', {className: state.className('header')}, header))
  }
  for (const rendered of body) children.push(rendered)
  children.push(line())
  return state.element(node, 'article', node.lang ? {className: state.className('anecdote'), lang: node.lang} : {className: state.className('anecdote')}, children)
}
