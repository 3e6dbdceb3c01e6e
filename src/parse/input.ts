// What `parse` reads: the text of a string, of a VFile (string or bytes), or of any other value,
// and the options. The input never throws: a value whose conversion to a string fails (no
// prototype, a `toString` that throws) reads as empty text, and the reason becomes an
// `invalid-input` warning. An option that is none of its documented values throws (src/options.ts).
import type {VFile} from 'vfile'
import {checkOptions, type Expected} from '../options.js'
import type {ParseOptions} from './parse-using.js'

export interface Input {
  text: string
  file: VFile | undefined
  /** Why the value could not be read, when it could not. */
  problem?: string
}

export function readInput(value: unknown): Input {
  const file = isVFile(value) ? value : undefined
  const source = file ? file.value : value
  if (typeof source === 'string') return {text: source, file}
  if (source === undefined || source === null) return {text: '', file}
  try {
    if (source instanceof Uint8Array) return {text: new TextDecoder().decode(source), file}
    return {text: String(source), file}
  } catch (error) {
    return {text: '', file, problem: 'Cannot read the input as text (' + errorMessage(error) + '): read as empty'}
  }
}

/** What each option of `parse` must be; also checked by the functions that pass them on to it. */
export const parseOptionTypes: Readonly<Record<keyof ParseOptions, Expected>> = {
  lang: "'de', 'en' or 'auto'",
  cast: 'an object of label arrays by speaker id',
  format: "'text', 'markdown', 'html' or 'auto'",
  maxLength: 'a number of 0 or more',
  positions: 'a boolean'
}

/**
 * The options, each read once and checked: a getter that answered otherwise when read again
 * (`maxLength`) would pass its check with one value and be used with another. A getter that
 * throws is the caller's code failing, as a wrong value is: its error goes to the caller (it
 * counted as no options, and the defaults were silently used).
 */
export function readOptions(options: ParseOptions | null | undefined): ParseOptions {
  if (options === undefined || options === null) return {}
  checkOptions('parse', options, {})
  const {lang, cast, format, maxLength, positions} = options
  return checkOptions('parse', {lang, cast, format, maxLength, positions}, parseOptionTypes)
}

function isVFile(value: unknown): value is VFile {
  try {
    return typeof value === 'object' && value !== null && typeof (value as VFile).message === 'function' && 'messages' in value
  } catch {
    return false
  }
}

function errorMessage(error: unknown): string {
  try {
    return error instanceof Error ? error.message : typeof error === 'string' ? error : 'not a string'
  } catch {
    return 'no message'
  }
}
