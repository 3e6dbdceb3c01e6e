// Positions a tree must have: inside the input, children inside their parents, and lines and
// columns that agree with the offsets.
import type {Nodes} from '../../src/index.js'

/** Positions inside the input, children inside their parents, lines and columns agreeing with offsets. */
export function checkPositions(value: string, tree: Nodes): string[] {
  const problems: string[] = []
  const lineStarts = [0]
  for (let index = 0; index < value.length; index++) {
    const code = value.charCodeAt(index)
    if (code === 13 && value.charCodeAt(index + 1) === 10) continue
    if (code === 10 || code === 13) lineStarts.push(index + 1)
  }
  const stack: [Nodes, Nodes | undefined][] = [[tree, undefined]]
  while (stack.length > 0) {
    const [node, parent] = stack.pop()!
    const position = node.position
    if (!position) {
      problems.push(node.type + ' without position')
      continue
    }
    for (const point of [position.start, position.end]) {
      const offset = point.offset!
      if (offset < 0 || offset > value.length) problems.push(node.type + ' offset outside input')
      const start = lineStarts[point.line - 1]
      if (start === undefined || start + point.column - 1 !== offset) problems.push(node.type + ' line/column disagree with offset ' + offset)
    }
    if (position.start.offset! > position.end.offset!) problems.push(node.type + ' ends before it starts')
    if (parent?.position) {
      if (position.start.offset! < parent.position.start.offset! || position.end.offset! > parent.position.end.offset!) {
        problems.push(node.type + ' outside its parent ' + parent.type)
      }
    }
    if ('children' in node) for (const child of node.children) stack.push([child as Nodes, node])
  }
  return problems
}
