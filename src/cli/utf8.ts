// Decode a file's bytes as UTF-8, refusing UTF-16, binary data and invalid sequences with a clear reason.

/** How far into a file UTF-16 is looked for without a byte order mark (a NUL byte anywhere is binary data). */
const binaryWindow = 8000

const decoder = new TextDecoder('utf-8', {fatal: true, ignoreBOM: true})

export type Decoded = {ok: true; value: string} | {ok: false; reason: string}

export function decodeText(bytes: Uint8Array): Decoded {
  const utf16 = utf16Kind(bytes)
  if (utf16) return {ok: false, reason: `UTF-16 text (${utf16}), not UTF-8; save the file as UTF-8`}
  // Anywhere, not only at the start as git looks: text with UTF-16 (or an image) appended after
  // its first lines would be read with NUL characters and counted as words.
  const nul = bytes.indexOf(0)
  if (nul >= 0) return {ok: false, reason: `binary data (a NUL byte at byte ${nul}), not a text file`}
  try {
    return {ok: true, value: decoder.decode(bytes)}
  } catch {
    return {ok: false, reason: `invalid UTF-8 at byte ${firstInvalidByte(bytes)}; save the file as UTF-8`}
  }
}

/**
 * Whether the bytes read as UTF-16: a byte order mark (not UTF-32's), or, without one, an even
 * number of bytes (UTF-16 has two per code unit) with NUL bytes at nearly every other place and
 * nowhere else (text of mostly Latin letters saved as UTF-16).
 */
export function utf16Kind(bytes: Uint8Array): string | undefined {
  const [first, second, third, fourth] = bytes
  if (first === 0xff && second === 0xfe && !(third === 0 && fourth === 0)) return 'little-endian, with a byte order mark'
  if (first === 0xfe && second === 0xff) return 'big-endian, with a byte order mark'
  const end = Math.min(bytes.length, binaryWindow) & ~1
  if (end < 4 || bytes.length % 2 === 1) return undefined
  let evenNuls = 0
  let oddNuls = 0
  for (let index = 0; index < end; index += 2) {
    if (bytes[index] === 0) evenNuls++
    if (bytes[index + 1] === 0) oddNuls++
  }
  const pairs = end / 2
  if (oddNuls >= pairs * 0.5 && evenNuls <= pairs * 0.02) return 'little-endian, without a byte order mark'
  if (evenNuls >= pairs * 0.5 && oddNuls <= pairs * 0.02) return 'big-endian, without a byte order mark'
  return undefined
}

/** Offset of the first byte that does not start or continue a valid UTF-8 sequence. */
export function firstInvalidByte(bytes: Uint8Array): number {
  let index = 0
  while (index < bytes.length) {
    const byte = bytes[index]
    let length = 0
    let min = 0
    if (byte < 0x80) length = 1
    else if (byte >= 0xc2 && byte <= 0xdf) (length = 2), (min = 0x80)
    else if (byte >= 0xe0 && byte <= 0xef) (length = 3), (min = 0x800)
    else if (byte >= 0xf0 && byte <= 0xf4) (length = 4), (min = 0x10000)
    else return index
    if (length === 1) {
      index++
      continue
    }
    if (index + length > bytes.length) return index
    let code = byte & (0xff >> (length + 1))
    for (let next = 1; next < length; next++) {
      const continuation = bytes[index + next]
      if ((continuation & 0xc0) !== 0x80) return index
      code = (code << 6) | (continuation & 0x3f)
    }
    if (code < min || code > 0x10ffff || (code >= 0xd800 && code <= 0xdfff)) return index
    index += length
  }
  return bytes.length
}
