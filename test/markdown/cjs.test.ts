// The CommonJS entry, which `require`s the ES module build and through it the ESM-only unified
// packages of the Markdown path (`npm test` builds first).
import {createRequire} from 'node:module'
import {describe, expect, it} from 'vitest'

const require = createRequire(import.meta.url)

describe('the CommonJS entry', () => {
  it('parses Markdown and writes it', () => {
    const anecdote = require('../../dist/index.cjs') as typeof import('../../src/index.js')
    const tree = anecdote.parse('# Titel\n\n**Chef:** <hektisch> Hallo?', {format: 'markdown'})
    expect(tree.children.map((node) => node.type)).toEqual(['title', 'dialogue'])
    expect(anecdote.toMarkdown(tree)).toBe('# Titel\n\n**Chef:** \\<hektisch> Hallo?\n')
  })
})
