// Pass (cast): the caller's cast (`{verkaeufer: ['Kollege', 'Verkäufer']}`: every label to its id),
// then the abbreviations labels introduce in brackets (`Systemadministrator (SA):` … `SA:`),
// which name the same speaker.
import {slug} from '../../slug.js'
import {identity} from '../identity.js'
import {type CoreState, regionsOf} from '../state.js'

export function collectAliases(state: CoreState): void {
  const {ids, aliases} = state.cast
  const cast = state.options.cast
  if (cast) {
    for (const id of Object.keys(cast)) {
      ids.set(slug(id), id)
      const labels = cast[id]
      if (Array.isArray(labels)) for (const label of labels) if (typeof label === 'string') ids.set(slug(label), id)
    }
  }
  const value = state.value
  for (const region of regionsOf(state)) {
    // Indexed: a loop over every line of a parse must not allocate an iterator result per line.
    for (let index = 0; index < region.classes.length; index++) {
      const line = region.classes[index]
      if (line.kind !== 'cue' || !line.cue.alias) continue
      aliases.set(slug(value.slice(line.cue.alias.start, line.cue.alias.end)), identity(value, line.cue, state.cast))
    }
  }
}
