// Collect the inputs: files, directories (recursing into *.txt and *.md) and standard input.
import {readdirSync, readFileSync, statSync} from 'node:fs'
import {extname, join} from 'node:path'
import {decodeText} from './utf8.js'

export interface Input {
  /** The path as given (or found in a directory); `-` for standard input. */
  path: string
  value: string
}

export interface InputProblem {
  path: string
  reason: string
}

/** File endings taken from a directory. */
export const storyExtensions = new Set(['.txt', '.md', '.markdown', '.html', '.htm'])

/** Expand the arguments into the files to read, in order; directories are walked sorted. */
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
      problems.push({path: arg, reason: describeFsError(error)})
      continue
    }
    if (!stats.isDirectory()) {
      paths.push(arg)
      continue
    }
    const found = walk(arg)
    if (found.length === 0) problems.push({path: arg, reason: 'directory holds no .txt or .md files'})
    for (const path of found) paths.push(path)
  }
  return paths
}

/** Story files below `folder`, depth first, names sorted; an explicit stack, no recursion. */
function walk(folder: string): string[] {
  const found: string[] = []
  const stack = [folder]
  while (stack.length > 0) {
    const current = stack.pop()!
    let entries
    try {
      entries = readdirSync(current, {withFileTypes: true})
    } catch {
      continue
    }
    entries.sort((a, b) => (a.name < b.name ? 1 : a.name > b.name ? -1 : 0))
    const files: string[] = []
    for (const entry of entries) {
      if (entry.name.startsWith('.') || entry.name === 'node_modules') continue
      const path = join(current, entry.name)
      if (entry.isDirectory()) stack.push(path)
      else if (entry.isFile() && storyExtensions.has(extname(entry.name).toLowerCase())) files.push(path)
    }
    for (let index = files.length - 1; index >= 0; index--) found.push(files[index])
  }
  return found
}

/** Read one path as UTF-8 text, or say in one line why it cannot be read. */
export function readInput(path: string): Input | InputProblem {
  let bytes: Uint8Array
  try {
    if (path === '-') bytes = readFileSync(0)
    else {
      if (statSync(path).isDirectory()) return {path, reason: 'is a directory, not a file'}
      bytes = readFileSync(path)
    }
  } catch (error) {
    return {path, reason: describeFsError(error)}
  }
  const decoded = decodeText(bytes)
  return decoded.ok ? {path, value: decoded.value} : {path, reason: decoded.reason}
}

export function describeFsError(error: unknown): string {
  const code = (error as {code?: string}).code
  if (code === 'ENOENT') return 'no such file or directory'
  if (code === 'EACCES' || code === 'EPERM') return 'permission denied'
  if (code === 'EISDIR') return 'is a directory, not a file'
  if (code === 'ENOTDIR') return 'a part of the path is not a directory'
  return (error as Error).message ?? String(error)
}

export function isProblem(value: Input | InputProblem): value is InputProblem {
  return 'reason' in value
}
