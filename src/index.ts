// anecdote: parse dialogue anecdotes into a unist syntax tree. Re-exports only.
export {parse} from './parse/index.js'
export type {CastOption, Diagnostic, ParseOptions} from './parse/index.js'
export {slug} from './parse/slug.js'
export type * from './types.js'
export {stats, countWords} from './stats.js'
export type {PlaceholderStats, SpeakerStats, Stats} from './stats.js'
