// What the tree of the 1 MB text keeps, without positions, by kind of heap object: `node
// --expose-gc bench/tree-heap.js [build]` parses it, writes a V8 heap snapshot, walks what the
// tree's root reaches (the input text itself left out, as bench/memory.js leaves it out) and
// prints the bytes per input character, then per node type, array and string, with counts and
// each one's size. Issue 16 asks for at most 9 B per input byte; this shows what each part of the
// tree's shape costs in this V8 (objects of a unist node, arrays of children, text values).
// `build` defaults to dist/index.js (any ES module that exports `parse`).
import {readFileSync, rmSync} from 'node:fs'
import {tmpdir} from 'node:os'
import {join} from 'node:path'
import {pathToFileURL} from 'node:url'
import {writeHeapSnapshot} from 'node:v8'
import {corpus} from './corpus.js'

const build = process.argv[2] ? pathToFileURL(process.argv[2]).href : new URL('../dist/index.js', import.meta.url).href
const {parse} = await import(build)
const {value} = corpus().text1
parse(value, {format: 'text', positions: false})
// Found in the snapshot by this property of the global object.
globalThis.treeHeapMarker = {tree: parse(value, {format: 'text', positions: false})}
globalThis.gc()
const file = writeHeapSnapshot(join(tmpdir(), 'anecdote-tree-' + process.pid + '.heapsnapshot'))
const snapshot = JSON.parse(readFileSync(file, 'utf8'))
rmSync(file)

const {meta} = snapshot.snapshot
const nodeFields = meta.node_fields.length
const edgeFields = meta.edge_fields.length
const {nodes, edges, strings} = snapshot
const nodeTypes = meta.node_types[0]
const edgeTypes = meta.edge_types[0]
const [typeField, nameField, sizeField, edgeCountField] = ['type', 'name', 'self_size', 'edge_count'].map((name) => meta.node_fields.indexOf(name))
const [edgeTypeField, edgeNameField, toField] = ['type', 'name_or_index', 'to_node'].map((name) => meta.edge_fields.indexOf(name))
const count = nodes.length / nodeFields
const firstEdge = new Uint32Array(count + 1)
for (let index = 0, edge = 0; index < count; index++) {
  firstEdge[index] = edge
  edge += nodes[index * nodeFields + edgeCountField] * edgeFields
}
firstEdge[count] = edges.length

const typeOf = (index) => nodeTypes[nodes[index * nodeFields + typeField]]
const nameOf = (index) => strings[nodes[index * nodeFields + nameField]]
function edgesOf(index) {
  const list = []
  for (let edge = firstEdge[index]; edge < firstEdge[index + 1]; edge += edgeFields) {
    list.push({type: edgeTypes[edges[edge + edgeTypeField]], name: edges[edge + edgeNameField], to: edges[edge + toField] / nodeFields})
  }
  return list
}
const property = (index, name) => edgesOf(index).find((edge) => edge.type === 'property' && strings[edge.name] === name)?.to

let marker
for (let index = 0; index < count && marker === undefined; index++) marker = property(index, 'treeHeapMarker')
const root = property(marker, 'tree')

// What the root reaches: its objects, their property and element stores, and strings; not maps,
// code or the input text (a view into it is counted, the text not).
const seen = new Uint8Array(count)
const stack = [root]
seen[root] = 1
const parts = new Map()
let total = 0
while (stack.length > 0) {
  const index = stack.pop()
  const type = typeOf(index)
  let key = type
  if (type === 'object') {
    const nodeType = property(index, 'type')
    key = nodeType !== undefined && typeOf(nodeType) === 'string' ? 'node ' + nameOf(nodeType) : 'object ' + nameOf(index)
  }
  const size = nodes[index * nodeFields + sizeField]
  const part = parts.get(key) ?? {count: 0, bytes: 0}
  part.count++
  part.bytes += size
  parts.set(key, part)
  total += size
  for (const edge of edgesOf(index)) {
    if (edge.type === 'weak' || seen[edge.to]) continue
    const to = typeOf(edge.to)
    const store = to === 'array' || (to === 'hidden' && /Array/.test(nameOf(edge.to)))
    if (to !== 'object' && to !== 'string' && to !== 'sliced string' && to !== 'concatenated string' && !store) continue
    if (to.includes('string') && nodes[edge.to * nodeFields + sizeField] > value.length / 2) continue
    seen[edge.to] = 1
    stack.push(edge.to)
  }
}

console.log('the 1 MB tree without positions: ' + total + ' B, ' + (total / value.length).toFixed(2) + ' B per input character')
for (const [key, part] of [...parts].sort((a, b) => b[1].bytes - a[1].bytes)) {
  if (part.bytes < total / 1000) continue
  const share = ((100 * part.bytes) / total).toFixed(1) + ' %'
  console.log(share.padStart(7) + '  ' + String(part.count).padStart(7) + ' × ' + (part.bytes / part.count).toFixed(1).padStart(5) + ' B  ' + key)
}
