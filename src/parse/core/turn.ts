// A turn from an accepted cue: the speaker (the label as written), the directions before the
// colon, the speech; then the turns run on after it on the same line, each up to the next cue.
import type {Position} from 'unist'
import type {Dialogue, PhrasingContent, Speaker, Turn} from '../../types.js'
import {place, shared, span} from '../context.js'
import {trimEnd} from '../grammar.js'
import {phrasingEndOf, phrasingOf, type StoryLine} from '../reader.js'
import {addBlock, type Builder, closeDialogue} from './builder.js'
import {endPoint} from './points.js'
import {type Cue, directionContent} from './cue.js'
import type {CueClass} from './state.js'

export function makeTurns(build: Builder, line: StoryLine, info: CueClass, index: number): void {
  const {state} = build
  let dialogue = build.open?.type === 'dialogue' ? (build.open as Dialogue) : undefined
  if (!dialogue) {
    closeDialogue(build)
    // Its children are set when it closes (`closeDialogue`): until then its turns gather in `build.turns`.
    dialogue = state.context.positions ? {type: 'dialogue', children: [], position: span(line, line.contentStart, line.contentEnd)} : {type: 'dialogue', children: []}
    addBlock(build, dialogue)
    build.open = dialogue
    build.dialogue = dialogue
  }
  // The format's bold around the label is the speaker's markup (the HTML reader lays no `strong` over it).
  if (info.marked) line.format!.leadingBold!.taken = true
  const runOn = state.cast.runOn[build.region].get(index)
  const count = runOn ? runOn.length + 1 : 1
  for (let at = 0; at < count; at++) {
    const cue = at === 0 ? info.cue : runOn![at - 1].cue
    const who = at === 0 ? info.who! : runOn![at - 1].who
    const following = runOn && at < runOn.length ? runOn[at].cue : undefined
    const speechEnd = following ? trimEnd(state.value, cue.speech, following.labelStart) : phrasingEndOf(line)
    build.turn = makeTurn(build, line, cue, who, speechEnd, at === 0 && info.marked)
    build.turns[build.turnCount++] = build.turn
  }
  if (dialogue.position) dialogue.position.end = endPoint(state, line)
}

function makeTurn(build: Builder, line: StoryLine, cue: Cue, who: string, speechEnd: number, marked: boolean): Turn {
  const {state} = build
  const {reading, value} = state
  const positions = state.context.positions
  // One object literal per shape, so nodes with positions keep the shape they had without the option.
  const label = reading.phrasing(line, cue.labelStart, cue.labelEnd, phrasingOf.text)
  const speaker: Speaker = positions ? {type: 'speaker', children: label, position: span(line, cue.labelStart, cue.labelEnd)} : {type: 'speaker', children: label}
  // Most turns are a speaker and speech without directions: the reader's array starts with the
  // speaker, made once. The directions are read before the speech, in text order.
  let children: Turn['children']
  // The speech's last node, if any: the turn's position reaches to its end.
  let last: PhrasingContent | undefined
  if (cue.directions.length === 0) {
    children = reading.phrasing(line, cue.speech, speechEnd, phrasingOf.speech, speaker)
    if (children.length > 1) last = children[children.length - 1] as PhrasingContent
  } else {
    children = [speaker]
    for (const direction of cue.directions) {
      const {marker} = direction
      const content = directionContent(value, direction)
      const inner = reading.phrasing(line, content.start, content.end, phrasingOf.direction)
      children.push(positions ? {type: 'direction', marker, cue: true, children: inner, position: span(line, direction.start, direction.end)} : {type: 'direction', marker, cue: true, children: inner})
    }
    const speech = reading.phrasing(line, cue.speech, speechEnd, phrasingOf.speech)
    children = children.concat(speech) as Turn['children']
    last = speech[speech.length - 1]
  }

  const separator = value.charAt(cue.separator)
  // The bullet in the literal, not added after: a hidden class V8 makes by adding a field dies
  // with the last tree that has it, and with it the optimized code of every pass that met it.
  if (cue.bullet) {
    const bullet = shared(state.context, reading.text(line, cue.bullet.start, cue.bullet.end))
    return positions
      ? {type: 'turn', who, separator, children, position: turnPosition(build, line, cue, speechEnd, last, marked), bullet}
      : {type: 'turn', who, separator, children, bullet}
  }
  return positions
    ? {type: 'turn', who, separator, children, position: turnPosition(build, line, cue, speechEnd, last, marked)}
    : {type: 'turn', who, separator, children}
}

/** From the bullet, the bold or the label to the end of the speech (or of what closes it). */
function turnPosition(build: Builder, line: StoryLine, cue: Cue, speechEnd: number, last: PhrasingContent | undefined, marked: boolean): Position {
  const bold = marked ? line.format?.leadingBold : undefined
  const start = cue.bullet ? cue.bullet.start : bold ? bold.start : cue.labelStart
  let end = Math.max(speechEnd, cue.separator + 1, bold ? bold.end : 0)
  if (last?.position) end = Math.max(end, last.position.end.offset!)
  return end <= line.end ? span(line, start, end) : place(build.state.reading.source, start, end)
}
