// One character escaped with a backslash, as a script or a style writes it: JavaScript's `\x41`,
// `\u0041` and `\u{41}`, CSS's `\41 ` (one to six hex digits, then one white space that ends the
// escape, or none); and the long form of YAML, TOML and Python, `\U00000041`. A name can be
// written so inside a `<script>` or a `<style>`, or in a front matter's quoted string.

const escapeRe = /\\(?:x([\da-f]{2})|u([\da-f]{4})|u\{0*([\da-f]{1,6})\}|([\da-f]{1,6})(?:\r\n|[ \t\n\f\r])?)/iy

/** `\U` and eight hex digits, in that case: JavaScript reads `\u0041` and four more digits as `A` and the digits. */
const longEscapeRe = /\\U([\da-fA-F]{8})/y

/** The character a backslash escape at `index` stands for, and where the escape ends. */
export function backslashEscape(source: string, index: number): {text: string; end: number} | undefined {
  longEscapeRe.lastIndex = index
  escapeRe.lastIndex = index
  const match = longEscapeRe.exec(source) ?? escapeRe.exec(source)
  const code = match ? Number.parseInt(match[1] ?? match[2] ?? match[3] ?? match[4]!, 16) : 0
  return code > 0 && code <= 0x10ffff ? {text: String.fromCodePoint(code), end: index + match![0].length} : undefined
}
