// A saved page names its post twice: in the document's `<title>` (often with the blog's name,
// `Der Drucker | Mein Blog`) and in the `<h1>` that opens the body. The heading is the story's
// title, in the story's place; the `<title>` that repeats it is the page's, and is left out.
import type {Element, Nodes, Root} from 'hast'

const headings = new Set(['h1', 'h2', 'h3', 'h4', 'h5', 'h6'])

/** The document's `<title>` element when the body opens with an `<h1>` whose text it contains. */
export function repeatedTitle(tree: Root): Element | undefined {
  // parse5 builds every document as `html` > `head`, `body`, with the `<title>` in `head`: three
  // short looks, no walk over the page.
  const html = childNamed(tree, 'html')
  const title = html && childNamed(childNamed(html, 'head'), 'title')
  const body = html && childNamed(html, 'body')
  if (!title || !body) return undefined
  const heading = openingHeading(body)
  if (heading?.tagName !== 'h1') return undefined
  const words = collapsed(textOf(heading))
  return words.length > 0 && collapsed(textOf(title)).includes(words) ? title : undefined
}

/** The heading that holds the body's first text, if any (an explicit stack: no recursion). */
function openingHeading(body: Element): Element | undefined {
  const stack: Array<{node: Nodes; heading: Element | undefined}> = [{node: body, heading: undefined}]
  while (stack.length > 0) {
    const {node, heading} = stack.pop()!
    if (node.type === 'text') {
      if (node.value.trim().length > 0) return heading
      continue
    }
    if (node.type !== 'element' && node.type !== 'root') continue
    if (node.type === 'element' && (node.tagName === 'script' || node.tagName === 'style' || node.tagName === 'template')) continue
    const inner = heading ?? (node.type === 'element' && headings.has(node.tagName) ? node : undefined)
    for (let index = node.children.length - 1; index >= 0; index--) stack.push({node: node.children[index], heading: inner})
  }
  return undefined
}

/** The first child element of `parent` named `name`. */
function childNamed(parent: Root | Element | undefined, name: string): Element | undefined {
  if (!parent) return undefined
  for (const child of parent.children) if (child.type === 'element' && child.tagName === name) return child
  return undefined
}

/** The text of an element's descendants, in order. */
function textOf(element: Element): string {
  const parts: string[] = []
  const stack: Nodes[] = [element]
  while (stack.length > 0) {
    const node = stack.pop()!
    if (node.type === 'text') parts.push(node.value)
    else if (node.type === 'element') for (let index = node.children.length - 1; index >= 0; index--) stack.push(node.children[index])
  }
  return parts.join('')
}

/** White space runs as one space, none at the ends. */
function collapsed(value: string): string {
  return value.replace(/\s+/g, ' ').trim()
}
