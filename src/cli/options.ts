// Options shared by the commands: their specs, their checks, and the JSON files some of them name
// (`--cast`, `--map`). The CLI loads this module for every command and for its help; `--lang`,
// `--format` and `--cast` as `parse` options are src/cli/parse-options.ts, which loads the parser.
import {where} from '../parse/line-starts.js'
import {CliError, exitCodes} from './errors.js'
import {isProblem, readFileInput} from './inputs.js'

export interface OptionSpec {
  type: 'boolean' | 'string'
  short?: string
  /** Shown in `--help`: the value's name for string options. */
  value?: string
  description: string
  /** The value when the option is not given (for the checks of `only`). */
  default?: string
  /** Another spelling, kept for old scripts: giving it sets `option` (to `value`, or to true). */
  alias?: {option: string; value?: string}
  /** The option has an effect only when one of these options has one of these values; else it is an error. */
  only?: Record<string, readonly string[]>
}

export const sharedOptions: Record<string, OptionSpec> = {
  lang: {type: 'string', value: 'de|en|auto', description: 'language of the stories (default: auto)'},
  format: {type: 'string', value: 'text|markdown|html|auto', description: 'input format (default: auto; html for *.html, markdown for *.md)'},
  cast: {type: 'string', value: 'FILE', description: 'JSON file of speaker identities: {"id": ["Label", …]}'},
  help: {type: 'boolean', short: 'h', description: 'show this help'}
}

export const outputOptions: Record<string, OptionSpec> = {
  output: {type: 'string', short: 'o', value: 'FILE|DIR/|-', description: 'write to a file, or into a folder for many inputs (- for standard output); folders made when missing'},
  force: {type: 'boolean', description: 'overwrite existing output files, write through a dangling symbolic link (never an input)'}
}

/** Added to every batch command by the runner (src/cli/batch.ts). */
export const jobsOption: Record<string, OptionSpec> = {
  jobs: {type: 'string', short: 'j', value: 'N', description: 'files worked on at once, in threads (default: one, and one more per 4 MiB of input, per 20 MiB on two cores, up to the number of cores)'}
}

/**
 * Resolve aliases into the options they stand for, and refuse an option that has no effect with
 * the others given (`render --document --to text`). `values` is changed in place.
 */
export function normalizeOptions(specs: Record<string, OptionSpec>, values: Record<string, unknown>): void {
  /** How the user wrote each option that is set, for messages. */
  const written = new Map<string, string>()
  for (const name of Object.keys(values)) if (!specs[name]?.alias) written.set(name, spell(specs, name, values[name]))
  for (const [name, spec] of Object.entries(specs)) {
    if (!spec.alias || values[name] === undefined) continue
    const {option, value = true} = spec.alias
    const spelled = spell(specs, name, values[name])
    if (values[option] !== undefined && values[option] !== value) {
      throw new CliError(`${spelled} and ${written.get(option)} contradict each other (${spelled} is ${spell(specs, option, value)})`, exitCodes.usage)
    }
    values[option] = value
    written.set(option, spelled)
    delete values[name]
  }
  for (const [name, spec] of Object.entries(specs)) {
    if (!spec.only || values[name] === undefined || values[name] === false) continue
    const conditions = Object.entries(spec.only)
    const met = conditions.some(([option, allowed]) => allowed.includes(String(values[option] ?? specs[option]?.default)))
    if (met) continue
    const [option] = conditions[0]
    const current = spell(specs, option, values[option] ?? specs[option]?.default)
    const wanted = listOf(conditions.flatMap(([other, allowed]) => allowed.map((value) => spell(specs, other, value))))
    throw new CliError(`${written.get(name)} has no effect with ${current} (only with ${wanted})`, exitCodes.usage)
  }
}

function spell(specs: Record<string, OptionSpec>, name: string, value: unknown): string {
  return specs[name]?.type === 'string' ? `--${name} ${String(value)}` : `--${name}`
}

/** `--jobs N`: a whole number from 1, or, not given, the number of cores (the most the default takes). */
export function jobsFrom(values: Record<string, unknown>, cores: number): number {
  const value = values.jobs as string | undefined
  if (value === undefined) return cores
  if (!/^[1-9]\d{0,3}$/.test(value)) throw new CliError(`--jobs ${value}: expected a whole number from 1`, exitCodes.usage)
  return Number(value)
}

/** Read a JSON file given to an option, with one clear line when it cannot be used. */
export function readJsonOption(option: string, path: string): unknown {
  // Read as a story is: a regular file, UTF-8 (not UTF-16, not binary, no invalid bytes).
  const read = readFileInput(path)
  if (isProblem(read)) throw new CliError(`--${option} ${path}: ${read.reason}`, exitCodes.usage)
  const text = read.value.charCodeAt(0) === 0xfeff ? read.value.slice(1) : read.value
  try {
    return JSON.parse(text)
  } catch (error) {
    // Where, not V8's message: that quotes the file's content.
    const at = /at position (\d+)/.exec((error as Error).message)
    const place = at ? ' at ' + where(text, Number(at[1])) : ''
    throw new CliError(`--${option} ${path}: not valid JSON${place}`, exitCodes.usage)
  }
}

/** The value of an option that takes one of a fixed list of words, or `undefined` when not given. */
export function choice<Value extends string>(values: Record<string, unknown>, option: string, allowed: readonly Value[]): Value | undefined {
  const value = values[option] as string | undefined
  if (value === undefined) return undefined
  if ((allowed as readonly string[]).includes(value)) return value as Value
  throw new CliError(`--${option} ${value}: expected ${listOf(allowed)}`, exitCodes.usage)
}

/** `a`, `a or b`, `a, b or c`: the one way the CLI lists alternatives in a message. */
function listOf(words: readonly string[]): string {
  return words.length > 1 ? words.slice(0, -1).join(', ') + ' or ' + words[words.length - 1] : words.join('')
}
