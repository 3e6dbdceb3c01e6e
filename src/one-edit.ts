// Names one edit apart, as a typo makes them (`$Jnaa` beside `$Jana`): the parser warns of a
// placeholder written once that is close to another (placeholder-typos.ts), `anonymize` with a map
// of a map name that no placeholder took and that is close to one (anonymize/plan.ts).
import {isDigit} from './parse/chars.js'

/** Names longer than this are not compared (the deletion neighbourhood grows with the square). */
export const maxComparedLength = 64
/** Up to this many comparisons (names asked × names), each name is compared directly, without an index. */
const maxDirect = 256
/** The candidates the index keeps per key. */
const maxPerKey = 4

/**
 * A lookup of the name of `names` one edit away from a name, for `asked` names to come: a
 * direct comparison for a few, an index of `names` for more (the same answers). Names longer
 * than `maxComparedLength` are neither found nor looked up.
 */
export function oneEditAway(names: readonly string[], asked: number): (name: string) => string | undefined {
  const compared = names.filter((name) => name.length <= maxComparedLength)
  const closeTo = asked * compared.length <= maxDirect ? (name: string) => closeDirect(name, compared) : indexed(compared)
  return (name) => (name.length > maxComparedLength ? undefined : closeTo(name))
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
