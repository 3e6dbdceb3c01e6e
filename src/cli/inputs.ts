// Collect the inputs (files, folders walked for *.txt, *.md, *.markdown, *.html and *.htm, standard input) and read them:
// regular files and standard input only, up to a size limit, as UTF-8.
import {closeSync, constants, fstatSync, lstatSync, openSync, readdirSync, readSync, statSync, type Stats} from 'node:fs'
import {extname, join} from 'node:path'
import {decodeText} from './utf8.js'

export interface Input {
  /** The path as given (or found in a folder); `-` for standard input. */
  path: string
  value: string
}

export interface InputProblem {
  path: string
  reason: string
}

/** File endings taken from a folder. */
export const storyExtensions = new Set(['.txt', '.md', '.markdown', '.html', '.htm'])

/** The most the CLI reads of one input (the parser reads 8 Mi code units of it by default). */
export const maxInputBytes = 64 * 1024 * 1024

/**
 * How one input is named in messages and results: standard input as `<stdin>`, the name
 * vfile-reporter gives it (in `check` and `anonymize` reports), so it has one name throughout.
 */
export function displayName(path: string): string {
  return path === '-' ? '<stdin>' : path
}

/** Expand the arguments into the files to read, in order; folders are walked sorted. */
export function expandPaths(args: readonly string[], problems: InputProblem[]): string[] {
  const paths: string[] = []
  for (const arg of args.length === 0 ? ['-'] : args) {
    if (arg === '-') {
      paths.push('-')
      continue
    }
    let stats
    try {
      stats = statSync(arg)
    } catch (error) {
      problems.push({path: arg, reason: describeFsError(error, arg)})
      continue
    }
    if (!stats.isDirectory()) {
      paths.push(arg)
      continue
    }
    const found = walk(arg, stats, problems)
    if (found.length === 0) problems.push({path: arg, reason: 'directory holds no .txt, .md or .html files'})
    for (const path of found) paths.push(path)
  }
  return paths
}

/**
 * Story files below `folder`, depth first, names sorted; an explicit stack, no recursion.
 * Symbolic links are followed (to files and folders); a broken one, or one that leads back to a
 * folder being read, is reported.
 */
function walk(folder: string, stats: Stats, problems: InputProblem[]): string[] {
  const found: string[] = []
  const seen = new Set([identity(stats)])
  const stack = [folder]
  while (stack.length > 0) {
    const current = stack.pop()!
    let entries
    try {
      entries = readdirSync(current, {withFileTypes: true})
    } catch (error) {
      problems.push({path: current, reason: describeFsError(error, current)})
      continue
    }
    entries.sort((a, b) => (a.name < b.name ? 1 : a.name > b.name ? -1 : 0))
    const files: string[] = []
    for (const entry of entries) {
      if (entry.name.startsWith('.') || entry.name === 'node_modules') continue
      const path = join(current, entry.name)
      const story = storyExtensions.has(extname(entry.name).toLowerCase())
      let directory = entry.isDirectory()
      let file = entry.isFile()
      if (entry.isSymbolicLink()) {
        let target: Stats
        try {
          target = statSync(path)
        } catch {
          if (story) problems.push({path, reason: 'a broken symbolic link (its target does not exist)'})
          continue
        }
        directory = target.isDirectory()
        file = target.isFile()
        if (directory && seen.has(identity(target))) {
          problems.push({path, reason: 'a symbolic link to a directory already being read; not read again'})
          continue
        }
        if (directory) seen.add(identity(target))
      } else if (directory) {
        try {
          seen.add(identity(statSync(path)))
        } catch {}
      }
      if (directory) stack.push(path)
      else if (file && story) files.push(path)
    }
    for (let index = files.length - 1; index >= 0; index--) found.push(files[index])
  }
  return found
}

/** A file's identity: device and inode, the same for every path (hard or symbolic link) to it. */
export function identity(stats: Stats): string {
  return stats.dev + ':' + stats.ino
}

