// Where results go: standard output (no `-o`, or `-o -`), one file (`-o FILE`) or a folder
// (`-o DIR/`) for many inputs. Files are compared by identity (device and inode), not by path:
// never an input, never twice in one run, never an existing file without `--force`, never
// through a dangling symbolic link without `--force`. Missing folders on the way are made, for
// every command as for `import`: `-o DIR/` names a folder to fill, new or not. A failed write is
// one line and exit 5.
import {existsSync, lstatSync, mkdirSync, realpathSync, statSync, writeFileSync, type Stats} from 'node:fs'
import {basename, dirname, extname, join, resolve} from 'node:path'
import {CliError, exitCodes} from './errors.js'
import {describeFsError, displayName, identity} from './inputs.js'

export interface OutputOptions {
  /** `-o`: a file, a folder (ending in `/`, or existing), or `-` / nothing for standard output. */
  output?: string
  force: boolean
}

/** A file a run means to write: its path, what it is written for (named in messages as `source` is) and what it is, in words. */
export interface Planned {
  path: string
  source: string
  /** `the result for a/story.txt`, `the --save-map file`. */
  what: string
}

export class Outputs {
  readonly output: string | undefined
  readonly force: boolean
  /** Identities of the inputs and of the files options name (`--map`, `--cast`), which are never written: each with what it is. */
  private readonly inputs = new Map<string, string>()
  /** Identity of each file written in this run → what was written there. */
  private readonly written = new Map<string, string>()

  /** `read` names the files options read (`{'--map': 'names.json'}`): they are kept as inputs are. */
  constructor(options: OutputOptions, inputPaths: readonly string[], read: Readonly<Record<string, unknown>> = {}) {
    this.output = options.output === '-' ? undefined : options.output
    this.force = options.force
    const keep = (path: string, what: string) => {
      if (path === '-') return
      try {
        this.inputs.set(identity(statSync(path)), what)
      } catch {}
    }
    for (const path of inputPaths) keep(path, 'an input file')
    for (const [option, path] of Object.entries(read)) if (typeof path === 'string') keep(path, 'the ' + option + ' file this run reads')
  }

  /** Whether `-o` names a folder (ends in `/`, or is one). */
  get folder(): boolean {
    return this.output !== undefined && (this.output.endsWith('/') || isDirectory(this.output))
  }

  /** Refuse one file for several results, before any work. */
  checkMany(many: boolean): void {
    if (many && this.output !== undefined && !this.folder) throw new CliError(`-o ${this.output}: several inputs need a folder (-o DIR/)`, exitCodes.usage)
  }

  /** Refuse, before any work, a file the run writes at its end (`--save-map`); `write` checks it again then. */
  checkBefore(path: string, source: string): void {
    this.check(path, source)
    // A file on the way (`story.txt/map.json`): the folder could never be made.
    for (let folder = dirname(path); ; folder = dirname(folder)) {
      if (existsSync(folder)) {
        if (!isDirectory(folder)) throw new CliError(`${said(path, source)}: cannot write: a part of the path is not a directory`, exitCodes.write)
        return
      }
      if (dirname(folder) === folder) return
    }
  }

  /**
   * Every refusal `write` would give these files, found before any is written, and a second file
   * for a path taken before in the list: an error each, in order.
   */
  refusals(files: ReadonlyArray<Planned>): CliError[] {
    const errors: CliError[] = []
    const taken = new Map<string, string>()
    for (const file of files) {
      const key = fileKey(file.path)
      const earlier = taken.get(key)
      try {
        if (earlier !== undefined) throw new CliError(`${said(file.path, file.source)}: ${earlier} goes there in this run; not replaced by ${file.what}`, exitCodes.output)
        this.checkBefore(file.path, file.source)
        taken.set(key, file.what)
      } catch (error) {
        if (!(error instanceof CliError)) throw error
        errors.push(error)
      }
    }
    return errors
  }

