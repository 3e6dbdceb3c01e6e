// `anecdote import`: every post of a Blogger or WordPress export as a file of its own, named
// from its date and title, and a summary of what was read and what was skipped. With `--jobs N`
// the posts are shared out over N threads (./import-shares.ts), the files written here in order.
import {availableParallelism} from 'node:os'
import {join} from 'node:path'
import {ExportError} from '../../export/index.js'
import {type Command, complain, type RunContext} from '../command.js'
import {defaultJobs} from '../default-jobs.js'
import {CliError, type ExitCode, exitCodes, meet, worst} from '../errors.js'
import {displayName, type Input, isProblem, readFileInput, readStdin} from '../inputs.js'
import {choice, jobsFrom, jobsOption, sharedOptions} from '../options.js'
import {parseOptionsFrom} from '../parse-options.js'
import {Outputs} from '../outputs.js'
import {postNames} from '../post-names.js'
import type {Item, Outcome} from '../perform.js'
import {takeWorkers, type Thread} from '../pool.js'
import type {FromWorker, ToWorker} from '../worker.js'
import {type Format, formats, type PostFields, type Rendered, renderShare, type Share, type ShareSettings} from './import-shares.js'

const extensions: Record<Format, string> = {text: '.txt', markdown: '.md', html: '.html', json: '.json'}

/** `--lang`, `--cast`, `--help`; an export's posts are always HTML, so no `--format`. */
const parseOptions = Object.fromEntries(Object.entries(sharedOptions).filter(([name]) => name !== 'format'))

export const importCommand: Command = {
  name: 'import',
  usage: 'anecdote import [options] [EXPORT.xml|-] -o DIR/',
  options: {
    output: {type: 'string', short: 'o', value: 'DIR/', description: 'the folder to write into (made when missing)'},
    to: {type: 'string', value: formats.join('|'), description: 'format of each file (default: text)'},
    force: {type: 'boolean', description: 'overwrite files that exist'},
    drafts: {type: 'boolean', description: 'write drafts too (they were never published: skipped by default)'},
    unapproved: {type: 'boolean', description: 'keep comments that were not approved (WordPress: pending, spam)'},
    ...parseOptions,
    jobs: {...jobsOption.jobs, description: 'posts worked on at once, in threads (default: as for the other commands, by the export\'s size)'}
  },
  details: [
    'The export is read from the file named, or from standard input (- or no file).',
    'Files are named YYYY-MM-DD-title.EXT from the date and title of each post; two alike get -2, -3….',
    'The summary (posts, comments, skipped records) goes to standard output, problems to standard error.',
    'Example: anecdote import blog-export.xml -o stories/ --to markdown'
  ].join('\n'),
  async run(context) {
    const {values} = context
    const folder = values.output as string | undefined
    if (folder === undefined) throw new CliError('import: name the folder to write into with -o DIR/', exitCodes.usage)
    const format = choice(values, 'to', formats) ?? 'text'
    const requested = jobsFrom(values, availableParallelism())
    const input = await readExport(context.paths)
    const name = displayName(input.path)
    const jobs = values.jobs === undefined ? defaultJobs(availableParallelism(), Buffer.byteLength(input.value)) : requested
    const settings: ShareSettings = {read: {drafts: Boolean(values.drafts), unapproved: Boolean(values.unapproved), parse: parseOptionsFrom(values)}, format, shares: jobs}

    const {result, fields, contents, code: worked} = await readPosts(context, input, settings)
    let code: ExitCode = worked
    for (const diagnostic of result.diagnostics) {
      complain(context, `${name}:${diagnostic.place.start.line}:${diagnostic.place.start.column}: ${diagnostic.reason}`)
      code = worst(code, exitCodes.input)
    }

    const outputs = new Outputs({output: folder, force: Boolean(values.force)}, [input.path])
    const nameOf = postNames()
    let written = 0
    let comments = 0
    for (let index = 0; index < fields.length; index++) {
      const post = fields[index]
      const path = join(folder, nameOf(post) + extensions[format])
      const content = contents[index]
      if (content === undefined) continue
      try {
        outputs.write(path, content, input.path)
        written++
        comments += post.comments.length
      } catch (error) {
        if (!(error instanceof CliError)) throw error
        complain(context, error.message)
        code = worst(code, error.code)
      }
    }

    // The summary is the one write to standard output: its reader gone, the run still ends with `code`.
    meet(code)
    context.stdout.write(summary(result.platform, written, comments, result.skipped, folder) + '\n')
    return code
  }
}

