// anecdote: parse dialogue anecdotes into a unist syntax tree. Re-exports only.
export {parse} from './parse/index.js'
export {maxDirectionDepth} from './parse/core/inline/index.js'
export type {CastOption, Diagnostic, ParseOptions} from './parse/index.js'
export {slug} from './parse/slug.js'
export type * from './types.js'
export {toMarkdown} from './markdown/index.js'
export {toHast} from './render/hast/index.js'
export type {Handler, Handlers, PlaceholderDisplay, State, ToHastOptions} from './render/hast/index.js'
export {toHtml} from './render/html.js'
export type {ToHtmlOptions} from './render/html.js'
export {stylesheet} from './render/stylesheet.js'
export {toText} from './render/text/index.js'
export type {TextHandler, TextHandlers, TextState, ToTextOptions} from './render/text/index.js'
export {toTei} from './tei/index.js'
export type {TeiHandler, TeiHandlers, TeiState, ToTeiOptions} from './tei/index.js'
export {toFountain} from './fountain/index.js'
export type {FountainHandler, FountainHandlers, FountainState, ToFountainOptions} from './fountain/index.js'
export {anecdoteParse, anecdoteStringify, anecdoteToRehype} from './plugin.js'
export {handlers as defaultHandlers} from './render/hast/handlers/index.js'
export {handlers as defaultTextHandlers} from './render/text/handlers/index.js'
export {handlers as defaultTeiHandlers} from './tei/handlers/index.js'
export {handlers as defaultFountainHandlers} from './fountain/handlers/index.js'
export {stats, countWords} from './stats.js'
export type {PlaceholderStats, SpeakerStats, Stats} from './stats.js'
export {anonymize, anonymizedOf, anonymizeText, deidentify, deidentifyText, reidentify} from './anonymize/index.js'
export type {
  Anonymized,
  AnonymizedField,
  AnonymizeOptions,
  AnonymizeTextOptions,
  DeidentifyOptions,
  DeidentifyResult,
  Replacement,
  Strategy
} from './anonymize/index.js'
export {ExportError, readBlogExport} from './export/index.js'
export {anonymizeExport} from './export/anonymize.js'
export type {BlogComment, BlogExport, BlogPost, ReadBlogExportOptions} from './export/index.js'
