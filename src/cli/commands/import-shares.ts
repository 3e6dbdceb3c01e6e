// The work of `anecdote import` that threads share (`--jobs`): each thread reads the export and
// parses and renders every `shares`-th post of it, starting at its own; src/cli/commands/import.ts
// names and writes the files in post order. Loaded alone by a worker (src/cli/loaders.ts).
import {type BlogExport, type BlogPost, readBlogExport, type ReadBlogExportOptions} from '../../export/index.js'
import {toMarkdown} from '../../markdown/index.js'
import {toHtml} from '../../render/html.js'
import {toText} from '../../render/text/index.js'
import type {BatchCommand} from '../command.js'

export const formats = ['text', 'markdown', 'html', 'json'] as const
export type Format = (typeof formats)[number]

/** What every share is worked with; sent once to each worker. */
export interface ShareSettings {
  read: Pick<ReadBlogExportOptions, 'drafts' | 'unapproved' | 'parse'>
  format: Format
  shares: number
}

/** A post's fields, without its tree: what names its file. */
export type PostFields = Omit<BlogPost, 'tree' | 'messages'>

/** One post's file content, by its index among the export's posts. */
export interface Rendered {
  index: number
  content: string
}

/** A share of the export: the export as read (without its posts), and the share's posts rendered. */
export interface Share {
  read: Omit<BlogExport, 'posts'>
  rendered: Rendered[]
}

/**
 * The posts `share`, `share + shares`, … of the export, parsed and rendered (none other is
 * parsed); `seen`, if given, is called with every post's fields, in order.
 */
export function renderShare(xml: string, settings: ShareSettings, share: number, seen?: (post: PostFields) => void): Share {
  const indices: number[] = []
  const select = (post: PostFields, index: number) => {
    seen?.(post)
    if (index % settings.shares !== share) return false
    indices.push(index)
    return true
  }
  const {posts, ...read} = readBlogExport(xml, {...settings.read, select})
  return {read, rendered: posts.map((post, at) => ({index: indices[at], content: render(post, settings.format)}))}
}

/** A post's file: its story rendered, or, as JSON, the post with its tree (not its messages). */
function render(post: BlogPost, format: Format): string {
  if (format === 'json') {
    const {messages: _messages, ...data} = post
    return JSON.stringify(data, null, 2) + '\n'
  }
  const content = format === 'html' ? toHtml(post.tree) : format === 'markdown' ? toMarkdown(post.tree) : toText(post.tree)
  return content.endsWith('\n') ? content : content + '\n'
}

/**
 * A share as the work on one input of the batch runner's threads: the input is the export, its
 * index the share. The result crosses between threads as text (JSON of the rendered posts).
 */
export const importShares: BatchCommand<ShareSettings> = {
  name: 'import',
  usage: '',
  options: {},
  setup() {
    throw new Error('import makes the settings of its shares itself')
  },
  work(input, _file, settings, _many, share) {
    return {content: JSON.stringify(renderShare(input.value, settings, share).rendered)}
  }
}
