// The browser build in a plain Node process: `anecdote/browser` loads without a `document` (it
// then reads named character references from its own table) and works as in a page; it has what
// its declaration file declares, which is the package entry without the writers and readers for
// other tools, as docs/rendering.md (In the browser) says.
import {execFileSync} from 'node:child_process'
import {readFileSync} from 'node:fs'
import ts from 'typescript'
import {describe, expect, it} from 'vitest'

const root = new URL('../../', import.meta.url).pathname

/** What a module run in a plain Node process, in the repository, prints. */
function printed(script: string): string {
  return execFileSync(process.execPath, ['--input-type=module', '-e', script], {cwd: root, encoding: 'utf8'})
}

/** The start of a script that compares the browser build with the package's on the fixtures of a folder. */
const bothBuilds = `
const browser = await import('./dist/browser/anecdote.js')
const main = await import('./dist/index.js')
const {readdirSync, readFileSync} = await import('node:fs')
const fixtures = (folder, keep) => readdirSync(folder).filter(keep).map((name) => readFileSync(folder + '/' + name, 'utf8'))
const textFixtures = () => fixtures('fixtures/text', (name) => name.endsWith('.txt') && !name.endsWith('.out.txt'))
`

const script = `
const {parse, toHtml, toText} = await import('./dist/browser/anecdote.js')
const tree = parse('**Chef:** K&auml;se &amp; Brot&hellip; &notanentity;', {format: 'markdown'})
console.log(JSON.stringify({document: typeof document, text: toText(tree), html: toHtml(parse('Ich: Hallo.'))}))
`

