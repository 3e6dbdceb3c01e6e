// The speaker-cue grammar: `[bullet] label [directions] separator speech`.
// It reads a bounded window at the start of a line, so a line costs O(1) here whatever its length.
import type {DirectionMarker} from '../../types.js'
import {bulletEnd, isAbbreviation, isColon, isDigit, isInlineSpace, isInvisible, isLetter, isPictographic, isUpperLetter, isWordChar, markerByCloser, openerOf, trimEnd, trimStart} from '../grammar.js'
import {type Colons, nextColon} from './colons.js'
import {closingFrame} from './inline/direction.js'
import {describesPerson, relativePronouns} from './people.js'
import {genderColonEndings} from './words.js'
import type {LabelFacts} from './identity.js'

/** How far from the label's start the separator may stand. */
export const maxCueLength = 100
/** The longest label that can name a speaker. */
export const maxLabelLength = 60
/** The most words a label can have (`Man in a very expensive suit`). */
export const maxLabelWords = 8
/** The longest label that describes a person (`Customer who calls every Friday at five to six`). */
export const maxLongLabelLength = 80
/** The most words of such a label. */
export const maxLongLabelWords = 14
/** The most words of a direction after a comma (`Coworker, picking up the phone:`). */
const maxCommaDirectionWords = 8

export interface Range {
  start: number
  end: number
}

export interface PreDirection extends Range {
  marker: DirectionMarker
  /** Where its content stands, where that is not right inside its delimiters (escaped ones: `\<leise>`). */
  content?: Range
}

export interface Cue {
  /** The list marker before the label, if any. */
  bullet?: Range
  /** Where the label starts: the label as written, an abbreviation in brackets included. */
  labelStart: number
  /** Where the label ends. */
  labelEnd: number
  /** The abbreviation a label introduces in brackets (`SA` in `Systemadministrator (SA)`). */
  alias?: Range
  /** Directions between the label and the separator. */
  directions: readonly PreDirection[]
  /** Where the separator stands (`:` or `：`, one code unit). */
  separator: number
  /** Start of the speech: the first non-space after the separator, or `end`. */
  speech: number
  /** Words in the label. */
  words: number
  /**
   * Read by the wider grammar only (a symbol before the label, a direction after a comma, a
   * label longer than 8 words or 60 characters): a cue only where the cast makes it a turn.
   */
  wide?: boolean
  /** The label is followed by a direction after a comma. */
  comma?: boolean
  /** What the label says, once a pass has asked (`labelFacts`): several passes ask per cue. */
  facts?: LabelFacts
}

/** The directions of the many cues without any: one array, never written to (a cue lives as long as the parse). */
const noDirections: readonly PreDirection[] = []

/**
 * Read a cue at `start` (the first non-space of a line, or where a run-on turn begins);
 * `end` is the end of the line's content; `colons` those of `value`.
 */
export function parseCue(value: string, colons: Colons, start: number, end: number): Cue | undefined {
  let index = start
  let bullet: Range | undefined

  let wide = false
  let bulletAt = bulletEnd(value, index, end)
  if (bulletAt === 0) {
    bulletAt = symbolAt(value, index, end)
    wide = bulletAt > 0
  }
  if (bulletAt > 0) {
    bullet = {start: index, end: bulletAt}
    index = trimStart(value, bulletAt, end)
  }

  const labelStart = index
  // What a label must start with, asked before the separator is looked for (most lines fail here).
  if (!startsLabel(value, labelStart)) return undefined
  const separator = findSeparator(value, colons, labelStart, Math.min(end, labelStart + maxCueLength))
  if (separator < 0) return undefined
  const separatorEnd = separator + 1

  // What stands before the separator: the label, then directions (`Kunde (leise):`).
  let labelEnd = trimEnd(value, labelStart, separator)
  // Made only for a cue that has directions: most lines asked have none, and many are no cue.
  let directions: PreDirection[] | undefined
  let alias: Range | undefined
  while (labelEnd > labelStart) {
    const close = value.charCodeAt(labelEnd - 1)
    const open = openerOf(close)
    if (open < 0) break
    // Look back for the opener inside the cue only: `lastIndexOf` would scan to the text's start.
    let openAt = labelEnd - 2
    while (openAt > labelStart && value.charCodeAt(openAt) !== open) openAt--
    if (openAt <= labelStart || openAt + 1 >= labelEnd - 1) break
    // As in speech, a direction ends at its first closer: `Kunde (x)):` is no cue.
    if (firstCloser(value, openAt, labelEnd, markerByCloser[close]) !== labelEnd - 1) break
    if (close === 41 && isAbbreviation(value, openAt + 1, labelEnd - 1)) {
      alias = {start: openAt + 1, end: labelEnd - 1}
      break
    }
    ;(directions ??= []).unshift({start: openAt, end: labelEnd, marker: markerByCloser[close]})
    labelEnd = trimEnd(value, labelStart, openAt)
  }

  // A direction after a comma (`Coworker, picking up the phone:`); a relative clause after the
  // comma of a person's description (`Dame, die jeden Montag anruft:`) is part of a long label.
  let comma = false
  let clause = -1
  const commaAt = alias ? -1 : firstComma(value, labelStart, labelEnd)
  if (commaAt > labelStart) {
    const restStart = trimStart(value, commaAt + 1, labelEnd)
    if (startsWithRelative(value, restStart, labelEnd) && describesPerson(value.slice(labelStart, commaAt))) clause = commaAt
    else {
      if (restStart >= labelEnd || countWords(value, restStart, labelEnd) > maxCommaDirectionWords) return undefined
      ;(directions ??= []).unshift({start: commaAt, end: labelEnd, marker: 'comma'})
      labelEnd = trimEnd(value, labelStart, commaAt)
      comma = true
      wide = true
    }
  }

  const words = checkLabel(value, labelStart, labelEnd, alias, clause)
  if (words === 0) return undefined
  if (clause >= 0 || words > maxLabelWords || labelEnd - labelStart > maxLabelLength) wide = true

  // After the separator: not a URL (`https://`), a time (`10:30`) or an emoticon (`:-)`).
  if (separatorEnd < end) {
    const next = value.charCodeAt(separatorEnd)
    if (next === 47 || next === 92) return undefined
    if (isDigit(next) && isDigit(value.charCodeAt(labelEnd - 1))) return undefined
    if (isEmoticonAfter(value, separatorEnd, end)) return undefined
  }

  const speech = trimStart(value, separatorEnd, end)

  return makeCue(labelStart, labelEnd, directions ?? noDirections, separator, speech, words, bullet, alias, wide, comma)
}

