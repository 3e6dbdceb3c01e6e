// Readers for the export tests: what a tree says (turns, speech, placeholders, directions) and
// what a TEI document or a Fountain script says, in the same shape, so they can be compared.
import {Fountain} from 'fountain-js'
import type {Element, ElementContent, Root as XastRoot} from 'xast'
import {fromXml} from 'xast-util-from-xml'
import {nodeText} from '../../src/node-text.js'
import {directionDelimiters} from '../../src/parse/grammar.js'
import type {Nodes, Root, Turn} from '../../src/types.js'

/** Whitespace runs as one space, none at the ends. */
export function normal(value: string): string {
  return value.replace(/\s+/g, ' ').trim()
}

export interface Said {
  label: string
  speech: string
}

/** Nodes of `type` in document order (iterative); below `comments` only when `comments` is set. */
export function nodesOf<T extends Nodes>(tree: Root, type: T['type'], comments = true): T[] {
  const found: T[] = []
  const stack: Nodes[] = [tree]
  while (stack.length > 0) {
    const node = stack.pop()!
    if (node.type === 'comments' && !comments) continue
    if (node.type === type) found.push(node as T)
    if ('children' in node) for (let index = node.children.length - 1; index >= 0; index--) stack.push(node.children[index] as Nodes)
  }
  return found
}

/**
 * Each turn: its label as written and its speech (directions at its top level left out). With
 * `brackets`, a direction inside bold or a link keeps its brackets (Fountain writes it inline).
 */
export function treeTurns(tree: Root, comments = true, brackets = false): Said[] {
  return nodesOf<Turn>(tree, 'turn', comments).map((turn) => {
    let speech = ''
    // A direction stands between two paragraphs of speech (or two parentheticals): a space.
    for (const child of turn.children) {
      if (child.type !== 'speaker') speech += child.type === 'direction' ? ' ' : brackets ? inlineText(child) : nodeText(child)
    }
    return {label: normal(nodeText(turn.children[0])), speech: normal(speech)}
  })
}

/** The text of a node of speech, each direction inside it with its brackets. */
function inlineText(node: Nodes): string {
  let value = ''
  const stack: (Nodes | string)[] = [node]
  while (stack.length > 0) {
    const current = stack.pop()!
    if (typeof current === 'string') value += current
    else if (current.type === 'direction') {
      const [open, close] = directionDelimiters[current.marker]
      value += open
      stack.push(close)
      for (let index = current.children.length - 1; index >= 0; index--) stack.push(current.children[index])
    } else if ('children' in current) for (let index = current.children.length - 1; index >= 0; index--) stack.push(current.children[index] as Nodes)
    else value += nodeText(current)
  }
  return value
}

// ## TEI

export function parseXml(xml: string): XastRoot {
  return fromXml(xml)
}

/** Elements named `name` below `node`, in document order. */
export function elements(node: XastRoot | Element, name: string): Element[] {
  const found: Element[] = []
  const stack: (XastRoot | XastRoot['children'][number])[] = [node]
  while (stack.length > 0) {
    const current = stack.pop()!
    if (current.type === 'element' && current.name === name) found.push(current)
    if ('children' in current) for (let index = current.children.length - 1; index >= 0; index--) stack.push(current.children[index])
  }
  return found
}

/** The characters declared in `charDecl`, by id. */
export function declaredCharacters(document: XastRoot): Map<string, string> {
  const characters = new Map<string, string>()
  for (const char of elements(document, 'char')) {
    const property = elements(char, 'localProp')[0]
    characters.set(String(char.attributes['xml:id']), String.fromCharCode(Number.parseInt(String(property.attributes.value).slice(2), 16)))
  }
  return characters
}

/** The text of a TEI element as the story wrote it: `<lb/>` a line feed, `<g ref>` its character. */
export function teiText(node: Element, characters: Map<string, string>): string {
  let value = ''
  const stack: ElementContent[] = [...node.children].reverse()
  while (stack.length > 0) {
    const current = stack.pop()!
    if (current.type === 'text') value += current.value
    else if (current.type === 'element') {
      if (current.name === 'lb') value += '\n'
      else if (current.name === 'g') value += characters.get(String(current.attributes.ref).slice(1)) ?? '\uFFFD'
      else for (let index = current.children.length - 1; index >= 0; index--) stack.push(current.children[index])
    }
  }
  return value
}

/** Each `sp`: its speaker as written and its speech (the `p`s). */
export function teiTurns(document: XastRoot): Said[] {
  const characters = declaredCharacters(document)
  return elements(document, 'sp').map((sp) => {
    const speaker = sp.children.find((child): child is Element => child.type === 'element' && child.name === 'speaker')
    let speech = ''
    for (const child of sp.children) if (child.type === 'element' && child.name === 'p') speech += ' ' + teiText(child, characters)
    return {label: normal(speaker ? teiText(speaker, characters) : ''), speech: normal(speech)}
  })
}

// ## Fountain

/** What `fountain-js` reads in a script: each dialogue's character and its dialogue lines, as HTML text. */
export function fountainTurns(script: string): {character: string; speech: string}[] {
  const fountain = new Fountain()
  const {tokens} = fountain.parse(script, true)
  const turns: {character: string; speech: string}[] = []
  for (const token of tokens) {
    if (token.type === 'character') turns.push({character: htmlText(fountain.to_html(token)), speech: ''})
    else if (token.type === 'dialogue') turns[turns.length - 1].speech = normal(turns[turns.length - 1].speech + ' ' + htmlText(fountain.to_html(token)))
  }
  return turns
}

/** The tokens `fountain-js` reads, with their text as it renders it (markup and escapes resolved). */
export function fountainTokens(script: string): {type: string; text: string}[] {
  const fountain = new Fountain()
  return fountain.parse(script, true).tokens.map((token) => ({type: token.type, text: htmlText(fountain.to_html(token))}))
}

/** Text of `fountain-js`'s HTML: tags dropped, `<br />` a line feed, its four entities decoded, word joiners gone. */
function htmlText(html: string | undefined): string {
  return (html ?? '')
    .replace(/<br \/>/g, '\n')
    .replace(/<[^>]*>/g, '')
    .replace(/&nbsp;/g, ' ')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&amp;/g, '&')
    .replace(/\u2060/g, '')
}
