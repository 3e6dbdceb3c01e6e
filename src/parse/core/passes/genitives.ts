// Pass: `$Verkäufers` beside `$Verkäufer` is the same name with a genitive ending.
import type {CoreState} from '../state.js'

export function genitives(state: CoreState): void {
  const placeholders = state.context.placeholders
  const names = new Set<string>()
  for (const placeholder of placeholders) names.add(placeholder.name)
  for (const placeholder of placeholders) {
    const {name} = placeholder
    if (name.length > 2 && name.endsWith('s') && names.has(name.slice(0, -1))) {
      placeholder.name = name.slice(0, -1)
      placeholder.suffix = 's'
    }
  }
}
