// The stories in one input: the input itself (HTML by its file ending, else as `--format`
// says; every command reads a file so), or, for a Blogger or WordPress export, each of its posts.
import {VFile} from 'vfile'
import type {ParseOptions} from '../parse/parse-using.js'
import type {Root} from '../types.js'
import {ExportError, looksLikeExport} from '../export/xml.js'
import {displayName, type Input} from './inputs.js'
import {postNames} from './post-names.js'
import {parseStory, readBlogExport} from './readers.js'

export interface Story {
  /** The input's name in outputs (standard input as `<stdin>`), with `#date-title` for a post of an export. */
  path: string
  /** Absent for the export itself, whose `file` holds the problems with records that could not be read. */
  tree?: Root
  /** Where the parser's messages went. */
  file: VFile
}

/** Whether a path names an HTML file. */
export function isHtmlPath(path: string): boolean {
  return /\.html?$/i.test(path)
}

/** Whether a path names a Markdown file. */
export function isMarkdownPath(path: string): boolean {
  return /\.(?:md|markdown)$/i.test(path)
}

export function storiesOf(input: Input, file: VFile, options: ParseOptions): Story[] {
  const name = displayName(input.path)
  if (looksLikeExport(input.value)) {
    let result
    try {
      result = readBlogExport(input.value, {parse: options})
    } catch (error) {
      if (!(error instanceof ExportError)) throw error
      // Said where `check` shows it; the file is then read as a story like any other.
      file.message(error.message, {ruleId: 'not-an-export', source: 'anecdote'})
      return [{path: name, tree: parseStory(file, options), file}]
    }
    for (const diagnostic of result.diagnostics) {
      file.message(diagnostic.reason, {place: diagnostic.place, ruleId: diagnostic.ruleId, source: 'anecdote'})
    }
    // The names `import` gives the posts' files: two posts alike are `-2`, `-3` apart.
    const nameOf = postNames()
    const posts = result.posts.map((post) => {
      const path = name + '#' + nameOf(post)
      const postFile = new VFile({path, value: post.content})
      for (const message of post.messages) postFile.messages.push(message)
      return {path, tree: post.tree, file: postFile}
    })
    return result.diagnostics.length > 0 ? [{path: name, file}, ...posts] : posts
  }
  return [{path: name, tree: parseStory(file, readingOf(input.path, options)), file}]
}

/**
 * The parse options for the input at `path`: where `--format` does not say, an `.html` or `.htm`
 * file is HTML and an `.md` or `.markdown` file Markdown (a story there may show no other sign of
 * it: `$**Quen**dolin` is one name); anything else is read as `auto`.
 */
export function readingOf(path: string, options: ParseOptions): ParseOptions {
  if (options.format !== undefined) return options
  if (isHtmlPath(path)) return {...options, format: 'html'}
  return isMarkdownPath(path) ? {...options, format: 'markdown'} : options
}
