// What V8's collector does in the 16 MB parse: `node bench/gc.js [module]` parses the 1 MB text,
// then the 16 MB one, under `--trace-gc-nvp` in a child process, and prints the 16 MB parse's time
// with its scavenges (count, total pause, and the bytes they promoted: the objects that survived
// young, which moves far less from run to run than the times) and mark-compacts. `module` defaults to the build
// (`dist/index.js`); `bench/compare.js` leaves `.bench-cache/before-<sha>.js` and `after.js` to
// compare. POSITIONS=false: the parse without positions.
import {execFileSync} from 'node:child_process'
import {pathToFileURL} from 'node:url'
import {corpus} from './corpus.js'

if (process.argv[2] === '--child') {
  const {parse} = await import(process.argv[3])
  const inputs = corpus()
  const options = {format: 'text', maxLength: Number.POSITIVE_INFINITY, positions: process.env.POSITIONS !== 'false'}
  parse(inputs.text1.value, options)
  const text16 = inputs.text16
  globalThis.gc()
  console.log('--- 16 MB')
  const start = performance.now()
  parse(text16.value, options)
  console.log('parsed ' + (performance.now() - start).toFixed(0))
} else {
  const module = pathToFileURL(process.argv[2] ?? new URL('../dist/index.js', import.meta.url).pathname).href
  const script = new URL(import.meta.url).pathname
  const output = execFileSync(process.execPath, ['--expose-gc', '--trace-gc-nvp', script, '--child', module], {encoding: 'utf8', maxBuffer: 1 << 28})
  const lines = output.slice(output.indexOf('--- 16 MB')).split('\n')
  // One line per collection: `gc=s` a scavenge, `gc=mc` a mark-compact, then `name=value` pairs.
  const pauses = {}
  let promoted = 0
  for (const line of lines) {
    const kind = /\bgc=(s|mc)\b/.exec(line)?.[1]
    if (!kind) continue
    const name = kind === 's' ? 'Scavenge' : 'Mark-Compact'
    pauses[name] ??= {count: 0, ms: 0}
    pauses[name].count++
    pauses[name].ms += Number(/\bpause=([\d.]+)/.exec(line)?.[1] ?? 0)
    if (kind === 's') promoted += Number(/\bpromoted=(\d+)/.exec(line)?.[1] ?? 0)
  }
  const parsed = lines.find((line) => line.startsWith('parsed '))
  const show = (name) => (pauses[name] ? pauses[name].count + ' ' + name.toLowerCase() + 's ' + pauses[name].ms.toFixed(0) + ' ms' : 'no ' + name.toLowerCase())
  console.log(
    '16 MB parse' + (process.env.POSITIONS === 'false' ? ' (positions: false)' : '') + ': ' + parsed.slice(7) + ' ms; ' + show('Scavenge') +
      ' (' + (promoted / 1e6).toFixed(1) + ' MB promoted), ' + show('Mark-Compact')
  )
}
