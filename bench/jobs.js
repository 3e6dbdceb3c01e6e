// `anecdote stats` of a 400-story folder with `--jobs 2` beside `--jobs 1` (issue 16): wall time
// of the built CLI as a child process, rounds interleaved, medians and their ratio from one run.
// The stories are built from the text fixtures bench/corpus-stories.txt lists, the same way on
// every run: story i is those stories from the i-th on, one after another, until it holds at
// least STORY_BYTES (default the seed's size, 3.3 KB) — a folder like a blog's export.
//
// `node bench/jobs.js [other-dist]`: with another build's dist/ folder (see bench/builds.js), both
// builds run `--jobs 1` and `--jobs 2` in alternating rounds, and each build's ratio is printed.
import {execFileSync} from 'node:child_process'
import {mkdirSync, mkdtempSync, rmSync, writeFileSync} from 'node:fs'
import {availableParallelism, tmpdir} from 'node:os'
import {join} from 'node:path'
import {builds, runInTurns} from './builds.js'
import {stories} from './corpus.js'
import {median} from './median.js'

const cli = new URL('../dist/cli.js', import.meta.url).pathname
const count = Number(process.env.STORIES ?? 400)
const storyBytes = Number(process.env.STORY_BYTES ?? 3313)
const rounds = Number(process.env.ROUNDS ?? 5)

/** A folder of `count` stories built from the fixtures; returns its path and total size. */
export function storyFolder() {
  const texts = stories('text').map((story) => story.trimEnd())
  const folder = mkdtempSync(join(tmpdir(), 'anecdote-bench-jobs-'))
  mkdirSync(join(folder, 'stories'))
  let bytes = 0
  for (let index = 0; index < count; index++) {
    const parts = []
    let length = 0
    for (let next = index; length < storyBytes; next++) {
      const part = texts[next % texts.length]
      parts.push(part)
      length += Buffer.byteLength(part) + 2
    }
    const story = parts.join('\n\n') + '\n'
    bytes += Buffer.byteLength(story)
    writeFileSync(join(folder, 'stories', `story-${String(index).padStart(3, '0')}.txt`), story)
  }
  return {folder, stories: join(folder, 'stories'), bytes}
}

function wall(jobs, stories) {
  const started = process.hrtime.bigint()
  const output = execFileSync(process.execPath, [cli, 'stats', '--jobs', String(jobs), stories], {encoding: 'utf8', maxBuffer: 1 << 28})
  return {ms: Number(process.hrtime.bigint() - started) / 1e6, output}
}

/** Run the comparison; returns the medians (ms) and the ratio. */
export function measureJobs() {
  const {folder, stories, bytes} = storyFolder()
  try {
    const times = {1: [], 2: []}
    // A warm-up of each, and the check that both give the same output.
    if (wall(1, stories).output !== wall(2, stories).output) throw new Error('--jobs 2 and --jobs 1 differ')
    for (let round = 0; round < rounds; round++) {
      // Alternate which goes first, so that a busy moment does not favour one.
      const order = round % 2 === 0 ? [1, 2] : [2, 1]
      for (const jobs of order) times[jobs].push(wall(jobs, stories).ms)
    }
    const one = median(times[1])
    const two = median(times[2])
    return {stories: count, bytes, rounds, one, two, ratio: two / one}
  } finally {
    rmSync(folder, {recursive: true, force: true})
  }
}

function report({stories, bytes, rounds, one, two, ratio}) {
  console.log(
    `anecdote stats of ${stories} stories (${(bytes / 1e6).toFixed(2)} MB), wall time, median of ${rounds} rounds, ${availableParallelism()} cores: ` +
      `--jobs 1 ${one.toFixed(0)} ms, --jobs 2 ${two.toFixed(0)} ms, ratio ${ratio.toFixed(2)} (target <= 0.6: ${ratio <= 0.6 ? 'met' : 'not met'})`
  )
}

/** `--jobs 1` and `--jobs 2` of this build and the other, in turns. */
function compareBuilds() {
  const {folder, stories} = storyFolder()
  const times = {}
  try {
    const commands = {1: ['stats', '--jobs', '1', stories], 2: ['stats', '--jobs', '2', stories]}
    runInTurns(rounds, commands, [], (jobs, build, ms) => (times[build + ' ' + jobs] ??= []).push(ms))
  } finally {
    rmSync(folder, {recursive: true, force: true})
  }
  for (const build of Object.keys(builds)) {
    const one = median(times[build + ' 1'])
    const two = median(times[build + ' 2'])
    console.log(`${build} build (${builds[build]}): --jobs 1 ${one.toFixed(0)} ms, --jobs 2 ${two.toFixed(0)} ms, ratio ${(two / one).toFixed(2)} (median of ${rounds} rounds)`)
  }
}

if (import.meta.url === `file://${process.argv[1]}`) {
  if (builds.other) compareBuilds()
  else report(measureJobs())
}
export {report as reportJobs}
