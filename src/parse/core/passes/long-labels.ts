// Pass (cast): a long descriptive label at first (`Man in a very expensive suit:`), then its last
// word alone (`Suit:`): the same speaker, when that word named no speaker before the long label.
import {isInlineSpace} from '../../grammar.js'
import {slug} from '../../slug.js'
import {identity} from '../identity.js'
import {type CoreState, maxOneOffWords, regionsOf} from '../state.js'

export function longLabels(state: CoreState): void {
  const value = state.value
  const aliases = state.cast.aliases
  const seen = new Set<string>()
  const heads = new Map<string, string>()
  for (const region of regionsOf(state)) {
    for (let index = 0; index < region.classes.length; index++) {
      const line = region.classes[index]
      if (line.kind !== 'cue') continue
      const key = identity(value, line.cue, state.cast)
      const long = heads.get(key)
      if (long !== undefined && line.cue.words === 1) {
        aliases.set(key, long)
        continue
      }
      if (line.cue.words > maxOneOffWords) {
        const head = slug(lastWord(value, line.cue.labelStart, line.cue.labelEnd))
        if (!seen.has(head) && !heads.has(head)) heads.set(head, key)
      }
      seen.add(key)
    }
  }
}

function lastWord(value: string, start: number, end: number): string {
  let at = end
  while (at > start && !isInlineSpace(value.charCodeAt(at - 1))) at--
  return value.slice(at, end)
}
