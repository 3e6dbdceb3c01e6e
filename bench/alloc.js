// What a parse allocates, garbage included: `node bench/alloc.js [build]` parses the 1 MB text 5
// times under V8's sampling heap profiler (every 1 KiB, objects the collector freed counted too)
// and prints the megabytes per parse, then by function, then the builtins that grow and copy
// arrays (`push`, `slice`, …) by their caller. Unlike a time, the total barely moves with the
// machine (±1 MB between runs): a before/after figure for a change that cuts garbage.
// POSITIONS=false: the parse without positions. `build` defaults to dist/index.js (any ES module
// that exports `parse`, such as a bundle `bench/compare.js` leaves in .bench-cache/).
import {Session} from 'node:inspector/promises'
import {pathToFileURL} from 'node:url'
import {corpus} from './corpus.js'

const build = process.argv[2] ? pathToFileURL(process.argv[2]).href : new URL('../dist/index.js', import.meta.url).href
const {parse} = await import(build)
const value = corpus().text1.value
const options = {format: 'text', positions: process.env.POSITIONS !== 'false'}
const parses = 5

// Warm: the optimizing compiler's code, and V8's decisions on where to allocate, settled.
for (let time = 0; time < 3; time++) parse(value, options)
const session = new Session()
session.connect()
await session.post('HeapProfiler.enable')
await session.post('HeapProfiler.startSampling', {samplingInterval: 1024, includeObjectsCollectedByMajorGC: true, includeObjectsCollectedByMinorGC: true})
for (let time = 0; time < parses; time++) parse(value, options)
const {profile} = await session.post('HeapProfiler.stopSampling')
session.disconnect()

const byFunction = new Map()
const byCaller = new Map()
const builtins = new Set(['push', 'slice', 'concat', 'map', 'filter', 'fill', 'Array', 'split'])
let total = 0
// The profile is a call tree: walked with a stack of its own.
const stack = [{node: profile.head, caller: ''}]
while (stack.length > 0) {
  const {node, caller} = stack.pop()
  const {functionName, url, lineNumber} = node.callFrame
  const key = (functionName || '(anonymous)') + ' ' + url.replace(/^.*\//, '') + ':' + (lineNumber + 1)
  total += node.selfSize
  byFunction.set(key, (byFunction.get(key) ?? 0) + node.selfSize)
  if (builtins.has(functionName)) byCaller.set(functionName + ' ← ' + caller, (byCaller.get(functionName + ' ← ' + caller) ?? 0) + node.selfSize)
  for (const child of node.children) stack.push({node: child, caller: key})
}

const megabytes = (bytes) => (bytes / parses / 1e6).toFixed(2).padStart(6)
console.log(`allocated per parse of the 1 MB text (positions: ${options.positions}): ${(total / parses / 1e6).toFixed(1)} MB`)
for (const [key, bytes] of [...byFunction].sort((a, b) => b[1] - a[1]).slice(0, 20)) console.log(megabytes(bytes) + ' MB  ' + key)
console.log('array builtins, by caller:')
for (const [key, bytes] of [...byCaller].sort((a, b) => b[1] - a[1]).slice(0, 10)) console.log(megabytes(bytes) + ' MB  ' + key)
