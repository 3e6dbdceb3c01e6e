// Options shared by the commands, and the read of `--cast`, `--lang`, `--format`.
import {readFileSync} from 'node:fs'
import type {ParseOptions} from '../index.js'
import {CliError, exitCodes} from './errors.js'
import {describeFsError} from './inputs.js'

export interface OptionSpec {
  type: 'boolean' | 'string'
  short?: string
  /** Shown in `--help`: the value's name for string options. */
  value?: string
  description: string
}

export const sharedOptions: Record<string, OptionSpec> = {
  lang: {type: 'string', value: 'de|en|auto', description: 'language of the stories (default: auto)'},
  format: {type: 'string', value: 'text|markdown|html|auto', description: 'input format (default: auto; html for *.html)'},
  cast: {type: 'string', value: 'FILE', description: 'JSON file of speaker identities: {"id": ["Label", …]}'},
  help: {type: 'boolean', short: 'h', description: 'show this help'}
}

export const outputOptions: Record<string, OptionSpec> = {
  output: {type: 'string', short: 'o', value: 'FILE|DIR/', description: 'write to a file, or into a folder for many inputs'},
  force: {type: 'boolean', description: 'overwrite existing output files (never an input)'}
}

/** Read a JSON file given to an option, with one clear line when it cannot be used. */
export function readJsonOption(option: string, path: string): unknown {
  let text: string
  try {
    text = readFileSync(path, 'utf8')
  } catch (error) {
    throw new CliError(`--${option} ${path}: ${describeFsError(error)}`, exitCodes.usage)
  }
  try {
    return JSON.parse(text)
  } catch (error) {
    throw new CliError(`--${option} ${path}: not valid JSON (${(error as Error).message})`, exitCodes.usage)
  }
}

/** The value of an option that takes one of a fixed list of words, or `undefined` when not given. */
export function choice<Value extends string>(values: Record<string, unknown>, option: string, allowed: readonly Value[]): Value | undefined {
  const value = values[option] as string | undefined
  if (value === undefined) return undefined
  if ((allowed as readonly string[]).includes(value)) return value as Value
  const words = allowed.length > 1 ? allowed.slice(0, -1).join(', ') + ' or ' + allowed[allowed.length - 1] : allowed.join('')
  throw new CliError(`--${option} ${value}: expected ${words}`, exitCodes.usage)
}

/** `--lang`, `--format` and `--cast` as parse options. */
export function parseOptionsFrom(values: Record<string, unknown>): ParseOptions {
  const options: ParseOptions = {}
  const lang = choice(values, 'lang', ['de', 'en', 'auto'] as const)
  if (lang !== undefined) options.lang = lang
  const format = choice(values, 'format', ['text', 'markdown', 'html', 'auto'] as const)
  if (format !== undefined) options.format = format
  const castPath = values.cast as string | undefined
  if (castPath !== undefined) {
    const cast = readJsonOption('cast', castPath)
    const valid =
      typeof cast === 'object' && cast !== null && !Array.isArray(cast) &&
      Object.values(cast).every((labels) => Array.isArray(labels) && labels.every((label) => typeof label === 'string'))
    if (!valid) throw new CliError(`--cast ${castPath}: expected an object of identities to label lists, like {"verkaeufer": ["Kollege", "Verkäufer"]}`, exitCodes.usage)
    options.cast = cast as Record<string, string[]>
  }
  return options
}
