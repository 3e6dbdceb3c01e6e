// Run the built executable as a child process, as users do.
import {spawn, spawnSync} from 'node:child_process'
import {mkdtempSync} from 'node:fs'
import {tmpdir} from 'node:os'
import {join} from 'node:path'
import {fixturesRoot} from '../util/fixtures.js'

export const cli = new URL('../../dist/cli.js', import.meta.url).pathname
export const seed = fixturesRoot + 'text/fahren-sie-mal-da-hin.txt'

export interface Run {
  code: number | null
  stdout: string
  stderr: string
}

/** Run `anecdote …` with all of `input` on standard input at once. */
export function run(args: string[], input?: string | Buffer, cwd?: string): Run {
  const result = spawnSync(process.execPath, [cli, ...args], {input: input ?? '', encoding: 'utf8', cwd, timeout: 60_000})
  if (result.error) throw result.error
  return {code: result.status, stdout: result.stdout, stderr: result.stderr}
}

/** Run a shell command line (`$anecdote` stands for the executable), its exit code and output. */
export function shell(line: string, cwd?: string): Run {
  const result = spawnSync('sh', ['-c', line], {
    encoding: 'utf8',
    cwd,
    timeout: 60_000,
    env: {...process.env, anecdote: `${process.execPath} ${cli}`}
  })
  if (result.error) throw result.error
  return {code: result.status, stdout: result.stdout, stderr: result.stderr}
}

/** Run `anecdote …` without waiting: for inputs that must not make it hang. */
export function runAsync(args: string[], cwd?: string): Promise<Run & {ms: number}> {
  const started = Date.now()
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [cli, ...args], {cwd, stdio: ['ignore', 'pipe', 'pipe']})
    let stdout = ''
    let stderr = ''
    child.stdout.setEncoding('utf8').on('data', (chunk: string) => (stdout += chunk))
    child.stderr.setEncoding('utf8').on('data', (chunk: string) => (stderr += chunk))
    child.on('error', reject)
    child.on('close', (code) => resolve({code, stdout, stderr, ms: Date.now() - started}))
  })
}

/** A new empty folder for one test file. */
export function scratch(name: string): string {
  return mkdtempSync(join(tmpdir(), `anecdote-${name}-`))
}
