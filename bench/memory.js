// Memory of the 16 MB parse, in a process of its own (run with `--expose-gc`; bench/index.js does).
// Retained: heap after a full collection with the tree kept, minus the heap before the parse.
// Peak: the resident set's high-water mark over the parse, minus the resident set before it
// (the heap cannot be sampled while a synchronous parse runs; the resident set records its top;
// the corpus is built first, and its own peak is below the parse's).
// Floors: the same tree shape copied, with and without positions. Prints one JSON line.
// `node --expose-gc bench/memory.js [module]`: another build than `dist/index.js` (the bundles
// `bench/compare.js` leaves in `.bench-cache/`).
import {pathToFileURL} from 'node:url'
import {corpus} from './corpus.js'
import {copyShape, copyTree} from './floors.js'

const {parse} = await import(process.argv[2] ? pathToFileURL(process.argv[2]).href : '../dist/index.js')

const input = corpus().text16
globalThis.gc()
const before = process.memoryUsage()
const tree = parse(input.value, {format: 'text', maxLength: Infinity})
const rssPeak = process.resourceUsage().maxRSS * 1024
globalThis.gc()
const after = process.memoryUsage()

// Floors for the retained heap: the tree's shape copied (strings shared), with and without positions.
const retained = (make) => {
  globalThis.gc()
  const start = process.memoryUsage().heapUsed
  const kept = make()
  globalThis.gc()
  const used = process.memoryUsage().heapUsed - start
  void kept.type
  return used / input.bytes
}
const copyPerByte = retained(() => copyTree(tree))
const shapePerByte = retained(() => copyShape(tree))
// The parse without positions (issue 16), beside the tree above.
const barePerByte = retained(() => parse(input.value, {format: 'text', maxLength: Infinity, positions: false}))

console.log(
  JSON.stringify({
    bytes: input.bytes,
    children: tree.children.length,
    retainedPerByte: (after.heapUsed - before.heapUsed) / input.bytes,
    peakPerByte: (rssPeak - before.rss) / input.bytes,
    copyPerByte,
    shapePerByte,
    barePerByte
  })
)
