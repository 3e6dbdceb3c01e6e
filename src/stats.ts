// Corpus figures over a tree: the cast, words spoken, placeholders, comments.
// Derived facts are utilities over the tree, not fields in it.
import {placeholdersIn} from './parse/grammar.js'
import type {Nodes, Root, Turn} from './types.js'
import {wellFormed} from './well-formed.js'

export interface SpeakerStats {
  /** The speaker's identity (`Turn.who`). */
  who: string
  /** The labels it is written as, in order of first use (composed: NFC). */
  labels: string[]
  turns: number
  /** Words spoken: speech only, directions and the label not counted. */
  words: number
}

export interface PlaceholderStats {
  name: string
  count: number
}

export interface Stats {
  lang?: string
  /** Turns in the story (comments excluded). */
  turns: number
  /** Words in the story: narration, speech and the title (directions, labels, comments excluded). */
  words: number
  /** Speakers in order of first appearance. */
  cast: SpeakerStats[]
  /** Placeholders by name, in order of first appearance, comments included. */
  placeholders: PlaceholderStats[]
  /** Comments found. */
  comments: number
  /** Comments the section header declares, when it says. */
  declaredComments?: number
}

/**
 * A word: letters or digits, joined by inner apostrophes or hyphens (`don't`, `E-Mail`); an
 * invisible format character inside (a soft hyphen, a zero-width joiner) joins, not splits.
 */
const wordRe = /[\p{L}\p{M}\p{N}](?:[\p{L}\p{M}\p{N}\p{Cf}]|['’-](?=[\p{L}\p{M}\p{N}]))*/gu

export function countWords(text: string): number {
  // Not text: no words, where `test` would have read `null` as the word "null".
  if (typeof text !== 'string') return 0
  // Each placeholder as one word (`$Stadt_in_der_Nähe` → `x`), as `stats` counts it in a tree.
  let words = ''
  let copied = 0
  for (const found of placeholdersIn(text)) {
    words += text.slice(copied, found.start) + 'x'
    copied = found.end
  }
  words += text.slice(copied)
  let count = 0
  wordRe.lastIndex = 0
  // `test`, not `exec`: no match object per word.
  while (wordRe.test(words)) count++
  return count
}

/**
 * The text the nodes from `from` on say, directions left out; each placeholder as one word (`x`)
 * to count words, or as written (`$Kollegin`) to show a label.
 */
function spoken(nodes: readonly Nodes[], placeholders: 'as a word' | 'as written' = 'as a word', from = 0): string {
  let text = ''
  const stack: Nodes[] = []
  for (let index = nodes.length - 1; index >= from; index--) stack.push(nodes[index])
  while (stack.length > 0) {
    const node = stack.pop()!
    // A direction separates the words around it, but its own words are not spoken.
    if (node.type === 'direction' || node.type === 'speaker') {
      text += ' '
      continue
    }
    if (node.type === 'break') text += '\n'
    // A placeholder is one word, whatever its name (`$Stadt_in_der_Nähe`).
    else if (node.type === 'placeholder') text += placeholders === 'as a word' ? 'x' : node.value
    else if ('value' in node && typeof node.value === 'string') text += node.value
    if ('children' in node && node.children) {
      const children = node.children as Nodes[]
      for (let index = children.length - 1; index >= 0; index--) stack.push(children[index])
    }
  }
  return text
}

/** Figures over a tree; any node counts (see well-formed.ts). */
export function stats(input: Root): Stats {
  const tree = wellFormed(input, 'stats')
  const cast = new Map<string, SpeakerStats>()
  const placeholders = new Map<string, PlaceholderStats>()
  const result: Stats = {turns: 0, words: 0, cast: [], placeholders: [], comments: 0}
  if (tree.lang) result.lang = tree.lang

  // Two stacks side by side: no object per node.
  const nodes: Nodes[] = [tree]
  const inside: boolean[] = [false]
  while (nodes.length > 0) {
    const node = nodes.pop()!
    const inComments = inside.pop()!
    if (node.type === 'placeholder') {
      const entry = placeholders.get(node.name) ?? {name: node.name, count: 0}
      if (entry.count === 0) placeholders.set(node.name, entry)
      entry.count++
    }
    if (node.type === 'comments') {
      result.comments += node.children.length
      if (node.count !== undefined) result.declaredComments = node.count
    }
    if (!inComments) {
      if (node.type === 'turn') countTurn(node, cast, result)
      else if (node.type === 'narration' || node.type === 'title') result.words += countWords(spoken(node.children))
    }
    if ('children' in node && node.children) {
      const children = node.children as Nodes[]
      const below = inComments || node.type === 'comments'
      for (let index = children.length - 1; index >= 0; index--) {
        nodes.push(children[index])
        inside.push(below)
      }
    }
  }

  result.cast = [...cast.values()]
  result.placeholders = [...placeholders.values()]
  return result
}

function countTurn(turn: Turn, cast: Map<string, SpeakerStats>, result: Stats): void {
  // The speaker (the first child) says no words.
  const words = countWords(spoken(turn.children as Nodes[], 'as a word', 1))
  // One label however its letters are composed (`ü` or `u` and a mark), as `who` is one identity.
  const label = spoken(turn.children[0].children as Nodes[], 'as written').trim().normalize('NFC')
  let entry = cast.get(turn.who)
  if (!entry) {
    entry = {who: turn.who, labels: [], turns: 0, words: 0}
    cast.set(turn.who, entry)
  }
  if (!entry.labels.includes(label)) entry.labels.push(label)
  entry.turns++
  entry.words += words
  result.turns++
  result.words += words
}