/**
 * A cue with every field set, absent ones to `undefined`: one shape for all cues, so the passes
 * that read them (a dozen, per cue) see one hidden class, not one per combination of fields.
 */
export function makeCue(
  labelStart: number,
  labelEnd: number,
  directions: readonly PreDirection[],
  separator: number,
  speech: number,
  words: number,
  bullet: Range | undefined,
  alias: Range | undefined,
  wide: boolean,
  comma: boolean
): Cue {
  return {bullet, labelStart, labelEnd, alias, directions, separator, speech, words, wide, comma, facts: undefined}
}

/** Where a direction's content starts and ends: inside its brackets, or after its comma. */
export function directionContent(value: string, direction: PreDirection): Range {
  if (direction.content) return direction.content
  if (direction.marker !== 'comma') return {start: direction.start + 1, end: direction.end - 1}
  return {start: trimStart(value, direction.start + 1, direction.end), end: direction.end}
}

/** Where the direction opened at `start` closes by the speech rule (emoticons are no closers), or -1. */
function firstCloser(value: string, start: number, end: number, marker: DirectionMarker): number {
  const frames = [{marker, start, children: []}]
  for (let index = start + 1; index < end; index++) if (closingFrame(frames, value, index, start) === 0) return index
  return -1
}

/** The first comma in `[start, end)`, or -1. */
function firstComma(value: string, start: number, end: number): number {
  for (let index = start; index < end; index++) if (value.charCodeAt(index) === 44) return index
  return -1
}

function countWords(value: string, start: number, end: number): number {
  let words = 0
  let inWord = false
  for (let index = start; index < end; index++) {
    const space = isInlineSpace(value.charCodeAt(index))
    if (!space && !inWord) words++
    inWord = !space
  }
  return words
}

/** Whether a relative pronoun (`der`, `who`) starts `[start, end)`. */
function startsWithRelative(value: string, start: number, end: number): boolean {
  let wordEnd = start
  while (wordEnd < end && isLetter(value.charCodeAt(wordEnd))) wordEnd++
  return wordEnd > start && wordEnd < end && relativePronouns.has(value.slice(start, wordEnd))
}

/**
 * End of a symbol written before a label and a space: `»`, `›`, `→`, `►`, `▶`, or an emoji
 * (`🙄 Ich:`), with its variation selector or skin tone; or 0.
 */
export function symbolAt(value: string, index: number, end: number): number {
  const code = value.charCodeAt(index)
  let after = -1
  if (code === 0xbb || code === 0x203a || code === 0x2192 || code === 0x25ba || code === 0x25b6) after = index + 1
  else {
    const point = value.codePointAt(index)!
    if (point > 0xff && isPictographic(point)) {
      after = index + (point > 0xffff ? 2 : 1)
      while (after < end) {
        const next = value.codePointAt(after)!
        if (next === 0xfe0f || (next >= 0x1f3fb && next <= 0x1f3ff)) after += next > 0xffff ? 2 : 1
        else break
      }
    }
  }
  if (after < 0 || after >= end || !isInlineSpace(value.charCodeAt(after))) return 0
  return after
}

