// The `format: 'auto'` rule: Markdown when the text shows Markdown structure, plain text otherwise.
// A bounded scan: only the start of the text is read, line by line, a bounded window per line.
import {symbolAt} from '../core/cue.js'

/** How much of the text is read to decide. */
export const detectLength = 65_536
/** How much of each line is looked at. */
const lineWindow = 200

/**
 * Whether `value` reads as Markdown: within the first {@link detectLength} characters, a line
 * not indented four spaces or a tab
 *
 * - starts (after at most three spaces) with an ATX heading: `#` to `######` and a space or the line end;
 * - starts with a code fence: three or more `` ` `` or `~`;
 * - starts with a bold cue: `**Label:**`, `**Label**:`, `__Label:__` or `__Label__:`
 *   (after an optional list marker, escaped or not: `- `, `\- `, `• `, `#3 `, `3. `), or
 * - holds a link on one line: `[text](destination)`, the destination a URL (`http://`,
 *   `https://`, `mailto:`, `www.`), a path (`/`, `./`, `../`) or a fragment (`#`), or
 * - holds an HTML comment on one line (`<!-- -->`), which shows nothing where the text is
 *   rendered, not in plain text: `$Quen<!-- -->dolin` shows the name `$Quendolin`.
 *
 * In a link reference definition (`[x]: https://x.de/\$Anna`), which Markdown shows nothing of,
 * no link, escape, character reference or comment counts.
 *
 * Plain-text stories (`Chef: <hektisch> …`, `#3 Kunde: …`, `[...]`, `*seufzt*`) show none of these.
 */
export function looksLikeMarkdown(value: string): boolean {
  const length = Math.min(value.length, detectLength)
  // Line ends and the characters that start a link, an escape, a reference or a comment (`[`, `\\`, `&`, `<!--`) are
  // found with `indexOf` in the part read (a slice, not a copy); a line without the latter needs
  // no look for them.
  const head = value.length > length ? value.slice(0, length) : value
  const lineEnds = head.includes('\r') ? undefined : new Finder(head, '\n')
  const brackets = new Finder(head, '[')
  const backslashes = new Finder(head, '\\')
  const ampersands = new Finder(head, '&')
  const comments = new Finder(head, '<!--')
  // A byte order mark is no part of the first line's markup.
  let start = value.charCodeAt(0) === 0xfeff ? 1 : 0
  while (start < length) {
    const end = lineEnds ? lineEnds.from(start) : lineEnd(value, start, length)
    const inline = brackets.from(start) < end || backslashes.from(start) < end || ampersands.from(start) < end || comments.from(start) < end
    if (lineShowsMarkdown(value, start, Math.min(end, start + lineWindow), inline)) return true
    start = end + 1
  }
  return false
}

/** Where the line from `start` ends (a `\n` or `\r`, or `length`). */
function lineEnd(value: string, start: number, length: number): number {
  let end = start
  while (end < length) {
    const code = value.charCodeAt(end)
    if (code === 10 || code === 13) break
    end++
  }
  return end
}

/** The next `search` in `value` at or after a growing offset: each character looked at once. */
class Finder {
  private next = -1
  constructor(
    private readonly value: string,
    private readonly search: string
  ) {}

  /** The first `search` at or after `from` (`from` never goes back), or the value's length. */
  from(from: number): number {
    if (this.next < from && this.next < this.value.length) {
      const found = this.value.indexOf(this.search, from)
      this.next = found < 0 ? this.value.length : found
    }
    return this.next
  }
}

export function lineIsMarkdown(value: string, start: number, end: number): boolean {
  return lineShowsMarkdown(value, start, end, true)
}

/** `lineIsMarkdown`, where `inline` says whether the line may hold a link, an escape or a reference. */
function lineShowsMarkdown(value: string, start: number, end: number, inline: boolean): boolean {
  let index = start
  while (index < end && index - start < 3 && value.charCodeAt(index) === 32) index++
  const code = value.charCodeAt(index)
  // Indented four spaces or a tab: no structure (in Markdown that is code; `toText` indents a line
  // that would read as Markdown, so that its text reads back as text).
  if (code === 32 || code === 9) return false

  // `# Title`: one to six `#`, then a space, a tab or the line end.
  if (code === 35) {
    let hashes = index
    while (hashes < end && value.charCodeAt(hashes) === 35) hashes++
    const after = hashes < end ? value.charCodeAt(hashes) : 32
    if (hashes - index <= 6 && (after === 32 || after === 9)) return true
  }

  // A fence: ``` or ~~~.
  if (code === 96 || code === 126) {
    let run = index
    while (run < end && value.charCodeAt(run) === code) run++
    if (run - index >= 3) return true
  }

  // A list marker before a bold cue, escaped too, as `toMarkdown` writes it (`\- `, `\#3 `, `• `).
  if (isBoldCue(value, afterBullet(value, index, end), end)) return true

  return inline && !isDefinition(value, index, end) && (hasLink(value, start, end) || hasEscape(value, start, end) || hasComment(value, start, end))
}

