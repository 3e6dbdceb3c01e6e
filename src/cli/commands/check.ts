// `anecdote check`: the parser's diagnostics, as `file:line:column  warning  message  rule`.
import {reporter} from 'vfile-reporter'
import {parse, type ParseOptions} from '../../index.js'
import type {BatchCommand} from '../command.js'
import {exitCodes} from '../errors.js'
import {parseOptionsFrom, sharedOptions} from '../options.js'

export const checkCommand: BatchCommand<ParseOptions> = {
  name: 'check',
  summary: 'report problems in stories (comment counts, unclosed directions, placeholder typos, …)',
  usage: 'anecdote check [options] [file|dir|-]…',
  options: {
    frail: {type: 'boolean', description: 'exit with 1 when there are warnings'},
    quiet: {type: 'boolean', short: 'q', description: 'list only files with problems'},
    ...sharedOptions
  },
  setup: parseOptionsFrom,
  work(_input, file, options) {
    parse(file, options)
    return {}
  },
  finish({context, files}) {
    const report = reporter(files, {quiet: Boolean(context.values.quiet), color: context.stderr.isTTY === true})
    if (report) context.stderr.write(report + '\n')
    const warned = files.some((file) => file.messages.length > 0)
    return warned && context.values.frail ? exitCodes.warnings : exitCodes.ok
  }
}
