// `anecdote stats`: the cast, words spoken, placeholders and comments, from `stats(tree)`.
import type {VFile} from 'vfile'
import type {ParseOptions} from '../../parse/parse-using.js'
import {stats, type Stats} from '../../stats.js'
import type {BatchCommand} from '../command.js'
import {displayWidth} from '../display-width.js'
import {displayName} from '../inputs.js'
import {choice, outputOptions, sharedOptions} from '../options.js'
import {parseOptionsFrom} from '../parse-options.js'
import {storiesOf} from '../stories.js'

const forms = ['table', 'json'] as const

interface Settings {
  options: ParseOptions
  json: boolean
  /** Results go to files (`-o`), not standard output. */
  toFiles: boolean
}

export const statsCommand: BatchCommand<Settings> = {
  name: 'stats',
  usage: 'anecdote stats [options] [file|dir|-]…',
  options: {
    to: {type: 'string', value: forms.join('|'), default: 'table', description: 'output form: aligned tables, or JSON: one document, or one line per input for several (default: table)'},
    json: {type: 'boolean', alias: {option: 'to', value: 'json'}, description: ''},
    ...sharedOptions,
    ...outputOptions
  },
  setup(values) {
    // The figures need no positions (nor do the diagnostics' places): the faster, smaller parse.
    return {options: {...parseOptionsFrom(values), positions: false}, json: choice(values, 'to', forms) === 'json', toFiles: values.output !== undefined}
  },
  work(input, file, settings, many) {
    // An export gives one story per post.
    const stories = storiesOf(input, file, settings.options)
    const problems = unread(file)
    // One JSON document per output; a line per story where it holds several: an export's posts,
    // or the inputs on standard output.
    const lines = stories.length !== 1 || (many && !settings.toFiles)
    let content = ''
    for (const story of stories) {
      // A file that is an export but could not be read as one has no figures: only its problem.
      if (!story.tree || (problems.length > 0 && story.file === file)) continue
      const result = stats(story.tree)
      if (settings.json) content += (lines ? JSON.stringify({path: story.path, ...result}) : JSON.stringify(result, null, 2)) + '\n'
      else content += (content ? '\n' : '') + table(story.path, result)
    }
    return {content, extension: settings.json ? '.json' : '.txt', problems: problems.map((message) => displayName(input.path) + ':' + message)}
  }
}

/** What an export held that could not be read (`line:column: reason`), as `import` reports it. */
function unread(file: VFile): string[] {
  const problems: string[] = []
  for (const message of file.messages) {
    if (message.ruleId !== 'export-unreadable' && message.ruleId !== 'not-an-export') continue
    problems.push((message.line === undefined ? '' : message.line + ':' + message.column + ':') + ' ' + message.reason)
  }
  return problems
}

/** `1 turn`, `2 turns`. */
export function count(value: number, noun: string): string {
  return `${value} ${noun}${value === 1 ? '' : 's'}`
}

/** The figures as plain-text tables, aligned by display width. */
export function table(path: string, result: Stats): string {
  const declared = result.declaredComments
  const head =
    `${displayName(path)}: ${count(result.turns, 'turn')}, ${count(result.words, 'word')}, ${count(result.comments, 'comment')}` +
    (declared !== undefined && declared !== result.comments ? ` (header says ${declared})` : '') +
    (result.lang ? `, lang ${result.lang}` : '')
  const cast = result.cast.map((speaker) => [
    speaker.labels[0] ?? '', speaker.who, String(speaker.turns), String(speaker.words), speaker.labels.join(', ')
  ])
  let text = head + '\n\n' + columns(['speaker', 'who', 'turns', 'words', 'labels'], cast, [false, false, true, true, false])
  if (result.placeholders.length > 0) {
    const rows = result.placeholders.map((entry) => ['$' + entry.name, String(entry.count)])
    text += '\n' + columns(['placeholder', 'count'], rows, [false, true])
  }
  return text + '\n'
}

/** An aligned table, one line per row, each line ending in a line feed. Widths are display columns. */
function columns(head: string[], rows: string[][], right: boolean[]): string {
  const widths = head.map((title, index) => rows.reduce((width, row) => Math.max(width, displayWidth(row[index])), displayWidth(title)))
  const pad = (cell: string, index: number) => {
    const space = ' '.repeat(widths[index] - displayWidth(cell))
    return right[index] ? space + cell : cell + space
  }
  const format = (row: string[]) => row.map(pad).join('  ').trimEnd() + '\n'
  let text = format(head) + widths.map((width) => '-'.repeat(width)).join('  ') + '\n'
  for (const row of rows) text += format(row)
  return text
}
