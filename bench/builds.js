// The built CLIs a bench compares: this repository's dist/ and, given as the first argument,
// another build's dist/ folder (inside the repository, so that it finds node_modules/); and the
// rounds that run each in turn (bench/cli.js, bench/startup.js).
import {spawnSync} from 'node:child_process'
import {resolve} from 'node:path'

export const builds = {this: new URL('../dist/', import.meta.url).pathname}
if (process.argv[2]) builds.other = resolve(process.argv[2]) + '/'

/**
 * Each command of `commands` (name → arguments) with each build's CLI, `rounds` times, each a
 * child process: `node ...before <build>cli.js ...arguments`. The builds take turns to go first,
 * so that a busy moment does not favour one. Gives `record` each run's wall time and process.
 */
export function runInTurns(rounds, commands, before, record) {
  for (let round = 0; round < rounds; round++) {
    for (const [name, args] of Object.entries(commands)) {
      const order = round % 2 === 0 ? Object.keys(builds) : Object.keys(builds).reverse()
      for (const build of order) {
        const started = process.hrtime.bigint()
        const child = spawnSync(process.execPath, [...before, builds[build] + 'cli.js', ...args], {encoding: 'utf8', maxBuffer: 1 << 30})
        const ms = Number(process.hrtime.bigint() - started) / 1e6
        if (child.status !== 0) throw new Error(`${build}: anecdote ${args.join(' ')} exited with ${child.status}: ${child.stderr}`)
        record(name, build, ms, child)
      }
    }
  }
}
