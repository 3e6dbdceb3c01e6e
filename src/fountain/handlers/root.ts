// The screenplay: a title page (`Title:`, `Date:`), then the story's elements with a blank line
// between them, then — only with `comments: true` — the reader comments in a boneyard.
import type {Comments, Dateline, Root, Title} from '../../types.js'
import {boneyardText, breakOpeners, escapeInline, forceAction, titleKeyRe, wordJoiner} from '../escape.js'
import type {FountainState} from '../index.js'

export function root(state: FountainState, node: Root): string {
  let titleLine = ''
  let dateLine = ''
  const elements: string[] = []
  let boneyard = ''
  for (const child of node.children) {
    // The title page has one title and one date, the title first.
    if (child.type === 'title') titleLine ||= state.one(child, node)
    else if (child.type === 'dateline') dateLine ||= state.one(child, node)
    else if (child.type === 'comments') {
      if (state.options.comments) boneyard = state.one(child, node)
    } else {
      const element = state.one(child, node)
      if (element.length > 0) elements.push(element)
    }
  }
  const titlePage = [titleLine, dateLine].filter((line) => line.length > 0)
  // Without a title page, a first line like `Notes: …` would start one.
  if (titlePage.length === 0 && elements.length > 0) {
    const newline = elements[0].indexOf('\n')
    const line = newline === -1 ? elements[0] : elements[0].slice(0, newline)
    if (titleKeyRe.test(line)) elements[0] = forceAction(elements[0])
  }
  if (boneyard.length > 0) elements.push(boneyard)
  const parts: string[] = []
  if (titlePage.length > 0) parts.push(titlePage.join('\n'))
  for (const element of elements) parts.push(element)
  return parts.join('\n\n')
}

export function title(state: FountainState, node: Title): string {
  return titleEntry('Title', state.all(node))
}

export function dateline(_state: FountainState, node: Dateline): string {
  return titleEntry('Date', escapeInline(node.value))
}

/**
 * A title-page entry: further lines indented by three spaces, blank ones left out (they would
 * end the title page); a line like `Key:` gets a word joiner before its colon, so it is no new
 * key. Empty when the value is blank (a key without a value ends the title page).
 */
function titleEntry(key: string, value: string): string {
  // A title page's `/*` opens a boneyard as well (see `breakOpeners`).
  const lines = value.split('\n').map((line) => breakOpeners(line.trim())).filter((line) => line.length > 0)
  if (lines.length === 0) return ''
  return key + ': ' + lines.map((line, index) => (index > 0 ? line.replace(/^([\w ]*):/, '$1' + wordJoiner + ':') : line)).join('\n   ')
}

export function comments(state: FountainState, node: Comments): string {
  const parts = [escapeInline(node.label)]
  for (const comment of node.children) parts.push(state.one(comment, node))
  return '/*\n' + boneyardText(parts.join('\n\n')) + '\n*/'
}

