// `anecdote parse`: the tree as JSON, or as a readable outline.
import {inspect} from 'unist-util-inspect'
import type {ParseOptions} from '../../parse/parse-using.js'
import type {BatchCommand} from '../command.js'
import {displayName} from '../inputs.js'
import {choice, outputOptions, sharedOptions} from '../options.js'
import {parseOptionsFrom} from '../parse-options.js'
import {parseStory} from '../readers.js'
import {readingOf} from '../stories.js'

const forms = ['json', 'outline'] as const

interface Settings {
  options: ParseOptions
  outline: boolean
  /** Results go to files (`-o`), not standard output. */
  toFiles: boolean
  color: boolean
}

export const parseCommand: BatchCommand<Settings> = {
  name: 'parse',
  usage: 'anecdote parse [options] [file|dir|-]…',
  options: {
    to: {type: 'string', value: forms.join('|'), default: 'json', description: 'output form: the tree as JSON, or a readable outline (default: json)'},
    inspect: {type: 'boolean', alias: {option: 'to', value: 'outline'}, description: ''},
    positions: {type: 'boolean', description: 'keep the positions (in the JSON; in the outline, shown)'},
    ...sharedOptions,
    ...outputOptions
  },
  details: 'One input prints one JSON document; several print one JSON line each: {"path": …, "tree": …}.',
  setup(values) {
    const outline = (choice(values, 'to', forms) ?? 'json') === 'outline'
    const toFiles = values.output !== undefined
    // Positions not shown are not made: the parse without them is the same tree, faster and smaller.
    return {options: {...parseOptionsFrom(values), positions: Boolean(values.positions)}, outline, toFiles, color: outline && !toFiles && process.stdout.isTTY === true}
  },
  work(input, file, settings, many) {
    const tree = parseStory(file, readingOf(input.path, settings.options))
    if (settings.outline) return {content: inspect(tree, {showPositions: settings.options.positions === true, color: settings.color}) + '\n', extension: '.txt'}
    if (many && !settings.toFiles) return {content: JSON.stringify({path: displayName(input.path), tree}) + '\n', extension: '.json'}
    return {content: JSON.stringify(tree, null, 2) + '\n', extension: '.json'}
  }
}
