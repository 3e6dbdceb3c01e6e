// The cast of a story for `particDesc`: one person per `who`, in order of first speech, with the
// labels it is written as and whether it is the writer (`Ich`, `Me`).
import {selfIdentities, selfLabels} from '../parse/core/words.js'
import {nodeText} from '../node-text.js'
import type {Nodes, Root} from '../types.js'

export interface Person {
  who: string
  /** The document's `xml:id` for it. */
  id: string
  /** The speaker labels as written, in order of first use. */
  labels: string[]
  /** Whether the writer speaks under this identity. */
  writer: boolean
}

const selfIds = new Set(selfIdentities.values())

/** The people who speak in `tree` (in its comments too, with `comments`), each given an id by `id`. */
export function people(tree: Root, id: (wish: string) => string, comments: boolean): Map<string, Person> {
  const found = new Map<string, Person>()
  const stack: Nodes[] = [tree]
  while (stack.length > 0) {
    const node = stack.pop()!
    // Comments left out of the document: their speakers are in no `sp`, so not in the cast.
    if (node.type === 'comments' && !comments) continue
    if (node.type === 'turn') {
      const who = typeof node.who === 'string' ? node.who : ''
      let person = found.get(who)
      if (!person) {
        person = {who, id: id(who || 'speaker'), labels: [], writer: selfIds.has(who)}
        found.set(who, person)
      }
      const speaker = node.children[0]
      // One label however its letters are composed (`ü`, or `u` and a mark), as in `stats`.
      const label = speaker && speaker.type === 'speaker' ? nodeText(speaker).normalize('NFC') : ''
      if (label.length > 0 && !person.labels.includes(label)) person.labels.push(label)
      if (selfLabels.has(label.toLowerCase())) person.writer = true
      continue
    }
    if ('children' in node && Array.isArray(node.children)) {
      for (let index = node.children.length - 1; index >= 0; index--) stack.push(node.children[index] as Nodes)
    }
  }
  return found
}
