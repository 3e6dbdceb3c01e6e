// `anecdote anonymize DIR -o OUT/` of a run of many short stories, each with a name of its own
// and one it shares with other stories (so most stories carry names given before): wall time of
// the built CLI as a child process for SMALL and LARGE stories (default 1,000 and 4,000), rounds
// interleaved, medians; a run that grows linearly takes LARGE ÷ SMALL times as long. With a path
// to another built `dist/` folder as argument, that build is timed beside this one.
import {execFileSync} from 'node:child_process'
import {mkdirSync, mkdtempSync, rmSync, writeFileSync} from 'node:fs'
import {tmpdir} from 'node:os'
import {join, resolve} from 'node:path'
import {median} from './median.js'

const sizes = [Number(process.env.SMALL ?? 1000), Number(process.env.LARGE ?? 4000)]
const rounds = Number(process.env.ROUNDS ?? 3)
const builds = [['this build', new URL('../dist/cli.js', import.meta.url).pathname]]
if (process.argv[2]) builds.push(['other build', resolve(process.argv[2], 'cli.js')])

const given = ['Anna', 'Bernd', 'Clara', 'Dieter', 'Eva', 'Frank', 'Gisela', 'Holger']
const root = mkdtempSync(join(tmpdir(), 'anecdote-bench-anonymize-'))

/** A folder of `count` stories: story i has `$<Name>i` and a name shared with every 50th story. */
function folder(count) {
  const path = join(root, 'stories-' + count)
  mkdirSync(path)
  for (let index = 0; index < count; index++) {
    const own = given[index % given.length] + index
    const shared = given[(index * 3) % given.length] + (index % 50)
    const story = `Heute kam $${own} in den Laden.\n\n$${own}: Haben Sie das?\nIch: Nein, fragen Sie $${shared}.\n$${shared}: Ja.\n`
    writeFileSync(join(path, `story-${String(index).padStart(5, '0')}.txt`), story)
  }
  return path
}

const folders = sizes.map(folder)
const times = new Map()
for (let round = 0; round < rounds; round++) {
  for (const [name, cli] of builds) {
    for (const [index, stories] of folders.entries()) {
      const output = join(root, 'out') + '/'
      rmSync(output, {recursive: true, force: true})
      const start = performance.now()
      execFileSync(process.execPath, [cli, 'anonymize', stories, '-o', output, '--jobs', '1'], {stdio: 'ignore'})
      const key = name + ' ' + sizes[index]
      times.set(key, [...(times.get(key) ?? []), performance.now() - start])
    }
  }
}
rmSync(root, {recursive: true, force: true})

for (const [name] of builds) {
  const [small, large] = sizes.map((size) => median(times.get(name + ' ' + size)))
  console.log(`${name}: ${sizes[0]} stories ${(small / 1000).toFixed(2)} s, ${sizes[1]} stories ${(large / 1000).toFixed(2)} s: ${(large / small).toFixed(2)} times as long for ${sizes[1] / sizes[0]} times the stories`)
}
