// A keyed hash: FNV-1a over the UTF-16 code units of the key and the text, then a final mix
// (MurmurHash3's fmix32) so that the low bits, which `%` reads, depend on every input bit.
// Pure JavaScript, so the core runs in a browser; not cryptographic, and not meant to be.

const offsetBasis = 0x811c9dc5
const prime = 0x01000193

/** An unsigned 32-bit hash of `text` under `key`. */
export function keyedHash(key: string, text: string): number {
  let hash = offsetBasis
  for (let index = 0; index < key.length; index++) hash = Math.imul(hash ^ key.charCodeAt(index), prime)
  // A separator that cannot occur in a seed string, so `ab`+`c` and `a`+`bc` differ.
  hash = Math.imul(hash ^ 0xffff, prime)
  hash = Math.imul(hash ^ 0x10000, prime)
  for (let index = 0; index < text.length; index++) hash = Math.imul(hash ^ text.charCodeAt(index), prime)
  hash ^= hash >>> 16
  hash = Math.imul(hash, 0x85ebca6b)
  hash ^= hash >>> 13
  hash = Math.imul(hash, 0xc2b2ae35)
  hash ^= hash >>> 16
  return hash >>> 0
}
