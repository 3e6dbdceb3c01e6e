// A speaker's identity from a label: `Anderer Chef` → `anderer-chef`, `mrs. Caller` → `mrs-caller`.

const foldings: Record<string, string> = {ä: 'ae', ö: 'oe', ü: 'ue', ß: 'ss'}
const germanRe = /[äöüß]/g
const markRe = /\p{M}/gu
const nonWordRe = /[^\p{L}\p{N}]+/gu

/** Slugs already made: a story names its few speakers again and again. Cleared when full. */
const made = new Map<string, string>()
const maxMade = 4096

export function slug(label: string): string {
  let result = made.get(label)
  if (result === undefined) {
    if (made.size >= maxMade) made.clear()
    result = makeSlug(label)
    made.set(label, result)
  }
  return result
}

function makeSlug(label: string): string {
  const folded = label
    .normalize('NFC')
    .toLowerCase()
    .replace(germanRe, (char) => foldings[char])
    .normalize('NFKD')
    .replace(markRe, '')
    .replace(nonWordRe, '-')
  let start = 0
  let end = folded.length
  while (start < end && folded.charCodeAt(start) === 45) start++
  while (end > start && folded.charCodeAt(end - 1) === 45) end--
  return start < end ? folded.slice(start, end) : 'speaker'
}