describe('dist/browser/anecdote.js in Node', () => {
  it('imports in a plain process and decodes named references from its table', () => {
    const output = printed(script)
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
    const output = printed(html)
    expect(JSON.parse(output)).toEqual({types: ['narration'], rules: ['html-unavailable']})
  })

  it('works with a VFile of the caller\'s that has a path (its own vfile has no path functions, tsup.config.ts)', () => {
    const paths = `
const {anonymizeText, anecdoteParse, anecdoteToRehype, deidentifyText, parse, toHtml} = await import('./dist/browser/anecdote.js')
const {VFile} = await import('vfile')
const {unified} = await import('unified')
const {default: rehypeStringify} = await import('rehype-stringify')
const file = new VFile({path: 'stories/chef.txt', value: 'Ich: Hallo $Anna. Anna?'})
const anonymized = anonymizeText(file, {}, file)
const named = deidentifyText(new VFile({path: 'a/b.md', value: 'Ich: Hallo Meier.'}), {names: ['Meier']})
const piped = await unified().use(anecdoteParse).use(anecdoteToRehype).use(rehypeStringify).process(new VFile({path: 'x/y.txt', value: 'Chef: Ja.'}))
console.log(JSON.stringify({anonymized, messages: file.messages.map((message) => message.file + ' ' + message.ruleId), named, piped: piped.basename + ' ' + String(piped).length, blocks: parse(file).children.length}))
`
    const output = JSON.parse(printed(paths))
    expect(output).toEqual({anonymized: 'Ich: Hallo Heike. Anna?', messages: ['stories/chef.txt unmarked-name'], named: 'Ich: Hallo $Meier.', piped: 'y.txt 82', blocks: 1})
  })

  it('writes the HTML the package writes, for every text fixture and for text full of characters to escape', () => {
    // The browser build leaves out stringify-entities' tables of named references (tsup.config.ts).
    const compare = bothBuilds + `
const texts = textFixtures()
texts.push('Ich: <b>&amp; "Käse" & ' + String.fromCharCode(39, 169, 8482, 160, 8203, 0, 0xd800, 0xd83d, 0xde00) + ' ]]> -->', '$K&ouml;ln: a < b > c & d "e" =f')
const differ = texts.filter((text) => browser.toHtml(browser.parse(text, {format: 'text'}), {document: true}) !== main.toHtml(main.parse(text, {format: 'text'}), {document: true}))
console.log(JSON.stringify({texts: texts.length, differ: differ.length}))
`
    const output = JSON.parse(printed(compare))
    expect(output.texts).toBeGreaterThan(100)
    expect(output.differ).toBe(0)
  })

  it('gives the tree, diagnostics, plain text, anonymized and de-identified text the package gives, for every text fixture', () => {
    // The browser build is minified with terser options that assume things of the code
    // (tsup.config.ts): this compares every output it has with the package's, on all the fixtures.
    const compare = bothBuilds + `
const {VFile} = await import('vfile')
const texts = textFixtures()
const outputs = (api, text) => {
  const file = new VFile(text)
  const tree = api.parse(file, {format: 'text'})
  const anonymized = api.anonymize(structuredClone(tree), {strategy: 'redact'})
  return JSON.stringify([
    tree,
    file.messages.map((message) => [message.ruleId, message.reason, message.place]),
    api.toText(tree),
    api.toHast(tree),
    anonymized,
    api.anonymizeText(text),
    api.deidentifyText(text, {names: ['Meier', 'Anna']}),
    api.countWords(api.toText(tree))
  ])
}
const differ = texts.filter((text) => outputs(browser, text) !== outputs(main, text))
console.log(JSON.stringify({texts: texts.length, differ: differ.length}))
`
    const output = JSON.parse(printed(compare))
    expect(output.texts).toBeGreaterThan(100)
    expect(output.differ).toBe(0)
  })

  it('reads Markdown as the package does, with the constructs the reader disables left out (src/browser/disabled-constructs.ts)', () => {
    const compare = bothBuilds + `
const texts = fixtures('fixtures/markdown', (name) => name.endsWith('.md'))
// What those constructs would read: HTML blocks and inline HTML, indented code, and a direction.
texts.push('<div>\\n**Chef:** <hektisch> Wo?\\n</div>\\n\\n    Ich: eingerückt\\n\\n<!-- Notiz -->\\nIch: <b>Ja</b> <i>nein</i>.', '- Kunde:\\n\\n      <leise> Hallo\\n')
const read = (api, text) => JSON.stringify([api.parse(text, {format: 'markdown'}), api.toHtml(api.parse(text, {format: 'markdown'}))])
const differ = texts.filter((text) => read(browser, text) !== read(main, text))
console.log(JSON.stringify({texts: texts.length, differ: differ.length, direction: browser.parse(texts.at(-2), {format: 'markdown'}).children.length}))
`
    const output = JSON.parse(printed(compare))
    expect(output.texts).toBeGreaterThan(10)
    expect(output.differ).toBe(0)
  })

  it('writes the SVG a handler returns as the package does (its schemas are src/browser/schemas.ts)', () => {
    const compare = `
const browser = await import('./dist/browser/anecdote.js')
const main = await import('./dist/index.js')
const path = {type: 'element', tagName: 'path', properties: {d: 'M0 0h9', fillRule: 'evenodd', strokeLineCap: 'round', strokeDashArray: [1, 2]}, children: []}
const icon = {type: 'element', tagName: 'svg', properties: {viewBox: '0 0 9 9', className: ['icon'], strokeWidth: 2, ariaHidden: 'true', xLinkHref: '#a', fontSize: 3}, children: [path]}
const handlers = {elision: () => structuredClone(icon)}
const [ours, theirs] = [browser, main].map(({parse, toHtml}) => toHtml(parse('Ich: Na [...] ja.', {format: 'text'}), {handlers}))
console.log(JSON.stringify({ours, same: ours === theirs}))
`
    const output = JSON.parse(printed(compare))
    expect(output.same).toBe(true)
    expect(output.ours).toContain(
      '<svg viewBox="0 0 9 9" class="icon" stroke-width="2" aria-hidden="true" xlink:href="#a" font-size="3"><path d="M0 0h9" fill-rule="evenodd" stroke-linecap="round" stroke-dasharray="1 2"></path></svg>'
    )
  })

  it('writes any element a handler returns as the package does (its element serializer is src/browser/html-element.ts)', () => {
    // Elements of HTML and SVG (voids, templates, integration points) with attributes of every
    // type, values of every kind and characters to escape, from a seeded generator (mulberry32);
    // no property the browser schemas leave out (`onClick`, written in another case there, src/browser/schemas.ts).
    const compare = bothBuilds + `
const chars = ['"', "'", '&', '<', '>', '\`', '=', '\\0', '\\t', '\\n', '\\x01', '\\x7f', '\\xa0', 'é', '\\ud83d\\ude00', '\\ud800', 'a', ' ', '/', ';', '-', ',']
const keys = ['title', 'className', 'dataX', 'hidden', 'ariaHidden', 'strokeDashArray', 'download', 'checked', 'coords', 'accept', 'value', 'tabIndex', 'draggable', 'viewBox', 'xLinkHref', 'xmlLang', 'a"b', 'fontSize', 'contentEditable']
const tags = ['span', 'svg', 'br', 'img', 'template', 'title', 'foreignObject', 'desc', 'input', 'path', 'hr']
let seed = 7
const random = (n) => {
  seed = (seed + 0x6d2b79f5) | 0
  let t = Math.imul(seed ^ (seed >>> 15), 1 | seed)
  t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t
  return Math.floor((((t ^ (t >>> 14)) >>> 0) / 4294967296) * n)
}
const text = () => Array.from({length: random(6)}, () => chars[random(chars.length)]).join('')
const value = () => [true, false, random(100), NaN, [text(), text()], '', null, text()][random(8)]
const element = (depth) => {
  const node = {type: 'element', tagName: tags[random(tags.length)], properties: {}, children: []}
  for (let count = random(5); count > 0; count--) node.properties[keys[random(keys.length)]] = value()
  for (let count = depth > 2 ? 0 : random(3); count > 0; count--) {
    const kind = random(5)
    node.children.push(kind < 2 ? element(depth + 1) : {type: ['text', 'comment', 'raw'][kind - 2], value: text()})
  }
  if (node.tagName === 'template') node.content = {type: 'root', children: [element(depth + 1)]}
  return node
}
const written = (api, node) => api.toHtml(api.parse('Ich: Na [...] ja.', {format: 'text'}), {handlers: {elision: () => structuredClone(node)}})
const nodes = Array.from({length: 2000}, () => element(0))
const outputs = nodes.map((node) => written(browser, node))
console.log(JSON.stringify({nodes: nodes.length, differ: nodes.filter((node, index) => outputs[index] !== written(main, node)).length, quoted: outputs.filter((html) => /="[^"]*&#x22;/.test(html)).length}))
`
    const output = JSON.parse(printed(compare))
    expect(output.nodes).toBe(2000)
    expect(output.differ).toBe(0)
    expect(output.quoted).toBeGreaterThan(10)
  })
})

