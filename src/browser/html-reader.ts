// The HTML reader of the browser build. parse5 (through hast-util-from-html) is about 180 KB
// minified, more than the rest of `anecdote/browser`, whose budget is 80 KB gzip: that build
// swaps `src/parse/html/index.ts` for this module (tsup.config.ts). HTML input there is read by
// the text reader, with an `html-unavailable` warning; the package entry (`anecdote`, also when
// bundled for a browser) reads HTML.
import {type Context, warn} from '../parse/context.js'
import {runCore} from '../parse/core/index.js'
import type {ParseOptions} from '../parse/index.js'
import {readText} from '../parse/text/index.js'
import type {Root} from '../types.js'

export interface HtmlOptions {}

export function parseHtml(context: Context, options: ParseOptions): Root {
  const tree = runCore(context, readText(context), {lang: options.lang, cast: options.cast})
  const place = {start: {line: 1, column: 1, offset: 0}, end: tree.position?.end ?? {line: 1, column: 1, offset: 0}}
  warn(context, 'HTML is not read by anecdote/browser (its HTML parser is left out for size): read as plain text; import `anecdote` through a bundler to read HTML', 'html-unavailable', place)
  return tree
}
