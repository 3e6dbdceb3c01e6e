// Replacements in a text as spans of it: which spans a place falls in, and the text with the
// spans replaced, built once, left to right.

export interface Span {
  start: number
  end: number
}

/** `[start, end)` of a text replaced by `value`. */
export interface Splice extends Span {
  value: string
}

/** Whether `[start, end)` overlaps one of `splices` (as they are now): sorted once, then a binary search. */
export function coverage(splices: readonly Span[]): (start: number, end: number) => boolean {
  const sorted = splices.slice().sort((a, b) => a.start - b.start)
  // The furthest end among the splices up to each: splices may nest.
  const reach: number[] = []
  for (const item of sorted) reach.push(Math.max(item.end, reach.length > 0 ? reach[reach.length - 1] : 0))
  return (start, end) => {
    // The last splice that starts before `end`.
    let low = 0
    let high = sorted.length
    while (low < high) {
      const middle = (low + high) >> 1
      if (sorted[middle].start < end) low = middle + 1
      else high = middle
    }
    return low > 0 && reach[low - 1] > start
  }
}

/** `source` with each splice's span replaced; a splice starting inside an earlier one is left out. */
export function splice(source: string, splices: Splice[]): string {
  splices.sort((a, b) => a.start - b.start)
  const parts: string[] = []
  let last = 0
  for (const {start, end, value} of splices) {
    if (start < last) continue
    parts.push(source.slice(last, start), value)
    last = end
  }
  parts.push(source.slice(last))
  return parts.join('')
}
