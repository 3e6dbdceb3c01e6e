// How long one thread takes for the first n stories of the `--jobs` folder (bench/jobs.js), in a
// fresh process: the time a cold isolate spends before its code is optimized, which each thread
// of `--jobs` pays again (issue 16). Each run is a child process; ROUNDS (default 3) of them.
// Node's and V8's options go to the children: `node --max-opt=1 bench/warmup.js`.
//
// Prints per run the library's load and the cumulative time after 1, 10, 25, 50, 100, 200, 300
// and 400 stories, then the settled time of all of them (the eighth pass of a loop).
import {execFileSync} from 'node:child_process'
import {readdirSync, readFileSync, rmSync} from 'node:fs'
import {storyFolder} from './jobs.js'

const marks = [1, 10, 25, 50, 100, 200, 300, 400]

if (process.argv[2] === 'child') {
  const folder = process.argv[3]
  const started = performance.now()
  const {parse, stats} = await import('../dist/index.js')
  const loaded = performance.now()
  const paths = readdirSync(folder).sort().map((name) => folder + '/' + name)
  const texts = paths.map((path) => readFileSync(path, 'utf8'))
  const times = []
  const from = performance.now()
  for (let index = 0; index < texts.length; index++) {
    stats(parse(texts[index]))
    if (marks.includes(index + 1)) times.push(index + 1 + ': ' + (performance.now() - from).toFixed(0))
  }
  let settled = 0
  for (let pass = 0; pass < 8; pass++) {
    const start = performance.now()
    for (const text of texts) stats(parse(text))
    settled = performance.now() - start
  }
  console.log('load ' + (loaded - started).toFixed(0) + ' ms; cumulative ms after n stories, ' + times.join(', ') + '; settled ' + settled.toFixed(0) + ' ms')
} else {
  const {folder, stories} = storyFolder()
  try {
    for (let round = 0; round < Number(process.env.ROUNDS ?? 3); round++) {
      process.stdout.write(execFileSync(process.execPath, [...process.execArgv, new URL(import.meta.url).pathname, 'child', stories], {encoding: 'utf8'}))
    }
  } finally {
    rmSync(folder, {recursive: true, force: true})
  }
}
