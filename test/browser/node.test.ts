// The browser build in a plain Node process: `anecdote/browser` loads without a `document` (it
// then reads named character references from its own table) and works as in a page.
import {execFileSync} from 'node:child_process'
import {describe, expect, it} from 'vitest'

const root = new URL('../../', import.meta.url).pathname

const script = `
const {parse, toHtml, toText} = await import('./dist/browser/anecdote.js')
const tree = parse('**Chef:** K&auml;se &amp; Brot&hellip; &notanentity;', {format: 'markdown'})
console.log(JSON.stringify({document: typeof document, text: toText(tree), html: toHtml(parse('Ich: Hallo.'))}))
`

describe('dist/browser/anecdote.js in Node', () => {
  it('imports in a plain process and decodes named references from its table', () => {
    const output = execFileSync(process.execPath, ['--input-type=module', '-e', script], {cwd: root, encoding: 'utf8'})
    expect(JSON.parse(output)).toEqual({
      document: 'undefined',
      text: 'Chef: Käse & Brot… &notanentity;\n',
      html:
        '<article class="anecdote" lang="de">\n<div class="dialogue">\n<p class="turn" data-who="ich"><b class="speaker">Ich</b><span class="separator">:</span> <span class="speech">Hallo.</span></p>\n</div>\n</article>'
    })
  })
  it('reads HTML as plain text, with an html-unavailable warning (parse5 is left out for size)', () => {
    const html = `
const {parse} = await import('./dist/browser/anecdote.js')
const {VFile} = await import('vfile')
const file = new VFile('<p><b>Chef:</b> Hallo.</p>')
const tree = parse(file, {format: 'html'})
console.log(JSON.stringify({types: tree.children.map((node) => node.type), rules: file.messages.map((message) => message.ruleId)}))
`
    const output = execFileSync(process.execPath, ['--input-type=module', '-e', html], {cwd: root, encoding: 'utf8'})
    expect(JSON.parse(output)).toEqual({types: ['narration'], rules: ['html-unavailable']})
  })
})
