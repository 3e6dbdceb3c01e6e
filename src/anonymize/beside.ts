// The names a plan reads beside the tree (`Beside`): strings of an HTML source's markup the parser
// never read as the story's text. The browser build reads no HTML, so no plan there has any, and
// it swaps this module for src/browser/beside.ts (tsup.config.ts).
import type {Root} from '../types.js'
import {genitiveSuffix, placeholderName} from '../parse/grammar.js'
import type {Beside, Entry, Occurrence} from './plan.js'
import {escapedName} from './references.js'
import {type FoundPlaceholder, fieldPlaceholders, inField, urlPlaceholders} from './string-placeholders.js'
import {escapedPlaceholders} from './written.js'

/**
 * The names written only beside the tree. Their occurrences hold a string of their own with no
 * place in the tree or the source (the caller replaces them where they are written); a name the
 * tree has keeps the kind its uses there give it.
 */
export function gatherBeside(tree: Root, beside: Beside, entries: ReadonlyMap<string, Entry>, isKnown: (name: string) => boolean, add: (occurrence: Occurrence) => void): void {
  const names = new Set(entries.keys())
  const found: Array<[string, FoundPlaceholder, number]> = []
  beside.texts.forEach((value, index) => {
    if (value.includes('$')) for (const item of fieldPlaceholders(value)) found.push([value, withReferences(value, item, isKnown), index])
    // Escaped (`&#36;Anna` in a comment, `\x24Anna` in a script): a name of the story or its run, as in text.
    for (const readings of escapedPlaceholders(value)) {
      const item = readings.find(({node}) => isKnown(node.name) || genitiveSuffix(node.name, isKnown) !== undefined)
      if (item) found.push([value, item, index])
    }
  })
  beside.urls.forEach((value, index) => {
    for (const item of urlPlaceholders(value)) found.push([value, item, beside.texts.length + index])
  })
  const known = new Set(names)
  for (const [, item] of found) names.add(item.node.name)
  // A genitive of a name (`$Annas` in an `alt` beside `$Anna`) is that name, which the markup's
  // splices replace with its ending (`replacedName`): no name of its own.
  const isName = (name: string) => names.has(name)
  for (const [value, item, index] of found) {
    if (known.has(item.node.name) || genitiveSuffix(item.node.name, isName)) continue
    // Placed for the messages about it; replaced where it is written (`markupSplices`).
    const place = beside.place?.(index, item.start, item.end)
    if (place) item.node.position = place
    add(inField(item, tree, value, {holder: {type: 'text', value}, key: 'value', start: item.start, end: item.end}))
  }
}

/**
 * A `$Name` in a comment or script beside the tree that a character reference or a script's
 * escape goes on (`$Zo&euml;`, `$Zo\u00eb`): the name as markup would read it, `Zoë`, as the
 * splices replace it, not `Zo`.
 */
function withReferences(value: string, item: FoundPlaceholder, isKnown: (name: string) => boolean): FoundPlaceholder {
  const next = value.charCodeAt(item.end)
  if (next !== 38 && next !== 92) return item
  // A script's or a style's escape too (`$Zo\u00eb`, `$Zo\eb `), where it gives a name of the
  // story: which escapes a backslash starts depends on the language (`\ba` in a script is no `º`).
  const read = escapedName(value, item.start + 1, next === 92)
  if (read.end <= item.end) return item
  const name = placeholderName('$' + read.value)
  if (next === 92 && !isKnown(name) && genitiveSuffix(name, isKnown) === undefined) return item
  return {node: {type: 'placeholder', value: value.slice(item.start, read.end), name}, start: item.start, end: read.end}
}
