// The `format: 'auto'` rule: Markdown when the text shows Markdown structure, plain text otherwise.
// A bounded scan: only the start of the text is read, line by line, a bounded window per line.

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
 *   (after an optional list marker), or
 * - holds link syntax: `[text](destination)` on one line.
 *
 * Plain-text stories (`Chef: <hektisch> …`, `#3 Kunde: …`, `[...]`, `*seufzt*`) show none of these.
 */
export function looksLikeMarkdown(value: string): boolean {
  const length = Math.min(value.length, detectLength)
  let start = 0
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

  // A list marker before a bold cue.
  if ((code === 45 || code === 43) && value.charCodeAt(index + 1) === 32) index += 2
  if (isBoldCue(value, index, end)) return true

  return hasLink(value, start, end)
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

/** `[text](destination)`: a `](` with a `[` before it and a `)` after it on the line. */
function hasLink(value: string, start: number, end: number): boolean {
  let open = -1
  for (let index = start; index < end - 1; index++) {
    const code = value.charCodeAt(index)
    if (code === 91) open = index
    else if (code === 93 && open >= 0 && index > open + 1 && value.charCodeAt(index + 1) === 40) {
      const next = value.charCodeAt(index + 2)
      if (next === 32 || next === 41 || Number.isNaN(next)) continue
      for (let close = index + 2; close < end; close++) if (value.charCodeAt(close) === 41) return true
      return false
    }
  }
  return false
}
