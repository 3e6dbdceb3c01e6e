// A turn: `[bullet ]Label[ (direction)]: speech`. Directions that stood between the label and the
// colon (`Kunde (leise): …`) go back there when that reads the same; otherwise after the colon.
import type {Direction, Turn} from '../../../types.js'
import {directionsInCue} from '../../cue-directions.js'
import type {TextState} from '../index.js'

export function turn(state: TextState, node: Turn): string {
  const [speaker, ...speech] = node.children
  const label = speaker ? state.one(speaker, node) : ''
  const from = directionsInCue(node, label)
  let cue = label
  for (let index = 0; index < from; index++) cue += ((speech[index] as Direction).marker === 'comma' ? '' : ' ') + state.one(speech[index], node)
  cue = (node.bullet ? node.bullet + ' ' : '') + cue + (node.separator || ':')
  let rest = ''
  for (let index = from; index < speech.length; index++) rest += state.one(speech[index], node)
  return rest.length === 0 || rest.charCodeAt(0) === 10 ? cue + rest : cue + ' ' + rest
}
