// A URL as a reader sees it: percent-encoded characters decoded (`%24Qwertz` is `$Qwertz`,
// `M%C3%BCller` is `Müller`), with where each decoded character was in the URL, so that a name
// found in the decoded form is replaced in the URL as written.
import {type Decoded, decodeWith} from '../parse/decoded.js'

export function decodeUrl(url: string): Decoded {
  return decodeWith(url, 0, url.length, percentEscape)
}

/** One `%XX` escape, or the `%XX` groups of one UTF-8 character. */
export function percentEscape(url: string, index: number): {text: string; end: number} | undefined {
  const bytes = url.charCodeAt(index) === 37 ? sequenceLength(url, index) : 0
  if (bytes === 0) return undefined
  try {
    return {text: decodeURIComponent(url.slice(index, index + 3 * bytes)), end: index + 3 * bytes}
  } catch {
    return undefined
  }
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

/**
 * A replacement as a URL holds it: percent-encoded as UTF-8 (`Frau Müller` → `Frau%20M%C3%BCller`),
 * as a browser sends it. Written as it is, a space would end a Markdown link's destination and
 * leave an invalid URL in an `href`. A lone surrogate (no character) becomes U+FFFD.
 */
export function urlEncoded(value: string): string {
  try {
    return encodeURIComponent(value)
  } catch {
    let whole = ''
    for (const char of value) whole += char.length === 1 && char.charCodeAt(0) >= 0xd800 && char.charCodeAt(0) <= 0xdfff ? '\uFFFD' : char
    return encodeURIComponent(whole)
  }
}

/** A URL's start (`https://`, `www.`) after white space or an opening mark, then URL characters to the end. */
const urlTail = /(?:^|[\s<>"'(\[])(?:[a-z][a-z\d+.-]*:\/\/|www\.)[^\s<>"'()[\]]*$/i

/** How far back a URL is looked for: no address is longer. */
export const maxUrlLength = 2048

/**
 * Whether `text` up to `end` ends inside a URL written out (`Mein Blog: https://blog.example/`):
 * a name that follows is part of the address, and its replacement is written as a URL holds it.
 */
export function endsInUrl(text: string, end: number): boolean {
  return urlTail.test(text.slice(Math.max(0, end - maxUrlLength), end))
}
