// Anonymization: replace placeholders (`anonymize`), restore them (`reidentify`), and turn real
// names into placeholders (`deidentify`); on trees, or on text with its layout kept.
export {anonymize, anonymizedOf} from './anonymize.js'
export type {Anonymized, AnonymizedField} from './anonymize.js'
export {deidentify} from './deidentify.js'
export type {DeidentifyOptions, DeidentifyResult, Replacement} from './deidentify.js'
export type {AnonymizeOptions, Strategy} from './options.js'
export {reidentify} from './reidentify.js'
export {anonymizeText} from './anonymize-text.js'
export {deidentifyText} from './text.js'
export type {AnonymizeTextOptions} from './text.js'