// What docs/rendering.md (In the browser) says `anecdote/browser` has (its list, up to the item on
// types) and leaves out (the paragraph after the list), as the names in backticks.
const section = readFileSync(root + 'docs/rendering.md', 'utf8').split('## In the browser')[1]
const namesIn = (text: string) => [...text.matchAll(/`(\w+)`/g)].map((match) => match[1]).filter((name) => name !== 'anecdote').sort()
const documented = namesIn(section.slice(0, section.indexOf('*   the types')))
const leftOut = namesIn(section.slice(section.indexOf('The writers and readers'), section.indexOf('It has no')))

/** The names each file exports, its values and its types, as TypeScript reads them. */
function declared(files: string[]): Array<{values: string[]; types: string[]}> {
  const program = ts.createProgram(files, {strict: true, noEmit: true, module: ts.ModuleKind.NodeNext, moduleResolution: ts.ModuleResolutionKind.NodeNext, types: []})
  const checker = program.getTypeChecker()
  return files.map((file) => {
    const exports = checker.getExportsOfModule(checker.getSymbolAtLocation(program.getSourceFile(file)!)!)
    const isValue = (symbol: ts.Symbol) => Boolean((symbol.flags & ts.SymbolFlags.Alias ? checker.getAliasedSymbol(symbol) : symbol).flags & ts.SymbolFlags.Value)
    const names = (value: boolean) => exports.filter((symbol) => isValue(symbol) === value).map((symbol) => symbol.name).sort()
    return {values: names(true), types: names(false)}
  })
}

describe('the exports of dist/browser/anecdote.js', () => {
  it('are the ones docs/rendering.md lists, the package entry’s but the ones it says are left out', async () => {
    const browser = Object.keys(await import('../../dist/browser/anecdote.js')).sort()
    const entry = Object.keys(await import('../../dist/index.js')).sort()
    expect(browser).toEqual(documented)
    expect(entry.filter((name) => !browser.includes(name))).toEqual(leftOut)
  })

  it('are what dist/browser/anecdote.d.ts declares, with every type of the syntax tree', async () => {
    const [browser, entry, tree] = declared([root + 'dist/browser/anecdote.d.ts', root + 'dist/index.d.ts', root + 'src/types.ts'])
    expect(browser.values).toEqual(Object.keys(await import('../../dist/browser/anecdote.js')).sort())
    expect(tree.types).toContain('Turn')
    expect(tree.types.filter((name) => !browser.types.includes(name))).toEqual([])
    expect(browser.types.filter((name) => !entry.types.includes(name))).toEqual([])
  })
})
