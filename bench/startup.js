// The CLI's start: `anecdote --version`, and each command on the 3 KB seed story, each a child
// process, where loading the code is most of the time. Wall time, and how many ES modules the
// run loads, of the build and of the dependencies (node_modules/), counted in a run of its own.
//
// `node bench/startup.js [other-dist]`: with a second built `dist/` folder (a copy of an earlier
// build's, inside the repository so that it finds node_modules/), both run in alternating
// rounds and their ratios are printed. ROUNDS (default 9).
import {spawnSync} from 'node:child_process'
import {builds, runInTurns} from './builds.js'
import {median} from './median.js'

const rounds = Number(process.env.ROUNDS ?? 9)
const seed = new URL('../fixtures/text/fahren-sie-mal-da-hin.txt', import.meta.url).pathname
const commands = {
  '--version': ['--version'],
  parse: ['parse', seed],
  stats: ['stats', seed],
  'render --to html': ['render', '--to', 'html', seed],
  'render --to text': ['render', '--to', 'text', seed],
  check: ['check', seed],
  anonymize: ['anonymize', seed]
}

/**
 * The ES modules a run loads, in a run of its own: all of them, and those of the dependencies
 * (node_modules/). Node names each one it reads under NODE_DEBUG=esm, those loaded by `require`
 * too (the CLI's readers and renderers: src/cli/readers.ts, src/cli/commands/render.ts), which a
 * loader hook does not see on Node 20.
 */
const modules = (build, args) => {
  const child = spawnSync(process.execPath, [builds[build] + 'cli.js', ...args], {encoding: 'utf8', maxBuffer: 1 << 28, env: {...process.env, NODE_DEBUG: 'esm'}})
  const files = new Set(child.stderr.match(/(?<=Storing )file:\/\/\S+/g))
  return `${files.size} ES modules, ${[...files].filter((file) => file.includes('/node_modules/')).length} of node_modules/`
}

const runs = {}
runInTurns(rounds, commands, [], (name, build, ms) => (runs[name + ' ' + build] ??= []).push(ms))
console.log(`the CLI's start on the seed story, medians of ${rounds} rounds: wall time`)
for (const name of Object.keys(commands)) {
  const mine = median(runs[name + ' this'])
  const line = [`${name}: ${mine.toFixed(0)} ms, ${modules('this', commands[name])}`]
  if (builds.other) {
    const theirs = median(runs[name + ' other'])
    line.push(`other build ${theirs.toFixed(0)} ms, ${modules('other', commands[name])}`, `ratio ${(mine / theirs).toFixed(2)}`)
  }
  console.log(line.join('; '))
}
