// Pass: `$Verkäufers` beside `$Verkäufer` is the same name with a genitive ending, and so is
// `$Krankenhauses` beside `$Krankenhaus` (`genitiveSuffix`). (`$Hans'` is read with its apostrophe.)
import {genitiveSuffix} from '../../grammar.js'
import type {CoreState} from '../state.js'

export function genitives(state: CoreState): void {
  const placeholders = state.context.placeholders
  const names = new Set<string>()
  for (const placeholder of placeholders) names.add(placeholder.name)
  const isName = (name: string) => names.has(name)
  for (const placeholder of placeholders) {
    // A genitive apostrophe (`$Hans'`) was read with the placeholder.
    if (placeholder.suffix) continue
    const suffix = genitiveSuffix(placeholder.name, isName)
    if (suffix) {
      placeholder.name = placeholder.name.slice(0, -suffix.length)
      placeholder.suffix = suffix
    }
  }
}
