// Where markup writes a `$Name`: `$` itself, `%24` in a URL (its characters also as references: `&#37;&#50;4`), a character reference (`&#36;`,
// `&dollar;`, or escaped again: `&amp;#36;`) or a script's or a style's escape (`\x24`, `\24 `), the name's letters as
// themselves or escaped. `anonymizeText` replaces what it finds so and checks that none is left;
// the CLI reserves every story's names so.
import {backslashEscape} from './backslash.js'
import {wordCharAt} from '../parse/chars.js'
import {placeholderName} from '../parse/grammar.js'
import {escapedName, maxReferenceLength, referenced} from './references.js'
import {decodeWith} from '../parse/decoded.js'
import type {FoundPlaceholder} from './string-placeholders.js'

/** A name written after a `$`: as the characters read, and, when a backslash escape is among them, up to it. */
export interface WrittenName {
  at: number
  /** Where the `$` is written as `%24` (a URL's characters). */
  percent: boolean
  readings: {value: string; end: number}[]
}

/**
 * Each `$Name` written in `source` as markup reads one. A name is all name characters after the
 * `$`, as the parser reads it; a backslash escape among them is read as a script or a style
 * reads it, and, as it may be neither (`\ba` is CSS's `º`, a JavaScript backspace), also not.
 */
export function writtenNames(source: string, visit: (name: WrittenName, source: string) => void): void {
  const read = (at: number, start: number, percent: boolean) => {
    const plain = escapedName(source, start)
    const escaped = escapedName(source, start, true)
    visit({at, percent, readings: escaped.end === plain.end ? [plain] : [escaped, plain]}, source)
  }
  for (let at = source.indexOf('$'); at >= 0; at = source.indexOf('$', at + 1)) read(at, at + 1, false)
  for (let at = source.indexOf('%'); at >= 0; at = source.indexOf('%', at + 1)) {
    const end = dollarDigitsEnd(source, at + 1)
    if (end > 0) read(at, end, true)
  }
  for (let at = source.indexOf('&'); at >= 0; at = source.indexOf('&', at + 1)) {
    const dollar = referenced(source, at)
    if (dollar?.text === '$') read(at, dollar.end, false)
    // A URL's `%` written as a reference (`&#37;24Anna`, `&#37;&#50;&#52;Anna` in an `href`): the URL holds `%24Anna`.
    const digitsEnd = dollar?.text === '%' ? dollarDigitsEnd(source, dollar.end) : 0
    if (digitsEnd > 0) read(at, digitsEnd, true)
    // Escaped twice (`&amp;#36;Anna`): it shows as `&#36;Anna`, the name in it.
    const twice = dollar?.text === '&' ? referenced('&' + source.slice(dollar.end, dollar.end + maxReferenceLength), 0) : undefined
    if (twice?.text === '$') read(at, dollar!.end + twice.end - 1, false)
  }
  for (let at = source.indexOf('\\'); at >= 0; at = source.indexOf('\\', at + 1)) {
    const end = dollarEscapeEnd(source, at)
    if (end > 0) read(at, end, false)
  }
  percentTwiceOrMore(source, visit)
}

/**
 * Where the `24` of a `%24` that goes on at `index` ends, each digit written as itself or as a
 * character reference (`%&#50;4`: an `href` holds `%24`, as its `%` may be `&#37;`), or 0.
 */
function dollarDigitsEnd(source: string, index: number): number {
  let end = index
  for (const digit of ['2', '4']) {
    const char = urlChar(source, end, source.length)
    if (char?.text !== digit) return 0
    end = char.end
  }
  return end
}

/** The end of a script's or a style's escape of `$` at `at` (`\\x24`, `\\24 `, `\\44`), or 0. */
export function dollarEscapeEnd(source: string, at: number): number {
  const dollar = backslashEscape(source, at)
  return dollar?.text === '$' ? dollar.end : octalDollarEnd(source, at)
}

/** The end of a script's legacy octal escape of `$` at `at` (`\44`, `\044`: a sloppy-mode script reads it), or 0. */
function octalDollarEnd(source: string, at: number): number {
  const start = source.charCodeAt(at + 1) === 48 ? at + 2 : at + 1
  const after = source.charCodeAt(start + 2)
  return source.startsWith('44', start) && !(after >= 48 && after <= 55) ? start + 2 : 0
}

/** The most of a URL read decoded after a `%2524`: enough for any name, and linear however many there are. */
const maxTwiceRun = 65_536

/**
 * Each `$Name` percent-encoded twice or more (`%2524Anna`, `%2524J%25C3%25B6rg`: a URL inside a
 * URL's query; `%252524Anna`, a URL in that one's), as the URL decoded until its `$` is `%24`
 * reads it: the run of a URL's characters from it on is decoded so (`percentOnce`), and the names
 * in it read as once-encoded ones, where they stand in `source`. Any of the escape's characters
 * may be a character reference (`%2&#53;24Anna`, `&#37;2524Anna`), as an `href` holds the URL decoded.
 */
