// The small pieces of a story's grammar, written once: the parser core, its readers (text,
// Markdown, HTML), the renderers and the anonymizer all read them from here.
//
// - colon: `:` or the fullwidth `：` ends a speaker label or a note label;
// - bullet: a list marker before a label (`-`, `–`, `—`, `•`, `·`, `*`, `+`, `#3`, `3.`, `3)`);
// - placeholder: `$` + a letter, not glued to a word before it (`$20`, `US$x` are text), then
//   letters, marks, digits and `_`, a trailing `_` excluded; right after another placeholder a
//   `$` starts one too (`$Anna$Bert` is two names);
// - direction markers: the four pairs of delimiters a direction is written in;
// - abbreviation: what a label introduces in brackets (`Systemadministrator (SA)`);
// - elision: `[...]`, `[…]`, `(...)`, `(…)`;
// - trimming: inline white space off either end of a range;
// - digits.
// Every function reads code units of `value` between offsets: no slices, no regexes.
import type {DirectionMarker} from '../types.js'
import {invisibleAt, isDigit, isInlineSpace, isLetter, isUpperLetter, isWordChar, letterAt, wordCharAt, wordCharBefore, withoutInvisible} from './chars.js'

export {isDigit, isInlineSpace, isInvisible, isLetter, isPictographic, isWhitespace, isWordChar, isUpperLetter, lowerUnit, startsWithLowered} from './chars.js'

/** `:` or the fullwidth colon `：`. */
export function isColon(code: number): boolean {
  return code === 58 || code === 0xff1a
}

/** Whether `value` ends in a colon before `end` (`:` or `：`). */
export function endsWithColon(value: string, end: number): boolean {
  return end > 0 && isColon(value.charCodeAt(end - 1))
}

/** The opening and closing character of each direction marker. */
export const directionDelimiters: Readonly<Record<DirectionMarker, readonly [string, string]>> = {
  angle: ['<', '>'],
  paren: ['(', ')'],
  star: ['*', '*'],
  bracket: ['[', ']'],
  // After a label, before the separator (`Coworker, picking up the phone:`).
  comma: [', ', '']
}

/** By closing code unit: the marker it closes (`>` → `angle`). */
export const markerByCloser: Readonly<Record<number, DirectionMarker>> = {62: 'angle', 41: 'paren', 42: 'star', 93: 'bracket'}
/** By marker: its closing code unit. */
export const closerOf: Readonly<Record<DirectionMarker, number>> = {angle: 62, paren: 41, star: 42, bracket: 93, comma: 44}
/**
 * By closing code unit: its opening code unit (`>` → `<`), or -1. A function, not a table: the
 * cue grammar asks for the last character of every label, and a table with four integer keys is
 * an array with holes, whose misses V8 looks up along the prototype chain.
 */
export function openerOf(code: number): number {
  return code === 62 ? 60 : code === 41 ? 40 : code === 42 ? 42 : code === 93 ? 91 : -1
}

/** Offset after the inline white space that starts `[start, end)`. */
export function trimStart(value: string, start: number, end: number): number {
  while (start < end && isInlineSpace(value.charCodeAt(start))) start++
  return start
}

/** Offset before the inline white space that ends `[start, end)`. */
export function trimEnd(value: string, start: number, end: number): number {
  while (end > start && isInlineSpace(value.charCodeAt(end - 1))) end--
  return end
}

/** Offset after the run of ASCII digits at `start` (at most `max` of them). */
export function digitsEnd(value: string, start: number, end: number, max: number): number {
  let index = start
  while (index < end && index - start < max && isDigit(value.charCodeAt(index))) index++
  return index
}

/** A bullet character: `-`, `–`, `—`, `•`, `·`, `*`, `+`. */
export function isBulletChar(code: number): boolean {
  return code === 45 || code === 0x2013 || code === 0x2014 || code === 0x2022 || code === 0xb7 || code === 42 || code === 43
}

/**
 * End of a list marker at `index` (`-`, `•`, `#3`, `3.`, `3)`) that inline white space follows,
 * or 0. With `escaped`, a backslash may stand before the marker or its `.` (`\-`, `3\.`), as a
 * Markdown writer escapes them.
 */
export function bulletEnd(value: string, index: number, end: number, escaped = false): number {
  let cursor = index
  if (escaped && value.charCodeAt(cursor) === 92) cursor++
  const code = value.charCodeAt(cursor)
  if (isBulletChar(code)) cursor++
  else {
    if (code === 35) cursor++
    const digits = cursor
    cursor = digitsEnd(value, cursor, end, 4)
    if (cursor === digits) return 0
    if (code !== 35) {
      if (escaped && value.charCodeAt(cursor) === 92) cursor++
      const mark = value.charCodeAt(cursor)
      if (mark !== 46 && mark !== 41) return 0
      cursor++
    }
  }
  return cursor < end && isInlineSpace(value.charCodeAt(cursor)) ? cursor : 0
}

