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

/** How far back a URL is looked for: no address is longer. */
const maxUrlLength = 2048

/** A URL's start: a scheme and `//` (`https://`), or `www.`, after an opening parenthesis too. */
const urlStart = /^\(?(?:[a-z][a-z\d+.-]*:\/\/|www\.)/i

/**
 * What ends the characters a URL written out holds: white space, quotes, angle and square
 * brackets. Not parentheses, which an address may hold (`https://de.wikipedia.org/wiki/Foo_(Bar)`).
 */
const urlStops = /[\s<>"'[\]]/g

/**
 * Whether `text` up to `end` ends inside a URL written out (`Mein Blog: https://blog.example/`):
 * a name that follows is part of the address, and its replacement is written as a URL holds it.
 * The URL is what follows the last of `urlStops`, or the start of the text: it starts with
 * `urlStart`, and it is at most `maxUrlLength` long.
 */
export function endsInUrl(text: string, end: number): boolean {
  // Within the longest address and one character before it: the search for a stop ends at `end`.
  const from = Math.max(0, end - maxUrlLength - 1)
  return urlEnds(text.slice(from, end))(end - from)
}

/**
 * `endsInUrl` for many ends in one text: asked in ascending order, it reads each character once
 * (a text of many names, `$A $B $C …`, in one pass); out of order, as `endsInUrl`.
 */
export function urlEnds(text: string): (end: number) => boolean {
  // Every stop before `scanned` is known, the last of them ends before `tail`; `next` is the first
  // stop from `scanned` on (`text.length`: none), once looked for: each search goes on from there.
  let scanned = 0
  let tail = 0
  let next = -1
  return (end) => {
    if (end < scanned) return endsInUrl(text, end)
    for (;;) {
      if (next < scanned) {
        urlStops.lastIndex = scanned
        next = urlStops.exec(text)?.index ?? text.length
      }
      if (next >= end) break
      tail = scanned = next + 1
    }
    scanned = end
    return end - tail <= maxUrlLength && urlStart.test(text.slice(tail, end))
  }
}
