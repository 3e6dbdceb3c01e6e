// A URL as a reader sees it: percent-encoded characters decoded (`%24Qwertz` is `$Qwertz`,
// `M%C3%BCller` is `Müller`), with where each decoded character was in the URL, so that a name
// found in the decoded form is replaced in the URL as written.

export interface Decoded {
  value: string
  /** For each code unit of `value`, where its character starts in the URL. */
  starts: number[]
  /** And where it ends. */
  ends: number[]
}

export function decodeUrl(url: string): Decoded {
  let value = ''
  const starts: number[] = []
  const ends: number[] = []
  let index = 0
  while (index < url.length) {
    const bytes = url.charCodeAt(index) === 37 ? sequenceLength(url, index) : 0
    let piece: string | undefined
    if (bytes > 0) {
      try {
        piece = decodeURIComponent(url.slice(index, index + 3 * bytes))
      } catch {
        piece = undefined
      }
    }
    const end = piece === undefined ? index + 1 : index + 3 * bytes
    if (piece === undefined) piece = url.charAt(index)
    for (let at = 0; at < piece.length; at++) {
      starts.push(index)
      ends.push(end)
    }
    value += piece
    index = end
  }
  return {value, starts, ends}
}

/** How many `%XX` groups at `index` make one UTF-8 character (0: not an escape). */
function sequenceLength(url: string, index: number): number {
  const lead = hexByte(url, index)
  if (lead < 0) return 0
  const length = lead < 0x80 ? 1 : lead >= 0xf0 ? 4 : lead >= 0xe0 ? 3 : lead >= 0xc0 ? 2 : 1
  for (let group = 1; group < length; group++) if (url.charCodeAt(index + 3 * group) !== 37 || hexByte(url, index + 3 * group) < 0) return 1
  return length
}

function hexByte(url: string, index: number): number {
  const text = url.slice(index + 1, index + 3)
  return /^[\da-f]{2}$/i.test(text) ? Number.parseInt(text, 16) : -1
}
