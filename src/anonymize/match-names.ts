// Find real names in text: whole words, any case, composed or decomposed umlauts, with the
// German genitive `s` (`Müllers`); the English `'s` after a match is left as text.
// One regular expression of literal alternatives: no nested quantifiers, so no bad backtracking.

export interface NameMatch {
  start: number
  end: number
  /** The real name as the caller listed it. */
  real: string
  /** The inflection written after it (`s`), if any. */
  suffix: string | undefined
}

export interface NameMatcher {
  find: (text: string) => NameMatch[]
}

const wordBefore = '(?<![\\p{L}\\p{M}\\p{N}_$])'
const wordAfter = '(?![\\p{L}\\p{M}\\p{N}_])'

export function nameMatcher(names: readonly string[]): NameMatcher | undefined {
  const byKey = new Map<string, string>()
  for (const name of names) {
    if (typeof name !== 'string') continue
    const trimmed = name.trim()
    if (trimmed.length > 0) byKey.set(key(trimmed), trimmed)
  }
  if (byKey.size === 0) return undefined
  const re = new RegExp(namesPattern([...byKey.values()]), 'giu')

  return {
    find(text) {
      const found: NameMatch[] = []
      re.lastIndex = 0
      let match: RegExpExecArray | null
      while ((match = re.exec(text))) {
        const real = byKey.get(key(match[1]))
        if (real === undefined) continue
        found.push({start: match.index, end: match.index + match[0].length, real, suffix: match[2] || undefined})
      }
      return found
    }
  }
}

/** The source of the matcher's expression (flags `giu`); exported for the ReDoS audit. */
export function namesPattern(names: readonly string[]): string {
  const alternatives = new Set<string>()
  for (const real of [...names].sort((a, b) => b.length - a.length)) {
    for (const form of [real.normalize('NFC'), real.normalize('NFD')]) {
      alternatives.add(form.split(/\s+/).map(escape).join('[^\\S\\r\\n\\u2028\\u2029]+'))
    }
  }
  // Longest first: `Meier GmbH` before `Meier`.
  const sorted = [...alternatives].sort((a, b) => b.length - a.length)
  return wordBefore + '(' + sorted.join('|') + ')(s?)' + wordAfter
}

function key(value: string): string {
  return value.normalize('NFC').toLowerCase().replace(/\s+/g, ' ')
}

function escape(value: string): string {
  return value.replace(/[\\^$.*+?()[\]{}|/]/g, '\\$&')
}

/** A placeholder name for a real name: letters, digits and `_`, starting with a letter. */
export function placeholderName(value: string): string {
  const underscored = value
    .normalize('NFC')
    .replace(/^\$/, '')
    .replace(/[^\p{L}\p{M}\p{N}]+/gu, '_')
  // Underscores off both ends by hand: the ReDoS audit flags `/_+$/` (quadratic on a run of `_`).
  let start = 0
  let end = underscored.length
  while (start < end && underscored.charCodeAt(start) === 95) start++
  while (end > start && underscored.charCodeAt(end - 1) === 95) end--
  const name = underscored.slice(start, end)
  if (name.length === 0) return 'Name'
  return /^\p{L}/u.test(name) ? name : 'Name_' + name
}
