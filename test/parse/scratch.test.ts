// The core's working arrays past the large-object size are kept between parses (src/parse/core/
// scratch.ts). These check that reuse shows nowhere: each taken array is the caller's alone and
// comes back empty, and a long story and a long comment in one parse, parsed again after another
// long text, give every block in its place.
import {describe, expect, it} from 'vitest'
import {parse} from '../../src/index.js'
import {giveBackScratch, maxKept, maxKeptLength, minLength, scratchArray, scratchSlice} from '../../src/parse/scratch.js'
import type {Dialogue, Root} from '../../src/types.js'

describe('scratch arrays', () => {
  it('makes short arrays new, and records none of them', () => {
    const taken: unknown[][] = []
    const array = scratchArray(taken, minLength - 1)
    expect(array).toHaveLength(minLength - 1)
    expect(taken).toHaveLength(0)
  })

  it('gives a long array back emptied, and hands it out again of the asked length', () => {
    const taken: unknown[][] = []
    const first = scratchArray<string>(taken, minLength + 10)
    first.fill('Anna')
    giveBackScratch(taken)
    expect(taken).toHaveLength(0)
    const again: unknown[][] = []
    const second = scratchArray<string>(again, minLength + 5)
    expect(second).toBe(first)
    expect(second).toHaveLength(minLength + 5)
    expect(second.every((slot) => slot === undefined)).toBe(true)
    giveBackScratch(again)
  })

  it('hands two arrays of one parse out apart', () => {
    const taken: unknown[][] = []
    const a = scratchArray(taken, minLength)
    const b = scratchArray(taken, minLength)
    expect(a).not.toBe(b)
    expect(taken).toStrictEqual([a, b])
    giveBackScratch(taken)
  })

  it('keeps no array longer than maxKeptLength, and no more than maxKept', () => {
    const taken: unknown[][] = []
    const huge = scratchArray(taken, maxKeptLength + 1)
    const arrays = Array.from({length: maxKept + 2}, () => scratchArray(taken, minLength))
    giveBackScratch(taken)
    const next: unknown[][] = []
    const handed = Array.from({length: maxKept + 2}, () => scratchArray(next, minLength))
    expect(handed).not.toContain(huge)
    expect(handed.filter((array) => arrays.includes(array))).toHaveLength(maxKept)
    giveBackScratch(next)
  })

  it('copies a slice as `slice` does, short or long', () => {
    const list = Array.from({length: minLength + 20}, (_, index) => index)
    const taken: unknown[][] = []
    expect(scratchSlice(taken, list, 5, 15)).toStrictEqual(list.slice(5, 15))
    expect(scratchSlice(taken, list, 3, minLength + 13)).toStrictEqual(list.slice(3, minLength + 13))
    giveBackScratch(taken)
  })
})

/**
 * A story of `turns` dialogues (3 lines each), then one comment (numbered `1.`: without a `2.` the
 * rest is its body) of `lines` more paragraphs, each numbered in its text.
 */
function longText(turns: number, lines: number, word: string): string {
  const story: string[] = []
  for (let index = 0; index < turns; index++) story.push('Chef: ' + word + ' ' + index + '.\nIch: Nein.\n')
  const comment: string[] = []
  for (let index = 0; index < lines; index++) comment.push(word + ' ' + index + '.\n')
  return story.join('\n') + '\n1 Kommentar:\n\n1. Los.\n\n' + comment.join('\n')
}

/** What a reused array would garble: the blocks in order, each with its own number. */
function expectBlocks(tree: Root, turns: number, lines: number, word: string): void {
  const comments = tree.children[tree.children.length - 1]
  expect(tree.children).toHaveLength(turns + 1)
  for (let index = 0; index < turns; index++) {
    const dialogue = tree.children[index] as Dialogue
    expect(dialogue.children.map((turn) => turn.children.map((node) => ('value' in node ? node.value : node.type)))).toStrictEqual([
      ['speaker', word + ' ' + index + '.'],
      ['speaker', 'Nein.']
    ])
  }
  if (comments.type !== 'comments') throw new Error('no comments: ' + comments.type)
  const blocks = comments.children[0].children
  expect(blocks).toHaveLength(lines + 1)
  expect(blocks[0]).toStrictEqual({type: 'narration', children: [{type: 'text', value: 'Los.'}]})
  for (let index = 0; index < lines; index++) expect(blocks[index + 1]).toStrictEqual({type: 'narration', children: [{type: 'text', value: word + ' ' + index + '.'}]})
}

describe('a parse with long regions', () => {
  it('gives every block in its place, parsed again after another long text', () => {
    // Both regions past the large-object size: the story's lines, classes and blocks, the comment's too.
    const a = longText(6000, minLength + 500, 'Anna')
    const b = longText(7000, minLength + 2000, 'Bert')
    const first = parse(a, {format: 'text', positions: false})
    expectBlocks(first, 6000, minLength + 500, 'Anna')
    expectBlocks(parse(b, {format: 'text', positions: false}), 7000, minLength + 2000, 'Bert')
    expect(parse(a, {format: 'text', positions: false})).toStrictEqual(first)
    expect(parse(a, {format: 'text'})).toMatchObject({children: {length: 6001}})
  })
})

describe('long Markdown and HTML', () => {
  it('read again after another long text, give the same tree', () => {
    const paragraphs = (word: string, count: number) => Array.from({length: count}, (_, index) => word + ' ' + index + '.')
    const markdown = '**Chef:** Los.\n\n' + paragraphs('Anna', minLength + 100).join('\n\n')
    const html = '<p><b>Chef:</b> Los.</p>\n' + paragraphs('Bert', minLength + 100).map((text) => '<p>' + text + '</p>').join('\n')
    const first = [parse(markdown, {format: 'markdown'}), parse(html, {format: 'html'})]
    expect(first[0].children).toHaveLength(minLength + 101)
    expect(first[1].children).toHaveLength(minLength + 101)
    expect(first[1].children[minLength + 100]).toMatchObject({type: 'narration', children: [{type: 'text', value: 'Bert ' + (minLength + 99) + '.'}]})
    parse(longText(7000, minLength + 2000, 'Carl'), {format: 'text'})
    expect([parse(markdown, {format: 'markdown'}), parse(html, {format: 'html'})]).toStrictEqual(first)
  })
})
