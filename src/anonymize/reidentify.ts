// reidentify(): put the placeholders back, from the replacements `anonymize` recorded and the
// mapping it filled. A replacement shared by several names (every mask of `redact`, a `map`
// giving two names one value) cannot say whose it was: it stays, and is reported.
import type {VFile} from 'vfile'
import type {Parents, Placeholder, Root, Turn} from '../types.js'
import {anonymizedOf} from './anonymize.js'
import {changeLabel} from './who.js'
import {copyTree, visitParents} from './walk.js'

export function reidentify(tree: Root, mapping: Readonly<Record<string, string>>, file?: VFile | null): Root {
  const result = copyTree(tree)
  const names = new Map<string, string | null>()
  const record: Readonly<Record<string, unknown>> = mapping !== null && typeof mapping === 'object' ? mapping : {}
  for (const name of Object.keys(record)) {
    const replacement = record[name]
    if (typeof replacement !== 'string') continue
    names.set(replacement, names.has(replacement) ? null : name)
  }

  const turns = new Map<Parents, Turn>()
  visitParents(result, (node, parent, index) => {
    if (node.type === 'speaker' && parent.type === 'turn') turns.set(node, parent)
    const anonymized = node.type === 'text' ? anonymizedOf(node) : undefined
    if (node.type !== 'text' || !anonymized) return
    const {replacement, suffix} = anonymized
    const name = names.get(replacement)
    if (typeof name !== 'string') {
      file?.message(
        'Cannot restore `' + node.value + '`: ' + (name === null ? 'several names share this replacement' : 'not in the mapping'),
        {place: parent.position, ruleId: 'unrestorable-replacement', source: 'anecdote'}
      )
      return
    }
    const placeholder: Placeholder = {type: 'placeholder', value: '$' + name + (suffix ?? ''), name}
    if (suffix) placeholder.suffix = suffix
    const turn = turns.get(parent)
    const restore = () => {
      parent.children[index] = placeholder
    }
    if (turn) changeLabel(turn, restore)
    else restore()
  })
  return result
}
