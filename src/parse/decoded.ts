// A string decoded from its source (Markdown's escapes and references, a URL's percent escapes),
// with where each decoded code unit stands in the source, so that positions and replacements
// still point into what was written.

export interface Decoded {
  value: string
  /** For each code unit of `value`, where its character starts in the source. */
  starts: number[]
  /** And where it ends. */
  ends: number[]
}

/** What one step decodes at `index`: its text and where the next step starts; `undefined` keeps the character as written. */
export type DecodeStep = (source: string, index: number, to: number) => {text: string; end: number} | undefined

/** Decode `[from, to)` of `source` one step at a time, in one pass. */
export function decodeWith(source: string, from: number, to: number, step: DecodeStep): Decoded {
  let value = ''
  const starts: number[] = []
  const ends: number[] = []
  let index = from
  while (index < to) {
    const decoded = step(source, index, to)
    const piece = decoded ? decoded.text : source.charAt(index)
    const end = decoded ? decoded.end : index + 1
    for (let at = 0; at < piece.length; at++) {
      starts.push(index)
      ends.push(end)
    }
    value += piece
    index = end
  }
  return {value, starts, ends}
}
