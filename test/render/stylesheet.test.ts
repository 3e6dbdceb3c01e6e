// The default stylesheet ships as `anecdote/style.css`, the same one document mode inlines.
import {readFileSync} from 'node:fs'
import {describe, expect, it} from 'vitest'
import {stylesheet} from '../../src/index.js'

const root = new URL('../../', import.meta.url).pathname
const manifest = JSON.parse(readFileSync(root + 'package.json', 'utf8'))

describe('the default stylesheet', () => {
  it('is built into dist/style.css and exported as anecdote/style.css', () => {
    expect(manifest.exports['./style.css']).toBe('./dist/style.css')
    expect(readFileSync(root + 'dist/style.css', 'utf8')).toBe(stylesheet())
  })

  it('has light and dark schemes and styles every class name toHast writes', () => {
    const css = stylesheet()
    expect(css).toContain('@media (prefers-color-scheme: dark)')
    for (const name of ['anecdote', 'header', 'dateline', 'title', 'narration', 'dialogue', 'turn', 'speaker', 'separator', 'direction', 'placeholder', 'elision', 'note', 'comments', 'comments-heading', 'comment-list', 'comment', 'byline']) {
      expect(css, name).toMatch(new RegExp('\\.' + name + '[ ,:{]'))
    }
  })

  it('takes the class prefix', () => {
    const css = stylesheet('story-')
    expect(css).toContain('.story-anecdote .story-turn {')
    expect(css).not.toMatch(/\.(turn|speaker|anecdote) /)
    expect(stylesheet('x{}</style>')).toBe(stylesheet('xstyle'))
  })
})
