// Inline HTML that means more than its text, laid over the tree the core made of the projected
// text: `<a href>` a link, `<code>` inline code, `<b>`/`<strong>` strong, `<i>`/`<em>` emphasis —
// or a star direction where the text rules make `*…*` one (at the start of a turn's speech, or
// alone on its line or lines in a turn, a narration or a note). A bold cue's `<b>` is the speaker's markup, not strong.
// Offsets are those of the projected text (before positions are mapped to the HTML).
import type {Nodes, Parents, PhrasingContent, Text} from '../../types.js'
import type {Mark} from './project.js'

/** Phrasing containers whose children a mark may wrap. */
const containers = new Set(['title', 'narration', 'turn', 'speaker', 'note', 'direction', 'link', 'emphasis', 'strong'])
/** Schemes a link may have (or none: a relative URL); the renderers allow the same. */
const safeSchemes = new Set(['http', 'https', 'mailto'])

export function applyMarks(tree: Parents, marks: Mark[], text: string): void {
  // A bold the core took as a turn's cue is the speaker's markup: no mark (most marks of a blog's dialogue).
  const kept = marks.filter((mark) => (mark.kind !== 'link' || isSafe(mark.url)) && mark.bold?.taken !== true)
  if (kept.length === 0) return
  // Inner marks first (shorter), so an outer one finds them whole.
  const sorted = kept.sort((a, b) => a.end - a.start - (b.end - b.start))
  const groups = containerGroups(tree)
  const runs: SpeechRuns = new Map()
  for (const mark of sorted) place(groups, mark, text, runs)
}

/**
 * By turn: the index of its first child after the speaker that is neither a direction nor blank
 * text (`children.length` when there is none). A mark at or before it opens the turn's speech.
 * Kept across marks, so a turn of thousands of `<i>` directions is not rescanned per mark.
 */
type SpeechRuns = Map<Parents, number>

function speechRunEnd(turn: Parents, runs: SpeechRuns, from = 1): number {
  const children = turn.children as Nodes[]
  let index = runs.get(turn) ?? from
  while (index < children.length && inRun(children[index])) index++
  runs.set(turn, index)
  return index
}

function inRun(node: Nodes): boolean {
  return node.type === 'direction' || (node.type === 'text' && isBlankText(node))
}

/**
 * Keep a turn's run end right after `children[first..last]` became `replacement`: before the
 * change, nothing moves; inside the run, replaced by nodes of the run, it moves by the change in
 * length (a direction wrapped again at the front of a long run costs no rescan); else it is found
 * again from `first`.
 */
function afterSplice(turn: Parents, runs: SpeechRuns, first: number, last: number, replacement: Nodes[]): void {
  const end = runs.get(turn)
  if (end === undefined || end < first) return
  if (end > last && replacement.every(inRun)) {
    runs.set(turn, end + replacement.length - (last - first + 1))
    return
  }
  runs.delete(turn)
  speechRunEnd(turn, runs, first)
}

/**
 * The outermost containers (a title, a narration, a turn, a note: they never overlap), in source
 * order, each spanning its children: where a mark may go. The containers inside one are listed
 * when a mark first reaches it (`parentsOf`): most containers get no mark.
 */
interface Group {
  start: number
  end: number
  node: Parents
  parents?: Parents[]
}

function containerGroups(tree: Parents): Group[] {
  const groups: Group[] = []
  // Pre-order, later children first (an explicit stack: no recursion), down to the outermost containers.
  const nodes: Parents[] = [tree]
  while (nodes.length > 0) {
    const node = nodes.pop()!
    if (containers.has(node.type)) {
      const group: Group = {start: Infinity, end: -Infinity, node}
      for (const child of node.children as Nodes[]) {
        if (!child.position) continue
        if (startOf(child) < group.start) group.start = startOf(child)
        if (endOf(child) > group.end) group.end = endOf(child)
      }
      groups.push(group)
      continue
    }
    for (const child of node.children as Nodes[]) if ('children' in child) nodes.push(child)
  }
  // The walk met them last first.
  return groups.reverse()
}

/** The parents a mark may go in, in the order they are tried: an outer one before the ones inside it, later ones before earlier ones. */
function parentsOf(group: Group): Parents[] {
  if (group.parents) return group.parents
  const parents: Parents[] = []
  const nodes: Parents[] = [group.node]
  while (nodes.length > 0) {
    const node = nodes.pop()!
    if (containers.has(node.type)) parents.push(node)
    for (const child of node.children as Nodes[]) if ('children' in child) nodes.push(child)
  }
  group.parents = parents
  return parents
}

/** Put `mark` in the first parent that takes it, among the groups whose children it overlaps. */
function place(groups: Group[], mark: Mark, text: string, runs: SpeechRuns): void {
  // The first group that ends after the mark starts (groups are disjoint and in order).
  let low = 0
  let high = groups.length
  while (low < high) {
    const middle = (low + high) >> 1
    if (groups[middle].end <= mark.start) low = middle + 1
    else high = middle
  }
  let last = low
  while (last < groups.length && groups[last].start < mark.end) last++
  for (let index = last - 1; index >= low; index--) {
    for (const parent of parentsOf(groups[index])) if (wrap(parent, mark, text, runs)) return
  }
}

