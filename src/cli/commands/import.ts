// `anecdote import`: every post of a Blogger or WordPress export as a file of its own, named
// from its date and title, and a summary of what was read and what was skipped.
import {join} from 'node:path'
import {type BlogPost, ExportError, readBlogExport, slug, toHtml, toMarkdown, toText} from '../../index.js'
import {type Command, complain} from '../command.js'
import {CliError, type ExitCode, exitCodes, worst} from '../errors.js'
import {displayName, type Input, isProblem, readFileInput, readStdin} from '../inputs.js'
import {choice, parseOptionsFrom, sharedOptions} from '../options.js'
import {Outputs} from '../outputs.js'

const formats = ['text', 'markdown', 'html', 'json'] as const
type Format = (typeof formats)[number]
const extensions: Record<Format, string> = {text: '.txt', markdown: '.md', html: '.html', json: '.json'}
/** The longest title part of a file name. */
const maxSlugLength = 60

/** `--lang`, `--cast`, `--help`; an export's posts are always HTML, so no `--format`. */
const parseOptions = Object.fromEntries(Object.entries(sharedOptions).filter(([name]) => name !== 'format'))

export const importCommand: Command = {
  name: 'import',
  summary: 'write every post of a Blogger or WordPress export to a folder, one file each',
  usage: 'anecdote import [options] [EXPORT.xml|-] -o DIR/',
  options: {
    output: {type: 'string', short: 'o', value: 'DIR/', description: 'the folder to write into (made when missing)'},
    to: {type: 'string', value: formats.join('|'), description: 'format of each file (default: text)'},
    force: {type: 'boolean', description: 'overwrite files that exist'},
    drafts: {type: 'boolean', description: 'write drafts too (they were never published: skipped by default)'},
    unapproved: {type: 'boolean', description: 'keep comments that were not approved (WordPress: pending, spam)'},
    ...parseOptions
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
    const input = await readExport(context.paths)
    const name = displayName(input.path)

    let result
    try {
      result = readBlogExport(input.value, {drafts: Boolean(values.drafts), unapproved: Boolean(values.unapproved), parse: parseOptionsFrom(values)})
    } catch (error) {
      if (error instanceof ExportError) throw new CliError(`${name}: ${error.message}`, exitCodes.input)
      throw error
    }

    let code: ExitCode = exitCodes.ok
    for (const diagnostic of result.diagnostics) {
      complain(context, `${name}:${diagnostic.place.start.line}:${diagnostic.place.start.column}: ${diagnostic.reason}`)
      code = worst(code, exitCodes.input)
    }

    const outputs = new Outputs({output: folder, force: Boolean(values.force)}, [input.path])
    const names = new Set<string>()
    let written = 0
    let comments = 0
    for (const post of result.posts) {
      const path = join(folder, uniqueName(post, names) + extensions[format])
      try {
        outputs.write(path, render(post, format), input.path)
        written++
        comments += post.comments.length
      } catch (error) {
        if (!(error instanceof CliError)) throw error
        complain(context, error.message)
        code = worst(code, error.code)
      }
    }

    context.stdout.write(summary(result.platform, written, comments, result.skipped, folder) + '\n')
    return code
  }
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

/** `2012-03-05-der-drucker-von-kollegin`; `-2`, `-3` … after a name already given in this run. */
function uniqueName(post: BlogPost, names: Set<string>): string {
  let title = slug(post.title.replace(/['’]/g, '')).slice(0, maxSlugLength)
  while (title.endsWith('-')) title = title.slice(0, -1)
  if (title === '') title = 'post'
  const base = post.published.slice(0, 10) + '-' + title
  let name = base
  for (let count = 2; names.has(name); count++) name = base + '-' + count
  names.add(name)
  return name
}

function render(post: BlogPost, format: Format): string {
  if (format === 'json') {
    const {messages: _messages, ...data} = post
    return JSON.stringify(data, null, 2) + '\n'
  }
  const content = format === 'html' ? toHtml(post.tree) : format === 'markdown' ? toMarkdown(post.tree) : toText(post.tree)
  return content.endsWith('\n') ? content : content + '\n'
}

/** `blogger: 5 posts, 4 comments written to out/; skipped: 2 settings, 1 template, 1 page, 1 draft`. */
function summary(platform: string, posts: number, comments: number, skipped: Record<string, number>, folder: string): string {
  const plural = (count: number, word: string) => count + ' ' + word + (count === 1 ? '' : 's')
  const skips = Object.entries(skipped).map(([kind, count]) => count + ' ' + kind)
  return platform + ': ' + plural(posts, 'post') + ', ' + plural(comments, 'comment') + ' written to ' + folder + (skips.length > 0 ? '; skipped: ' + skips.join(', ') : '')
}

