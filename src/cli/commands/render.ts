// `anecdote render`: HTML (a fragment or a whole page with the stylesheet), plain text, Markdown,
// TEI or Fountain.
import {createRequire} from 'node:module'
import type {ParseOptions} from '../../parse/parse-using.js'
import {requireEsm} from '../../require-esm.js'
import type {Root} from '../../types.js'
import type {BatchCommand} from '../command.js'
import {choice, outputOptions, sharedOptions} from '../options.js'
import {parseOptionsFrom} from '../parse-options.js'
import {parseStory} from '../readers.js'
import {readingOf} from '../stories.js'

const formats = ['html', 'text', 'markdown', 'tei', 'fountain'] as const
type Format = (typeof formats)[number]
const extensions: Record<Format, string> = {html: '.html', text: '.txt', markdown: '.md', tei: '.tei.xml', fountain: '.fountain'}

interface Settings {
  options: ParseOptions
  format: Format
  document: boolean
  comments: boolean
  controls: boolean
  placeholders: 'written' | 'name'
}

export const renderCommand: BatchCommand<Settings> = {
  name: 'render',
  usage: 'anecdote render [options] [file|dir|-]…',
  options: {
    to: {type: 'string', value: formats.join('|'), default: 'html', description: 'output format (default: html)'},
    document: {type: 'boolean', only: {to: ['html']}, description: 'html: a whole page (doctype, title, the stylesheet inlined), as toHtml({document: true})'},
    standalone: {type: 'boolean', alias: {option: 'document'}, description: ''},
    'no-comments': {type: 'boolean', only: {to: ['html', 'text', 'tei']}, description: 'html, text, tei: leave the reader comments out (fountain never writes them)'},
    'no-controls': {type: 'boolean', only: {to: ['text']}, description: 'text: leave the comment controls (Reply, Delete) out'},
    placeholders: {type: 'string', value: 'written|name', only: {to: ['html']}, description: 'html: show $Name as written (default) or the bare name'},
    ...sharedOptions,
    ...outputOptions
  },
  setup(values) {
    const format = choice(values, 'to', formats) ?? 'html'
    return {
      // Only plain text lays blocks out by their source lines; the other renderers read no position.
      options: {...parseOptionsFrom(values), positions: format === 'text'},
      format,
      document: Boolean(values.document),
      comments: !values['no-comments'],
      controls: !values['no-controls'],
      placeholders: choice(values, 'placeholders', ['written', 'name'] as const) ?? 'written'
    }
  },
  work(input, file, settings) {
    const tree = parseStory(file, readingOf(input.path, settings.options))
    const content = renderers[settings.format](tree, settings)
    return {content: content.endsWith('\n') ? content : content + '\n', extension: extensions[settings.format]}
  }
}

/** The renderers' modules, each the build's entry `cli-render-<format>` (src/cli/renderers/, tsup.config.ts). */
interface Renderers {
  html: typeof import('../renderers/html.js')
  text: typeof import('../renderers/text.js')
  markdown: typeof import('../renderers/markdown.js')
  tei: typeof import('../renderers/tei.js')
  fountain: typeof import('../renderers/fountain.js')
}

/** Not `require`: esbuild would bundle the module it names, which is the point of not loading it. */
const load = createRequire(import.meta.url)
const loaded: Partial<Renderers> = {}

/**
 * The renderer of one format, loaded when a story is first rendered to it (dist/cli-render-<format>.js,
 * beside this chunk): `--to text` loads neither hast-util-to-html nor the TEI, Fountain and Markdown
 * writers. With `require`, as the readers are (src/cli/readers.ts): the work stays synchronous.
 */
function renderer<F extends Format>(format: F): Renderers[F] {
  return (loaded[format] ??= requireEsm(() => load('./cli-render-' + format + '.js') as Renderers[F]))
}

/** One renderer per output format. */
const renderers: Record<Format, (tree: Root, settings: Settings) => string> = {
  html: (tree, {document, comments, placeholders}) => renderer('html').toHtml(tree, {document, comments, placeholders}),
  text: (tree, {comments, controls}) => renderer('text').toText(tree, {comments, controls}),
  markdown: (tree) => renderer('markdown').toMarkdown(tree),
  tei: (tree, {comments}) => renderer('tei').toTei(tree, {comments}),
  fountain: (tree) => renderer('fountain').toFountain(tree)
}
