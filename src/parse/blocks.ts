// Build the blocks of a region from its classified lines: narration, dialogue (turns), notes.
// A blank line ends a block; a plain line after a turn or a note goes on with it.
import type {BlockContent, Dialogue, Narration, Note, PhrasingContent, Speaker, Turn} from '../types.js'
import {isInlineSpace} from './chars.js'
import type {Classified, Region} from './classify.js'
import {type Context, point, span} from './context.js'
import type {Cue} from './cue.js'
import {parseInline} from './inline.js'
import type {Line} from './lines.js'

type Open = Narration | Dialogue | Note

export function buildBlocks(context: Context, region: Region, classified: Classified[]): BlockContent[] {
  const blocks: BlockContent[] = []
  let open: Open | undefined
  let turn: Turn | undefined

  for (let index = 0; index < region.length; index++) {
    const line = region[index]
    const info = classified[index]

    if (info.kind === 'blank') {
      open = undefined
      turn = undefined
      continue
    }

    if (info.kind === 'note') {
      open = note(context, line, info.labelEnd)
      turn = undefined
      blocks.push(open)
      continue
    }

    if (info.kind === 'cue' && info.turn) {
      if (open?.type !== 'dialogue') {
        open = {type: 'dialogue', children: [], position: span(line, line.contentStart, line.contentEnd)}
        blocks.push(open)
      }
      // The line's cue, then those of turns run together with it (`more`, rare).
      const more = info.more
      const count = more ? more.length + 1 : 1
      for (let at = 0; at < count; at++) {
        const {cue, who} = at === 0 ? info : more![at - 1]
        const following = more && at < more.length ? more[at].cue : undefined
        const speechEnd = following ? trimEnd(context.value, cue.speech, following.label.start) : line.contentEnd
        turn = makeTurn(context, line, cue, who, speechEnd)
        open.children.push(turn)
      }
      open.position!.end = point(line, line.contentEnd)
      continue
    }

    // A plain line: it goes on with the open block, or starts narration. A line shaped like a
    // cue that is not a turn (`Er sagte: „Nein.“`) is narration, not more of the turn above.
    if (open && !(info.kind === 'cue' && open.type === 'dialogue')) {
      const into: Array<PhrasingContent | Speaker> = open.type === 'dialogue' ? turn!.children : open.children
      into.push(lineBreak(region[index - 1], line))
      const content = parseInline(context, line, line.contentStart, line.contentEnd, {directions: open.type === 'dialogue'})
      for (const node of content) into.push(node)
      const end = point(line, line.contentEnd)
      open.position!.end = end
      if (open.type === 'dialogue') turn!.position!.end = {...end}
      continue
    }

    open = {
      type: 'narration',
      children: parseInline(context, line, line.contentStart, line.contentEnd, {directions: false}),
      position: span(line, line.contentStart, line.contentEnd)
    }
    blocks.push(open)
  }

  return blocks
}

function note(context: Context, line: Line, labelEnd: number): Note {
  let start = labelEnd
  while (start < line.contentEnd && isInlineSpace(context.value.charCodeAt(start))) start++
  return {
    type: 'note',
    label: context.value.slice(line.contentStart, labelEnd),
    children: parseInline(context, line, start, line.contentEnd, {directions: false}),
    position: span(line, line.contentStart, line.contentEnd)
  }
}

function makeTurn(context: Context, line: Line, cue: Cue, who: string, speechEnd: number): Turn {
  const value = context.value
  const speaker: Speaker = {
    type: 'speaker',
    children: parseInline(context, line, cue.label.start, cue.label.end, {directions: false}),
    position: span(line, cue.label.start, cue.label.end)
  }
  const children: Turn['children'] = [speaker]
  for (const direction of cue.directions) {
    children.push({
      type: 'direction',
      marker: direction.marker,
      children: parseInline(context, line, direction.start + 1, direction.end - 1, {directions: true, depth: 1}),
      position: span(line, direction.start, direction.end)
    })
  }
  for (const node of parseInline(context, line, cue.speech, speechEnd, {directions: true})) children.push(node)

  const start = cue.bullet ? cue.bullet.start : cue.label.start
  const end = Math.max(speechEnd, cue.separator.end)
  const turn: Turn = {
    type: 'turn',
    who,
    separator: value.slice(cue.separator.start, cue.separator.end),
    children,
    position: span(line, start, end)
  }
  if (cue.bullet) turn.bullet = value.slice(cue.bullet.start, cue.bullet.end)
  return turn
}

/** The line ending between two lines of one block. */
export function lineBreak(previous: Line, line: Line): PhrasingContent {
  return {type: 'break', position: {start: point(previous, previous.end), end: point(line, line.start)}}
}

function trimEnd(value: string, start: number, end: number): number {
  while (end > start && isInlineSpace(value.charCodeAt(end - 1))) end--
  return end
}
