// `anecdote stats`: the cast, words spoken, placeholders and comments, from `stats(tree)`.
import {stats, type Stats} from '../../index.js'
import {type Command, eachInput} from '../command.js'
import {outputOptions, parseOptionsFrom, sharedOptions} from '../options.js'
import {storiesOf} from '../stories.js'

export const statsCommand: Command = {
  name: 'stats',
  summary: 'count speakers, turns, words spoken, placeholders and comments',
  usage: 'anecdote stats [options] [file|dir|-]…',
  options: {
    json: {type: 'boolean', description: 'print JSON (one document, or one line per input for several)'},
    ...sharedOptions,
    ...outputOptions
  },
  run(context) {
    const options = parseOptionsFrom(context.values)
    const json = Boolean(context.values.json)
    return eachInput(context, (input, file, many) => {
      const stories = storiesOf(input, file, options)
      const several = many || stories.length !== 1
      let content = ''
      for (const story of stories) {
        if (!story.tree) continue
        const result = stats(story.tree)
        if (json) content += (several && !context.values.output ? JSON.stringify({path: story.path, ...result}) : JSON.stringify(result, null, 2)) + '\n'
        else content += (content ? '\n' : '') + table(story.path, result)
      }
      return {content, extension: json ? '.json' : '.txt'}
    })
  }
}

/** The figures as aligned plain-text tables. */
export function table(path: string, result: Stats): string {
  const lines: string[] = []
  lines.push(`${path === '-' ? 'stdin' : path}: ${result.turns} turns, ${result.words} words, ${result.comments} comments` +
    (result.declaredComments !== undefined && result.declaredComments !== result.comments ? ` (header says ${result.declaredComments})` : '') +
    (result.lang ? `, lang ${result.lang}` : ''))
  lines.push('')
  const cast = result.cast.map((speaker) => [
    speaker.labels[0] ?? '', speaker.who, String(speaker.turns), String(speaker.words), speaker.labels.join(', ')
  ])
  let text = lines.join('\n') + '\n' + columns(['speaker', 'who', 'turns', 'words', 'labels'], cast, [false, false, true, true, false])
  if (result.placeholders.length > 0) {
    const rows = result.placeholders.map((entry) => ['$' + entry.name, String(entry.count)])
    text += '\n' + columns(['placeholder', 'count'], rows, [false, true])
  }
  return text + '\n'
}

/** An aligned table, one line per row, each line ending in a line feed. */
function columns(head: string[], rows: string[][], right: boolean[]): string {
  const widths = head.map((title, index) => rows.reduce((width, row) => Math.max(width, row[index].length), title.length))
  const format = (row: string[]) =>
    row.map((cell, index) => (right[index] ? cell.padStart(widths[index]) : cell.padEnd(widths[index]))).join('  ').trimEnd() + '\n'
  let text = format(head) + widths.map((width) => '-'.repeat(width)).join('  ') + '\n'
  for (const row of rows) text += format(row)
  return text
}
