// Pass (cast): in a story with speakers, a role (`Kundin`, `Der Azubi`, `Elderly customer`,
// `Kunde II`) or a pronoun (`Sie`, `She`) from the locale word lists is a speaker on its own,
// except in a paragraph that holds a field of a list or form (a ticket: `Kunde: Firma Schulz`
// beside `Problem: …`).
import {labelFacts} from '../identity.js'
import {type CoreState, paragraphsWith, type Region, regionsOf} from '../state.js'

export function roleSpeakers(state: CoreState): void {
  const {established, fields} = state.cast
  if (established.size === 0) return
  for (const region of regionsOf(state)) {
    const withFields = paragraphsWithFields(state, region)
    for (let index = 0; index < region.classes.length; index++) {
      const line = region.classes[index]
      if (line.kind !== 'cue') continue
      const key = line.who
      if (key === undefined || established.has(key) || fields.has(key) || withFields[index] === 1) continue
      if (labelFacts(state.value, line.cue, state.cast).person) established.add(key)
    }
  }
}

/** For each line, 1 where its paragraph holds a field's cue (not a lead-in's, `Kurzum:`, which tells of no form). */
function paragraphsWithFields(state: CoreState, region: Region): Uint8Array {
  const {classes} = region
  return paragraphsWith(classes, (index) => {
    const line = classes[index]
    return line.kind === 'cue' && line.who !== undefined && state.cast.fields.has(line.who) && !labelFacts(state.value, line.cue, state.cast).leadIn
  })
}