/**
 * Offset of the separator (`:` or `：`) in `[from, to)`, skipping the gender colon of `Kund:in:`
 * and a time in brackets after the label (a chat's `Mama (18:02):`).
 */
function findSeparator(value: string, colons: Colons, from: number, to: number): number {
  for (let index = nextColon(colons, from); index >= 0 && index < to; index = nextColon(colons, index + 1)) {
    if (value.charCodeAt(index) !== 58) return index
    if (isTimeInBrackets(value, from, index)) continue
    if (!isGenderColon(value, index)) return index
    index += genderColonEnding(value, index)
  }
  return -1
}

/** A colon between digits inside a bracket opened after `from` and not yet closed. */
function isTimeInBrackets(value: string, from: number, index: number): boolean {
  if (!isDigit(value.charCodeAt(index - 1)) || !isDigit(value.charCodeAt(index + 1))) return false
  for (let at = index - 1; at > from; at--) {
    const code = value.charCodeAt(at)
    if (code === 40 || code === 91) return true
    if (code === 41 || code === 93) return false
  }
  return false
}

/** `:in` / `:innen` (the locales' gender endings) glued to a word and followed by a separator or a space. */
function isGenderColon(value: string, index: number): boolean {
  if (!isLetter(value.charCodeAt(index - 1))) return false
  const length = genderColonEnding(value, index)
  if (length === 0) return false
  const after = value.charCodeAt(index + 1 + length)
  return isColon(after) || isInlineSpace(after)
}

/** Length of the gender ending after the colon at `index` (longest first), or 0. */
function genderColonEnding(value: string, index: number): number {
  for (const ending of genderColonEndings) if (value.startsWith(ending, index + 1)) return ending.length
  return 0
}


/** A label starts with a letter, or with a placeholder (`$` and a letter). */
function startsLabel(value: string, start: number): boolean {
  const first = value.charCodeAt(start)
  return isLetter(first) || first === mask || (first === 36 && isLetter(value.charCodeAt(start + 1)))
}

/** `█` (full block): a name redacted by `anonymize` (`█████: Hallo.`) is a label of its own. */
const mask = 0x2588

/**
 * Whether `[start, end)` can be a speaker label; returns its word count, or 0 when it cannot.
 * A label starts with a letter or a placeholder and holds words, abbreviation dots, hyphens,
 * apostrophes, `#2`, `&`, `/`; a glued marker (`Anna*`) may end it.
 */
function checkLabel(value: string, start: number, end: number, alias: Range | undefined, clause = -1): number {
  if (end <= start || end - start > maxLongLabelLength || !startsLabel(value, start)) return 0

  let words = 1
  for (let index = start; index < end; index++) {
    const code = value.charCodeAt(index)
    if (alias && index >= alias.start - 1 && index <= alias.end) continue
    if (isWordChar(code) || code === 95 || code === 36 || code === mask) continue
    if (isInlineSpace(code)) {
      if (!isInlineSpace(value.charCodeAt(index - 1))) words++
      continue
    }
    if (code === 46) {
      // A dot ends an abbreviation (`Mrs.`, `Dr.`), never a sentence inside a label.
      if (!isLetter(value.charCodeAt(index - 1))) return 0
      continue
    }
    if (code === 45 || code === 0x2010 || code === 39 || code === 0x2019 || code === 38 || code === 47) continue
    if (code === 35 && isDigit(value.charCodeAt(index + 1))) continue
    if (code === 58) continue // the gender colon of `Kund:in`
    if (isInvisible(code)) continue // a soft hyphen, a zero-width space: not seen
    if (code === 42 && index === end - 1) continue
    if (index === clause) continue // the comma before a relative clause (`Dame, die …`)
    // A surrogate pair (a letter outside the BMP, an emoji) is allowed inside a label.
    if (code >= 0xd800 && code <= 0xdfff) continue
    return 0
  }
  return words > maxLongLabelWords ? 0 : words
}

/** `:-)`, `:)`, `:D`, `:P`, `:'(` right after the separator. */
function isEmoticonAfter(value: string, index: number, end: number): boolean {
  let cursor = index
  const nose = value.charCodeAt(cursor)
  if (nose === 45 || nose === 39 || nose === 94 || nose === 111) cursor++
  if (cursor >= end) return cursor > index
  const mouth = value.charCodeAt(cursor)
  const isMouth =
    mouth === 41 || mouth === 40 || mouth === 93 || mouth === 91 || mouth === 124 || mouth === 42 ||
    mouth === 68 || mouth === 80 || mouth === 112 || mouth === 79 || mouth === 111 || mouth === 51 ||
    mouth === 83 || mouth === 115 || mouth === 88 || mouth === 120 || mouth === 64 || mouth === 36 || mouth === 123 || mouth === 125
  if (!isMouth) return false
  const after = cursor + 1 < end ? value.charCodeAt(cursor + 1) : 32
  // `:D` but not `:Dann`: a letter mouth must stand alone.
  return !isWordChar(after)
}
