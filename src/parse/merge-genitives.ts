// `$Verkäufers` beside `$Verkäufer`: the same name with a genitive ending.
import type {Placeholder} from '../types.js'

export function mergeGenitives(placeholders: readonly Placeholder[]): void {
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
