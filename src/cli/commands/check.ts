// `anecdote check`: the parser's diagnostics, as `file:line:column  warning  message  rule`.
import {VFile} from 'vfile'
import {anonymize} from '../../anonymize/anonymize.js'
import type {ParseOptions} from '../../parse/parse-using.js'
import type {Root} from '../../types.js'
import type {BatchCommand} from '../command.js'
import {exitCodes} from '../errors.js'
import {sharedOptions} from '../options.js'
import {parseOptionsFrom} from '../parse-options.js'
import {isProblem, reportInOrder} from '../report.js'
import {storiesOf} from '../stories.js'
import {namesOfRun} from './anonymize.js'

/** The parse options, and the names of the run's stories (`prepare`), which `unmarked` looks for in each. */
type Settings = ParseOptions & {reserved?: ReadonlyMap<string, string>}

export const checkCommand: BatchCommand<Settings> = {
  name: 'check',
  usage: 'anecdote check [options] [file|dir|-]…',
  options: {
    frail: {type: 'boolean', description: 'exit with 1 when there are warnings'},
    quiet: {type: 'boolean', short: 'q', description: 'list only files with problems'},
    ...sharedOptions
  },
  setup: parseOptionsFrom,
  // A name of one story written without its `$` in another is told there too (`unmarked-name`).
  prepare(settings, inputs) {
    return {...settings, reserved: namesOfRun(inputs)}
  },
  work(input, file, settings) {
    const {reserved, ...options} = settings
    // An export's posts each have a file of their own: their messages go with the input, each
    // marked with its post (`EXPORT.xml#date-title`), whose content its places are in.
    for (const story of storiesOf(input, file, options)) {
      if (story.tree) unmarked(story.tree, story.file, reserved)
      if (story.file === file) continue
      for (const message of story.file.messages) {
        message.file = story.path
        file.messages.push(message)
      }
    }
    return {}
  },
  finish({context, files}) {
    const quiet = Boolean(context.values.quiet)
    // A problem is a warning or an error; an info (a dropped HTML comment) is none.
    const stories = files.flatMap(byStory)
    if (quiet) for (const file of stories) file.messages = file.messages.filter(isProblem)
    const report = reportInOrder(stories, {quiet, color: context.stderr.isTTY === true})
    if (report) context.stderr.write(report + '\n')
    const warned = files.some((file) => file.messages.some(isProblem))
    return warned && context.values.frail ? exitCodes.warnings : exitCodes.ok
  }
}

/**
 * What `anonymize` would say of names written without their `$` (`unmarked-name`): with every
 * name replaced (a mask), every such copy is one that would stay.
 */
function unmarked(tree: Root, file: VFile, reserved: ReadonlyMap<string, string> | undefined): void {
  // With the source, as `anonymize` has it: a word's own place in HTML, not its paragraph's.
  const scratch = new VFile({value: file.value})
  anonymize(tree, {strategy: 'redact', reserved}, scratch)
  for (const message of scratch.messages) if (message.ruleId === 'unmarked-name') file.messages.push(message)
}

/** An input's messages as one file per story they are about: the input, then each post of an export. */
function byStory(file: VFile): VFile[] {
  const stories = new Map<string, VFile>()
  const own = new VFile({path: file.path})
  for (const message of file.messages) {
    const path = message.file && message.file !== file.path ? message.file : undefined
    let target = own
    if (path !== undefined) {
      target = stories.get(path) ?? new VFile({path})
      stories.set(path, target)
    }
    target.messages.push(message)
  }
  const files = [own]
  for (const story of stories.values()) files.push(story)
  return files
}
