// The examples of the spec, `docs/syntax-tree.md`, are what `parse` yields for their text.
// An example is a ```text block (its info string may carry JSON options), then `Yields:` and a
// ```js block holding the whole root or one node of the tree, without positions unless the
// label says `Yields (with positions):`. ```markdown examples (no Markdown path yet) are skipped.
import {readFileSync} from 'node:fs'
import {describe, expect, it} from 'vitest'
import {type Nodes, parse, type ParseOptions} from '../../src/index.js'
import {htmlLost} from '../util/html-lost.js'
import {lostCharacters} from '../util/nothing-lost.js'
import {withoutPositions} from '../util/tree.js'

const spec = readFileSync(new URL('../../docs/syntax-tree.md', import.meta.url), 'utf8')
const exampleRe = /```(text|html)( [^\n]*)?\n((?:(?!```)[\s\S])*?)\n```\n\n(Yields|Yields \(with positions\)|Yields \(the turns\)):\n\n```js\n((?:(?!```)[\s\S])*?)\n```/g

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
      text: match[3],
      options: match[1] === 'html' ? {format: 'html'} : match[2] ? (JSON.parse(match[2]) as ParseOptions) : undefined,
      withPositions: match[4] === 'Yields (with positions)',
      // The literals are object notation written in this repository's own spec.
      yields: new Function('return (' + match[5] + ')')(),
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
        expect(example.options?.format === 'html' ? htmlLost(example.text, tree) : lostCharacters(example.text, tree)).toEqual([])
      })

      it('survives JSON', () => {
        expect(JSON.parse(JSON.stringify(tree))).toEqual(tree)
      })
    })
  }
})

function isEqual(a: unknown, b: unknown): boolean {
  return JSON.stringify(sorted(a)) === JSON.stringify(sorted(b))
}

/** A copy with object keys in one order, so that key order does not matter. */
function sorted(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(sorted)
  if (value && typeof value === 'object') {
    const result: Record<string, unknown> = {}
    for (const key of Object.keys(value).sort()) result[key] = sorted((value as Record<string, unknown>)[key])
    return result
  }
  return value
}
