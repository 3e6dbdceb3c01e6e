// Pass (cast): the writer is one person however they name themself (`Me:`, `I:`, `Ich:`): every
// self label of a locale has the identity of that locale's first one (`me`, `ich`).
import {labelFacts} from '../identity.js'
import {type CoreState, regionsOf} from '../state.js'

export function selfLabels(state: CoreState): void {
  const {ids, aliases} = state.cast
  const value = state.value
  for (const region of regionsOf(state)) {
    for (let index = 0; index < region.classes.length; index++) {
      const line = region.classes[index]
      if (line.kind !== 'cue') continue
      // The label's facts, read once per label: most cues are no self label. A self label holds
      // no abbreviation in brackets, so its key is the slug of the label as written.
      const facts = labelFacts(value, line.cue, state.cast)
      const primary = facts.selfIdentity
      if (primary === undefined) continue
      if (facts.key === primary || ids.has(facts.key)) continue
      aliases.set(facts.key, ids.get(primary) ?? primary)
    }
  }
}