/** Read one file as UTF-8 text, or say in one line why it cannot be read. Only regular files. */
export function readFileInput(path: string): Input | InputProblem {
  let fd: number
  try {
    // Non-blocking, so that opening a FIFO without a writer returns (and is refused below).
    fd = openSync(path, constants.O_RDONLY | constants.O_NONBLOCK)
  } catch (error) {
    return {path, reason: describeFsError(error, path)}
  }
  try {
    const stats = fstatSync(fd)
    if (stats.isDirectory()) return {path, reason: 'is a directory, not a file'}
    if (stats.isFIFO()) return {path, reason: `a FIFO (named pipe), not a regular file; give it as standard input instead (- < ${path})`}
    if (!stats.isFile()) return {path, reason: `${kindOf(stats)}, not a regular file`}
    if (stats.size > maxInputBytes) return {path, reason: tooLarge(stats.size)}
    const chunks: Buffer[] = []
    let total = 0
    // Read to the end, not to `size`: files in /proc say 0 and have content; a growing file stops at the limit.
    for (;;) {
      // First the size the file says (and one byte to see its end), then 64 KiB at a time.
      const chunk = Buffer.allocUnsafe(total === 0 && stats.size > 0 ? stats.size + 1 : 65536)
      const count = readSync(fd, chunk, 0, chunk.length, null)
      if (count === 0) break
      chunks.push(count === chunk.length ? chunk : chunk.subarray(0, count))
      total += count
      if (total > maxInputBytes) return {path, reason: tooLarge(total, true)}
    }
    return decoded(path, Buffer.concat(chunks, total))
  } catch (error) {
    return {path, reason: describeFsError(error, path)}
  } finally {
    closeSync(fd)
  }
}

/** Read standard input as a stream to its end, however slowly it arrives, up to the limit. */
export async function readStdin(stream: NodeJS.ReadableStream = process.stdin): Promise<Input | InputProblem> {
  // A directory (`< folder`) reads as empty: say what it is, as for a directory named.
  if (stream === process.stdin && isDirectoryFd(0)) return {path: '-', reason: 'is a directory, not a file'}
  const chunks: Buffer[] = []
  let total = 0
  try {
    for await (const chunk of stream) {
      const bytes = typeof chunk === 'string' ? Buffer.from(chunk) : (chunk as Buffer)
      total += bytes.length
      if (total > maxInputBytes) {
        ;(stream as NodeJS.ReadStream).destroy?.()
        return {path: '-', reason: tooLarge(total, true)}
      }
      chunks.push(bytes)
    }
  } catch (error) {
    return {path: '-', reason: describeFsError(error, '-')}
  }
  return decoded('-', Buffer.concat(chunks, total))
}

function isDirectoryFd(fd: number): boolean {
  try {
    return fstatSync(fd).isDirectory()
  } catch {
    return false
  }
}

function decoded(path: string, bytes: Uint8Array): Input | InputProblem {
  const result = decodeText(bytes)
  return result.ok ? {path, value: result.value} : {path, reason: result.reason}
}

function tooLarge(bytes: number, atLeast = false): string {
  const mib = (bytes / 1024 / 1024).toFixed(1)
  return `too large (${atLeast ? 'more than ' : ''}${mib} MiB); the CLI reads at most ${maxInputBytes / 1024 / 1024} MiB of one input`
}

function kindOf(stats: Stats): string {
  if (stats.isCharacterDevice()) return 'a character device'
  if (stats.isBlockDevice()) return 'a block device'
  if (stats.isSocket()) return 'a socket'
  return 'a special file'
}

export function describeFsError(error: unknown, path?: string): string {
  const code = (error as {code?: string}).code
  if (code === 'ENOENT') {
    if (path !== undefined && path !== '-' && isSymbolicLink(path)) return 'a broken symbolic link (its target does not exist)'
    return 'no such file or directory'
  }
  if (code === 'EACCES' || code === 'EPERM') return 'permission denied'
  if (code === 'EISDIR') return 'is a directory, not a file'
  if (code === 'ENOTDIR') return 'a part of the path is not a directory'
  if (code === 'ELOOP') return 'too many symbolic links (a loop?)'
  if (code === 'ENOSPC') return 'no space left on the device'
  if (code === 'EROFS') return 'a read-only file system'
  if (code === 'ENXIO') return 'no reader or device at the other end'
  return (error as Error).message ?? String(error)
}

function isSymbolicLink(path: string): boolean {
  try {
    return lstatSync(path).isSymbolicLink()
  } catch {
    return false
  }
}

export function isProblem(value: Input | InputProblem): value is InputProblem {
  return 'reason' in value
}
