// Where the text parser spends its time: `npm run build && node bench/profile.js [times]` parses
// the 1 MB text `times` times (default 20) under the V8 CPU profiler, then prints the functions
// with the most self time, then the time of each function with what it calls (the core's passes).
// POSITIONS=false profiles `parse(…, {positions: false})`. The profile is kept in .bench-cache/ for Chrome DevTools.
import {execFileSync} from 'node:child_process'
import {mkdirSync, readdirSync, readFileSync} from 'node:fs'
import {corpus} from './corpus.js'

const folder = new URL('../.bench-cache/profile/', import.meta.url).pathname

if (process.argv[2] === '--child') {
  const {parse} = await import('../dist/index.js')
  const {value} = corpus().text1
  const options = {format: 'text', positions: process.env.POSITIONS !== 'false'}
  for (let time = Number(process.argv[3]); time > 0; time--) parse(value, options)
} else {
  mkdirSync(folder, {recursive: true})
  const times = process.argv[2] ?? '20'
  execFileSync(process.execPath, ['--cpu-prof', '--cpu-prof-dir', folder, new URL(import.meta.url).pathname, '--child', times], {stdio: 'inherit'})
  const latest = readdirSync(folder).filter((name) => name.endsWith('.cpuprofile')).sort().pop()
  const profile = JSON.parse(readFileSync(folder + latest, 'utf8'))
  summarize(profile)
  console.log('profile: ' + folder + latest)
}

/** Self time by function (name and place), from the profile's samples. */
function summarize(profile) {
  const byId = new Map(profile.nodes.map((node) => [node.id, node]))
  const self = new Map()
  const intervals = profile.timeDeltas
  profile.samples.forEach((id, index) => {
    const {functionName, url, lineNumber} = byId.get(id).callFrame
    const key = (functionName || '(anonymous)') + ' ' + url.replace(/^.*\//, '') + ':' + (lineNumber + 1)
    self.set(key, (self.get(key) ?? 0) + (intervals[index] ?? 0))
  })
  const total = [...self.values()].reduce((sum, value) => sum + value, 0)
  const top = [...self.entries()].sort((a, b) => b[1] - a[1]).slice(0, 30)
  for (const [key, micro] of top) console.log(((micro / total) * 100).toFixed(1).padStart(5) + '%  ' + (micro / 1000).toFixed(0).padStart(6) + ' ms  ' + key)
  console.log('\nwith callees:')
  const parent = new Map()
  for (const node of profile.nodes) for (const child of node.children ?? []) parent.set(child, node.id)
  const inclusive = new Map()
  profile.samples.forEach((id, index) => {
    const seen = new Set()
    for (let at = id; at !== undefined; at = parent.get(at)) {
      const {functionName} = byId.get(at).callFrame
      if (!functionName || seen.has(functionName)) continue
      seen.add(functionName)
      inclusive.set(functionName, (inclusive.get(functionName) ?? 0) + (intervals[index] ?? 0))
    }
  })
  const sorted = [...inclusive.entries()].sort((a, b) => b[1] - a[1]).slice(0, 40)
  for (const [name, micro] of sorted) console.log(((micro / total) * 100).toFixed(1).padStart(5) + '%  ' + name)
}