function isSafe(url: string | undefined): boolean {
  if (url === undefined) return false
  const value = url.trim()
  const colon = value.indexOf(':')
  const slash = value.search(/[/?#]/)
  return colon < 0 || (slash >= 0 && slash < colon) || safeSchemes.has(value.slice(0, colon).toLowerCase())
}

const startOf = (node: Nodes) => node.position!.start.offset!
const endOf = (node: Nodes) => node.position!.end.offset!

/**
 * Wrap the children of `parent` that `mark` covers, when they are its alone: each lies inside
 * the mark or is text split at its edges. Returns whether the mark was placed.
 */
function wrap(parent: Parents, mark: Mark, text: string, runs: SpeechRuns): boolean {
  const children = parent.children as Nodes[]
  const [first, last] = overlapping(children, mark)
  if (first < 0) return false
  const head = children[first]
  const tail = children[last]
  // One child holds the whole mark and is a container of its own: the mark goes there.
  if (first === last && head.type !== 'text' && startOf(head) <= mark.start && endOf(head) >= mark.end && (startOf(head) < mark.start || endOf(head) > mark.end)) return false
  if (head.type !== 'text' && startOf(head) < mark.start) return true
  if (tail.type !== 'text' && endOf(tail) > mark.end) return true
  if (parent.type === 'turn' && children.slice(first, last + 1).some((child) => child.type === 'speaker')) return true

  // A text node whose value is not the projected text it spans cannot be cut by offset.
  for (const edge of [head, tail]) if (edge.type === 'text' && edge.value.length !== endOf(edge) - startOf(edge)) return true

  const inside: Nodes[] = []
  const before = head.type === 'text' && startOf(head) < mark.start ? cut(head, mark.start)[0] : undefined
  const after = tail.type === 'text' && endOf(tail) > mark.end ? cut(tail, mark.end)[1] : undefined
  for (let index = first; index <= last; index++) {
    let child = children[index]
    if (index === first && before) child = cut(child as Text, mark.start)[1]!
    if (index === last && after) child = cut(child as Text, mark.end)[0]!
    inside.push(child)
  }
  if (inside.length === 0) return true
  const opensSpeech = parent.type === 'turn' && isBlankText(before) && speechRunEnd(parent, runs) >= first
  const direction = opensSpeech || (mark.lone === true && (parent.type === 'turn' || parent.type === 'narration' || parent.type === 'note'))
  const wrapped = wrapper(mark, inside, direction, text)
  if (!wrapped) return true
  const replacement: Nodes[] = []
  if (before) replacement.push(before)
  replacement.push(wrapped)
  if (after) replacement.push(after)
  children.splice(first, last - first + 1, ...replacement)
  if (parent.type === 'turn') afterSplice(parent, runs, first, last, replacement)
  return true
}

/**
 * The first and last of `children` that overlap `mark` (-1 when none): a binary search, as
 * children come in source order (a paragraph of thousands of marks stays fast); a scan where a
 * child has no position.
 */
function overlapping(children: Nodes[], mark: Mark): [number, number] {
  let low = 0
  let high = children.length
  while (low < high) {
    const middle = (low + high) >> 1
    if (!children[middle].position) return scan(children, mark)
    if (endOf(children[middle]) <= mark.start) low = middle + 1
    else high = middle
  }
  let last = -1
  for (let index = low; index < children.length; index++) {
    const child = children[index]
    if (!child.position) return scan(children, mark)
    if (startOf(child) >= mark.end) break
    if (endOf(child) > mark.start) last = index
  }
  return last < 0 ? [-1, -1] : [low, last]
}

function scan(children: Nodes[], mark: Mark): [number, number] {
  let first = -1
  let last = -1
  for (let index = 0; index < children.length; index++) {
    const child = children[index]
    if (!child.position) continue
    if (endOf(child) <= mark.start || startOf(child) >= mark.end) continue
    if (first < 0) first = index
    last = index
  }
  return [first, last]
}

function isBlankText(node: Text | undefined): boolean {
  return node === undefined || node.value.trim() === ''
}

function wrapper(mark: Mark, inside: Nodes[], direction: boolean, text: string): PhrasingContent | undefined {
  const position = {start: {...inside[0].position!.start}, end: {...inside[inside.length - 1].position!.end}}
  const content = inside as PhrasingContent[]
  switch (mark.kind) {
    case 'link':
      return {type: 'link', url: mark.url!, children: content, position}
    case 'code':
      // Code is code: what the core read in it (a placeholder, a direction) is its text again.
      return {type: 'inlineCode', value: text.slice(startOf(inside[0]), endOf(inside[inside.length - 1])), position}
    case 'strong':
      return {type: 'strong', children: content, position}
    case 'emphasis': {
      // `<i>seufzt</i>` opening a turn's speech or alone on its line is a direction, as `*seufzt*` is in text.
      if (direction) return {type: 'direction', marker: 'star', children: content, position}
      return {type: 'emphasis', children: content, position}
    }
  }
}

/** Split a text node at `at` (projected offset): the part before and the part after. */
function cut(node: Text, at: number): [Text | undefined, Text | undefined] {
  const start = startOf(node)
  const end = endOf(node)
  if (at <= start) return [undefined, node]
  if (at >= end) return [node, undefined]
  const split = at - start
  const point = {line: node.position!.start.line, column: node.position!.start.column + split, offset: at}
  return [
    {type: 'text', value: node.value.slice(0, split), position: {start: {...node.position!.start}, end: point}},
    {type: 'text', value: node.value.slice(split), position: {start: {...point}, end: {...node.position!.end}}}
  ]
}
