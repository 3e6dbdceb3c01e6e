// Pass (cast): in a story with speakers, a role (`Kundin`, `Der Azubi`, `Elderly customer`,
// `Kunde II`) or a pronoun (`Sie`, `She`) from the locale word lists is a speaker on its own,
// except in a paragraph that holds a field of a list or form (a ticket: `Kunde: Firma Schulz`
// beside `Problem: …`).
import {labelFacts} from '../identity.js'
import {type CoreState, type Region, regionsOf} from '../state.js'

export function roleSpeakers(state: CoreState): void {
  const {who, established, fields} = state.cast
  if (established.size === 0) return
  regionsOf(state).forEach((region, regionIndex) => {
    const identities = who[regionIndex]
    const withFields = paragraphsWithFields(region, identities, fields)
    for (let index = 0; index < region.classes.length; index++) {
      const line = region.classes[index]
      const key = identities[index]
      if (line.kind !== 'cue' || key === undefined || established.has(key) || fields.has(key) || withFields[index]) continue
      if (labelFacts(state.value, line.cue, state.cast).person) established.add(key)
    }
  })
}

/** For each line, whether its paragraph (lines between blank ones) holds a field's cue. */
function paragraphsWithFields(region: Region, identities: (string | undefined)[], fields: Set<string>): boolean[] {
  const flags = new Array<boolean>(region.classes.length).fill(false)
  let start = 0
  let found = false
  for (let index = 0; index <= region.classes.length; index++) {
    if (index === region.classes.length || region.classes[index].kind === 'blank') {
      if (found) flags.fill(true, start, index)
      start = index + 1
      found = false
    } else if (identities[index] !== undefined && fields.has(identities[index]!)) found = true
  }
  return flags
}
