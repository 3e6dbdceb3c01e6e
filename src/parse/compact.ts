// Fit every children array to its length. An array grown by `push` keeps room to grow (V8 makes
// room for 17 at the first push); over a big tree that room is a fifth of the heap the tree
// keeps. One walk over the tree, with a stack of its own (no recursion). With `positions: false`,
// the same walk leaves out the positions of nodes built with one (the Markdown and HTML readers
// build them all, and the parse's fallback tree has one). The core fits each block as it closes it
// (src/parse/core/blocks.ts) and the parents above them as it makes them: a tree of the text
// reader needs no walk.
import type {Nodes, Parents} from '../types.js'

export function compactChildren(tree: Parents, withoutPositions = false): void {
  const stack: Parents[] = [tree]
  if (withoutPositions) delete tree.position
  while (stack.length > 0) {
    const node = stack.pop()!
    const children: Nodes[] = node.children
    // `slice` copies into an array of exactly this length.
    ;(node as {children: Nodes[]}).children = children.slice()
    for (const child of children) {
      if (withoutPositions && child.position !== undefined) delete child.position
      if ('children' in child) stack.push(child)
    }
  }
}

