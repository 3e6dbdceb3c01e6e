// The handler call both renderers share: the handler for the node's type (an own property only,
// so `__proto__` or `constructor` as a type finds none), else the unknown handler; and past
// `maxDepth` levels (only a tree built by hand gets there) the node's plain text, so recursion
// stays bounded whatever the tree.
import type {Nodes, Parents} from '../types.js'
import {nodeText} from '../node-text.js'

/** Nodes nested deeper than this render as their plain text, so recursion stays bounded. */
export const maxDepth = 64

export function dispatch<State, Result>(
  handlers: Readonly<Record<string, ((state: State, node: Nodes, parent: Parents | undefined) => Result) | undefined>>,
  unknown: (state: State, node: Nodes, parent: Parents | undefined) => Result,
  tooDeep: (text: string) => Result
): (state: State, node: Nodes, parent: Parents | undefined) => Result {
  let depth = 0
  return (state, node, parent) => {
    if (depth >= maxDepth) return tooDeep(nodeText(node))
    const handler = Object.hasOwn(handlers, node.type) ? handlers[node.type] : undefined
    depth++
    try {
      return (handler ?? unknown)(state, node, parent)
    } finally {
      depth--
    }
  }
}
