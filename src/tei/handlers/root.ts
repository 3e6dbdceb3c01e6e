// The document: `TEI` with the header, then `text` — the title and dateline in `front`, the story
// in `body`, the reader comments in `back`.
import type {Element, ElementContent} from 'xast'
import {x} from 'xastscript'
import type {Comments, Dateline, Root, Title} from '../../types.js'
import {header, when} from '../header.js'
import type {TeiState} from '../index.js'

/** What `xml:lang` takes: a BCP 47 tag (`de`, `en`). */
const langRe = /^[A-Za-z]{1,8}(?:-[A-Za-z\d]{1,8})*$/

export function root(state: TeiState, node: Root): ElementContent[] {
  let title: Title | undefined
  let dateline: Dateline | undefined
  const front: ElementContent[] = []
  const body: ElementContent[] = []
  const back: ElementContent[] = []
  for (const child of node.children) {
    if (child.type === 'title' && !title) title = child
    if (child.type === 'dateline' && !dateline) dateline = child
    const into = child.type === 'title' || child.type === 'dateline' ? front : child.type === 'comments' ? back : body
    if (child.type === 'comments' && state.options.comments === false) continue
    for (const item of state.one(child, node)) into.push(item)
  }
  // A body needs a paragraph-like element, whatever the story holds.
  if (!body.some((item) => item.type === 'element' && (item.name === 'p' || item.name === 'sp'))) body.push(x('p'))

  const text: Element[] = []
  if (front.length > 0) text.push(x('front', front))
  text.push(x('body', body))
  if (back.length > 0) text.push(x('back', back))
  const lang = typeof node.lang === 'string' && langRe.test(node.lang) ? node.lang : undefined
  return [
    x('TEI', {xmlns: 'http://www.tei-c.org/ns/1.0', 'xml:lang': lang}, [
      header(title, dateline, state.people.values()),
      x('text', text)
    ])
  ]
}

export function title(state: TeiState, node: Title): ElementContent[] {
  return [x('docTitle', [x('titlePart', {type: 'main'}, state.all(node))])]
}

export function dateline(_state: TeiState, node: Dateline): ElementContent[] {
  return [x('docDate', {when: when(node.date)}, node.value)]
}

export function comments(state: TeiState, node: Comments): ElementContent[] {
  return [x('div', {type: 'comments'}, [x('head', node.label), ...state.all(node)])]
}
