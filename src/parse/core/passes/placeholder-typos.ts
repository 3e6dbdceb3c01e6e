// Pass (diagnostics): warn about a placeholder written once that is one letter away from another one:
// most likely a typo that would leak through anonymization as a second person.
import {placeholderPlace, warn} from '../../context.js'
import {isDigit} from '../../chars.js'
import type {CoreState} from '../state.js'

/** Names longer than this are not compared (the deletion neighbourhood grows with the square). */
const maxComparedLength = 64
/**
 * Only the first this many distinct names (in order of appearance) are compared: the work is
 * linear in the names, but a text of 100,000 invented ones would cost seconds and bury the
 * reader in warnings. A real story has tens.
 */
export const maxComparedNames = 10_000

/** Up to this many comparisons (names written once × names), each name is compared directly, without an index. */
const maxDirect = 256
/** The candidates the index keeps per key. */
const maxPerKey = 4

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
  const closeTo = once * compared.length <= maxDirect ? (name: string) => closeDirect(name, compared) : indexed(compared)
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

/**
 * Two names within one edit share a key: the name itself or the name minus one character. The
 * index keeps the first `maxPerKey` names of each key; a name's match is the first of them, key
 * by key, that is one edit away.
 */
export function indexed(names: readonly string[]): (name: string) => string | undefined {
  const byKey = new Map<string, string[]>()
  for (const name of names) {
    for (const key of neighbourhood(name)) {
      const list = byKey.get(key)
      if (list) {
        if (list.length < maxPerKey) list.push(name)
      } else byKey.set(key, [name])
    }
  }
  return (name) => {
    for (const key of neighbourhood(name)) {
      const other = byKey.get(key)?.find((candidate) => candidate !== name && isOneEdit(name, candidate))
      if (other) return other
    }
    return undefined
  }
}

/** What `indexed` finds for `name`, found without the index: the same keys, candidates and order. */
export function closeDirect(name: string, names: readonly string[]): string | undefined {
  for (let deleted = -1; deleted < name.length; deleted++) {
    // The key: `name` itself (-1), or without the character at `deleted`.
    let kept = 0
    for (const candidate of names) {
      const times = keyCount(candidate, name, deleted)
      if (times === 0) continue
      if (candidate !== name && isOneEdit(name, candidate)) return candidate
      kept += times
      if (kept >= maxPerKey) break
    }
  }
  return undefined
}

/** How often the key (`name` without the character at `deleted`, or all of it) is in `candidate`'s neighbourhood. */
function keyCount(candidate: string, name: string, deleted: number): number {
  const keyLength = deleted < 0 ? name.length : name.length - 1
  const at = (index: number) => name.charCodeAt(deleted >= 0 && index >= deleted ? index + 1 : index)
  if (candidate.length === keyLength) {
    for (let index = 0; index < keyLength; index++) if (candidate.charCodeAt(index) !== at(index)) return 0
    return 1
  }
  if (candidate.length !== keyLength + 1) return 0
  // Deleting character i of the candidate gives the key when the key's first i characters and its
  // last `keyLength - i` are the candidate's: i runs from the end of their common suffix to their common prefix.
  let prefix = 0
  while (prefix < keyLength && candidate.charCodeAt(prefix) === at(prefix)) prefix++
  let suffix = 0
  while (suffix < keyLength && candidate.charCodeAt(candidate.length - 1 - suffix) === at(keyLength - 1 - suffix)) suffix++
  return Math.max(0, prefix - (keyLength - suffix) + 1)
}

function neighbourhood(name: string): string[] {
  const keys = [name]
  for (let index = 0; index < name.length; index++) keys.push(name.slice(0, index) + name.slice(index + 1))
  return keys
}

/**
 * One substitution, insertion or deletion apart, or two neighbours swapped (`$Jnaa`, `$Jana`:
 * they share a key, each without one of the two), of a character that makes a typo: not a digit
 * (`$Kunde1`, `$Kunde2` and `$Kunde` are numbered roles) nor the same letter in another case
 * (`$jenny` beside `$Jenny`, which `anonymize` takes for one person).
 */
function isOneEdit(a: string, b: string): boolean {
  if (Math.abs(a.length - b.length) > 1) return false
  let i = 0
  while (i < a.length && i < b.length && a.charCodeAt(i) === b.charCodeAt(i)) i++
  if (isDigit(a.charCodeAt(i)) || isDigit(b.charCodeAt(i))) return false
  if (a.length === b.length) {
    if (a.charAt(i).toLowerCase() === b.charAt(i).toLowerCase()) return false
    const swapped = a.charAt(i) === b.charAt(i + 1) && a.charAt(i + 1) === b.charAt(i)
    return a.slice(swapped ? i + 2 : i + 1) === b.slice(swapped ? i + 2 : i + 1)
  }
  return a.length > b.length ? a.slice(i + 1) === b.slice(i) : a.slice(i) === b.slice(i + 1)
}
