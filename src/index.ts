// anecdote: parse dialogue anecdotes into a unist syntax tree. Re-exports only.
export {parse} from './parse/index.js'
export type {CastOption, Diagnostic, ParseOptions} from './parse/index.js'
export {slug} from './parse/slug.js'
export type * from './types.js'
export {anonymize, anonymizedOf, anonymizeText, deidentify, deidentifyText, reidentify} from './anonymize/index.js'
export type {
  Anonymized,
  AnonymizeOptions,
  AnonymizeTextOptions,
  DeidentifyOptions,
  DeidentifyResult,
  Replacement,
  Strategy
} from './anonymize/index.js'
