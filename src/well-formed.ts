// wellFormed(): what the renderers and `stats` read, whatever tree they are given. A tree built by
// hand may miss children, hold values of the wrong type, nest without end, share a node or
// contain itself. One check (a loop, no recursion) finds the common case — a sound tree — and
// returns it as it is; otherwise a repaired copy is made, so no renderer has to guard each field:
//
// * entries that are not nodes (no object, no string `type`) and a node inside itself are left out;
// * `children` that is not a list becomes empty; a turn gets an empty speaker when it has none;
// * a field of the wrong type: a required string becomes one (`''` from an object), an optional
//   field is dropped;
// * a node deeper than `maxDepth` becomes a text node with its plain text (so recursion is bounded);
// * a node used more than once is written each time while the repeats outnumber the distinct
//   nodes by at most `maxRepeats` (a shared `break` is fine, a subtree that holds itself twice
//   on each of 60 levels is cut off); further repeats are left out.
import type {Nodes, Root} from './types.js'

/** Nodes nested deeper than this render as their plain text, so recursion stays bounded. */
export const maxDepth = 64

/** By how many the repeated nodes (a node object met before) may outnumber the distinct ones. */
export const maxRepeats = 100_000

type Loose = Record<string, unknown>

/** Fields that must be strings, by node type; a wrong value becomes a string. */
const required: Readonly<Record<string, readonly string[]>> = {
  text: ['value'],
  placeholder: ['value', 'name'],
  elision: ['value'],
  dateline: ['value'],
  frontmatter: ['value', 'syntax'],
  inlineCode: ['value'],
  turn: ['who', 'separator'],
  note: ['label'],
  comments: ['label'],
  link: ['url'],
  direction: ['marker']
}

/** Optional fields and their type, by node type; a wrong value is dropped. */
const optional: Readonly<Record<string, Readonly<Record<string, 'string' | 'number' | 'strings'>>>> = {
  root: {lang: 'string'},
  dateline: {date: 'string'},
  turn: {bullet: 'string'},
  placeholder: {suffix: 'string'},
  inlineCode: {info: 'string'},
  comments: {count: 'number'},
  comment: {index: 'number', marker: 'string', author: 'string', date: 'string', byline: 'string', controls: 'strings'},
  link: {title: 'string'}
}

/** Node types whose `children` must be a list. */
const parents = new Set(['root', 'title', 'narration', 'dialogue', 'turn', 'speaker', 'note', 'comments', 'comment', 'direction', 'emphasis', 'strong', 'link'])

/**
 * `tree` when it is sound, else a repaired copy. Throws a `TypeError` (naming `caller`) only when
 * `tree` is not a node at all.
 */
export function wellFormed<T extends Nodes = Root>(tree: T, caller: string): T {
  if (!isNode(tree)) throw new TypeError(caller + ': expected a tree (an object with a string `type`), not ' + describe(tree))
  return isSound(tree) ? tree : (repair(tree) as T)
}

/**
 * Whether every node is sound, none is met twice, and none lies deeper than `maxDepth`. A walk of
 * at most `maxRepeats` visits needs no set of the nodes met (which costs more than the rest of the
 * check): its repeats can never outnumber the distinct nodes by more than `maxRepeats`, so a node
 * it meets twice renders as `repair` would copy it, each time. A longer walk starts over with the set.
 */
function isSound(tree: object): boolean {
  const small = walk(tree, maxRepeats, undefined, 0)
  // The second walk takes the nodes in the same order: the first `maxRepeats` are checked already.
  return small === tooLong ? walk(tree, Infinity, new Set<object>(), maxRepeats) === true : small
}

/** What `walk` gives when the tree has more than its `limit` of nodes to visit. */
const tooLong = 'too long'

/**
 * Every node sound within `limit` visits (its fields from visit `checked` on); with `seen`, none
 * met twice. Two stacks side by side: no array per node.
 */
function walk(tree: object, limit: number, seen: Set<object> | undefined, checked: number): boolean | typeof tooLong {
  const nodes: unknown[] = [tree]
  const depths: number[] = [0]
  let visits = 0
  while (nodes.length > 0) {
    if (++visits > limit) return tooLong
    const node = nodes.pop()
    const depth = depths.pop()!
    if (!isNode(node) || (visits > checked && !fieldsSound(node))) return false
    if (seen) {
      if (seen.has(node)) return false
      seen.add(node)
    }
    const children = node.children
    if (children === undefined) continue
    if (!Array.isArray(children) || (children.length > 0 && depth >= maxDepth)) return false
    for (let index = 0; index < children.length; index++) {
      nodes.push(children[index])
      depths.push(depth + 1)
    }
  }
  return true
}

