// Build the blocks of a region from its classified lines: narration, dialogue (turns), notes.
// A blank line ends a block; a plain line after a turn or a note goes on with it. A line shaped
// like a cue that is not a turn (`Er sagte: Nein.`) after a turn is narration, not more of it.
import type {BlockContent, Narration, Note, PhrasingContent, Speaker} from '../../types.js'
import {compactChildren} from '../compact.js'
import {point, shared} from '../context.js'
import {phrasingEndOf, phrasingOf, type StoryLine} from '../reader.js'
import type {CoreState, NoteClass} from './state.js'
import {trimStart} from '../grammar.js'
import {endPoint, lastLineOf, lineBreak} from './points.js'
import {makeTurns} from './turn.js'
import {addBlock, type Builder, closeDialogue, fitGrown, growing} from './builder.js'
import {scratchArray} from '../scratch.js'

export function buildBlocks(state: CoreState, region: number, lines: StoryLine[]): BlockContent[] {
  // A block takes a line at least: room for one per line, written in order, copied out at the end.
  const blocks = scratchArray<BlockContent>(state.context.scratch, lines.length)
  const build: Builder = {state, region, blocks, blockCount: 0, open: undefined, turn: undefined, previous: undefined, fitted: 0, grown: [], grownBlock: -1, dialogue: undefined, turns: [], turnCount: 0}
  const classes = region === 0 ? state.story.classes : state.comments[region - 1].region.classes
  for (let index = 0; index < lines.length; index++) {
    const line = lines[index]
    const info = classes[index]
    if (info.kind === 'blank') {
      build.open = undefined
      build.turn = undefined
      continue
    }
    if (line.format?.whole) whole(build, line)
    else if (info.kind === 'note') note(build, line, info)
    else if (info.kind === 'cue' && state.cast.accepted[region][index] === 1) makeTurns(build, line, info, index)
    else if (build.open && !(info.kind === 'cue' && build.open.type === 'dialogue')) goOn(build, line)
    else narration(build, line)
    build.previous = lastLineOf(state, line)
    // Only the last block is ever added to: those before it are done.
    fitBlocks(build, build.blockCount - 1)
  }
  fitBlocks(build, build.blockCount)
  return blocks.slice(0, build.blockCount)
}

/**
 * Fit the arrays of the blocks before `end` to their length while they are young: fitted at the
 * end of the parse instead, each grown array would be copied by the collector on its way to the
 * old generation and left there as garbage.
 */
function fitBlocks(build: Builder, end: number): void {
  if (build.dialogue !== undefined && build.dialogue !== build.blocks[end]) closeDialogue(build)
  const start = build.fitted
  if (start >= end) return
  build.fitted = end
  if (!build.state.reading.fitted) {
    const withoutPositions = !build.state.context.positions
    for (let index = start; index < end; index++) compactChildren(build.blocks[index], withoutPositions)
    return
  }
  // Only the arrays grown here: all else came fitted from the reader's phrasing.
  if (build.grownBlock < end) fitGrown(build)
}

/** A block the format keeps whole (fenced code): a narration of its own. */
function whole(build: Builder, line: StoryLine): void {
  const children = build.state.reading.phrasing(line, line.contentStart, phrasingEndOf(line), phrasingOf.text)
  addBlock(build, {type: 'narration', children, position: {start: point(line, line.contentStart), end: endPoint(build.state, line)}})
  build.open = undefined
  build.turn = undefined
}

function note(build: Builder, line: StoryLine, info: NoteClass): void {
  const {state} = build
  const start = trimStart(state.value, info.labelEnd, line.contentEnd)
  const label = shared(state.context, info.label)
  const children = state.reading.phrasing(line, start, phrasingEndOf(line), phrasingOf.text)
  // Without positions, none to delete later: a deleted field leaves an object slow and large.
  const node: Note = state.context.positions
    ? {type: 'note', label, children, position: {start: point(line, line.contentStart), end: endPoint(state, line)}}
    : {type: 'note', label, children}
  addBlock(build, node)
  build.open = node
  build.turn = undefined
}

/** A plain line that goes on with the open block, after a line break. */
function goOn(build: Builder, line: StoryLine): void {
  const {state, open} = build
  const dialogue = open!.type === 'dialogue'
  const into: Array<PhrasingContent | Speaker> = dialogue ? build.turn!.children : open!.children
  growing(build, dialogue ? build.turn! : open!)
  into.push(state.context.positions ? lineBreak(build.previous!, line) : {type: 'break'})
  const lone = line.format?.loneEmphasis === true
  const options = dialogue ? (lone ? phrasingOf.speech : phrasingOf.speechLine) : lone ? phrasingOf.loneEmphasis : phrasingOf.text
  for (const node of state.reading.phrasing(line, line.contentStart, phrasingEndOf(line), options)) into.push(node)
  if (!open!.position) return
  const end = endPoint(state, line)
  open!.position.end = end
  if (dialogue) build.turn!.position!.end = {...end}
}

function narration(build: Builder, line: StoryLine): void {
  const {state} = build
  const options = line.format?.loneEmphasis === true ? phrasingOf.loneEmphasis : phrasingOf.text
  const children = state.reading.phrasing(line, line.contentStart, phrasingEndOf(line), options)
  const node: Narration = state.context.positions
    ? {type: 'narration', children, position: {start: point(line, line.contentStart), end: endPoint(state, line)}}
    : {type: 'narration', children}
  addBlock(build, node)
  build.open = node
  build.turn = undefined
}
