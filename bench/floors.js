// Floors: what any parser of this tree must at least spend. A line scan reads every character
// once and makes one object per line; a tree copy allocates the tree's shape (one object per node,
// its children array and its position) without reading the text at all.

/** An `indexOf('\n')` loop building one object per line. */
export function lineScan(value) {
  const lines = []
  let start = 0
  for (;;) {
    const end = value.indexOf('\n', start)
    if (end < 0) {
      lines.push({start, end: value.length})
      return lines
    }
    lines.push({start, end})
    start = end + 1
  }
}

/** A copy of the tree's shape: per node one object, a children array and a position (3 objects). */
export function copyTree(node) {
  const copy = {type: node.type, value: node.value, children: undefined, position: undefined}
  if (node.position) {
    const {start, end} = node.position
    copy.position = {
      start: {line: start.line, column: start.column, offset: start.offset},
      end: {line: end.line, column: end.column, offset: end.offset}
    }
  }
  // `map` makes an array of exactly the right length, as the parser's arrays end up.
  if (node.children) copy.children = node.children.map(copyTree)
  return copy
}

/** The same without positions: what the tree would keep if it had none. */
export function copyShape(node) {
  return {type: node.type, value: node.value, children: node.children ? node.children.map(copyShape) : undefined}
}

export function countNodes(node) {
  let count = 1
  if (node.children) for (const child of node.children) count += countNodes(child)
  return count
}
