// The words of a text as `unmarked-name` reads them, and whether one stands in an address.
import {isDigit, isWhitespace} from '../parse/chars.js'
import {decodeWith} from '../parse/decoded.js'
import {hexByte, percentEscape} from './url.js'
import {dollarEscapeEnd} from './written.js'

const wordRe = /[\p{L}\p{M}\p{N}_][\p{L}\p{M}\p{N}_\p{Cf}]*/gu
const letterRe = /^\p{L}/u

/** A run of word characters and `%XX` escapes (`M%C3%BCller`, `Frau%20Anna`): `%` is no word character, so it reads in one pass. */
const runRe = /(?:[\p{L}\p{M}\p{N}_\p{Cf}]|%[\dA-Fa-f]{2})+/gu

/** A word, where it starts and where it ends in the text as written. */
export type Word = [word: string, start: number, end: number]

/**
 * Each word of `value` and where it stands, but those written as a placeholder (`$Anna`,
 * `%24Anna`, `&#36;Anna`). Where `%XX` escapes are among a word's characters, the word is read
 * percent-decoded, as a browser shows a URL (`M%C3%BCller` is `Müller`, `%41nna` is `Anna`,
 * `Frau%20Anna` is `Frau` and `Anna`), at its place as written.
 */
export function* wordsIn(value: string): Generator<Word> {
  if (!value.includes('%')) {
    yield* wordsOf(value, 0, value.length)
    return
  }
  for (const run of value.matchAll(runRe)) {
    const start = run.index
    const end = start + run[0].length
    if (!run[0].includes('%')) {
      yield* wordsOf(value, start, end)
      continue
    }
    const decoded = decodeWith(value, start, end, percentStep)
    // After what stands before the run as written (a `$`, a reference's `;`), which it does not hold.
    const before = value.slice(Math.max(0, start - maxDollarLength), start)
    for (const [word, from, to] of wordsOf(before + decoded.value, before.length, before.length + decoded.value.length)) {
      yield [word, decoded.starts[from - before.length]!, decoded.ends[to - 1 - before.length]!]
    }
  }
}

/** A `%XX` escape as UTF-8, or, where it is none, as the Latin-1 character of its byte (`M%FCller`). */
function percentStep(value: string, index: number): {text: string; end: number} | undefined {
  const byte = value.charCodeAt(index) === 37 ? hexByte(value, index) : -1
  return byte < 0 ? undefined : (percentEscape(value, index) ?? {text: String.fromCharCode(byte), end: index + 3})
}

/** The words of `value` that start in `[from, to)`. */
function* wordsOf(value: string, from: number, to: number): Generator<Word> {
  // Where the name after a script's or a style's escape of `$` starts (`\\24 Anna`, `\\u{24}Anna`).
  let named = -1
  for (const match of value.slice(from, to).matchAll(wordRe)) {
    const at = from + match.index
    const before = value.charCodeAt(at - 1)
    const escaped = before === 92 ? dollarEscapeEnd(value, at - 1) : 0
    if (escaped > 0) named = escaped
    // Only a letter after the `$` makes a placeholder (`$Anna`); `$_Anna` and `$1Anna` are text, whose name is unmarked.
    const dollar = before === 36 || (at >= 3 && value.startsWith('%24', at - 3)) || (before === 59 && referenceBefore.test(value.slice(Math.max(0, at - maxDollarLength), at)))
    if (escaped > 0 || at === named || (dollar && letterRe.test(match[0]))) continue
    // Digits right after a `%` or a reference are an escape's (`%2524Anna` decoded once, `%&#50;4Anna`), not glued on.
    if ((before === 37 || before === 59) && isDigit(value.charCodeAt(at))) continue
    // Unmarked, `anna_meier` is the words `anna` and `meier`, as a name's words are looked up.
    const word = match[0]
    let start = 0
    for (let index = word.indexOf('_'); ; index = word.indexOf('_', start)) {
      const end = index < 0 ? word.length : index
      if (end > start) yield [word.slice(start, end), at + start, at + end]
      if (index < 0) break
      start = index + 1
    }
  }
}

// Without its `;`, a numeric reference runs into the name (`&#36Anna` reads `36Anna`): no name.
// A `%24` whose `4` is a reference (`%2&#52;Anna`, `&#37;&#50;&#52;Anna` in an `href`) is a `$` too.
const referenceBefore = /&(?:#0*36|#[xX]0*24|dollar);$|(?:%|&#0*37;|&#[xX]0*25;|&percnt;)(?:2|&#0*50;|&#[xX]0*32;)&#(?:0*52|[xX]0*34);$/

/** The most a `$` written with references takes before its name (`referenceBefore`). */
const maxDollarLength = 48

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
