// Tree plumbing without recursion: a deep copy and a visit of every node with its parent.
import type {Nodes, Parents, Root} from '../types.js'

/** A deep copy of plain data (objects, arrays, primitives); anything else is shared. */
export function clone<T>(value: T): T {
  const result = copy(value)
  const stack: unknown[] = result !== value ? [result] : []
  while (stack.length > 0) {
    const item = stack.pop() as Record<string, unknown> | unknown[]
    if (Array.isArray(item)) {
      for (let index = 0; index < item.length; index++) {
        const next = copy(item[index])
        if (next !== item[index]) stack.push((item[index] = next))
      }
    } else {
      // `for…in` reads the keys without an array per object; only own ones are copied.
      for (const key in item) {
        if (!Object.hasOwn(item, key)) continue
        const next = copy(item[key])
        if (next !== item[key]) stack.push((item[key] = next))
      }
    }
  }
  return result as T
}

/**
 * A shallow copy of an array or a plain object (one without a prototype too: it becomes a plain
 * one, so a tree made with `Object.create(null)` is copied rather than shared); else the item.
 */
function copy(item: unknown): unknown {
  if (item === null || typeof item !== 'object') return item
  if (Array.isArray(item)) return item.slice()
  const prototype = Object.getPrototypeOf(item)
  return prototype === Object.prototype || prototype === null ? {...(item as Record<string, unknown>)} : item
}

/** Call `visit` for every node below `tree`, in document order, with its parent and index. */
export function visitParents(tree: Root, visit: (node: Nodes, parent: Parents, index: number) => void): void {
  const stack: [Parents, number][] = [[tree, 0]]
  while (stack.length > 0) {
    const top = stack[stack.length - 1]
    const [parent, index] = top
    const children = (Array.isArray(parent.children) ? parent.children : []) as Nodes[]
    if (index >= children.length) {
      stack.pop()
      continue
    }
    top[1] = index + 1
    const node = children[index]
    // Trees from JavaScript callers can hold anything: only nodes are visited.
    if (node === null || typeof node !== 'object' || typeof node.type !== 'string') continue
    visit(node, parent, index)
    if (node && typeof node === 'object' && 'children' in node && Array.isArray(node.children)) stack.push([node as Parents, 0])
  }
}

/** The tree to work on: a copy of `tree`, or an empty root where `tree` is no tree at all. */
export function copyTree(tree: unknown): Root {
  if (tree !== null && typeof tree === 'object' && Array.isArray((tree as Root).children)) return clone(tree as Root)
  return {type: 'root', children: []}
}