/**
 * Every post's fields, and its file's content: the other threads start on their shares first,
 * then this thread reads every post's fields and parses its own share (with one thread, every post).
 */
async function readPosts(context: RunContext, input: Input, settings: ShareSettings) {
  const {shares} = settings
  const threads = shares > 1 ? takeWorkers('import', shares - 1) : []
  const fields: PostFields[] = []
  const contents: Array<string | undefined> = []
  let code: ExitCode = exitCodes.ok
  try {
    const outcomes = threads.map((thread, at) => shareIn(thread, settings, {index: at + 1, path: input.path, value: input.value}))
    let mine: Share
    try {
      mine = renderShare(input.value, settings, 0, (post) => fields.push(post))
    } catch (error) {
      if (error instanceof ExportError) throw new CliError(`${displayName(input.path)}: ${error.message}`, exitCodes.input)
      throw error
    }
    for (const {index, content} of mine.rendered) contents[index] = content
    const done = await Promise.all(outcomes)
    for (let at = 0; at < done.length; at++) {
      const outcome = done[at]
      let rendered: Rendered[]
      if (outcome.kind === 'done') rendered = JSON.parse(outcome.result.content!) as Rendered[]
      else {
        // A worker that failed: its share is worked on here, and the run ends as an internal error.
        complain(context, `internal error (please report it): a worker thread failed: ${outcome.kind === 'crash' ? outcome.message : outcome.reason}`, true)
        code = exitCodes.internal
        rendered = renderShare(input.value, settings, at + 1).rendered
      }
      for (const {index, content} of rendered) contents[index] = content
    }
    return {result: mine.read, fields, contents, code}
  } finally {
    await Promise.all(threads.map((thread) => thread.worker.terminate()))
  }
}

/** One share worked on by a worker thread (src/cli/worker.ts): its outcome, or why the thread failed. */
function shareIn(thread: Thread, settings: ShareSettings, item: Item): Promise<Outcome> {
  return new Promise((resolve) => {
    if (thread.ended !== undefined) return resolve({kind: 'crash', message: thread.ended})
    const {worker} = thread
    worker.on('message', (message: FromWorker) => {
      if ('outcome' in message) resolve(message.outcome)
    })
    worker.on('error', (error) => resolve({kind: 'crash', message: error.stack ?? String(error)}))
    worker.on('exit', (exit) => resolve({kind: 'crash', message: `a worker thread ended (exit ${exit})`}))
    worker.postMessage({settings, many: false} satisfies ToWorker)
    worker.postMessage({items: [item]} satisfies ToWorker)
  })
}

/** The export: the one file named, or standard input (`-`, or no file), as the other commands read. */
async function readExport(paths: readonly string[]): Promise<Input> {
  if (paths.length > 1) throw new CliError('import: name exactly one export file', exitCodes.usage)
  const path = paths[0] ?? '-'
  // Nothing named and nothing piped: waiting on the terminal would look like a hang.
  if (paths.length === 0 && process.stdin.isTTY) throw new CliError('import: no input: name an export file, or pipe one into standard input', exitCodes.usage)
  const input = path === '-' ? await readStdin() : readFileInput(path)
  if (isProblem(input)) throw new CliError(`${displayName(input.path)}: ${input.reason}`, exitCodes.input)
  return input
}

/** `blogger: 5 posts, 4 comments written to out/; skipped: 2 settings, 1 template, 1 page, 1 draft`. */
function summary(platform: string, posts: number, comments: number, skipped: Record<string, number>, folder: string): string {
  const plural = (count: number, word: string) => count + ' ' + word + (count === 1 ? '' : 's')
  const skips = Object.entries(skipped).map(([kind, count]) => count + ' ' + kind)
  return platform + ': ' + plural(posts, 'post') + ', ' + plural(comments, 'comment') + ' written to ' + folder + (skips.length > 0 ? '; skipped: ' + skips.join(', ') : '')
}

