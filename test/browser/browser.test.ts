// The browser build in a real browser: Debian's chromium, driven by playwright-core, loads
// `dist/browser/anecdote.js` from a page on localhost, parses and renders the seed, and the DOM
// is checked; a module Web Worker (no `document`) imports the same file and does the same; and
// every ```html page block of the docs is loaded and must render a story without errors.
// Skipped, with one line saying so, where chromium is not installed.
// `SCREENSHOT=1` also writes docs/images/seed.png and seed-dark.png.
import {existsSync, mkdtempSync, readFileSync, rmSync} from 'node:fs'
import {createServer, type Server} from 'node:http'
import type {AddressInfo} from 'node:net'
import {tmpdir} from 'node:os'
import {join} from 'node:path'
import {type BrowserContext, chromium, type Page} from 'playwright-core'
import {afterAll, beforeAll, describe, expect, it} from 'vitest'
import {blocksOf, documentationFiles} from '../docs/blocks.js'
import {fixturesRoot} from '../util/fixtures.js'

const executablePath = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium'
const available = existsSync(executablePath)
const root = new URL('../../', import.meta.url).pathname

if (!available) {
  process.stdout.write(`browser test skipped: no chromium at ${executablePath} (install it: apt-get install -y chromium)\n`)
}

/** Markdown with named character references: decoded by the DOM in a page, by a table elsewhere. */
const markdownSample = '**Chef:** K&auml;se &amp; Brot&hellip; &notanentity;'
const markdownText = 'Chef: Käse & Brot… &notanentity;\n'

const pageHtml = `<!doctype html>
<html lang="de">
<head><meta charset="utf-8"><meta name="color-scheme" content="light dark"><title>anecdote</title><style>body { margin: 0 }</style><link rel="stylesheet" href="/style.css"></head>
<body>
<script type="module">
  import {parse, toHtml, toText} from '/browser/anecdote.js'
  const text = await (await fetch('/seed.txt')).text()
  document.body.insertAdjacentHTML('beforeend', toHtml(parse(text)))
  window.markdownText = toText(parse(${JSON.stringify(markdownSample)}, {format: 'markdown'}))
  document.body.dataset.rendered = 'yes'
</script>
</body>
</html>
`

// A module worker: it has no `document`, so the bundle loads its table of named references.
const workerJs = `
try {
  const hasDocument = typeof document !== 'undefined'
  const {parse, toHtml, toText} = await import('/browser/anecdote.js')
  const text = await (await fetch('/seed.txt')).text()
  const html = toHtml(parse(text))
  postMessage({
    hasDocument,
    turns: html.split('<p class="turn"').length - 1,
    markdownText: toText(parse(${JSON.stringify(markdownSample)}, {format: 'markdown'}))
  })
} catch (error) {
  postMessage({error: String(error)})
}
`

const javascript = 'text/javascript; charset=utf-8'
const pages: Record<string, [string, string]> = {
  '/': ['text/html; charset=utf-8', pageHtml],
  '/worker.js': [javascript, workerJs]
}
const files: Record<string, [string, string]> = {
  '/style.css': ['text/css; charset=utf-8', join(root, 'dist/style.css')],
  '/seed.txt': ['text/plain; charset=utf-8', join(fixturesRoot, 'text/fahren-sie-mal-da-hin.txt')]
}

// The pages of the docs (```html page blocks), which load the package from `/anecdote/`.
const docPages = documentationFiles().flatMap((file) => blocksOf(file).filter((block) => block.lang === 'html' && block.meta === 'page'))
docPages.forEach((block, index) => {
  pages['/docs/' + index] = ['text/html; charset=utf-8', `<!doctype html><meta charset="utf-8"><title>${block.file}:${block.line}</title>\n` + block.value]
})
// The module workers of the docs (```js worker blocks): each is sent the seed as soon as it is made.
const docWorkers = documentationFiles().flatMap((file) => blocksOf(file).filter((block) => block.lang === 'js' && block.meta === 'worker'))
docWorkers.forEach((block, index) => {
  pages['/docs-worker/' + index + '.js'] = [javascript, block.value]
})
const types: Record<string, string> = {js: javascript, css: 'text/css; charset=utf-8'}

/** The content type and body for a URL; the browser build's files are served under `/browser/`,
 * the package's `dist/` under `/anecdote/dist/`. */
function serve(url: string): [string, string | Buffer] | undefined {
  if (pages[url]) return pages[url]
  const inDist = /^\/anecdote\/dist\/((?:[\w-]+\/)*[\w.-]+\.(js|css))$/.exec(url)
  if (inDist && existsSync(join(root, 'dist', inDist[1]))) return [types[inDist[2]], readFileSync(join(root, 'dist', inDist[1]))]
  const file = files[url]
  if (file) return [file[0], readFileSync(file[1])]
  const name = /^\/browser\/([\w.-]+\.js)$/.exec(url)?.[1]
  const path = name && join(root, 'dist/browser', name)
  if (path && existsSync(path)) return [javascript, readFileSync(path)]
  return undefined
}

