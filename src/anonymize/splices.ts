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

/**
 * A splice of HTML source split around the markup inside it (`$An<a href="x">na</a>`, a name a
 * tag cuts): its value goes where its first text is, its other text goes, and the tags and
 * comments stay as written, so the markup is whole and what is in it is read like any other.
 */
export function aroundMarkup(source: string, item: Splice): Splice[] {
  let open = source.indexOf('<', item.start)
  if (open < 0 || open >= item.end) return [item]
  const pieces: Splice[] = []
  let text = item.start
  while (open >= 0 && open < item.end) {
    if (open > text) pieces.push({start: text, end: open, value: ''})
    text = Math.min(item.end, markupEnd(source, open))
    open = source.indexOf('<', text)
  }
  if (item.end > text) pieces.push({start: text, end: item.end, value: ''})
  if (pieces.length === 0) return [item]
  pieces[0]!.value = item.value
  return pieces
}

/** The end of the tag or comment opened at `open`: past its `>` (not one in a quoted attribute value), or the source's end. */
function markupEnd(source: string, open: number): number {
  if (source.startsWith('<!--', open)) {
    const close = source.indexOf('-->', open + 4)
    return close < 0 ? source.length : close + 3
  }
  let quote = 0
  // The last character that is no white space: a quote opens a value only after `=`.
  let last = 0
  for (let index = open + 1; index < source.length; index++) {
    const code = source.charCodeAt(index)
    if (quote !== 0) {
      if (code === quote) quote = 0
    } else if ((code === 34 || code === 39) && last === 61) quote = code
    else if (code === 62) return index + 1
    if (code > 32) last = code
  }
  return source.length
}
