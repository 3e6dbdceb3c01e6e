// What `parse` reads: the text of a string, of a VFile (string or bytes), or of any other value,
// and the options. Never throws: a value whose conversion to a string fails (no prototype, a
// `toString` that throws) reads as empty text, and the reason becomes an `invalid-input` warning.
import type {VFile} from 'vfile'
import type {ParseOptions} from './index.js'

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

/** The options as plain values; an options object whose fields cannot be read counts as none. */
export function readOptions(options: unknown): ParseOptions {
  if (typeof options !== 'object' || options === null) return {}
  try {
    const {lang, cast, format, maxLength, positions} = options as ParseOptions
    return {lang, cast, format, maxLength, positions}
  } catch {
    return {}
  }
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