describe.skipIf(!available)('in a real browser', () => {
  let server: Server
  let context: BrowserContext
  let page: Page
  let userDataDir: string
  const errors: string[] = []

  beforeAll(async () => {
    server = createServer((request, response) => {
      const file = serve(request.url ?? '')
      if (!file) {
        response.writeHead(404).end()
        return
      }
      response.writeHead(200, {'content-type': file[0]})
      response.end(file[1])
    })
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
    userDataDir = mkdtempSync(join(tmpdir(), 'anecdote-chromium-'))
    context = await chromium.launchPersistentContext(userDataDir, {
      executablePath,
      headless: true,
      args: [
        '--no-sandbox',
        '--disable-gpu',
        '--no-first-run',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
        '--disable-quic'
      ],
      viewport: {width: 860, height: 900}
    })
    page = context.pages()[0] ?? (await context.newPage())
    page.on('pageerror', (error) => errors.push(String(error)))
    const {port} = server.address() as AddressInfo
    await page.goto(`http://127.0.0.1:${port}/`)
    await page.waitForSelector('body[data-rendered="yes"]', {timeout: 20_000})
  }, 60_000)

  afterAll(async () => {
    await context?.close()
    await new Promise((resolve) => server?.close(resolve))
    if (userDataDir) rmSync(userDataDir, {recursive: true, force: true})
  })

  it('runs the module without errors', () => {
    expect(errors).toEqual([])
  })

  it('has the pages of the docs to load', () => {
    expect(docPages.length).toBeGreaterThan(0)
  })

  for (const [index, block] of docPages.entries()) {
    it(`loads the page of ${block.file}:${block.line}, which renders a story`, async () => {
      const docPage = await context.newPage()
      const pageErrors: string[] = []
      docPage.on('pageerror', (error) => pageErrors.push(String(error)))
      const {port} = server.address() as AddressInfo
      await docPage.goto(`http://127.0.0.1:${port}/docs/${index}`)
      await docPage.waitForSelector('article.anecdote p.turn', {timeout: 20_000})
      const turns = await docPage.evaluate(() => document.querySelectorAll('article.anecdote p.turn').length)
      const styled = await docPage.evaluate(() => getComputedStyle(document.querySelector('.anecdote')!).getPropertyValue('--anecdote-text') !== '')
      await docPage.close()
      expect({errors: pageErrors, styled, rendered: turns > 0}).toEqual({errors: [], styled: true, rendered: true})
    })
  }

  it('decodes named character references in Markdown with the DOM', async () => {
    expect(await page.evaluate(() => (window as unknown as {markdownText: string}).markdownText)).toBe(markdownText)
  })

  it('runs in a module Web Worker, which has no document', async () => {
    const result = await page.evaluate(
      () =>
        new Promise((resolve) => {
          const worker = new Worker('/worker.js', {type: 'module'})
          worker.onmessage = (event) => resolve(event.data)
          worker.onerror = (event) => resolve({error: event.message})
        })
    )
    expect(result).toEqual({hasDocument: false, turns: 11, markdownText})
  })

  it('runs the docs\' module workers, which answer a message posted as soon as each is made', async () => {
    expect(docWorkers.length).toBeGreaterThan(0)
    const seed = readFileSync(join(fixturesRoot, 'text/fahren-sie-mal-da-hin.txt'), 'utf8')
    for (let index = 0; index < docWorkers.length; index++) {
      const html = await page.evaluate(
        ([url, text]) =>
          new Promise<string>((resolve) => {
            const worker = new Worker(url, {type: 'module'})
            worker.onmessage = (event) => resolve(String(event.data))
            worker.onerror = (event) => resolve('error: ' + event.message)
            worker.postMessage(text)
            setTimeout(() => resolve('no answer'), 10_000)
          }),
        ['/docs-worker/' + index + '.js', seed]
      )
      expect(html.split('<p class="turn"').length - 1, docWorkers[index].file + ':' + docWorkers[index].line).toBe(11)
    }
  })

  it('renders the seed: turns, speakers, the date', async () => {
    const facts = await page.evaluate(() => ({
      turns: document.querySelectorAll('article.anecdote p.turn').length,
      speakers: Array.from(document.querySelectorAll('.turn > b.speaker')).map((node) => node.textContent),
      who: Array.from(document.querySelectorAll('.turn')).map((node) => (node as HTMLElement).dataset.who),
      time: document.querySelector('header time')?.getAttribute('datetime'),
      title: document.querySelector('h1.title')?.textContent,
      comments: document.querySelectorAll('section.comments ol > li.comment').length
    }))
    expect(facts).toEqual({
      turns: 11,
      speakers: ['Ich', 'Chef', 'Ich', 'Chef', 'Ich', 'Kollege', 'Chef', 'Kollege', 'Anderer Chef', 'Verkäufer', 'Techniker'],
      who: ['ich', 'chef', 'ich', 'chef', 'ich', 'kollege', 'chef', 'kollege', 'anderer-chef', 'verkaeufer', 'techniker'],
      time: '2011-02-21',
      title: "Fahren Sie 'mal da hin...",
      comments: 2
    })
  })

  it('sets speakers in a column with the stylesheet, in light and dark schemes', async () => {
    const speechLefts = await page.evaluate(() =>
      Array.from(document.querySelectorAll('.dialogue')[0].querySelectorAll('.speech')).map((node) => Math.round(node.getBoundingClientRect().left))
    )
    expect(speechLefts).toHaveLength(5)
    expect(new Set(speechLefts).size).toBe(1)
    const background = () => page.evaluate(() => getComputedStyle(document.querySelector('.anecdote')!).backgroundColor)
    await page.emulateMedia({colorScheme: 'light'})
    expect(await background()).toBe('rgb(253, 252, 248)')
    if (process.env.SCREENSHOT) await page.screenshot({path: join(root, 'docs/images/seed.png'), fullPage: true})
    await page.emulateMedia({colorScheme: 'dark'})
    expect(await background()).toBe('rgb(27, 26, 24)')
    if (process.env.SCREENSHOT) await page.screenshot({path: join(root, 'docs/images/seed-dark.png'), fullPage: true})
  })
})
