// Pass (diagnostics): warn about a placeholder written once that is one letter away from another one:
// most likely a typo that would leak through anonymization as a second person.
import {placeholderPlace, warn} from '../../context.js'
import {maxComparedLength, oneEditAway} from '../../../one-edit.js'
import type {CoreState} from '../state.js'

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

  const compared: string[] = []
  let once = 0
  for (const [name, count] of counts) {
    if (compared.length >= maxComparedNames) break
    if (name.length > maxComparedLength) continue
    compared.push(name)
    if (count === 1) once++
  }
  if (once === 0) return
  // A story has a few names: comparing them directly is cheaper than building the index.
  const closeTo = oneEditAway(compared, once)
  const isCompared = new Set(compared)

  for (const placeholder of placeholders) {
    const {name} = placeholder
    if (counts.get(name) !== 1 || !isCompared.has(name)) continue
    const other = closeTo(name)
    if (!other) continue
    warn(
      context,
      'Placeholder `$' + name + '` is written once and is one letter away from `$' + other + '`: a typo?',
      'placeholder-typo',
      placeholderPlace(context, placeholder)
    )
  }
}
