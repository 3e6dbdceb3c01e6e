// Where results go: standard output, one file (`-o FILE`) or a folder (`-o DIR`) for many inputs.
// Never overwrite an input; never overwrite an existing file without `--force`.
import {existsSync, mkdirSync, realpathSync, statSync, writeFileSync} from 'node:fs'
import {basename, extname, join, resolve} from 'node:path'
import {CliError, exitCodes} from './errors.js'

export interface OutputOptions {
  output?: string
  force: boolean
  /** Resolved paths of every input, which are never written. */
  inputs: ReadonlySet<string>
}

/** The real path of `path` when it exists, else its absolute path. */
export function realPath(path: string): string {
  try {
    return realpathSync(path)
  } catch {
    return resolve(path)
  }
}

/** Decide where the result for `inputPath` goes: `undefined` for standard output. */
export function targetFor(inputPath: string, extension: string, options: OutputOptions, many: boolean): string | undefined {
  const {output} = options
  if (output === undefined) return undefined
  const isFolder = output.endsWith('/') || (existsSync(output) && statSync(output).isDirectory())
  if (!isFolder) {
    if (many) throw new CliError(`-o ${output}: several inputs need a folder (-o DIR/)`, exitCodes.usage)
    return output
  }
  const name = inputPath === '-' ? 'stdin' : basename(inputPath, extname(inputPath))
  return join(output, name + extension)
}

/** Write `content` to `path`, refusing inputs and (without `--force`) existing files. */
export function writeTarget(path: string, content: string, options: OutputOptions): void {
  const real = realPath(path)
  if (options.inputs.has(real)) throw new CliError(`${path}: refusing to overwrite an input file`, exitCodes.output)
  if (existsSync(path)) {
    if (statSync(path).isDirectory()) throw new CliError(`${path}: is a directory, not a file`, exitCodes.output)
    if (!options.force) throw new CliError(`${path}: already exists (use --force to overwrite)`, exitCodes.output)
  }
  const folder = resolve(path, '..')
  mkdirSync(folder, {recursive: true})
  writeFileSync(path, content)
}