function fieldsSound(node: Loose): boolean {
  const type = node.type as string
  for (const key of own(required, type) ?? []) if (typeof node[key] !== 'string') return false
  const fields = own(optional, type)
  if (fields) for (const key in fields) if (node[key] !== undefined && !hasType(node[key], fields[key], key)) return false
  if (parents.has(type) && !Array.isArray(node.children)) return false
  if (type === 'turn' && !isSpeaker((node.children as unknown[])[0])) return false
  return position(node.position) === node.position
}

/** A task of the repair walk: copy a node into a list, or add its text to a flattened node. */
interface Task {
  node: unknown
  into: unknown[] | undefined
  flat: {value: string} | undefined
  depth: number
}

function repair(tree: object): Nodes {
  const root: unknown[] = []
  const seen = new Set<object>()
  const path = new Set<object>()
  const stack: (Task | {leave: object; copy: Loose | undefined})[] = [{node: tree, into: root, flat: undefined, depth: 0}]
  let repeats = 0
  while (stack.length > 0) {
    const task = stack.pop()!
    if ('leave' in task) {
      path.delete(task.leave)
      if (task.copy?.type === 'turn' && !isSpeaker((task.copy.children as unknown[])[0])) (task.copy.children as unknown[]).unshift({type: 'speaker', children: []})
      continue
    }
    const node = task.node
    if (!isNode(node) || path.has(node)) continue
    if (seen.has(node) && ++repeats > seen.size + maxRepeats) continue
    seen.add(node)
    const children = Array.isArray(node.children) ? (node.children as unknown[]) : undefined
    let flat = task.flat
    let copy: Loose | undefined
    if (flat) {
      // Inside a flattened node: its plain text, as `plainText` writes it.
      if (node.type === 'break' || typeof node.value === 'string') {
        flat.value += node.type === 'break' ? '\n' : (node.value as string)
        continue
      }
    } else if (children && children.length > 0 && task.depth >= maxDepth) {
      flat = {value: ''}
      task.into!.push(Object.assign(flat, {type: 'text'}))
    } else {
      copy = copyNode(node)
      task.into!.push(copy)
    }
    if (!children && !copy?.children) continue
    path.add(node)
    stack.push({leave: node, copy})
    if (!children) continue
    const into = copy ? (copy.children as unknown[]) : undefined
    for (let index = children.length - 1; index >= 0; index--) stack.push({node: children[index], into, flat, depth: task.depth + 1})
  }
  return root[0] as Nodes
}

/** A shallow copy of a node with every field of its type as the renderers expect it. */
function copyNode(node: Loose): Loose {
  const type = node.type as string
  const copy: Loose = {...node}
  for (const key of own(required, type) ?? []) if (typeof copy[key] !== 'string') copy[key] = asString(copy[key])
  const fields = own(optional, type)
  if (fields) for (const key in fields) if (copy[key] !== undefined && !hasType(copy[key], fields[key], key)) delete copy[key]
  if (Array.isArray(node.children) || parents.has(type)) copy.children = []
  else delete copy.children
  const place = position(copy.position)
  if (place === undefined) delete copy.position
  return copy
}

/** An entry of a table by node type: own entries only, so `constructor` as a type finds none. */
function own<T>(table: Readonly<Record<string, T>>, type: string): T | undefined {
  return Object.hasOwn(table, type) ? table[type] : undefined
}

function isNode(value: unknown): value is Loose {
  return typeof value === 'object' && value !== null && !Array.isArray(value) && typeof (value as Loose).type === 'string'
}

function isSpeaker(value: unknown): boolean {
  return isNode(value) && value.type === 'speaker'
}

function hasType(value: unknown, type: 'string' | 'number' | 'strings', key: string): boolean {
  if (type === 'strings') return Array.isArray(value) && value.every((item) => typeof item === 'string')
  // `Link.title` may be null (as in mdast).
  if (key === 'title' && value === null) return true
  return type === 'number' ? typeof value === 'number' && Number.isFinite(value) : typeof value === 'string'
}

/** A position with start and end points, else undefined. */
function position(value: unknown): unknown {
  if (value === undefined) return undefined
  const place = value as {start?: unknown; end?: unknown} | null
  return typeof place === 'object' && place !== null && isPoint(place.start) && isPoint(place.end) ? value : undefined
}

function isPoint(value: unknown): boolean {
  return typeof value === 'object' && value !== null
}

function asString(value: unknown): string {
  return typeof value === 'number' || typeof value === 'boolean' || typeof value === 'bigint' ? String(value) : ''
}

function describe(value: unknown): string {
  if (value === null) return 'null'
  if (Array.isArray(value)) return 'an array'
  return typeof value === 'object' ? 'an object without a string `type`' : typeof value === 'string' ? 'a string' : 'a ' + typeof value
}