  /** Where the result for `inputPath` goes: `undefined` for standard output; in a folder, `rename` may change its base name. */
  targetFor(inputPath: string, extension: string, rename?: (name: string) => string): string | undefined {
    const output = this.output
    if (output === undefined) return undefined
    if (!this.folder) return output
    const name = inputPath === '-' ? 'stdin' : basename(inputPath, extname(inputPath))
    return join(output, (rename ? rename(name) : name) + extension)
  }

  /** Write `content` to `path` for `source` (named in messages), or throw a one-line `CliError`. */
  write(path: string, content: string, source: string): void {
    const existing = this.check(path, source)
    try {
      mkdirSync(dirname(path), {recursive: true})
    } catch (error) {
      const code = (error as {code?: string}).code
      throw new CliError(`${said(path, source)}: cannot write: ${code === 'EEXIST' ? 'a part of the path is not a directory' : describeFsError(error)}`, exitCodes.write)
    }
    try {
      // A path that did not exist a moment ago is created, never replaced (`wx`).
      writeFileSync(path, content, {flag: existing || this.force ? 'w' : 'wx'})
    } catch (error) {
      const code = (error as {code?: string}).code
      if (code === 'EEXIST') throw new CliError(`${said(path, source)}: already exists (use --force to overwrite)`, exitCodes.output)
      throw new CliError(`${said(path, source)}: cannot write: ${describeFsError(error)}`, exitCodes.write)
    }
    try {
      this.written.set(identity(statSync(path)), source)
    } catch {}
  }

  /** Refuse what must not be written; say whether something is there (to write through). */
  private check(path: string, source: string): boolean {
    let link: Stats
    try {
      link = lstatSync(path)
    } catch {
      return false
    }
    let stats: Stats
    try {
      stats = statSync(path)
    } catch {
      if (!link.isSymbolicLink()) return false
      if (!this.force) throw new CliError(`${said(path, source)}: a symbolic link to a file that does not exist (use --force to write through it)`, exitCodes.output)
      return true
    }
    const id = identity(stats)
    const input = this.inputs.get(id)
    if (input !== undefined) throw new CliError(`${said(path, source)}: refusing to overwrite ${input}`, exitCodes.output)
    const earlier = this.written.get(id)
    if (earlier !== undefined) {
      throw new CliError(`${said(path, source)}: already written in this run (for ${displayName(earlier)}); not replaced by the result for ${displayName(source)}`, exitCodes.output)
    }
    if (stats.isDirectory()) throw new CliError(`${said(path, source)}: is a directory, not a file`, exitCodes.output)
    // A device (`/dev/null`) is written to; nothing is replaced.
    if (stats.isCharacterDevice()) return true
    if (!stats.isFile()) throw new CliError(`${said(path, source)}: not a regular file`, exitCodes.output)
    if (!this.force) throw new CliError(`${said(path, source)}: already exists (use --force to overwrite)`, exitCodes.output)
    return true
  }
}

/**
 * `path` as a message names it: a file an option names (`--save-map`, the `source` of its writes)
 * with the option, as the options' own refusals say `--map DIR`; a result's file (its `source`
 * the input's path, which may start with `--` too: `anecdote parse -- --x.txt`) alone.
 */
function said(path: string, source: string): string {
  return /^--[a-z][a-z-]*$/.test(source) ? source + ' ' + path : path
}

/**
 * The file `path` lands in, as `write` tells files apart: an existing file by its identity (a
 * symbolic link or a second name is the file it names), a new one by its folder's real path.
 */
function fileKey(path: string): string {
  try {
    return identity(statSync(path))
  } catch {}
  try {
    return join(realpathSync(dirname(path)), basename(path))
  } catch {
    return resolve(path)
  }
}

function isDirectory(path: string): boolean {
  try {
    return existsSync(path) && statSync(path).isDirectory()
  } catch {
    return false
  }
}

/** Whether two paths name one file: the same identity, or the same place in the same real folder when one is not there yet. */
export function sameFile(a: string, b: string): boolean {
  return fileKey(a) === fileKey(b)
}
