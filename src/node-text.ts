// The text of a node without any markup, for any unist tree (anecdote, mdast, hast): literal
// values in order, breaks as line feeds. Iterative, so it is safe on trees of any depth; the one
// node-to-text of the package.
export function nodeText(node: unknown): string {
  let value = ''
  const stack: unknown[] = [node]
  while (stack.length > 0) {
    const current = stack.pop() as {type?: unknown; value?: unknown; children?: unknown} | null
    if (current === null || typeof current !== 'object') continue
    if (current.type === 'break') value += '\n'
    else if (typeof current.value === 'string') value += current.value
    else if (Array.isArray(current.children)) {
      for (let index = current.children.length - 1; index >= 0; index--) stack.push(current.children[index])
    }
  }
  return value
}
