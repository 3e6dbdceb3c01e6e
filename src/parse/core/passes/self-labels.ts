// Pass (cast): the writer is one person however they name themself (`Me:`, `I:`, `Ich:`): every
// self label of a locale has the identity of that locale's first one (`me`, `ich`).
import {slug} from '../../slug.js'
import {type CoreState, regionsOf} from '../state.js'
import {selfIdentities} from '../words.js'

export function selfLabels(state: CoreState): void {
  const {ids, aliases} = state.cast
  const value = state.value
  for (const region of regionsOf(state)) {
    for (let index = 0; index < region.classes.length; index++) {
      const line = region.classes[index]
      if (line.kind !== 'cue') continue
      const label = value.slice(line.cue.labelStart, line.cue.labelEnd)
      const primary = selfIdentities.get(label.toLowerCase())
      const key = slug(label)
      if (primary === undefined || key === primary || ids.has(key)) continue
      aliases.set(key, ids.get(primary) ?? primary)
    }
  }
}
