// The words of a text as `unmarked-name` reads them, and whether one stands in an address.
import {isWhitespace} from '../parse/chars.js'

const wordRe = /[\p{L}\p{M}\p{N}_][\p{L}\p{M}\p{N}_\p{Cf}]*/gu

/** Each word of `value` and where it starts, but those written as a placeholder (`$Anna`, `%24Anna`, `&#36;Anna`). */
export function* wordsIn(value: string): Generator<[string, number]> {
  for (const match of value.matchAll(wordRe)) {
    const at = match.index
    const before = value.charCodeAt(at - 1)
    if (before === 36 || (at >= 3 && value.startsWith('%24', at - 3)) || (before === 59 && referenceBefore.test(value.slice(Math.max(0, at - 12), at)))) continue
    // Unmarked, `anna_meier` is the words `anna` and `meier`, as a name's words are looked up.
    const word = match[0]
    let start = 0
    for (let index = word.indexOf('_'); ; index = word.indexOf('_', start)) {
      const end = index < 0 ? word.length : index
      if (end > start) yield [word.slice(start, end), at + start]
      if (index < 0) break
      start = index + 1
    }
  }
}

// Without its `;`, a numeric reference runs into the name (`&#36Anna` reads `36Anna`): no name.
const referenceBefore = /&(?:#0*36|#[xX]0*24|dollar);$/

/** The run of `value` around `at` between white space, up to 256 characters each way (an address is shorter). */
export function tokenAt(value: string, at: number): string {
  let start = at
  let end = at
  while (start > 0 && at - start < 256 && !isWhitespace(value.charCodeAt(start - 1))) start--
  while (end < value.length && end - at < 256 && !isWhitespace(value.charCodeAt(end))) end++
  return value.slice(start, end)
}

/** An e-mail address, a URL, a domain or a handle (`anna@example.de`, `example.de/anna`, `#anna`). */
export function isAddress(token: string): boolean {
  return /^#|@|:\/\/|\w\.\p{L}/u.test(token)
}
