import {corpus} from './corpus.js'
import {parse} from '../dist/index.js'
const c = corpus()
const v = c.text1.value
gc(); const h0 = process.memoryUsage().heapUsed
const tree = parse(v, {format: 'text'})
gc(); const h1 = process.memoryUsage().heapUsed
console.log('retained B/byte', ((h1 - h0) / c.text1.bytes).toFixed(1))
let arrays = 0, nodes = 0, texts = 0, strings = 0
const stack = [tree]
while (stack.length) { const n = stack.pop(); nodes++; if (n.type === 'text') texts++; if (n.children) { arrays++; n.children = n.children.slice(); for (const ch of n.children) stack.push(ch) } }
gc(); const h2 = process.memoryUsage().heapUsed
console.log('nodes', nodes, 'arrays', arrays, 'texts', texts, 'after exact arrays B/byte', ((h2 - h0) / c.text1.bytes).toFixed(1))
// drop positions
const st2 = [tree]
while (st2.length) { const n = st2.pop(); delete n.position; if (n.children) for (const ch of n.children) st2.push(ch) }
gc(); const h3 = process.memoryUsage().heapUsed
console.log('without positions B/byte', ((h3 - h0) / c.text1.bytes).toFixed(1))
const st3 = [tree]
while (st3.length) { const n = st3.pop(); if (typeof n.value === 'string') n.value = ''; if (n.children) for (const ch of n.children) st3.push(ch) }
gc(); const h4 = process.memoryUsage().heapUsed
console.log('without strings B/byte', ((h4 - h0) / c.text1.bytes).toFixed(1))
