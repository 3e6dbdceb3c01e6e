// A saved page names its post twice: in the document's `<title>`, often with the blog's name
// (`Der Kopierer | Mein Blog`), and in the `<h1>` that opens the body. The heading is the story's
// title, in the story's place; the `<title>` that repeats it is the page's, and is left out —
// only where nothing is lost with it but the blog's name, and no `$Placeholder` at all (the
// source-keeping anonymization reads names from the tree).
import {readDateline} from '../core/dates.js'
import {type Element, isElement, isText, type Node, type ParentNode} from './dom.js'
import {droppedElements} from './project.js'

const headings = new Set(['h1', 'h2', 'h3', 'h4', 'h5', 'h6'])

/** What stands between a post's title and the blog's name in a page title. */
const separators = [' | ', ' - ', ' – ', ' — ', ' :: ', ' » ', ' « ', ' · ', ' • ', ' / ', ': ']

/** The longest page title compared (longer ones are no repetition of a heading worth the look). */
const maxTitleLength = 300

/** The document's `<title>` element when the body opens with an `<h1>` it repeats. */
export function repeatedTitle(tree: ParentNode): Element | undefined {
  // parse5 builds every document as `html` > `head`, `body`, with the `<title>` in `head`: a few
  // short looks, no walk over the page.
  const html = childrenNamed(tree, 'html')[0]
  const titles = html ? childrenNamed(childrenNamed(html, 'head')[0], 'title') : []
  const body = html && childrenNamed(html, 'body')[0]
  // Two titles: which is the page's is not clear, and the second would be read as the story's.
  if (titles.length !== 1 || !body) return undefined
  const heading = openingHeading(body)
  if (heading?.tagName !== 'h1') return undefined
  const title = textOf(titles[0])
  const words = textOf(heading)
  return title !== undefined && words !== undefined && repeats(title, words) ? titles[0] : undefined
}

/**
 * Whether the page title `title` is the heading `words` alone or with the blog's name beside it,
 * the rest holds no `$`, and the heading is no date (the core reads that as the dateline).
 */
function repeats(title: string, words: string): boolean {
  if (words.length === 0 || readDateline(words)) return false
  if (title === words) return true
  for (const separator of separators) {
    const rest = title.startsWith(words + separator) ? title.slice(words.length) : title.endsWith(separator + words) ? title.slice(0, -words.length) : undefined
    if (rest !== undefined && !rest.includes('$')) return true
  }
  return false
}

/**
 * The heading that holds the body's first text, if any, after a dateline above it (Blogger's
 * `date-header`, which the core reads as the dateline): an explicit stack, no recursion.
 */
function openingHeading(body: Element): Element | undefined {
  const stack: Array<{node: Node; heading: Element | undefined}> = [{node: body, heading: undefined}]
  let dated = false
  while (stack.length > 0) {
    const {node, heading} = stack.pop()!
    if (isText(node)) {
      const text = node.value.trim()
      if (text.length === 0) continue
      if (heading || dated || !readDateline(text)) return heading
      dated = true
      continue
    }
    // What the projection drops holds no text of the story.
    if (!isElement(node) || droppedElements.has(node.tagName)) continue
    const inner = heading ?? (headings.has(node.tagName) ? node : undefined)
    for (let index = node.childNodes.length - 1; index >= 0; index--) stack.push({node: node.childNodes[index], heading: inner})
  }
  return undefined
}

/** The child elements of `parent` named `name`. */
function childrenNamed(parent: ParentNode | undefined, name: string): Element[] {
  const found: Element[] = []
  if (parent) for (const child of parent.childNodes) if (isElement(child) && child.tagName === name) found.push(child)
  return found
}

/** The text of an element's descendants, white space collapsed; undefined past `maxTitleLength`. */
function textOf(element: Element): string | undefined {
  let text = ''
  const stack: Node[] = [element]
  while (stack.length > 0) {
    const node = stack.pop()!
    if (isText(node)) {
      text += node.value
      // Room for white space still to collapse, but no page-long heading read whole.
      if (text.length > maxTitleLength * 4) return undefined
    } else if (isElement(node)) for (let index = node.childNodes.length - 1; index >= 0; index--) stack.push(node.childNodes[index])
  }
  const collapsed = text.replace(/\s+/g, ' ').trim()
  return collapsed.length > maxTitleLength ? undefined : collapsed
}
