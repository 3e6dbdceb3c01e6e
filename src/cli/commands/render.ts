// `anecdote render`: HTML (a fragment or a whole page with the stylesheet), plain text or Markdown.
import {parse, type ParseOptions, toHtml, toMarkdown, toText} from '../../index.js'
import type {BatchCommand} from '../command.js'
import {choice, outputOptions, parseOptionsFrom, sharedOptions} from '../options.js'

const formats = ['html', 'text', 'markdown'] as const
type Format = (typeof formats)[number]
const extensions: Record<Format, string> = {html: '.html', text: '.txt', markdown: '.md'}

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
  summary: 'render stories to HTML, plain text or Markdown',
  usage: 'anecdote render [options] [file|dir|-]…',
  options: {
    to: {type: 'string', value: formats.join('|'), default: 'html', description: 'output format (default: html)'},
    document: {type: 'boolean', only: {to: ['html']}, description: 'html: a whole page (doctype, title, the stylesheet inlined), as toHtml({document: true})'},
    standalone: {type: 'boolean', alias: {option: 'document'}, description: ''},
    'no-comments': {type: 'boolean', only: {to: ['html', 'text']}, description: 'html, text: leave the reader comments out'},
    'no-controls': {type: 'boolean', only: {to: ['text']}, description: 'text: leave the comment controls (Reply, Delete) out'},
    placeholders: {type: 'string', value: 'written|name', only: {to: ['html']}, description: 'html: show $Name as written (default) or the bare name'},
    ...sharedOptions,
    ...outputOptions
  },
  setup(values) {
    return {
      options: parseOptionsFrom(values),
      format: choice(values, 'to', formats) ?? 'html',
      document: Boolean(values.document),
      comments: !values['no-comments'],
      controls: !values['no-controls'],
      placeholders: choice(values, 'placeholders', ['written', 'name'] as const) ?? 'written'
    }
  },
  work(_input, file, settings) {
    const tree = parse(file, settings.options)
    const {format, comments} = settings
    const content =
      format === 'html'
        ? toHtml(tree, {document: settings.document, comments, placeholders: settings.placeholders})
        : format === 'text'
          ? toText(tree, {comments, controls: settings.controls})
          : toMarkdown(tree)
    return {content: content.endsWith('\n') ? content : content + '\n', extension: extensions[format]}
  }
}
