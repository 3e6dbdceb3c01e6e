// The CLI on the 1 MB text, as users run it: `parse` (JSON), `stats` and `render` (HTML, and plain
// text, the one renderer that reads positions), each a child process: its wall time and its peak
// resident memory (the child reports its own `maxRSS` on exit, through an `--import`ed hook).
//
// `node bench/cli.js [other-dist]`: with a second built `dist/` folder (a copy of an earlier
// build's), both run in alternating rounds and their ratios are printed. ROUNDS (default 5).
import {mkdtempSync, rmSync, writeFileSync} from 'node:fs'
import {tmpdir} from 'node:os'
import {join} from 'node:path'
import {corpus} from './corpus.js'
import {builds, runInTurns} from './builds.js'
import {median} from './median.js'

const rounds = Number(process.env.ROUNDS ?? 5)
const commands = {
  parse: ['parse'],
  stats: ['stats'],
  'render --to html': ['render', '--to', 'html'],
  'render --to text': ['render', '--to', 'text']
}

const folder = mkdtempSync(join(tmpdir(), 'anecdote-bench-cli-'))
try {
  const input = join(folder, 'story.txt')
  writeFileSync(input, corpus().text1.value)
  const hook = join(folder, 'peak.mjs')
  writeFileSync(hook, "process.on('exit', () => process.stderr.write('\\nmaxRSS ' + process.resourceUsage().maxRSS + '\\n'))\n")

  const runs = {}
  const withInput = Object.fromEntries(Object.entries(commands).map(([name, args]) => [name, [...args, input]]))
  runInTurns(rounds, withInput, ['--import', hook], (name, build, ms, child) => {
    const kb = Number(/maxRSS (\d+)/.exec(child.stderr)[1])
    const key = name + ' ' + build
    runs[key] ??= {ms: [], kb: []}
    runs[key].ms.push(ms)
    runs[key].kb.push(kb)
  })
  console.log(`the CLI on the 1 MB text, medians of ${rounds} rounds: wall time, peak resident memory`)
  for (const name of Object.keys(commands)) {
    const mine = runs[name + ' this']
    const line = [`${name}: ${median(mine.ms).toFixed(0)} ms, ${(median(mine.kb) / 1024).toFixed(0)} MB`]
    if (builds.other) {
      const theirs = runs[name + ' other']
      line.push(
        `other build ${median(theirs.ms).toFixed(0)} ms, ${(median(theirs.kb) / 1024).toFixed(0)} MB`,
        `speed-up ${(median(theirs.ms) / median(mine.ms)).toFixed(2)}x, memory ${(median(mine.kb) / median(theirs.kb)).toFixed(2)}x`
      )
    }
    console.log(line.join('; '))
  }
} finally {
  rmSync(folder, {recursive: true, force: true})
}
