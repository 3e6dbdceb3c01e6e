// The CLI's start: `anecdote --version`, and each command on the 3 KB seed story, each a child
// process, where loading the code is most of the time. Wall time, and how many modules of the
// dependencies (node_modules/) the run loads, counted by a loader hook in a run of its own.
//
// `node bench/startup.js [other-dist]`: with a second built `dist/` folder (a copy of an earlier
// build's, inside the repository so that it finds node_modules/), both run in alternating
// rounds and their ratios are printed. ROUNDS (default 9).
import {spawnSync} from 'node:child_process'
import {mkdtempSync, rmSync, writeFileSync} from 'node:fs'
import {tmpdir} from 'node:os'
import {join} from 'node:path'
import {builds, runInTurns} from './builds.js'
import {median} from './median.js'

const rounds = Number(process.env.ROUNDS ?? 9)
const seed = new URL('../fixtures/text/fahren-sie-mal-da-hin.txt', import.meta.url).pathname
const commands = {
  '--version': ['--version'],
  parse: ['parse', seed],
  stats: ['stats', seed],
  'render --to html': ['render', '--to', 'html', seed],
  check: ['check', seed],
  anonymize: ['anonymize', seed]
}

const folder = mkdtempSync(join(tmpdir(), 'anecdote-bench-startup-'))
try {
  // Each module loaded from node_modules/, a line on standard error (one extra run per build:
  // the hook slows the loading down).
  const hooks = join(folder, 'hooks.mjs')
  writeFileSync(hooks, "export async function load(url, context, next) {\n  if (url.includes('/node_modules/')) process._rawDebug('loaded ' + url)\n  return next(url, context)\n}\n")
  const counter = join(folder, 'count.mjs')
  writeFileSync(counter, `import {register} from 'node:module'\nregister(${JSON.stringify('file://' + hooks)})\n`)
  const modules = (build, args) => {
    const child = spawnSync(process.execPath, ['--import', counter, builds[build] + 'cli.js', ...args], {encoding: 'utf8', maxBuffer: 1 << 28})
    return child.stderr.split('\n').filter((line) => line.startsWith('loaded ')).length
  }
  const runs = {}
  runInTurns(rounds, commands, [], (name, build, ms) => (runs[name + ' ' + build] ??= []).push(ms))
  console.log(`the CLI's start on the seed story, medians of ${rounds} rounds: wall time`)
  for (const name of Object.keys(commands)) {
    const mine = median(runs[name + ' this'])
    const line = [`${name}: ${mine.toFixed(0)} ms, ${modules('this', commands[name])} modules`]
    if (builds.other) {
      const theirs = median(runs[name + ' other'])
      line.push(`other build ${theirs.toFixed(0)} ms, ${modules('other', commands[name])} modules`, `ratio ${(mine / theirs).toFixed(2)}`)
    }
    console.log(line.join('; '))
  }
} finally {
  rmSync(folder, {recursive: true, force: true})
}
