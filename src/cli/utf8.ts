// Decode a file's bytes as UTF-8, refusing binary data and invalid sequences with a clear reason.

/** How far into a file a NUL byte marks it as binary (as git does). */
const binaryWindow = 8000

const decoder = new TextDecoder('utf-8', {fatal: true, ignoreBOM: true})

export type Decoded = {ok: true; value: string} | {ok: false; reason: string}

export function decodeText(bytes: Uint8Array): Decoded {
  const nul = bytes.subarray(0, binaryWindow).indexOf(0)
  if (nul >= 0) return {ok: false, reason: `binary data (a NUL byte at byte ${nul}), not a text file`}
  try {
    return {ok: true, value: decoder.decode(bytes)}
  } catch {
    return {ok: false, reason: `invalid UTF-8 at byte ${firstInvalidByte(bytes)}; save the file as UTF-8`}
  }
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
