// One character escaped with a backslash, as a script or a style writes it: JavaScript's `\x41`,
// `\u0041` and `\u{41}`, CSS's `\41 ` (one to six hex digits, then one white space that ends the
// escape, or none). A name can be written so inside a `<script>` or a `<style>`.

/** The character a backslash escape at `index` stands for, and where the escape ends. */
export function backslashEscape(source: string, index: number): {text: string; end: number} | undefined {
  if (source.charCodeAt(index) !== 92) return undefined
  const marker = source.charCodeAt(index + 1)
  // JavaScript: `\x` and two hex digits, `\u` and four, `\u{…}`.
  if (marker === 120) return character(source, index + 2, 2, 2, index + 4)
  if (marker === 117 && source.charCodeAt(index + 2) === 123) {
    const close = source.indexOf('}', index + 3)
    return close > index + 3 && close <= index + 11 ? character(source, index + 3, close - index - 3, close - index - 3, close + 1) : undefined
  }
  if (marker === 117) return character(source, index + 2, 4, 4, index + 6)
  // CSS: as many hex digits as there are, up to six, and one white space after them.
  let end = index + 1
  while (end < index + 7 && isHex(source.charCodeAt(end))) end++
  if (end === index + 1) return undefined
  const escaped = character(source, index + 1, end - index - 1, 1, end)
  if (!escaped) return undefined
  const next = source.charCodeAt(end)
  if (next === 13 && source.charCodeAt(end + 1) === 10) escaped.end += 2
  else if (next === 32 || next === 9 || next === 10 || next === 12 || next === 13) escaped.end++
  return escaped
}

/** The code point of the `length` hex digits at `start` (at least `least`), as text. */
function character(source: string, start: number, length: number, least: number, end: number): {text: string; end: number} | undefined {
  if (length < least) return undefined
  for (let at = start; at < start + length; at++) if (!isHex(source.charCodeAt(at))) return undefined
  const code = Number.parseInt(source.slice(start, start + length), 16)
  return code > 0 && code <= 0x10ffff ? {text: String.fromCodePoint(code), end} : undefined
}

function isHex(code: number): boolean {
  return (code >= 48 && code <= 57) || (code >= 65 && code <= 70) || (code >= 97 && code <= 102)
}
