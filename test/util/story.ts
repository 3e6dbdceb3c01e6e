// Read a text fixture and ask its tree the questions a reader would: who speaks, what is narration.
import {readFileSync} from 'node:fs'
import type {Comments, Nodes, Root, Turn} from '../../src/index.js'
import {parse, type ParseOptions} from '../../src/index.js'
import {fixturesRoot} from './fixtures.js'
import {all, textOf} from './tree.js'

export function readFixture(name: string): string {
  return readFileSync(fixturesRoot + 'text/' + name + '.txt', 'utf8')
}

export function parseFixture(name: string, options?: ParseOptions): Root {
  return parse(readFixture(name), options)
}

/** Each turn as `Label → who`, in order. */
export function speakers(tree: Root): string[] {
  return all(tree, 'turn').map((turn) => textOf(turn.children[0]) + ' → ' + turn.who)
}

/** What each turn says (its phrasing after the speaker), as text. */
export function speech(turn: Turn): string {
  return turn.children
    .slice(1)
    .map((node) => textOf(node as Nodes))
    .join('')
}

/** The top-level blocks as `type@startLine-endLine`. */
export function outline(tree: Root): string[] {
  return tree.children.map((node) => node.type + '@' + node.position!.start.line + '-' + node.position!.end.line)
}

/** The text of every top-level block of one type. */
export function texts(tree: Root, type: Root['children'][number]['type']): string[] {
  return tree.children.filter((node) => node.type === type).map((node) => textOf(node))
}

export function commentsOf(tree: Root): Comments | undefined {
  const last = tree.children[tree.children.length - 1]
  return last?.type === 'comments' ? last : undefined
}
