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

/** An ASCII letter: what starts an HTML tag's name after its `<` or `</`. */
export function isAsciiLetter(code: number): boolean {
  return (code >= 97 && code <= 122) || (code >= 65 && code <= 90)
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

// Format characters (Cf) and the other default-ignorable ones that are no letter: a soft hyphen,
// zero-width spaces and joiners, direction marks and embeddings, a variation selector, the BOM.
const invisibleRe = /^(?!\p{L})[\p{Cf}\p{Default_Ignorable_Code_Point}]$/u
const invisibles = new Uint8Array(0x10000)

/** Invisible inside a word (`Ma\u00ADren`, `An\u200Ena`): a format or other default-ignorable character, not a letter. One code unit of the BMP; see `invisibleAt`. */
export function isInvisible(code: number): boolean {
  if (code < 0xad || (code >= 0xd800 && code <= 0xdfff) || !(code < 0x10000)) return false
  let known = invisibles[code]
  if (known === 0) invisibles[code] = known = invisibleRe.test(String.fromCharCode(code)) ? 1 : 2
  return known === 1
}

/** A letter, combining mark or digit: the inside of a word or a placeholder name. One code unit of the BMP; see `wordCharAt`. */
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

// Characters beyond the BMP (`𠮷`, a tag character), by code point: bit 1 letter, 2 word
// character, 4 invisible. Few are used in a text; the cache is emptied when it grows.
const astral = new Map<number, number>()
const letter = 1
const word = 2
const invisible = 4

/** What the surrogate pair at `index` is (bits above), or 0 where none stands. */
function astralAt(value: string, index: number): number {
  return pairKind(value.charCodeAt(index), value.charCodeAt(index + 1))
}

function pairKind(lead: number, trail: number): number {
  if (!(lead >= 0xd800 && lead <= 0xdbff && trail >= 0xdc00 && trail <= 0xdfff)) return 0
  const point = (lead - 0xd800) * 0x400 + trail - 0xdc00 + 0x10000
  let kind = astral.get(point)
  if (kind === undefined) {
    const char = String.fromCodePoint(point)
    kind = (letterRe.test(char) ? letter : 0) | (wordRe.test(char) ? word : 0) | (invisibleRe.test(char) ? invisible : 0)
    if (astral.size >= 4_096) astral.clear()
    astral.set(point, kind)
  }
  return kind
}

/** Whether the surrogate pair `lead`, `trail` is a word character (`𠮷`); false where they are no pair. */
export function isWordPair(lead: number, trail: number): boolean {
  return (pairKind(lead, trail) & word) !== 0
}

/** Code units of the letter at `index` (2 beyond the BMP: `𠮷`), or 0. */
export function letterAt(value: string, index: number): number {
  const code = value.charCodeAt(index)
  if (code < 0xd800 || code > 0xdbff) return isLetter(code) ? 1 : 0
  return astralAt(value, index) & letter ? 2 : 0
}

/** Code units of the word character (`isWordChar`) at `index`, beyond the BMP too, or 0. */
export function wordCharAt(value: string, index: number): number {
  const code = value.charCodeAt(index)
  if (code < 0xd800 || code > 0xdbff) return isWordChar(code) ? 1 : 0
  return astralAt(value, index) & word ? 2 : 0
}

/** Code units of the invisible character (`isInvisible`) at `index`, beyond the BMP too (a tag character), or 0. */
export function invisibleAt(value: string, index: number): number {
  const code = value.charCodeAt(index)
  if (code < 0xd800 || code > 0xdbff) return isInvisible(code) ? 1 : 0
  return astralAt(value, index) & invisible ? 2 : 0
}

/** `value` without its invisible characters (`invisibleAt`): `Ma\u00ADren` is `Maren`; `value` itself when it has none. */
export function withoutInvisible(value: string): string {
  let result = ''
  let copied = 0
  for (let index = 0; index < value.length; index++) {
    const size = invisibleAt(value, index)
    if (size === 0) continue
    result += value.slice(copied, index)
    index += size - 1
    copied = index + 1
  }
  return copied === 0 ? value : result + value.slice(copied)
}

/** Whether a word character ends right before `index`, beyond the BMP too. */
export function wordCharBefore(value: string, index: number): boolean {
  const code = value.charCodeAt(index - 1)
  if (code < 0xdc00 || code > 0xdfff) return isWordChar(code)
  return index >= 2 && (astralAt(value, index - 2) & word) !== 0
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
