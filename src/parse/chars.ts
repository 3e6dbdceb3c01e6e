// Character classes, by code unit, for the scanners' hot loops.

/** White space exactly as JavaScript's `\s`: what “nothing lost” ignores. */
export function isWhitespace(code: number): boolean {
  if (code < 128) return code === 32 || (code >= 9 && code <= 13)
  return (
    code === 0xa0 ||
    code === 0x1680 ||
    (code >= 0x2000 && code <= 0x200a) ||
    code === 0x2028 ||
    code === 0x2029 ||
    code === 0x202f ||
    code === 0x205f ||
    code === 0x3000 ||
    code === 0xfeff
  )
}

/** Space or tab inside a line (no line endings). */
export function isInlineSpace(code: number): boolean {
  return code !== 10 && code !== 13 && isWhitespace(code)
}

export function isDigit(code: number): boolean {
  return code >= 48 && code <= 57
}

const letterRe = /\p{L}/u
const wordRe = /[\p{L}\p{M}\p{N}]/u

// Answers for code units beyond ASCII, worked out by regex once each and then looked up:
// no string and no regex run per character. 0 = not asked yet, 1 = yes, 2 = no.
const letters = new Uint8Array(0x10000)
const wordChars = new Uint8Array(0x10000)

/** A letter (any script). Checks one code unit; astral letters count through their lead surrogate. */
export function isLetter(code: number): boolean {
  if (code < 128) return (code >= 65 && code <= 90) || (code >= 97 && code <= 122)
  if (code >= 0xd800 && code <= 0xdbff) return false
  if (!(code < 0x10000)) return false
  let known = letters[code]
  if (known === 0) letters[code] = known = letterRe.test(String.fromCharCode(code)) ? 1 : 2
  return known === 1
}

/** A letter, combining mark or digit: the inside of a word or a placeholder name. */
/** Invisible inside a word: soft hyphen, zero-width space and joiners, word joiner, BOM. */
export function isInvisible(code: number): boolean {
  return code === 0xad || (code >= 0x200b && code <= 0x200d) || code === 0x2060 || code === 0xfeff
}

export function isWordChar(code: number): boolean {
  if (code < 128) {
    return (code >= 65 && code <= 90) || (code >= 97 && code <= 122) || (code >= 48 && code <= 57)
  }
  if (code >= 0xd800 && code <= 0xdfff) return false
  if (!(code < 0x10000)) return false
  let known = wordChars[code]
  if (known === 0) wordChars[code] = known = wordRe.test(String.fromCharCode(code)) ? 1 : 2
  return known === 1
}

const pictographicRe = /^\p{Extended_Pictographic}$/u
const pictographs = new Uint8Array(0x10000)

/** An emoji or other pictograph (`🙄`, `☕`), by its code point; cached for the BMP like `isLetter`. */
export function isPictographic(point: number): boolean {
  if (point >= 0x10000) return pictographicRe.test(String.fromCodePoint(point))
  let known = pictographs[point]
  if (known === 0) pictographs[point] = known = pictographicRe.test(String.fromCharCode(point)) ? 1 : 2
  return known === 1
}

export function isUpperLetter(code: number): boolean {
  if (code < 128) return code >= 65 && code <= 90
  const char = String.fromCharCode(code)
  return char !== char.toLowerCase()
}

// Lower case by code unit, where it is one code unit (`İ` lowers to two: it stays itself); 0 = not
// asked yet.
const lowerUnits = new Uint16Array(0x10000)

/** The lower case of one code unit, as `toLowerCase` gives it where that is one unit. */
export function lowerUnit(code: number): number {
  if (code < 128) return code >= 65 && code <= 90 ? code + 32 : code
  let known = lowerUnits[code]
  if (known === 0) {
    const lowered = String.fromCharCode(code).toLowerCase()
    lowerUnits[code] = known = lowered.length === 1 ? lowered.charCodeAt(0) : code
  }
  return known
}

/**
 * Whether `value` at `start` reads `lower` (a lower-case string) in any case, as
 * `value.slice(start, start + lower.length).toLowerCase() === lower` would say, without the copies.
 */
export function startsWithLowered(value: string, start: number, lower: string): boolean {
  if (start + lower.length > value.length) return false
  for (let index = 0; index < lower.length; index++) {
    if (lowerUnit(value.charCodeAt(start + index)) !== lower.charCodeAt(index)) return false
  }
  return true
}
