// readBlogExport(): every post of a Blogger or WordPress export, each with its story tree.
import {VFile} from 'vfile'
import type {ParseOptions} from '../parse/index.js'
import {parseOptionTypes, readInput} from '../parse/input.js'
import {checkOptions, type Expected} from '../options.js'
import {isBlogger, readBlogger} from './blogger.js'
import {postTree} from './post.js'
import type {Tally} from './records.js'
import type {BlogExport, BlogPost, ReadBlogExportOptions} from './types.js'
import {isWordpress, readWordpress} from './wordpress.js'
import {ExportError, notExport, readXml} from './xml.js'

export type {BlogComment, BlogExport, BlogPost, ReadBlogExportOptions} from './types.js'
export {ExportError} from './xml.js'

/** What each option must be; `parse` holds `parse`'s options, checked as `options.parse`. */
const optionTypes: Readonly<Record<Exclude<keyof ReadBlogExportOptions, 'parse'>, Expected>> = {
  drafts: 'a boolean',
  unapproved: 'a boolean',
  select: 'a function'
}

/**
 * Read a Blogger export (Atom) or a WordPress export (WXR). Throws an `ExportError`
 * (`not a Blogger or WordPress export…`) for any other input, a value that is no text read as
 * `parse` reads it (`42` is `'42'`, `null` empty); a post or comment that cannot be read becomes
 * one diagnostic, and the others are still returned. An option that is none of its documented
 * values throws a `TypeError`, before the export is read, as in `parse`.
 */
export function readBlogExport(xml: string | Uint8Array, options?: ReadBlogExportOptions | null): BlogExport {
  const settings = checkOptions('readBlogExport', options, optionTypes)
  checkOptions('readBlogExport', settings.parse, parseOptionTypes, 'options.parse')
  const value = readInput(xml).text
  const root = readXml(value)
  const platform = isBlogger(root) ? 'blogger' : isWordpress(root) ? 'wordpress' : undefined
  if (!platform) throw new ExportError(notExport + ': the root element is <' + root.name + '>, with no Blogger entries or WordPress items')
  const tally: Tally = {xml: value, skipped: {}, diagnostics: []}
  const read = (platform === 'blogger' ? readBlogger : readWordpress)(root, tally, settings.drafts === true, settings.unapproved === true)
  const parseOptions: ParseOptions = {...settings.parse, format: 'html'}
  // WordPress stores a body as written: its line endings are line breaks (wpautop adds <br> and <p> on display).
  const lineBreaks = platform === 'wordpress'
  const {select} = settings
  const posts: BlogPost[] = []
  for (let index = 0; index < read.drafts.length; index++) {
    const {day, ...post} = read.drafts[index]
    // A post not selected is not parsed: the cost of reading an export is its posts' parse.
    if (select && !select(post, index)) continue
    const file = new VFile({value: post.content})
    const tree = postTree({title: post.title, published: day, content: post.content, comments: post.comments}, parseOptions, lineBreaks, file)
    posts.push({...post, tree, messages: file.messages})
  }
  return {platform, title: read.title, posts, skipped: tally.skipped, diagnostics: tally.diagnostics}
}
