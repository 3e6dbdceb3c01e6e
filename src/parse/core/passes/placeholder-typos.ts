// Pass (diagnostics): warn about a placeholder written once that is one letter away from another one:
// most likely a typo that would leak through anonymization as a second person.
import {placeholderPlace, warn} from '../../context.js'
import type {CoreState} from '../state.js'

/** Names longer than this are not compared (the deletion neighbourhood grows with the square). */
const maxComparedLength = 64
/**
 * Only the first this many distinct names (in order of appearance) are compared: the work is
 * linear in the names, but a text of 100,000 invented ones would cost seconds and bury the
 * reader in warnings. A real story has tens.
 */
export const maxComparedNames = 10_000

export function placeholderTypos(state: CoreState): void {
  const {context} = state
  const placeholders = context.placeholders
  const counts = new Map<string, number>()
  for (const placeholder of placeholders) counts.set(placeholder.name, (counts.get(placeholder.name) ?? 0) + 1)

  // Two names within one edit share a key: the name itself or the name minus one character.
  const byKey = new Map<string, string[]>()
  const compared = new Set<string>()
  for (const name of counts.keys()) {
    if (compared.size >= maxComparedNames) break
    if (name.length > maxComparedLength) continue
    compared.add(name)
    for (const key of neighbourhood(name)) {
      const list = byKey.get(key)
      if (list) {
        if (list.length < 4) list.push(name)
      } else byKey.set(key, [name])
    }
  }

  for (const placeholder of placeholders) {
    const {name} = placeholder
    if (counts.get(name) !== 1 || !compared.has(name)) continue
    let other: string | undefined
    for (const key of neighbourhood(name)) {
      other = byKey.get(key)?.find((candidate) => candidate !== name && isOneEdit(name, candidate))
      if (other) break
    }
    if (!other) continue
    warn(
      context,
      'Placeholder `$' + name + '` is written once and is one letter away from `$' + other + '`: a typo?',
      'placeholder-typo',
      placeholderPlace(context, placeholder)
    )
  }
}

function neighbourhood(name: string): string[] {
  const keys = [name]
  for (let index = 0; index < name.length; index++) keys.push(name.slice(0, index) + name.slice(index + 1))
  return keys
}

/** One substitution, insertion or deletion apart. */
function isOneEdit(a: string, b: string): boolean {
  if (Math.abs(a.length - b.length) > 1) return false
  let i = 0
  while (i < a.length && i < b.length && a.charCodeAt(i) === b.charCodeAt(i)) i++
  if (a.length === b.length) return a.slice(i + 1) === b.slice(i + 1)
  return a.length > b.length ? a.slice(i + 1) === b.slice(i) : a.slice(i) === b.slice(i + 1)
}
