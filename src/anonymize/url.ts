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

/** The byte the two hex digits after `index` write (`%24` at `index`: 36), or -1. */
export function hexByte(url: string, index: number): number {
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

/**
 * A replacement as a URL holds it where it stands (see `inHost`): in the host, a name of letters,
 * digits and hyphens (`Person A` → `Person-A`), since a host holds no percent-encoded character
 * (`https://Person%20A.example/` is no address); elsewhere percent-encoded (`urlEncoded`).
 */
export function urlForm(url: string, start: number, value: string): string {
  return inHost(url, start) ? hostForm(value) : afterPercent(url, start, urlEncoded(value))
}

/**
 * An encoded replacement that makes no escape with a `%` the URL writes right before it
 * (`%\24Qwertz`, `%$Qwertz`: `%` and `Bea` would read `%BE` and `a`, `%4` and `Bea` `%4B`): its first
 * character is percent-encoded then (`%%42ea`), so that the author's `%` stays and the name reads `Bea`.
 */
function afterPercent(url: string, start: number, encoded: string): string {
  const before = url.slice(Math.max(0, start - 2), start)
  const glued = before + encoded.slice(0, 2)
  for (let at = 0; at < before.length; at++) {
    // Only an escape that the replacement completes: before it, none stood across `start`.
    if (glued.charCodeAt(at) === 37 && hexByte(glued, at) >= 0) return '%' + encoded.charCodeAt(0).toString(16).toUpperCase() + encoded.slice(1)
  }
  return encoded
}

/** `value` as a host's label: each run of other characters a hyphen; `x`s where nothing is left (`█████`). */
export function hostForm(value: string): string {
  // Each run one hyphen, so at most one stands at either end (a pattern for both ends would
  // backtrack over a long run of them).
  let form = value.replace(/[^\p{L}\p{M}\p{N}]+/gu, '-')
  if (form.startsWith('-')) form = form.slice(1)
  if (form.endsWith('-')) form = form.slice(0, -1)
  return form === '' ? 'x'.repeat(Math.min(Math.max(value.length, 1), maxHostLabel)) : form
}

/** The longest label of a host. */
const maxHostLabel = 63
/** The longest host. */
const maxHostLength = 253

/**
 * Whether `start`, in a URL of `text`, stands in the URL's host: after the `//` of its scheme or
 * a `www.` that starts it, and after the user's `@` if any (`https://$Anna.example`,
 * `www.$Anna.de`, `https://ich@$Anna.example`), not in a password or a port behind a `:`, nor in a
 * path, query or fragment. Read back from `start`, at most a host's length.
 */
export function inHost(text: string, start: number): boolean {
  const limit = Math.max(0, start - maxHostLength - 4)
  let index = start
  while (index > limit) {
    const code = text.charCodeAt(index - 1)
    if (code === 47) return text.charCodeAt(index - 2) === 47 && isHostPart(text, index, start)
    if (code === 63 || code === 35 || isStop(code)) break
    index--
  }
  return /^\(?www\./i.test(text.slice(index, start)) && isHostPart(text, index, start)
}

/** Whether `[from, to)`, the start of a URL's authority, ends in its host: no `:` after its last `@`. */
function isHostPart(text: string, from: number, to: number): boolean {
  const authority = text.slice(from, to)
  return !authority.slice(authority.lastIndexOf('@') + 1).includes(':')
}

/** White space, quotes, angle and square brackets, parentheses, `=` and a backtick: what stands before a URL. */
const stopRe = /[\s"'<>[\]()=`]/

function isStop(code: number): boolean {
  return code <= 32 || stopRe.test(String.fromCharCode(code))
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