/**
 * End of the placeholder whose `$` stands at `index`, or 0 when none starts there. `from` is
 * where the text being read starts (nothing before it can glue), `previousEnd` where the last
 * placeholder ended (`$A$B`: the second `$` is glued to a name, and starts one all the same).
 */
export function placeholderEnd(value: string, index: number, from: number, to: number, previousEnd: number): number {
  if (value.charCodeAt(index) !== 36 || index + 1 >= to) return 0
  const first = letterAt(value, index + 1)
  if (first === 0 || index + 1 + first > to) return 0
  if (index !== previousEnd && index > from && wordCharBefore(value, index)) return 0
  let end = index + 1 + first
  while (end < to) {
    const next = value.charCodeAt(end)
    if (next === 95 || isWordChar(next)) end++
    else {
      const goesOn = nameGoesOn(value, end, to)
      if (goesOn === 0) break
      end = goesOn
    }
  }
  // A trailing underscore is punctuation, not part of the name.
  while (value.charCodeAt(end - 1) === 95) end--
  return end
}

/**
 * Where a name goes on past `end`, which is no letter, digit or `_` of the BMP, or 0 where it
 * ends there: a letter, mark or digit beyond it (`$田中𠮷男`); invisible characters before a name
 * character (`$Ma\u00ADren`, a soft hyphen or a direction mark: the name shows whole); an
 * apostrophe before a capital (`$O'Brien`, but `$Anna's`, `$ANNA'S`); a middle dot between
 * letters (`$Gil·labert`).
 */
function nameGoesOn(value: string, end: number, to: number): number {
  const code = value.charCodeAt(end)
  if (code >= 0xd800 && code <= 0xdbff) {
    if (end + 1 < to && wordCharAt(value, end) === 2) return end + 2
  }
  let after = end
  for (let size = invisibleAt(value, after); size > 0 && after + size < to; size = invisibleAt(value, after)) after += size
  if (after > end) return wordCharAt(value, after) > 0 ? after : 0
  if (code === 39 || code === 0x2019) return capitalJoins(value, end + 1, to) ? end + 1 : 0
  if (code === 0xb7) return end + 1 < to && wordCharAt(value, end + 1) > 0 ? end + 1 : 0
  return 0
}

/** Whether the capital at `index` goes on a name after an apostrophe: not an English possessive `S` (`$ANNA'S`). */
function capitalJoins(value: string, index: number, to: number): boolean {
  if (index >= to) return false
  const code = value.charCodeAt(index)
  if (!isLetter(code) || !isUpperLetter(code)) return false
  return code !== 83 || (index + 1 < to && wordCharAt(value, index + 1) > 0)
}

/**
 * The genitive ending of `name` where the name without it is one of the story's (`isName`):
 * `s` (`$Verkäufers` beside `$Verkäufer`), or `es` after `s`, `ß`, `x`, `z` (`$Krankenhauses`);
 * in capitals in a name written in capitals (`$KRANKENHAUSES`).
 */
export function genitiveSuffix(name: string, isName: (name: string) => boolean): string | undefined {
  // Asked of every placeholder the parser reads: most end in no `s` and are done with here.
  const last = name.charCodeAt(name.length - 1)
  if (name.length < 3 || (last !== 115 /* s */ && (last !== 83 /* S */ || name !== name.toUpperCase()))) return undefined
  if (isName(name.slice(0, -1))) return name.slice(-1)
  // `es` after a sibilant, its `e` in the case of its `s` (`Krankenhauses`, `KRANKENHAUSES`).
  if (name.charCodeAt(name.length - 2) !== (last === 83 ? 69 : 101) || !isSibilant(name.charCodeAt(name.length - 3))) return undefined
  return isName(name.slice(0, -2)) ? name.slice(-2) : undefined
}

/** `s`, `ß`, `x` or `z`, in either case: after one, a German genitive is `es` or an apostrophe (`Krankenhauses`, `Hans'`). */
export function isSibilant(code: number): boolean {
  if (code === 0xdf || code === 0x1e9e) return true
  const lower = code | 32
  return lower === 115 || lower === 120 || lower === 122
}

/** The name a placeholder is known by: without `$` and invisible characters, composed (NFC), so `ä` is one name however written. */
export function placeholderName(raw: string): string {
  return withoutInvisible(raw.slice(1)).normalize('NFC')
}

export interface FoundPlaceholder {
  /** As written: `$Verkäufer`. */
  value: string
  /** Its name: `Verkäufer`. */
  name: string
  start: number
  end: number
  /** A genitive apostrophe (`$Hans'`). */
  suffix?: string | undefined
}

/** How far `apostropheEnd` looks back for a single quote the apostrophe would close, and ahead for its closer. */
const quoteReach = 256

/**
 * End of a genitive apostrophe after the placeholder `start`…`end` (`$Hans' Idee`, `$James’ car`),
 * or `end`: after a name ending in `s`, `ß`, `x`, `z` or `ce`, an apostrophe (`'`, `’`) that white
 * space and a letter follow, unless it closes a single quote opened before it (`'Frag $Hans' sagte`,
 * `'$Hans' oder`) that no later quote mark closes (`'Wo ist $Hans' Auto?'` is a genitive).
 */
