// Properties that hold for any input, through every input path: `parse` does not throw, positions
// lie inside the input and inside their parents, nothing is lost, `toText` is idempotent, the
// HTML holds nothing executable, and `anonymize` leaves no original name.
import fc from 'fast-check'
import {VFile} from 'vfile'
import {describe, expect, it} from 'vitest'
import {anonymize, parse, type Root, toHtml, toText} from '../../src/index.js'
import {looksLikeMarkdown} from '../../src/parse/markdown/detect.js'
import {lostInMarkdown} from '../markdown/markup.js'
import {placeholderNames, renderedTexts} from '../anonymize/util.js'
import {htmlLost} from '../util/html-lost.js'
import {htmlProblems} from '../util/html-safety.js'
import {lostCharacters} from '../util/nothing-lost.js'
import {checkPositions} from '../util/positions.js'
import {all} from '../util/tree.js'
import {format, input, runs, seed, timeout} from './arbitraries.js'

const settings = {numRuns: runs, seed}

/** Parse, and fail when the parser's own fallback for an internal error made the tree. */
function parseChecked(value: string | VFile, options: {format: 'text' | 'markdown' | 'auto'}): Root {
  const file = typeof value === 'string' ? new VFile({value}) : value
  const tree = parse(file, options)
  const internal = file.messages.filter((message) => message.ruleId === 'internal-error').map(String)
  expect(internal).toEqual([])
  return tree
}

/** Parse `value` by `path`: no internal error, positions inside, and nothing lost by the rule of the format read. */
function checkParse(value: string, path: 'text' | 'markdown' | 'auto'): void {
  const file = new VFile({value})
  const tree = parseChecked(file, {format: path})
  expect(checkPositions(value, tree)).toEqual([])
  // Markdown markup is recorded by its meaning (a node type, a url), not character by
  // character; HTML's markup is not content (`format: 'auto'` reads HTML too).
  const markdown = path === 'markdown' || (path === 'auto' && looksLikeMarkdown(value))
  const lost = tree.data?.format === 'html' ? htmlLost(value, tree, file.messages) : markdown ? lostInMarkdown(value, tree) : lostCharacters(value, tree)
  expect(lost).toEqual([])
}

describe('properties of any input', () => {
  it('counts HTML that `auto` reads by its text content, not its markup (`<b><b><b>`, an `<img>`)', () => {
    for (const value of ['<b><b><b>', '<b><img src=x onerror=alert(1)><img src=x onerror=alert(1)>', '<b>Ich: ja</b><i>x</i>']) checkParse(value, 'auto')
  })

  it('parse never throws, positions lie inside the input and inside their parents, nothing is lost', {timeout}, () => {
    fc.assert(
      fc.property(input, format, (value, path) => checkParse(value, path)),
      settings
    )
  })

  it('toText is idempotent: the text it writes parses back to the same text', {timeout}, () => {
    fc.assert(
      fc.property(input, format, (value, path) => {
        let once = toText(parseChecked(value, {format: path}))
        // toText writes Markdown's emphasis, strong and links as their plain text, which the text
        // path may read otherwise (`*Ich: (leise)*…` is narration in Markdown, a turn in plain
        // text): from a Markdown tree, the text is a fixed point from the second writing on.
        if (path === 'markdown' || (path === 'auto' && looksLikeMarkdown(value))) once = toText(parseChecked(once, {format: 'text'}))
        const twice = toText(parseChecked(once, {format: 'text'}))
        expect(twice).toBe(once)
      }),
      settings
    )
  })

  it('toHtml writes nothing executable, as a fragment and as a document', {timeout}, () => {
    fc.assert(
      fc.property(input, format, (value, path) => {
        const tree = parseChecked(value, {format: path})
        expect(htmlProblems(toHtml(tree), false)).toEqual([])
        expect(htmlProblems(toHtml(tree, {document: true, placeholders: 'name'}), true)).toEqual([])
      }),
      settings
    )
  })

  it('anonymize leaves no original placeholder name, in the tree or in anything rendered from it', {timeout}, () => {
    fc.assert(
      fc.property(input, format, fc.constantFrom('pseudonym' as const, 'generic' as const, 'redact' as const), (value, path, strategy) => {
        const tree = parseChecked(value, {format: path})
        const original = new Set(all(tree, 'placeholder').map((node) => node.name))
        const result = anonymize(tree, {strategy, seed: 1})
        expect(all(result, 'placeholder')).toEqual([])
        for (const text of renderedTexts(result)) {
          for (const name of placeholderNames(text)) expect(original.has(name), text).toBe(false)
        }
      }),
      settings
    )
  })
})
