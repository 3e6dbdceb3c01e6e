// A turn: `<sp who="#id">` with `<speaker>` (the label as written), then, in the order they stand,
// each direction as `<stage>` and the speech between them as `<p>` (DraCor's shape).
import type {ElementContent} from 'xast'
import {x} from 'xastscript'
import type {PhrasingContent, Speaker, Turn} from '../../types.js'
import type {TeiState} from '../index.js'

export function turn(state: TeiState, node: Turn): ElementContent[] {
  const children: ElementContent[] = []
  let speech: PhrasingContent[] = []
  const flush = () => {
    const trimmed = trim(speech)
    if (trimmed.length > 0) children.push(x('p', state.all({type: 'narration', children: trimmed})))
    speech = []
  }
  for (let index = 0; index < node.children.length; index++) {
    const child = node.children[index]
    if (child.type === 'speaker' || child.type === 'direction') {
      flush()
      for (const item of state.one(child, node)) children.push(item)
    } else speech.push(child)
  }
  flush()
  return [x('sp', {who: '#' + state.person(node.who)}, children)]
}

export function speaker(state: TeiState, node: Speaker): ElementContent[] {
  return [x('speaker', state.all(node))]
}

/** Speech without the spaces and line ends around it (those stood beside a direction or the cue). */
function trim(nodes: PhrasingContent[]): PhrasingContent[] {
  let start = 0
  let end = nodes.length
  while (start < end && isBlank(nodes[start])) start++
  while (end > start && isBlank(nodes[end - 1])) end--
  const result = nodes.slice(start, end)
  const first = result[0]
  if (first?.type === 'text') result[0] = {...first, value: first.value.trimStart()}
  const last = result[result.length - 1]
  if (last?.type === 'text') result[result.length - 1] = {...last, value: last.value.trimEnd()}
  return result
}

function isBlank(node: PhrasingContent): boolean {
  return node.type === 'break' || (node.type === 'text' && node.value.trim().length === 0)
}
