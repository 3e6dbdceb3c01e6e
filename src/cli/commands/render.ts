// `anecdote render`: HTML (a fragment or a whole page with the stylesheet), plain text, Markdown,
// TEI or Fountain.
import {parse, toFountain, toHtml, toMarkdown, toTei, toText} from '../../index.js'
import {type Command, eachInput} from '../command.js'
import {choice, outputOptions, parseOptionsFrom, sharedOptions} from '../options.js'

const formats = ['html', 'text', 'markdown', 'tei', 'fountain'] as const
type Format = (typeof formats)[number]
const extensions: Record<Format, string> = {html: '.html', text: '.txt', markdown: '.md', tei: '.tei.xml', fountain: '.fountain'}

export const renderCommand: Command = {
  name: 'render',
  summary: 'render stories to HTML, plain text, Markdown, TEI or Fountain',
  usage: 'anecdote render [options] [file|dir|-]…',
  options: {
    to: {type: 'string', value: formats.join('|'), description: 'output format (default: html)'},
    standalone: {type: 'boolean', description: 'html: a whole page (doctype, title, the stylesheet inlined)'},
    'no-comments': {type: 'boolean', description: 'leave the reader comments out (fountain always does)'},
    'no-controls': {type: 'boolean', description: 'text: leave the comment controls (Reply, Delete) out'},
    placeholders: {type: 'string', value: 'written|name', description: 'html: show $Name as written (default) or the bare name'},
    ...sharedOptions,
    ...outputOptions
  },
  run(context) {
    const options = parseOptionsFrom(context.values)
    const format = choice(context.values, 'to', formats) ?? 'html'
    const placeholders = choice(context.values, 'placeholders', ['written', 'name'] as const) ?? 'written'
    const comments = !context.values['no-comments']
    return eachInput(context, (_input, file) => {
      const tree = parse(file, options)
      const content =
        format === 'html'
          ? toHtml(tree, {document: Boolean(context.values.standalone), comments, placeholders})
          : format === 'text'
            ? toText(tree, {comments, controls: !context.values['no-controls']})
            : format === 'markdown'
              ? toMarkdown(tree)
              : format === 'tei'
                ? toTei(tree, {comments})
                : toFountain(tree)
      return {content: content.endsWith('\n') ? content : content + '\n', extension: extensions[format]}
    })
  }
}
