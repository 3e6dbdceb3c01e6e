// `anecdote parse`: the tree as JSON, or as a readable outline.
import {inspect} from 'unist-util-inspect'
import {parse} from '../../index.js'
import {type Command, eachInput} from '../command.js'
import {outputOptions, parseOptionsFrom, sharedOptions} from '../options.js'

export const parseCommand: Command = {
  name: 'parse',
  summary: 'print the syntax tree as JSON or as an outline',
  usage: 'anecdote parse [options] [file|dir|-]…',
  options: {
    positions: {type: 'boolean', description: 'keep the positions in the JSON'},
    inspect: {type: 'boolean', description: 'print a readable outline instead of JSON'},
    ...sharedOptions,
    ...outputOptions
  },
  details: 'One input prints one JSON document; several print one JSON line each: {"path": …, "tree": …}.',
  run(context) {
    const options = parseOptionsFrom(context.values)
    const outline = Boolean(context.values.inspect)
    const positions = Boolean(context.values.positions)
    return eachInput(context, (input, file, many) => {
      const tree = parse(file, options)
      if (outline) {
        const color = !context.values.output && context.stdout.isTTY === true
        return {content: inspect(tree, {showPositions: positions, color}) + '\n', extension: '.txt'}
      }
      const json = positions ? tree : stripPositions(tree)
      if (many && !context.values.output) return {content: JSON.stringify({path: input.path, tree: json}) + '\n', extension: '.json'}
      return {content: JSON.stringify(json, null, 2) + '\n', extension: '.json'}
    })
  }
}

function stripPositions<T>(tree: T): T {
  return JSON.parse(JSON.stringify(tree, (key, value) => (key === 'position' ? undefined : value)))
}