function percentTwiceOrMore(source: string, visit: (name: WrittenName, source: string) => void): void {
  const starts = /[%&]/g
  for (let match = starts.exec(source); match; match = starts.exec(source)) {
    const at = match.index
    const escape = percentOnce(source, at, source.length)
    if (escape?.text !== '%24') continue
    // The run goes on from the `$`'s escape, however long that is.
    let end = escape.end
    while (end < source.length && end - escape.end < maxTwiceRun && !endsUrlRun(source.charCodeAt(end))) end++
    const once = decodeWith(source, at, end, percentOnce)
    for (let dollar = once.value.indexOf('%24'); dollar >= 0; dollar = once.value.indexOf('%24', dollar + 3)) {
      // Only a `%24` that one escape decoded to: one written once is the first scan's.
      if (once.starts[dollar] !== once.starts[dollar + 2]) continue
      const name = escapedName(once.value, dollar + 3)
      if (name.value !== '') visit({at: once.starts[dollar]!, percent: true, readings: [{value: name.value, end: once.ends[name.end - 1]!}]}, source)
    }
    starts.lastIndex = end
  }
}

/**
 * An escape percent-encoded twice or more before `to` (`%2541`, `%252541`: its `%` written `%25`,
 * and that one's `%` again) as encoded once (`%41`): the URL decoded as often as it was encoded.
 * Each `25` is read once, so however deep, a run is read in one pass.
 */
function percentOnce(source: string, index: number, to: number): {text: string; end: number} | undefined {
  const percent = urlChar(source, index, to)
  const first = percent?.text === '%' ? hexPair(source, percent.end, to) : undefined
  let next = first?.text === '25' ? hexPair(source, first.end, to) : undefined
  if (!next) return undefined
  for (let after = next.text === '25' ? hexPair(source, next.end, to) : undefined; after; after = after.text === '25' ? hexPair(source, after.end, to) : undefined) next = after
  return {text: '%' + next.text, end: next.end}
}

/** Two hex digits from `index` on, each written as itself or as a character reference. */
function hexPair(source: string, index: number, to: number): {text: string; end: number} | undefined {
  const high = urlChar(source, index, to)
  const low = high && isHexDigit(high.text) ? urlChar(source, high.end, to) : undefined
  return low && isHexDigit(low.text) ? {text: high!.text + low.text, end: low.end} : undefined
}

/** One character of a URL before `to`, as itself or as the character reference an `href` decodes. */
function urlChar(source: string, index: number, to: number): {text: string; end: number} | undefined {
  const char = index >= to ? undefined : source.charCodeAt(index) === 38 ? referenced(source, index) : {text: source.charAt(index), end: index + 1}
  return char && char.end <= to ? char : undefined
}

function isHexDigit(text: string): boolean {
  return /^[\da-f]$/i.test(text)
}

/** White space, a quote or an angle bracket: no URL goes on past one. */
function endsUrlRun(code: number): boolean {
  return code <= 32 || code === 34 || code === 60 || code === 62 || code === 96
}

/** Every name `source` writes after a `$` in any form markup reads, each reading as a placeholder's name (`placeholderName`). */
export function namesWritten(source: string, names = new Set<string>()): Set<string> {
  writtenNames(source, (name) => {
    for (const reading of name.readings) if (reading.value !== '') names.add(placeholderName('$' + reading.value))
  })
  return names
}

/**
 * The `$Name`s of `source` written escaped, as markup would read them: percent-encoded (`%24Anna`,
 * glued or not: `x%24Anna`), behind a character reference (`&#36;Anna`) or a script's escape
 * (`\x24Anna`), or a `$` before an escaped letter. Each with its readings, longest first, where it
 * stands as written; a `$` before a name character is the grammar's to read.
 */
export function escapedPlaceholders(source: string): Array<Array<FoundPlaceholder>> {
  const found: Array<Array<FoundPlaceholder>> = []
  // The source as the visit's argument (see `markupSplices`): no closure keeps it.
  writtenNames(source, ({at, readings}, written) => {
    if (written.charCodeAt(at) === 36 && (written.charCodeAt(at + 1) === 95 || wordCharAt(written, at + 1) > 0)) return
    const group: Array<FoundPlaceholder> = []
    for (const {value, end} of readings) {
      if (value !== '') group.push({node: {type: 'placeholder', value: written.slice(at, end), name: placeholderName('$' + value)}, start: at, end})
    }
    if (group.length > 0) found.push(group)
  })
  return found
}
