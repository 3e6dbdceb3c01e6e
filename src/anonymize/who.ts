// A turn's `who` as the parser derives it from the label: the name of a placeholder that is the
// whole label, else the slug of the label. When a label's placeholders change, `who` follows,
// unless it came from elsewhere (the caller's `cast`, an abbreviation), which is left alone.
import {nodeText} from '../node-text.js'
import {slug} from '../parse/slug.js'
import type {Nodes, Speaker, Turn} from '../types.js'

export function whoOfLabel(speaker: Speaker): string {
  const children = Array.isArray(speaker.children) ? speaker.children : []
  const only = children.length === 1 ? children[0] : undefined
  if (only?.type === 'placeholder' && typeof only.value === 'string') return only.value.slice(1).normalize('NFC')
  return slug(textOf(speaker))
}

/** Run `change` on the turn's label, and let `who` follow when it was derived from the label. */
export function changeLabel(turn: Turn, change: () => void): void {
  const speaker = turn.children[0]
  const derived = speaker?.type === 'speaker' && turn.who === whoOfLabel(speaker)
  change()
  if (derived) turn.who = whoOfLabel(speaker)
}

/** The text of a node as written: literal values joined. */
export const textOf: (node: Nodes) => string = nodeText