/**
 * A link reference definition (`[x]: https://…`), which Markdown shows nothing of and plain text
 * writes as a footnote: what it holds (`\$Anna` in its destination) is no sign of Markdown.
 */
function isDefinition(value: string, index: number, end: number): boolean {
  if (value.charCodeAt(index) !== 91) return false
  let close = index + 1
  while (close < end && value.charCodeAt(close) !== 93) close++
  return close > index + 1 && close + 1 < end && value.charCodeAt(close + 1) === 58
}

/** An HTML comment (`<!-- -->`; its `-->` may take the opener's dashes: `<!-->`), which shows nothing where Markdown is rendered. */
function hasComment(value: string, start: number, end: number): boolean {
  let open = start
  while (open + 5 <= end && !value.startsWith('<!--', open)) open++
  for (let close = open + 2; close + 3 <= end; close++) if (value.startsWith('-->', close)) return true
  return false
}

/**
 * A backslash escape, as Markdown writers (`toMarkdown` among them) put before punctuation that
 * would be markup: `\*`, `` \` ``, `\_`, `1\.`, `\\`. Not the shrug `¯\_(ツ)_/¯`, nor a pair of
 * backslashes before a word (`\\server\share`), nor a backslash before `$` (`C:\$Ordner`,
 * `C:\$Recycle.Bin`), which plain text has: `$` is no markup, so no writer must escape it (and
 * `toMarkdown` does not), while read as Markdown the backslash would be gone from the story.
 */
function hasEscape(value: string, start: number, end: number): boolean {
  for (let index = start; index < end - 1; index++) {
    if (value.charCodeAt(index) !== 92) continue
    const next = value.charCodeAt(index + 1)
    const after = index + 2 < end ? value.charCodeAt(index + 2) : 32
    if (next === 92 && isWordCharacter(after)) index++
    else if (next !== 36 && isAsciiPunctuation(next) && !(next === 95 && after === 40 && value.charCodeAt(index - 1) === 0xaf)) return true
  }
  return hasNumericReference(value, start, end)
}

/** A numeric character reference, `&#46;` or `&#x2E;`, as `toMarkdown` writes where an escape cannot stand. */
function hasNumericReference(value: string, start: number, end: number): boolean {
  for (let index = start; index < end - 3; index++) {
    if (value.charCodeAt(index) !== 38 || value.charCodeAt(index + 1) !== 35) continue
    let cursor = index + 2
    const hex = value.charCodeAt(cursor) === 120 || value.charCodeAt(cursor) === 88
    if (hex) cursor++
    const digits = cursor
    while (cursor < end && cursor - digits < 7 && (isDigit(value.charCodeAt(cursor)) || (hex && /[a-f]/i.test(value.charAt(cursor))))) cursor++
    if (cursor > digits && value.charCodeAt(cursor) === 59) return true
  }
  return false
}

function isDigit(code: number): boolean {
  return code >= 48 && code <= 57
}

/** An ASCII letter or digit, or any character past ASCII (a letter, most likely). */
function isWordCharacter(code: number): boolean {
  return (code >= 48 && code <= 57) || (code >= 65 && code <= 90) || (code >= 97 && code <= 122) || code > 127
}

function isAsciiPunctuation(code: number): boolean {
  return (code >= 33 && code <= 47) || (code >= 58 && code <= 64) || (code >= 91 && code <= 96) || (code >= 123 && code <= 126)
}

