// Indentation for the elements that hold only elements (`TEI`, `teiHeader`, `body`, `sp`, …),
// so the document reads well; mixed content (`p`, `speaker`, `stage`, …) is left as it is,
// since whitespace there is text.
import type {Element, ElementContent, Root as XastRoot} from 'xast'

const structural = new Set([
  'TEI', 'teiHeader', 'fileDesc', 'titleStmt', 'publicationStmt', 'sourceDesc', 'bibl', 'encodingDesc',
  'charDecl', 'char', 'profileDesc', 'particDesc', 'listPerson', 'person', 'text', 'front', 'docTitle',
  'body', 'back', 'div', 'sp'
])

export function indent(tree: XastRoot): void {
  const stack: {element: Element; depth: number}[] = []
  for (const child of tree.children) if (child.type === 'element') stack.push({element: child, depth: 1})
  while (stack.length > 0) {
    const {element, depth} = stack.pop()!
    if (!structural.has(element.name) || element.children.length === 0) continue
    if (!element.children.every((child) => child.type === 'element')) continue
    const children: ElementContent[] = []
    for (const child of element.children) {
      children.push({type: 'text', value: '\n' + '  '.repeat(depth)}, child)
      stack.push({element: child as Element, depth: depth + 1})
    }
    children.push({type: 'text', value: '\n' + '  '.repeat(depth - 1)})
    element.children = children
  }
}
