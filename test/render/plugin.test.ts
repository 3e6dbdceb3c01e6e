// The unified plugins: parser, plain-text compiler, bridge to rehype.
import {readFileSync} from 'node:fs'
import type {Root as HastRoot} from 'hast'
import rehypeSlug from 'rehype-slug'
import rehypeStringify from 'rehype-stringify'
import {unified} from 'unified'
import {VFile} from 'vfile'
import {describe, expect, expectTypeOf, it} from 'vitest'
import {anecdoteParse, anecdoteStringify, anecdoteToRehype, parse, type Root, toHtml, toText} from '../../src/index.js'
import {fixturesRoot} from '../util/fixtures.js'

const seed = readFileSync(fixturesRoot + 'text/fahren-sie-mal-da-hin.txt', 'utf8')

describe('anecdoteParse', () => {
  it('parses to our tree, typed as our Root', () => {
    const tree = unified().use(anecdoteParse).parse(seed)
    expectTypeOf(tree).toEqualTypeOf<Root>()
    expect(tree).toEqual(parse(seed))
  })

  it('passes options to the parser', () => {
    const tree = unified().use(anecdoteParse, {cast: {verkaeufer: ['Kollege', 'Verkäufer']}}).parse(seed)
    const turns = tree.children.flatMap((node) => (node.type === 'dialogue' ? node.children : []))
    expect(turns.filter((turn) => turn.who === 'verkaeufer')).toHaveLength(3)
  })

  it('reports the parser messages on the file', async () => {
    const file = await unified()
      .use(anecdoteParse)
      .use(anecdoteStringify)
      .process(new VFile({path: 'story.txt', value: 'Titel\n\nIch: <leise Hallo.\nDu: Ja.\n'}))
    expect(file.messages.map((message) => [message.ruleId, message.source, message.line, message.column])).toEqual([
      ['unclosed-direction', 'anecdote', 3, 6]
    ])
    expect(String(file.messages[0])).toBe('story.txt:3:6-3:7: Unclosed direction: `<` has no closing `>` on its line')
  })
})

describe('anecdoteStringify', () => {
  it('compiles to the canonical plain text', async () => {
    const file = await unified().use(anecdoteParse).use(anecdoteStringify).process(seed)
    expect(String(file)).toBe(toText(parse(seed)))
    const bare = await unified().use(anecdoteParse).use(anecdoteStringify, {controls: false}).process(seed)
    expect(String(bare)).toBe(toText(parse(seed), {controls: false}))
  })
})

describe('anecdoteToRehype', () => {
  it('bridges to hast: rehype-stringify gives what toHtml gives', async () => {
    const file = await unified().use(anecdoteParse).use(anecdoteToRehype).use(rehypeStringify).process(seed)
    expect(String(file)).toBe(toHtml(parse(seed)))
    const page = await unified().use(anecdoteParse).use(anecdoteToRehype, {document: true}).use(rehypeStringify).process(seed)
    expect(String(page)).toBe(toHtml(parse(seed), {document: true}))
  })

  it('returns a hast Root that rehype plugins work on', async () => {
    const processor = unified().use(anecdoteParse).use(anecdoteToRehype, {headingRank: 2}).use(rehypeSlug)
    const tree = await processor.run(processor.parse(seed))
    expectTypeOf(tree).toEqualTypeOf<HastRoot>()
    const html = unified().use(rehypeStringify).stringify(tree)
    expect(html).toContain('<h2 class="title" id="fahren-sie-mal-da-hin">')
    expect(html).toContain('<h3 class="comments-heading" id="2-kommentare">')
  })
})
