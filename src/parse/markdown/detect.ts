// The `format: 'auto'` rule: Markdown when the text shows Markdown structure, plain text otherwise.
// A bounded scan: only the start of the text is read, line by line, a bounded window per line.
import {symbolAt} from '../core/cue.js'

/** How much of the text is read to decide. */
export const detectLength = 65_536
/** How much of each line is looked at. */
const lineWindow = 200

/**
 * Whether `value` reads as Markdown: within the first {@link detectLength} characters, a line
 *
 * - starts (after at most three spaces) with an ATX heading: `#` to `######` and a space or the line end;
 * - starts with a code fence: three or more `` ` `` or `~`;
 * - starts with a bold cue: `**Label:**`, `**Label**:`, `__Label:__` or `__Label__:`
 *   (after an optional list marker, escaped or not: `- `, `\- `, `• `, `#3 `, `3. `), or
 * - holds a link on one line: `[text](destination)`, the destination a URL (`http://`,
 *   `https://`, `mailto:`, `www.`), a path (`/`, `./`, `../`) or a fragment (`#`).
 *
 * Plain-text stories (`Chef: <hektisch> …`, `#3 Kunde: …`, `[...]`, `*seufzt*`) show none of these.
 */
export function looksLikeMarkdown(value: string): boolean {
  const length = Math.min(value.length, detectLength)
  // A byte order mark is no part of the first line's markup.
  let start = value.charCodeAt(0) === 0xfeff ? 1 : 0
  while (start < length) {
    let end = start
    while (end < length) {
      const code = value.charCodeAt(end)
      if (code === 10 || code === 13) break
      end++
    }
    if (lineIsMarkdown(value, start, Math.min(end, start + lineWindow))) return true
    start = end + 1
  }
  return false
}

function lineIsMarkdown(value: string, start: number, end: number): boolean {
  let index = start
  while (index < end && index - start < 3 && value.charCodeAt(index) === 32) index++
  const code = value.charCodeAt(index)

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

  return hasLink(value, start, end)
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
    if (isColon(code)) {
      // `**Label:**` — the separator, then the closing run.
      return cursor > labelStart && value.charCodeAt(cursor + 1) === mark && value.charCodeAt(cursor + 2) === mark
    }
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