/** Where a bold cue would start after a bullet at `index` (`-`, `+`, `•`, `#3`, `3.`, escaped or not), or `index`. */
function afterBullet(value: string, index: number, end: number): number {
  // A symbol before the label (`» **Chef:**`, `🙄 **Ich:**`).
  const symbol = symbolAt(value, index, end)
  if (symbol > 0) return value.charCodeAt(symbol) === 32 ? symbol + 1 : index
  let cursor = index
  if (value.charCodeAt(cursor) === 92) cursor++
  const code = value.charCodeAt(cursor)
  if (code === 45 || code === 43 || code === 0x2022 || code === 0x2013 || code === 0x2014 || code === 0xb7) cursor++
  else {
    if (code === 35) cursor++
    const digits = cursor
    while (cursor < end && cursor - digits < 4 && value.charCodeAt(cursor) >= 48 && value.charCodeAt(cursor) <= 57) cursor++
    if (cursor === digits) return index
    if (code !== 35) {
      if (value.charCodeAt(cursor) === 92) cursor++
      const mark = value.charCodeAt(cursor)
      if (mark !== 46 && mark !== 41) return index
      cursor++
    }
  }
  return value.charCodeAt(cursor) === 32 ? cursor + 1 : index
}

/** `**Label:**`, `**Label**:`, `__Label:__`, `__Label__:` at `index`. */
function isBoldCue(value: string, index: number, end: number): boolean {
  const mark = value.charCodeAt(index)
  if ((mark !== 42 && mark !== 95) || value.charCodeAt(index + 1) !== mark) return false
  const labelStart = index + 2
  for (let cursor = labelStart; cursor < end && cursor - labelStart <= 60; cursor++) {
    const code = value.charCodeAt(cursor)
    if (code === mark) {
      // `**Label**:` — the closing run, then the separator.
      return cursor > labelStart && value.charCodeAt(cursor + 1) === mark && isColon(value.charCodeAt(cursor + 2))
    }
    // `**Label:**` — the separator, then the closing run (a colon before it is the label's: `**Kund:in:**`).
    if (isColon(code) && value.charCodeAt(cursor + 1) === mark && value.charCodeAt(cursor + 2) === mark) return cursor > labelStart
  }
  return false
}

function isColon(code: number): boolean {
  return code === 58 || code === 0xff1a
}

const destinationStarts = ['http://', 'https://', 'mailto:', 'www.', '/', './', '../', '#']

/** A link destination: a URL, a path, or a fragment. */
function isDestination(value: string, index: number, end: number): boolean {
  for (const start of destinationStarts) {
    if (index + start.length <= end && value.slice(index, index + start.length).toLowerCase() === start) return true
  }
  return false
}

/** `[text](destination)`: a `](` with a `[` before it, a destination and a `)` after it on the line. */
function hasLink(value: string, start: number, end: number): boolean {
  let open = -1
  for (let index = start; index < end - 1; index++) {
    const code = value.charCodeAt(index)
    if (code === 91) open = index
    else if (code === 93 && open >= 0 && index > open + 1 && value.charCodeAt(index + 1) === 40) {
      // The destination must look like one: `[lacht](leise)` is two directions in plain text.
      if (!isDestination(value, index + 2, end)) continue
      for (let close = index + 2; close < end; close++) if (value.charCodeAt(close) === 41) return true
      return false
    }
  }
  return false
}

/** More blocks than this, each this short on average, are too many for the Markdown reader. */
export const denseBlocks = 4096
export const denseAverage = 128

/**
 * The density fallback: the number of blocks (a line after a blank line, or a list item) when the
 * text holds more than {@link denseBlocks} of them, shorter than {@link denseAverage} characters
 * on average; else 0. micromark costs tens to hundreds of microseconds per block, so such a text
 * (`# T` over megabytes of short paragraphs took minutes) goes to the text reader. One scan.
 */
export function denseBlockCount(value: string): number {
  if (value.length <= denseBlocks * 8) return 0
  let blocks = 0
  let blankBefore = true
  for (let start = 0; start < value.length; ) {
    let end = start
    let content = -1
    while (end < value.length) {
      const code = value.charCodeAt(end)
      if (code === 10 || code === 13) break
      if (content < 0 && code !== 32 && code !== 9) content = end
      end++
    }
    if (content >= 0) {
      const code = value.charCodeAt(content)
      const item = (code === 45 || code === 42 || code === 43) && value.charCodeAt(content + 1) === 32
      if (blankBefore || item) blocks++
    }
    blankBefore = content < 0
    start = end + 1
  }
  return blocks > denseBlocks && value.length / blocks < denseAverage ? blocks : 0
}
