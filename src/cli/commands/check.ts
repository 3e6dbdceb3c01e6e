// `anecdote check`: the parser's diagnostics, as `file:line:column  warning  message  rule`.
import {reporter} from 'vfile-reporter'
import type {VFile} from 'vfile'
import {type Command, eachInput, worst} from '../command.js'
import {exitCodes} from '../errors.js'
import {parseOptionsFrom, sharedOptions} from '../options.js'
import {storiesOf} from '../stories.js'

export const checkCommand: Command = {
  name: 'check',
  summary: 'report problems in stories (comment counts, unclosed directions, placeholder typos, …)',
  usage: 'anecdote check [options] [file|dir|-]…',
  options: {
    frail: {type: 'boolean', description: 'exit with 1 when there are warnings'},
    quiet: {type: 'boolean', short: 'q', description: 'list only files with problems'},
    ...sharedOptions
  },
  async run(context) {
    const options = parseOptionsFrom(context.values)
    const files: VFile[] = []
    const code = await eachInput(context, (input, file) => {
      for (const story of storiesOf(input, file, options)) files.push(story.file)
      return undefined
    })
    const report = reporter(files, {quiet: Boolean(context.values.quiet), color: context.stderr.isTTY === true})
    if (report) context.stderr.write(report + '\n')
    const warned = files.some((file) => file.messages.length > 0)
    return warned && context.values.frail ? worst(code, exitCodes.warnings) : code
  }
}
