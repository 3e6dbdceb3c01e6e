// The seed rewritten in Markdown parses to the same story as the plain-text seed.
import {readFileSync} from 'node:fs'
import {VFile} from 'vfile'
import {describe, expect, it} from 'vitest'
import {parse} from '../../src/index.js'
import type {Nodes, Root} from '../../src/index.js'
import {fixturesRoot} from '../util/fixtures.js'
import {all, textOf, withoutPositions} from '../util/tree.js'

const text = readFileSync(fixturesRoot + 'text/fahren-sie-mal-da-hin.txt', 'utf8')
const markdown = readFileSync(fixturesRoot + 'markdown/fahren-sie-mal-da-hin.md', 'utf8')

/** The tree without positions, Markdown-only wrappers (emphasis, strong, link) replaced by their children. */
function story(tree: Root): unknown {
  const copy = withoutPositions(tree)
  const stack: Nodes[] = [copy]
  while (stack.length > 0) {
    const node = stack.pop()!
    if (!('children' in node)) continue
    const children: Nodes[] = []
    for (const child of node.children as Nodes[]) {
      if (child.type === 'emphasis' || child.type === 'strong' || child.type === 'link') {
        for (const inner of child.children) children.push(inner)
      } else children.push(child)
    }
    ;(node as {children: Nodes[]}).children = children
    for (const child of children) stack.push(child)
  }
  return copy
}

describe('the seed in Markdown', () => {
  const fromText = parse(text, {format: 'text'})
  const fromMarkdown = parse(markdown, {format: 'markdown'})

  it('parses to the same story as the plain-text seed', () => {
    expect(story(fromMarkdown)).toEqual(story(fromText))
  })

  it('has the same turns, speakers, directions, placeholders and comments', () => {
    const turns = (tree: Root) => all(tree, 'turn').map((turn) => [turn.who, textOf(turn.children[0])])
    expect(turns(fromMarkdown)).toEqual(turns(fromText))
    expect(all(fromMarkdown, 'direction').map(textOf)).toEqual(['hektisch'])
    expect(all(fromMarkdown, 'placeholder').map((node) => node.name)).toEqual(all(fromText, 'placeholder').map((node) => node.name))
    const comments = fromMarkdown.children[fromMarkdown.children.length - 1]
    expect(comments).toMatchObject({type: 'comments', label: '2 Kommentare:', count: 2})
  })

  it('points positions into the Markdown source', () => {
    const slice = (node: Nodes) => markdown.slice(node.position!.start.offset, node.position!.end.offset)
    expect(all(fromMarkdown, 'speaker').map(slice)).toEqual(all(fromText, 'speaker').map(textOf))
    expect(slice(all(fromMarkdown, 'turn')[1])).toBe('**Chef:** <hektisch> Wo ist der $Verkäufer?')
    expect(slice(all(fromMarkdown, 'title')[0])).toBe("# Fahren Sie 'mal da hin...")
    expect(all(fromMarkdown, 'placeholder').map(slice)).toEqual(all(fromMarkdown, 'placeholder').map((node) => node.value))
    const line = all(fromMarkdown, 'turn')[1].position!.start
    expect(markdown.split('\n')[line.line - 1].slice(line.column - 1)).toMatch(/^\*\*Chef:\*\*/)
  })

  it('is picked as Markdown by auto detection, the plain seed as text', () => {
    expect(parse(markdown)).toEqual(fromMarkdown)
    expect(parse(text)).toEqual(fromText)
  })
})

describe('options on the Markdown path', () => {
  it('takes the cast: two labels, one identity', () => {
    const tree = parse('**Kollege:** Ich fahre hin.\n**Verkäufer:** Ich bin da.', {
      format: 'markdown',
      cast: {verkaeufer: ['Kollege', 'Verkäufer']}
    })
    expect(all(tree, 'turn').map((turn) => turn.who)).toEqual(['verkaeufer', 'verkaeufer'])
  })

  it('takes the language as given', () => {
    expect(parse('**Ich:** Hallo, wie geht es?', {format: 'markdown', lang: 'en'}).lang).toBe('en')
    expect(parse('**Ich:** Hallo, wie geht es dir? Ist das nicht schön?', {format: 'markdown'}).lang).toBe('de')
  })

  it('reads a one-off bold label as a turn where a plain one needs company', () => {
    const value = 'Er sagte nur kurz.\n\n**Anderer Chef:** Nein.'
    expect(all(parse(value, {format: 'markdown'}), 'turn').map((turn) => turn.who)).toEqual(['anderer-chef'])
    expect(all(parse('Er sagte nur kurz.\n\nAnderer Chef: Nein.', {format: 'markdown'}), 'turn')).toEqual([])
  })
})

describe('comment sections in Markdown', () => {
  it('starts at a `Comments` heading without a number, one comment per list item', () => {
    const tree = parse('**Me:** Hi.\n\n### Comments\n\n- First!\n- Second.\n  Reply Delete', {format: 'markdown'})
    const comments = tree.children[tree.children.length - 1]
    expect(comments).toMatchObject({type: 'comments', label: 'Comments'})
    if (comments.type !== 'comments') throw new Error('no comments')
    expect(comments.count).toBeUndefined()
    expect(comments.children.map((comment) => [comment.index, comment.marker, textOf(comment), comment.controls])).toEqual([
      [undefined, undefined, 'First!', undefined],
      [undefined, undefined, 'Second.', ['Reply', 'Delete']]
    ])
  })

  it('warns when the header declares another number of comments', () => {
    const file = new VFile({value: '**Ich:** Hallo.\n\n## 3 Kommentare\n\n1. Eins\n2. Zwei\n'})
    parse(file)
    expect(file.messages.map(String)).toEqual(['3:1-3:16: Comment header declares 3 comments, found 2'])
  })
})
