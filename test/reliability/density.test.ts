// The density fallback (issue 18): a text with too many tiny blocks for its size goes to the text
// reader, with a `markdown-density` warning, on `auto` and on `markdown` (`# T` over 9 MiB of
// short paragraphs took 149 s through micromark). Timing is measured in bench/pathological.js.
import {VFile} from 'vfile'
import {describe, expect, it} from 'vitest'
import {parse} from '../../src/index.js'
import {denseBlocks} from '../../src/parse/markdown/detect.js'

const paragraph = 'Chef: Wo ist $Verkäufer?\nIch: Weiß nicht.\n\n'

function read(value: string, format?: 'markdown') {
  const file = new VFile({value})
  const tree = parse(file, {format, maxLength: Infinity})
  return {tree, rules: file.messages.map((message) => message.ruleId)}
}

describe('density fallback', () => {
  for (const format of [undefined, 'markdown'] as const) {
    it('one heading over ' + (denseBlocks + 1) + ' short paragraphs: the text reader (' + (format ?? 'auto') + ')', () => {
      const {tree, rules} = read('# T\n\n' + paragraph.repeat(denseBlocks + 1), format)
      expect(rules).toContain('markdown-density')
      expect(tree.children.filter((node) => node.type === 'dialogue').length).toBe(denseBlocks + 1)
    })
  }

  it('as many short paragraphs in a short text, or long ones: still Markdown', () => {
    expect(read('# T\n\n' + paragraph.repeat(200)).rules).not.toContain('markdown-density')
    expect(read('# T\n\n' + ('**Chef:** ' + 'Wort '.repeat(40) + '\n\n').repeat(denseBlocks + 1)).rules).not.toContain('markdown-density')
  })
})
