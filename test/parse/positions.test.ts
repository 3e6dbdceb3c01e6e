// `positions: false`: the same tree as the default parse without any `position`, for every
// fixture in both formats; what works on such trees, and what needs positions and says so.
import {describe, expect, it} from 'vitest'
import {VFile} from 'vfile'
import {anonymize, anonymizeText, deidentify, parse, stats, toHast, toHtml, toMarkdown, toText} from '../../src/index.js'

import {fixtures} from '../util/fixtures.js'

/** The tree as JSON with every `position` left out. */
function withoutPositions<T>(tree: T): T {
  return JSON.parse(JSON.stringify(tree, (key, value: unknown) => (key === 'position' ? undefined : value))) as T
}

/** How many objects of the tree have a `position` key at all (even an undefined one). */
function positionKeys(tree: unknown): number {
  let count = 0
  const stack: unknown[] = [tree]
  while (stack.length > 0) {
    const value = stack.pop()
    if (value === null || typeof value !== 'object') continue
    if (!Array.isArray(value) && 'position' in value) count++
    for (const child of Object.values(value)) stack.push(child)
  }
  return count
}

const inputs = [...fixtures('text').map((f) => ({...f, format: 'text' as const})), ...fixtures('markdown').map((f) => ({...f, format: 'markdown' as const}))]

describe('parse(value, {positions: false})', () => {
  for (const fixture of inputs) {
    it(fixture.format + ' ' + fixture.name + ': the default tree without positions, and the same renderings', () => {
      const full = parse(fixture.value, {format: fixture.format})
      const bare = parse(fixture.value, {format: fixture.format, positions: false})
      expect(positionKeys(bare)).toBe(0)
      expect(bare).toStrictEqual(withoutPositions(full))
      expect(toHtml(bare)).toBe(toHtml(full))
      expect(withoutPositions(toHast(bare))).toStrictEqual(withoutPositions(toHast(full)))
      expect(stats(bare)).toStrictEqual(stats(full))
      expect(toMarkdown(bare)).toBe(toMarkdown(full))
      expect(withoutPositions(anonymize(bare))).toStrictEqual(withoutPositions(anonymize(full)))
      // toText keeps two blocks on neighbouring lines together only where positions show it.
      expect(toText(bare)).toBe(toText(withoutPositions(full)))
    })
  }

  it('keeps the diagnostics and their places', () => {
    const value = 'Chef: <hektisch Wo ist $Verkaeufer?\n\nDann kam $Verkaufer.\n'
    const a = new VFile(value)
    const b = new VFile(value)
    parse(a)
    parse(b, {positions: false})
    expect(b.messages.map((m) => [m.ruleId, m.place])).toStrictEqual(a.messages.map((m) => [m.ruleId, m.place]))
    expect(b.messages.length).toBeGreaterThan(0)
  })

  it('keeps positions under the length limit too, and leaves them out of the rest', () => {
    const tree = parse('Chef: Hallo.\n\n' + 'x'.repeat(50), {maxLength: 20, positions: false})
    expect(positionKeys(tree)).toBe(0)
  })

  it('anonymizeText parses with positions itself: no name survives', () => {
    const value = 'Chef: Wo ist $Anna?\n\n$Anna: Hier.\n'
    expect(anonymizeText(value, {positions: false})).toBe(anonymizeText(value))
    expect(anonymizeText(value, {positions: false})).not.toContain('Anna')
  })

  it('deidentify works on a tree without positions', () => {
    const value = 'Chef: Wo ist Anna Schulz?\n'
    const full = deidentify(parse(value), {names: ['Anna Schulz']})
    const bare = deidentify(parse(value, {positions: false}), {names: ['Anna Schulz']})
    expect(withoutPositions(bare.tree)).toStrictEqual(withoutPositions(full.tree))
  })
})



/** Points (`position.start`, `position.end`) that are the same object in two places of the tree. */
function sharedPoints(tree: unknown): string[] {
  const seen = new Set<object>()
  const shared: string[] = []
  const stack: unknown[] = [tree]
  while (stack.length > 0) {
    const node = stack.pop() as {type: string; position?: {start: object; end: object}; children?: unknown[]}
    for (const point of node.position ? [node.position.start, node.position.end] : []) {
      if (seen.has(point)) shared.push(node.type + ' ' + JSON.stringify(point))
      seen.add(point)
    }
    if (node.children) for (const child of node.children) stack.push(child)
  }
  return shared
}

describe('positions are each node’s own', () => {
  // A plugin that moves one node (unist-util-position users shift them) must move no other.
  const all = [...inputs, ...fixtures('html', '.html').map((f) => ({...f, format: 'html' as const}))]
  it('no two nodes share a point object, in any fixture of any format', () => {
    const shared = all.flatMap((fixture) => sharedPoints(parse(fixture.value, {format: fixture.format})).map((where) => fixture.name + ': ' + where))
    expect(shared).toStrictEqual([])
  })

  it('the comment section ends where its last comment ends, in a point of its own', () => {
    const tree = parse('Chef: Hallo.\n\n3 Kommentare:\n\nAnna sagte...\nSchön.\n')
    const comments = tree.children.find((node) => node.type === 'comments')!
    const last = comments.children[comments.children.length - 1]
    expect(comments.position!.end).toStrictEqual(last.position!.end)
    expect(comments.position!.end).not.toBe(last.position!.end)
  })
})
