// Pass (cast): in a story with speakers, a role (`Kundin`, `Der Azubi`, `Elderly customer`,
// `Kunde II`) or a pronoun (`Sie`, `She`) from the locale word lists is a speaker on its own,
// except in a paragraph that holds a field of a list or form (a ticket: `Kunde: Firma Schulz`
// beside `Problem: …`).
import {labelFacts} from '../identity.js'
import {type CoreState, type Region, regionsOf, whoOf} from '../state.js'

export function roleSpeakers(state: CoreState): void {
  const {established, fields} = state.cast
  if (established.size === 0) return
  for (const region of regionsOf(state)) {
    const withFields = paragraphsWithFields(region, fields)
    for (let index = 0; index < region.classes.length; index++) {
      const line = region.classes[index]
      if (line.kind !== 'cue') continue
      const key = line.who
      if (key === undefined || established.has(key) || fields.has(key) || withFields[index] === 1) continue
      if (labelFacts(state.value, line.cue, state.cast).person) established.add(key)
    }
  }
}

/** For each line, 1 where its paragraph (lines between blank ones) holds a field's cue (bytes: see `Cast.accepted`). */
function paragraphsWithFields(region: Region, fields: Set<string>): Uint8Array {
  const {classes} = region
  const flags = new Uint8Array(classes.length)
  let start = 0
  let found = false
  for (let index = 0; index <= classes.length; index++) {
    if (index === classes.length || classes[index].kind === 'blank') {
      if (found) flags.fill(1, start, index)
      start = index + 1
      found = false
    } else {
      const who = whoOf(classes[index])
      if (who !== undefined && fields.has(who)) found = true
    }
  }
  return flags
}
