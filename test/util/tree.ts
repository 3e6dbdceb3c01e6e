// Small tree helpers for tests.
import type {Nodes, Root} from '../../src/index.js'

/** Every node of `type`, in document order. */
export function all<T extends Nodes['type']>(tree: Nodes, type: T): Extract<Nodes, {type: T}>[] {
  const found: Nodes[] = []
  const stack: Nodes[] = [tree]
  while (stack.length > 0) {
    const node = stack.pop()!
    if (node.type === type) found.push(node)
    if ('children' in node) for (let index = node.children.length - 1; index >= 0; index--) stack.push(node.children[index] as Nodes)
  }
  return found as Extract<Nodes, {type: T}>[]
}

/** The text of a node: its literal values joined, breaks as line feeds. */
export function textOf(node: Nodes): string {
  if (node.type === 'break') return '\n'
  if ('value' in node) return node.value
  if ('children' in node) return (node.children as Nodes[]).map(textOf).join('')
  return ''
}

/** The tree without positions, for comparisons that ignore where nodes came from. */
export function withoutPositions<T>(tree: T): T {
  return JSON.parse(JSON.stringify(tree, (key, value) => (key === 'position' ? undefined : value)))
}

export type {Root}

/** A copy with object keys in one order, so that key order does not matter. */
export function sorted(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(sorted)
  if (value && typeof value === 'object') {
    const result: Record<string, unknown> = {}
    for (const key of Object.keys(value).sort()) result[key] = sorted((value as Record<string, unknown>)[key])
    return result
  }
  return value
}
