// Pass (cast): each cue's identity, and the identities that are speakers on their own: named by
// the caller's cast, a self label (`Ich`, `Me`), or a label that recurs.
import {identity, lowerLabel} from '../identity.js'
import {type CoreState, regionsOf} from '../state.js'
import {selfLabels} from '../words.js'

export function establishedSpeakers(state: CoreState): void {
  const value = state.value
  const {who, established} = state.cast
  const counts = new Map<string, number>()
  for (const region of regionsOf(state)) {
    const identities: (string | undefined)[] = []
    for (const line of region.classes) {
      if (line.kind !== 'cue') {
        identities.push(undefined)
        continue
      }
      const found = identity(value, line.cue, state.cast)
      identities.push(found.who)
      counts.set(found.who, (counts.get(found.who) ?? 0) + 1)
      if (found.known || selfLabels.has(lowerLabel(value, line.cue))) established.add(found.who)
    }
    who.push(identities)
  }
  for (const [identity, count] of counts) if (count >= 2) established.add(identity)
}
