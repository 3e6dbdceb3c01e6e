// parse(): text → anecdote tree, with every reader (src/parse/parse-using.ts is the parse itself).
import type {VFile} from 'vfile'
import type {Root} from '../types.js'
import {parseHtml, type HtmlOptions} from './html/index.js'
import {readMarkdown} from './markdown/index.js'
import {type FormatReaders, type ParseOptions, parseUsing} from './parse-using.js'

export type {CastOption, Diagnostic, ParseOptions} from './parse-using.js'
export {readsAsMarkdown} from './parse-using.js'

/** Both readers: what `parse` reads with, and `anonymizeText` (src/anonymize/anonymize-text.ts). */
export const formatReaders: FormatReaders = {markdown: readMarkdown, html: parseHtml}

/**
 * Parse a dialogue anecdote. Never throws on the input: any value gives a tree, and its problems
 * go to `file.messages` when a VFile is given. Throws a `TypeError` on an option that is none of
 * its documented values (`parse: options.lang must be 'de', 'en' or 'auto', not "fr"`).
 */
export function parse(value: string | VFile, options?: ParseOptions | null): Root {
  return parseUsing(formatReaders, value, options)
}

/** `parse`, with the HTML reader's own options (used by `readBlogExport`): HTML is then the format. */
export function parseWith(value: string | VFile, options?: ParseOptions | null, html?: HtmlOptions): Root {
  return parseUsing(formatReaders, value, options, html)
}
