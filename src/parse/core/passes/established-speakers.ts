// Pass (cast): each cue's identity, and the identities that are speakers on their own: named by
// the caller's cast, a self label (`Ich`, `Me`), or a label that recurs. A field of a list or
// form (`Problem:`, `Schritt 1:`) is no speaker however often it recurs, unless the cast names it.
import {identityOf, labelFacts} from '../identity.js'
import {type CoreState, regionsOf} from '../state.js'

export function establishedSpeakers(state: CoreState): void {
  const value = state.value
  const {established} = state.cast
  const counts = new Map<string, number>()
  for (const region of regionsOf(state)) {
    // An indexed loop: `for…of` made an iterator result per line until the loop was optimized.
    const {classes} = region
    for (let index = 0; index < classes.length; index++) {
      const line = classes[index]
      if (line.kind !== 'cue') continue
      const facts = labelFacts(value, line.cue, state.cast)
      const who = identityOf(facts, state.cast)
      const known = state.cast.ids.has(facts.key)
      line.who = who
      if (!known && (facts.field || facts.leadIn)) {
        state.cast.fields.add(who)
        continue
      }
      counts.set(who, (counts.get(who) ?? 0) + 1)
      if (known || facts.selfIdentity !== undefined) established.add(who)
    }
  }
  for (const [identity, count] of counts) if (count >= 2) established.add(identity)
}
