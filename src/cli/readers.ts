// The CLI's parse: the Markdown and HTML readers, and the reader of blog exports, are loaded the
// first time an input needs one, in the thread that reads it. A run over plain text then loads
// neither micromark nor parse5, which took about a third of a short run's start (bench/startup.js).
// Loaded with `require`, which Node (^20.19 || >=22.12) has for ES modules: `parse` stays
// synchronous, as the commands' work is.
import {createRequire} from 'node:module'
import type {VFile} from 'vfile'
import type {BlogExport, ReadBlogExportOptions} from '../export/types.js'
import type {AnonymizeTextOptions} from '../anonymize/text.js'
import {type FormatReaders, type ParseOptions, parseUsing} from '../parse/parse-using.js'
import {requireEsm} from '../require-esm.js'
import type {Root} from '../types.js'

type Readers = typeof import('./readers-entry.js')

/** Not `require`: esbuild would bundle the module it names, which is the point of not loading it. */
const load = createRequire(import.meta.url)
let loaded: Readers | undefined

/** dist/cli-readers.js, the build's entry of src/cli/readers-entry.ts, beside this chunk. */
function readers(): Readers {
  return (loaded ??= requireEsm(() => load('./cli-readers.js') as Readers))
}

export const formatReaders: FormatReaders = {
  markdown: (context) => readers().readMarkdown(context),
  html: (context, settings, html) => readers().parseHtml(context, settings, html)
}

/** `parse`, with the readers of Markdown and HTML loaded when the input is read as one. */
export function parseStory(value: string | VFile, options?: ParseOptions | null): Root {
  return parseUsing(formatReaders, value, options)
}

export function readBlogExport(xml: string, options?: ReadBlogExportOptions | null): BlogExport {
  return readers().readBlogExport(xml, options)
}

/** `anonymizeExport`, with the readers of HTML and blog exports it runs on. */
export function anonymizeExport(xml: string, options: AnonymizeTextOptions, file: VFile): string {
  return readers().anonymizeExport(xml, options, file)
}
