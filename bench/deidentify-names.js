// Many names: deidentifyText with 10,000 listed names on the seed story, before (another git ref,
// default: where this branch left main: one regular expression of alternatives) and after (the
// working tree: a trie over folded text), side by side in interleaved rounds; medians and ratio.
// `node bench/deidentify-names.js [ref]` (ROUNDS=5, NAMES=10000).
import {execFileSync} from 'node:child_process'
import {mkdirSync, readFileSync, rmSync} from 'node:fs'
import {build} from 'esbuild'

const root = new URL('../', import.meta.url).pathname
const ref = process.argv[2] ?? execFileSync('git', ['merge-base', 'HEAD', 'main'], {cwd: root, encoding: 'utf8'}).trim()
const cache = root + '.bench-cache/'
const rounds = Number(process.env.ROUNDS ?? 5)
const count = Number(process.env.NAMES ?? 10_000)

async function bundle(source, outfile) {
  await build({entryPoints: [source + 'src/index.ts'], bundle: true, format: 'esm', platform: 'neutral', target: 'node20', packages: 'external', outfile, logLevel: 'error'})
  return import(outfile + '?' + Date.now())
}

const sha = execFileSync('git', ['rev-parse', '--short', ref], {cwd: root, encoding: 'utf8'}).trim()
const folder = cache + 'ref-' + sha + '/'
rmSync(folder, {recursive: true, force: true})
mkdirSync(folder, {recursive: true})
execFileSync('sh', ['-c', 'git archive ' + sha + ' src | tar -x -C ' + folder], {cwd: root})
const before = await bundle(folder, cache + 'before-' + sha + '.js')
const after = await bundle(root, cache + 'after.js')

// Names like real ones: a first name and a surname, some with umlauts; the story names a few.
const first = ['Anna', 'Jürgen', 'Özlem', 'Paul', 'Grete', 'Ilker', 'Sören', 'Marie']
const last = ['Müller', 'Meier', 'Schulz', 'Straße', 'Öztürk', 'Becker', 'Wolf', 'Krüger']
const names = Array.from({length: count}, (_, index) => first[index % 8] + ' ' + last[(index >> 3) % 8] + index.toString(36))
const story = readFileSync(root + 'fixtures/text/fahren-sie-mal-da-hin.txt', 'utf8') + '\n' + names.slice(0, 50).join(', ') + '.\n'

const contenders = [
  ['before ' + sha, (value) => before.deidentifyText(value, {names})],
  ['after', (value) => after.deidentifyText(value, {names})]
]
const outputs = contenders.map(([, run]) => {
  try {
    return run(story)
  } catch (error) {
    return 'throws: ' + error.message
  }
})
console.log('same output: ' + (outputs[0] === outputs[1]))

const times = contenders.map(() => [])
for (let round = 0; round < rounds; round++) {
  contenders.forEach(([, run], index) => {
    const start = performance.now()
    try {
      run(story)
    } catch {}
    times[index].push(performance.now() - start)
  })
}
const median = (values) => values.slice().sort((a, b) => a - b)[Math.floor(values.length / 2)]
const medians = times.map(median)
contenders.forEach(([name], index) => console.log(name.padEnd(16) + medians[index].toFixed(1).padStart(10) + ' ms (median of ' + rounds + ', ' + count + ' names, ' + story.length + ' characters)'))
console.log('after is ' + (medians[0] / medians[1]).toFixed(1) + '× as fast')
