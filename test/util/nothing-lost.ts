// “Nothing lost”: every non-white-space character of the input lies inside exactly one leaf
// node's position, or is accounted for by a field of the node it stands in; and a literal leaf's
// value holds the non-white-space characters its position covers.
import type {Nodes, Root} from '../../src/index.js'
import {frontMatterText} from '../../src/parse/front-matter.js'

const whitespace = /\s/

/** The syntax characters a node records in fields instead of in child nodes, in order. */
export function fieldText(node: Nodes): string {
  switch (node.type) {
    case 'turn':
      return (node.bullet ?? '') + node.separator
    case 'direction':
      return {angle: '<>', paren: '()', star: '**', bracket: '[]', comma: ','}[node.marker]
    case 'note':
    case 'comments':
      return node.label
    case 'comment':
      return (node.marker ?? '') + (node.byline ?? '') + (node.controls ?? []).join('')
    default:
      return ''
  }
}

/** The non-white-space characters of `text`. */
function squeeze(text: string): string {
  return text.replace(/\s+/g, '')
}

function isLeaf(node: Nodes): boolean {
  return !('children' in node)
}

/**
 * Walk the tree once: each leaf's span is claimed (two leaves on one non-white-space character is a
 * problem, and so is a node without a position); `checkLeaf` sees each leaf, `checkOwn` each parent
 * with the characters that stand directly in it, in none of its children.
 */
export function walkCoverage(
  value: string,
  tree: Root,
  checks: {
    checkLeaf?: (node: Nodes, start: number, end: number, problems: string[]) => void
    checkOwn: (node: Nodes, own: string, start: number, end: number, problems: string[]) => void
  }
): string[] {
  const problems: string[] = []
  const owner = new Int32Array(value.length).fill(-1)
  let leafCount = 0
  const stack: Nodes[] = [tree]

  while (stack.length > 0) {
    const node = stack.pop()!
    const start = node.position?.start.offset
    const end = node.position?.end.offset
    if (start === undefined || end === undefined) {
      problems.push(`${node.type} has no position`)
      continue
    }
    if (isLeaf(node)) {
      checks.checkLeaf?.(node, start, end, problems)
      const id = leafCount++
      for (let index = start; index < end; index++) {
        if (owner[index] !== -1 && !whitespace.test(value.charAt(index))) {
          problems.push(`offset ${index} lies in two leaves (${node.type})`)
        }
        owner[index] = id
      }
      continue
    }

    const children = (node as {children: Nodes[]}).children
    let own = ''
    let cursor = start
    for (const child of children) {
      const childStart = child.position?.start.offset ?? cursor
      for (let index = cursor; index < childStart; index++) own += value.charAt(index)
      cursor = Math.max(cursor, child.position?.end.offset ?? cursor)
      stack.push(child)
    }
    for (let index = cursor; index < end; index++) own += value.charAt(index)
    checks.checkOwn(node, own, start, end, problems)
  }
  return problems
}

/** Problems found; empty when nothing is lost. */
export function lostCharacters(value: string, tree: Root): string[] {
  return walkCoverage(value, tree, {
    checkLeaf(node, start, end, problems) {
      // A literal must hold what its position covers: a dropped character shows here too.
      // A front matter's fences are its `syntax`'s.
      const written = node.type === 'frontmatter' ? frontMatterText(node) : (node as {value?: unknown}).value
      if (typeof written === 'string' && squeeze(written) !== squeeze(value.slice(start, end))) {
        problems.push(`${node.type} at ${start}-${end}: value ${JSON.stringify(written)} is not the text it covers`)
      }
    },
    checkOwn(node, own, start, end, problems) {
      // Characters directly inside a parent and in none of its children must be its fields.
      const ownChars = [...own].filter((char) => !whitespace.test(char)).sort().join('')
      const fieldChars = [...fieldText(node)].filter((char) => !whitespace.test(char)).sort().join('')
      if (ownChars !== fieldChars) {
        problems.push(`${node.type} at ${start}-${end}: syntax ${JSON.stringify(ownChars)} is not its fields ${JSON.stringify(fieldChars)}`)
      }
    }
  })
}
