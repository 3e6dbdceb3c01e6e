// The examples of the spec, `docs/syntax-tree.md`, are what `parse` yields for their text.
// An example is a ```text block (its info string may carry JSON options), then `Yields:` and a
// ```js block holding the whole root or one node of the tree, without positions unless the
// label says `Yields (with positions):`. A ```markdown (```html) example is parsed with `format:
// 'markdown'` (`'html'`);
// its `Yields (the …):` names a part of the tree: a node (found anywhere in it) or a list of
// phrasing (the children of a parent, after the speaker in a turn).
// test/docs/code-blocks.test.ts runs the blocks of every page; this test adds the spec's own checks
// (nothing lost, the tree survives JSON).
import {readFileSync} from 'node:fs'
import {describe, expect, it} from 'vitest'
import {type Nodes, parse, type ParseOptions} from '../../src/index.js'
import {htmlLost} from '../util/html-lost.js'
import {lostCharacters} from '../util/nothing-lost.js'
import {sorted, withoutPositions} from '../util/tree.js'

const spec = readFileSync(new URL('../../docs/syntax-tree.md', import.meta.url), 'utf8')
const exampleRe = /```text( [^\n]*)?\n((?:(?!```)[\s\S])*?)\n```\n\n(Yields|Yields \(with positions\)):\n\n```js\n((?:(?!```)[\s\S])*?)\n```/g
const markdownRe = /```(markdown|html)\n((?:(?!```)[\s\S])*?)\n```\n\nYields \(the ([^)]*)\):\n\n```js\n((?:(?!```)[\s\S])*?)\n```/g

interface Example {
  text: string
  options?: ParseOptions
  withPositions: boolean
  /** The expected value, evaluated from the JS literal in the spec. */
  yields: unknown
  line: number
}

function examples(): Example[] {
  const found: Example[] = []
  for (const match of spec.matchAll(exampleRe)) {
    found.push({
      text: match[2],
      options: match[1] ? (JSON.parse(match[1]) as ParseOptions) : undefined,
      withPositions: match[3] !== 'Yields',
      // The literals are object notation written in this repository's own spec.
      yields: new Function('return (' + match[4] + ')')(),
      line: spec.slice(0, match.index).split('\n').length
    })
  }
  return found
}

/** Every node of the tree, the root first. */
function nodes(tree: Nodes): Nodes[] {
  const found: Nodes[] = []
  const stack: Nodes[] = [tree]
  while (stack.length > 0) {
    const node = stack.pop()!
    found.push(node)
    if ('children' in node) for (const child of node.children as Nodes[]) stack.push(child)
  }
  return found
}

describe('docs/syntax-tree.md', () => {
  const all = examples()

  it('has its examples found by this test', () => {
    expect(all.length).toBeGreaterThanOrEqual(19)
  })

  for (const example of all) {
    describe('example at line ' + example.line, () => {
      const tree = parse(example.text, example.options)
      const shown = example.withPositions ? tree : withoutPositions(tree)

      it('is what parse yields', () => {
        const node = example.yields as {type?: unknown}
        if (node.type === 'root') expect(shown).toEqual(node)
        else expect(nodes(shown).some((candidate) => isEqual(candidate, node)), JSON.stringify(node)).toBe(true)
      })

      it('loses nothing', () => {
        expect(lostCharacters(example.text, tree)).toEqual([])
      })

      it('survives JSON', () => {
        expect(JSON.parse(JSON.stringify(tree))).toEqual(tree)
      })
    })
  }
})

describe('docs/syntax-tree.md, Markdown examples', () => {
  const found = [...spec.matchAll(markdownRe)]

  it('has its Markdown examples found by this test', () => {
    expect(found.length).toBeGreaterThanOrEqual(4)
  })

  for (const match of found) {
    const [, format, text, part, literal] = match
    it('example at line ' + spec.slice(0, match.index).split('\n').length + ' (' + part + ') is what parse yields', () => {
      const parsed = parse(text, {format: format as 'markdown' | 'html'})
      if (format === 'html') expect(htmlLost(text, parsed)).toEqual([])
      const tree = withoutPositions(parsed)
      // The literals are object notation written in this repository's own spec.
      const expected: unknown = new Function('return (' + literal + ')')()
      const candidates: unknown[] = []
      for (const node of nodes(tree)) {
        candidates.push(node)
        if ('children' in node) candidates.push(node.type === 'turn' ? node.children.slice(1) : node.children)
      }
      expect(candidates.some((candidate) => isEqual(candidate, expected)), JSON.stringify(expected)).toBe(true)
    })
  }
})

function isEqual(a: unknown, b: unknown): boolean {
  return JSON.stringify(sorted(a)) === JSON.stringify(sorted(b))
}
