// Build the blocks of a section from its classified lines, as the text parser's `buildBlocks`
// does, with phrasing woven from the Markdown inline nodes of each line.
import type {BlockContent, Dialogue, Narration, Note, PhrasingContent, Speaker, Turn} from '../../types.js'
import {lineBreak} from '../blocks.js'
import {isInlineSpace} from '../chars.js'
import {point, span} from '../context.js'
import type {Cue} from '../cue.js'
import type {Line} from '../lines.js'
import type {Entry, Section} from './from-mdast.js'
import {endOf, firstEndingAfter, lineAt, place, startOf, type State, weave} from './phrasing.js'

type Open = Narration | Dialogue | Note

export function buildSection(state: State, section: Section): BlockContent[] {
  const {region, classified, entries} = section
  const value = state.context.value
  const blocks: BlockContent[] = []
  let open: Open | undefined
  let turn: Turn | undefined
  let previous: Line | undefined

  for (let index = 0; index < region.length; index++) {
    const line = region[index]
    const info = classified[index]
    const entry = entries[index]

    if (info.kind === 'blank' || !entry) {
      open = undefined
      turn = undefined
      continue
    }
    if (entry.covered) continue
    const endPoint = point(lineAt(state.lines, entry.end), entry.end)

    if (entry.whole) {
      const {kind, value: text, start, end} = entry.whole
      const position = place(state, start, end)
      blocks.push({type: 'narration', children: [{type: kind, value: text, position}], position: {...position}})
      open = undefined
      turn = undefined
      continue
    }

    if (info.kind === 'note') {
      let start = info.labelEnd
      while (start < line.contentEnd && isInlineSpace(value.charCodeAt(start))) start++
      open = {
        type: 'note',
        label: entry.noteLabel ?? value.slice(line.contentStart, info.labelEnd),
        children: weave(state, entry.nodes, start, entry.end, {directions: false, depth: entry.depth}),
        position: {start: point(line, line.contentStart), end: endPoint}
      }
      turn = undefined
      blocks.push(open)
      previous = lastLine(state, entry)
      continue
    }

    if (info.kind === 'cue' && info.turn) {
      if (open?.type !== 'dialogue') {
        open = {type: 'dialogue', children: [], position: span(line, line.contentStart, line.contentEnd)}
        blocks.push(open)
      }
      // Turns run together on one line are split only where no inline node is in the way.
      const plain = info.more !== undefined && !entry.nodes.some((node) => node.type !== 'text')
      const cues = [{cue: info.cue, who: info.who}, ...(plain ? info.more! : [])]
      for (let at = 0; at < cues.length; at++) {
        const following = cues[at + 1]?.cue
        const speechEnd = following ? trimEnd(value, cues[at].cue.speech, following.label.start) : entry.end
        turn = makeTurn(state, line, entry, at === 0 ? entry.bold : undefined, cues[at].cue, cues[at].who, speechEnd)
        open.children.push(turn)
      }
      open.position!.end = endPoint
      previous = lastLine(state, entry)
      continue
    }

    // A plain line: it goes on with the open block, or starts narration.
    const lone = isLoneEmphasis(entry, line.contentStart)
    if (open && previous) {
      const into: Array<PhrasingContent | Speaker> = open.type === 'dialogue' ? turn!.children : open.children
      into.push(lineBreak(previous, line))
      const content = weave(state, entry.nodes, line.contentStart, entry.end, {
        directions: open.type === 'dialogue',
        depth: entry.depth,
        leadingEmphasis: lone
      })
      for (const node of content) into.push(node)
      open.position!.end = endPoint
      if (open.type === 'dialogue') turn!.position!.end = {...endPoint}
      previous = lastLine(state, entry)
      continue
    }

    open = {
      type: 'narration',
      children: weave(state, entry.nodes, line.contentStart, entry.end, {directions: false, depth: entry.depth, leadingEmphasis: lone}),
      position: {start: point(line, line.contentStart), end: endPoint}
    }
    blocks.push(open)
    previous = lastLine(state, entry)
  }

  return blocks
}

/** The line a line's phrasing ends on (a later one when an inline node ran on). */
function lastLine(state: State, entry: Entry): Line {
  return lineAt(state.lines, entry.end)
}

/** A line that is one emphasis and nothing else: a direction (`*seufzt*` on its own line). */
function isLoneEmphasis(entry: Entry, start: number): boolean {
  for (let index = firstEndingAfter(entry.nodes, start); index < entry.nodes.length; index++) {
    const node = entry.nodes[index]
    if (node.type === 'text') continue
    return node.type === 'emphasis' && startOf(node) === start && endOf(node) === entry.end
  }
  return false
}

function makeTurn(state: State, line: Line, entry: Entry, bold: Entry['bold'], cue: Cue, who: string, speechEnd: number): Turn {
  const value = state.context.value
  const options = {directions: false, depth: entry.depth}
  const speaker: Speaker = {
    type: 'speaker',
    children: weave(state, entry.nodes, cue.label.start, cue.label.end, options),
    position: span(line, cue.label.start, cue.label.end)
  }
  const children: Turn['children'] = [speaker]
  for (const direction of cue.directions) {
    children.push({
      type: 'direction',
      marker: direction.marker,
      children: weave(state, entry.nodes, direction.start + 1, direction.end - 1, {directions: true, depth: entry.depth}),
      position: span(line, direction.start, direction.end)
    })
  }
  const speech = weave(state, entry.nodes, cue.speech, speechEnd, {directions: true, depth: entry.depth, leadingEmphasis: true})
  for (const node of speech) children.push(node)

  const start = cue.bullet ? cue.bullet.start : bold ? bold.start : cue.label.start
  let end = Math.max(speechEnd, cue.separator.end, bold ? bold.end : 0)
  const last = speech[speech.length - 1]
  if (last?.position) end = Math.max(end, last.position.end.offset!)
  const turn: Turn = {
    type: 'turn',
    who,
    separator: value.slice(cue.separator.start, cue.separator.end),
    children,
    position: place(state, start, end)
  }
  if (cue.bullet) turn.bullet = value.slice(cue.bullet.start, cue.bullet.end).replace(/\\/g, '')
  return turn
}

function trimEnd(value: string, start: number, end: number): number {
  while (end > start && isInlineSpace(value.charCodeAt(end - 1))) end--
  return end
}