export function apostropheEnd(value: string, start: number, end: number, from: number, to: number): number {
  const mark = value.charCodeAt(end)
  if ((mark !== 39 && mark !== 0x2019) || !genitiveShaped(value, end, to)) return end
  if (openQuote(value, Math.max(from, start - quoteReach), start) !== mark) return end + 1
  return closesLater(value, end + 1, Math.min(to, end + quoteReach), mark) ? end + 1 : end
}

/** Whether a quote mark at `index` stands before a word (a `$` too) and after none: an opener. */
function opensAt(value: string, index: number, from: number): boolean {
  const next = value.charCodeAt(index + 1)
  return (isWordChar(next) || next === 36) && !(index > from && isWordChar(value.charCodeAt(index - 1)))
}

/** Whether a quote mark at `index` stands after a word and before none: a closer. */
function closesAt(value: string, index: number, from: number): boolean {
  return index > from && isWordChar(value.charCodeAt(index - 1)) && !isWordChar(value.charCodeAt(index + 1))
}

/**
 * The mark that closes the single quote still open at `to` (from `from`), or 0: `'` for `'`, `’`
 * for `‘`, `‘` for `‚`.
 */
function openQuote(value: string, from: number, to: number): number {
  let closer = 0
  for (let index = from; index < to; index++) {
    const code = value.charCodeAt(index)
    // A quote of these stories ends with its line (HTML gives a paragraph's lines as one).
    if (code === 10) closer = 0
    else if (code === 0x201a) closer = 0x2018
    else if (code === 39 || code === 0x2018 || code === 0x2019) {
      if (code === closer && closesAt(value, index, from)) closer = 0
      else if (code !== 0x2019 && opensAt(value, index, from)) closer = code === 39 ? 39 : 0x2019
    }
  }
  return closer
}

/**
 * Whether a closer `mark` follows in `from`…`to`, on the line, before another single quote opens;
 * one shaped as a genitive itself (`$Klaus' Zettel`) is none.
 */
function closesLater(value: string, from: number, to: number, mark: number): boolean {
  for (let index = from; index < to; index++) {
    const code = value.charCodeAt(index)
    if (code === 10) return false
    if (code !== 39 && code !== 0x2018 && code !== 0x2019 && code !== 0x201a) continue
    if (code === 0x201a || opensAt(value, index, from)) return false
    if (code === mark && !isWordChar(value.charCodeAt(index + 1)) && !genitiveShaped(value, index, to)) return true
  }
  return false
}

/** Whether the mark at `index` follows `s`, `ß`, `x`, `z` or `ce` and comes before white space and a letter. */
function genitiveShaped(value: string, index: number, to: number): boolean {
  if (index + 2 >= to || !isInlineSpace(value.charCodeAt(index + 1)) || !isLetter(value.charCodeAt(index + 2))) return false
  const last = value.charCodeAt(index - 1)
  return isSibilant(last) || ((last | 32) === 101 && (value.charCodeAt(index - 2) | 32) === 99)
}

/** Every placeholder in a string, read as the parser reads text (the anonymizer's and the cast's reading). */
export function placeholdersIn(value: string): FoundPlaceholder[] {
  const found: FoundPlaceholder[] = []
  let previousEnd = -1
  let index = value.indexOf('$')
  while (index >= 0) {
    const nameEnd = placeholderEnd(value, index, 0, value.length, previousEnd)
    if (nameEnd > 0) {
      const end = apostropheEnd(value, index, nameEnd, 0, value.length)
      const raw = value.slice(index, end)
      found.push({value: raw, name: placeholderName(value.slice(index, nameEnd)), start: index, end, suffix: end > nameEnd ? raw.slice(-1) : undefined})
      previousEnd = end
      index = value.indexOf('$', end)
    } else index = value.indexOf('$', index + 1)
  }
  return found
}

/** Whether all of `value` is one placeholder (`$Kollegin`). */
export function isPlaceholder(value: string): boolean {
  return placeholderEnd(value, 0, 0, value.length, -1) === value.length && value.length > 1
}

/** `SA`, `IT`, `GF2`: upper-case letters and digits, two to eight, at least one letter. */
export function isAbbreviation(value: string, start: number, end: number): boolean {
  if (end - start < 2 || end - start > 8) return false
  let letters = 0
  for (let index = start; index < end; index++) {
    const code = value.charCodeAt(index)
    if (isDigit(code)) continue
    if (!isLetter(code) || !isUpperLetter(code)) return false
    letters++
  }
  return letters > 0
}

/** End offset of an elision starting at `index` (a `[` or `(`), or 0. */
export function elisionEnd(value: string, index: number, to: number): number {
  const close = value.charCodeAt(index) === 91 ? 93 : 41
  let end = index + 1
  if (value.charCodeAt(end) === 0x2026) end++
  else {
    let dots = 0
    while (end < to && value.charCodeAt(end) === 46) {
      end++
      dots++
    }
    if (dots < 2) return 0
  }
  return end < to && value.charCodeAt(end) === close ? end + 1 : 0
}
