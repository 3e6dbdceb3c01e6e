// Datelines as blogs write them, in every locale:
// `Montag, 21. Februar 2011`, `21.02.2011`, `Monday, February 21, 2011`, `21 February 2011`, `2011-02-21`.
import {locales} from '../../locale/index.js'
import type {Lang} from '../../types.js'
import {isDigit} from '../grammar.js'
import {dateTimeJoiners, timeSuffixes} from './words.js'

export interface ParsedDate {
  /** ISO 8601 date, when the day exists. */
  date?: string
  /** The language its words belong to, when they tell. */
  lang?: Lang
  /** Day and month could be either (`03/04/2017`): no `date`, and no day that does not exist. */
  ambiguous?: boolean
}

/** Month names by lower case, with their language where only one locale writes them (`Nov` tells none). */
const months = new Map<string, {month: number; lang: Lang | undefined}>()
const weekdays = new Map<string, Lang>()
for (const locale of locales) {
  locale.months.forEach((names, month) => {
    for (const name of names) {
      const lower = name.toLowerCase()
      const known = months.get(lower)
      if (!known) months.set(lower, {month: month + 1, lang: locale.lang})
      else if (known.lang !== locale.lang) known.lang = undefined
    }
  })
  for (const names of locale.weekdays) for (const name of names) weekdays.set(name.toLowerCase(), locale.lang)
}

/** Whether `word` names a month in one of the locales (`Februar`, `Feb`, `February`), in any case. */
export function isMonthName(word: string): boolean {
  return months.has(word.toLowerCase())
}

/** A dateline is short: longer lines are never read as one. */
export const maxDatelineLength = 48

/** A number's `lang`: the language of the ordinal suffix glued to it (`2nd`). */
type Token = {kind: 'number'; value: number; text: string; lang?: Lang} | {kind: 'word'; text: string} | {kind: 'mark'; text: string}

const tokenRe = /(\d+)|(\p{L}+)|([.,/-])|(\s+)|(.)/gsu
/** Suffixes of ordinal days (`2nd`): a word glued to a number is read as part of it. */
const ordinalSuffixes = new Map(locales.flatMap((locale) => locale.ordinalSuffixes.map((suffix) => [suffix, locale.lang] as const)))

function tokenize(text: string): Token[] | undefined {
  const tokens: Token[] = []
  tokenRe.lastIndex = 0
  let match: RegExpExecArray | null
  while ((match = tokenRe.exec(text))) {
    const ordinal = match[2] ? ordinalSuffixes.get(match[2].toLowerCase()) : undefined
    const previous = tokens[tokens.length - 1]
    if (match[1]) tokens.push({kind: 'number', value: Number(match[1]), text: match[1]})
    else if (ordinal !== undefined && previous?.kind === 'number' && match.index > 0 && isDigit(text.charCodeAt(match.index - 1))) previous.lang = ordinal
    else if (match[2]) tokens.push({kind: 'word', text: match[2].toLowerCase()})
    else if (match[3]) tokens.push({kind: 'mark', text: match[3]})
    else if (match[5]) return undefined
  }
  return tokens
}

/** Read `text` (one trimmed line) as a date line; `undefined` when it is not one. */
export function parseDateline(text: string): ParsedDate | undefined {
  if (text.length === 0 || text.length > maxDatelineLength) return undefined
  const tokens = tokenize(text)
  if (!tokens || tokens.length === 0) return undefined

  let index = 0
  let lang: Lang | undefined
  const first = tokens[0]
  if (first.kind === 'word' && weekdays.has(first.text)) {
    lang = weekdays.get(first.text)
    index = 1
    // An abbreviation's dot (`Mi.,`), then the comma.
    if (tokens[index]?.kind === 'mark' && tokens[index].text === '.') index++
    if (tokens[index]?.kind === 'mark' && tokens[index].text === ',') index++
  }

  const rest = tokens.slice(index)
  const found = readDate(rest, lang)
  if (!found) return undefined
  const result: ParsedDate = {}
  const chosen = lang ?? found.lang
  if (chosen) result.lang = chosen
  if (found.month === 0) result.ambiguous = true
  else if (isValidDate(found.year, found.month, found.day)) {
    result.date = String(found.year).padStart(4, '0') + '-' + pad(found.month) + '-' + pad(found.day)
  }
  return result
}

interface Found {
  year: number
  month: number
  day: number
  lang?: Lang
}

/** The date of `tokens`; `lang`, the weekday's language, orders day and month written with slashes. */
function readDate(tokens: Token[], lang: Lang | undefined): Found | undefined {
  const shape = tokens.map((token) => (token.kind === 'mark' ? token.text : token.kind === 'number' ? 'n' : 'w')).join('')
  const number = (index: number) => (tokens[index] as {value: number}).value
  const month = (index: number) => months.get(tokens[index].text)

  switch (shape) {
    case 'n.w.n':
    case 'n.wn': // 21. Februar 2011 (a dot after an abbreviated month is a mark token)
    case 'nwn': {
      // 21 February 2011 / 21. Februar 2011
      const name = month(shape === 'nwn' ? 1 : 2)
      if (!name) return undefined
      return {day: number(0), month: name.month, year: number(tokens.length - 1), lang: name.lang}
    }
    case 'wn,n':
    case 'w.n,n':
    case 'w.nn':
    case 'wnn': {
      // February 21, 2011 / Feb. 21, 2011 / Sept. 3rd 2019
      const name = month(0)
      if (!name) return undefined
      const dayIndex = shape === 'w.n,n' || shape === 'w.nn' ? 2 : 1
      return {day: number(dayIndex), month: name.month, year: number(tokens.length - 1), lang: name.lang ?? (tokens[dayIndex] as {lang?: Lang}).lang}
    }
    case 'n.n.n':
    case 'n/n/n': {
      // 21.02.2011, and in blog bylines 4.2.12 (a two-digit year is in 2000–2069 or 1970–1999);
      // with slashes the month comes first where a number over 12 or an English weekday says so
      // (`06/14/2017`, `Wed, 03/04/2017`), and neither may (`03/04/2017`: month 0, `ambiguous`)
      const year = tokens[4].text
      if (tokens[0].text.length > 2 || (year.length !== 4 && year.length !== 2)) return undefined
      let [day, month] = [number(0), number(2)]
      if (shape === 'n/n/n' && (month > 12 || (day <= 12 && lang === 'en'))) [day, month] = [month, day]
      else if (shape === 'n/n/n' && day <= 12 && !lang) month = 0
      return {day, month, year: year.length === 2 ? (number(4) < 70 ? 2000 : 1900) + number(4) : number(4)}
    }
    case 'n-n-n': {
      // 2011-02-21
      if (tokens[0].text.length !== 4 || tokens[2].text.length !== 2 || tokens[4].text.length !== 2) return undefined
      return {year: number(0), month: number(2), day: number(4)}
    }
    default:
      return undefined
  }
}

function isValidDate(year: number, month: number, day: number): boolean {
  if (year < 1000 || year > 9999 || month < 1 || month > 12 || day < 1) return false
  const leap = (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0
  const lengths = [31, leap ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31]
  return day <= lengths[month - 1]
}

function pad(value: number): string {
  return value < 10 ? '0' + value : String(value)
}

/** The longest date line under a comment byline. */
const maxCommentDateLength = 64

/**
 * The date line blogs write under a comment's byline: a date as a dateline has it, then maybe a
 * time (`3. März 2012 um 09:15`, `March 4, 2012 at 8:02 PM`, `2012-03-04, 20:02 Uhr`). ISO 8601
 * (`2012-03-03T09:15`, or the day alone without a time), or undefined when the line is none.
 */
export function parseCommentDate(text: string): string | undefined {
  if (text.length > maxCommentDateLength || !hasDigit(text)) return undefined
  const time = timeAtEnd(text)
  let end = time ? time.start : text.length
  // The words between date and time: `um`, `at`, a comma.
  while (end > 0 && (text.charCodeAt(end - 1) === 32 || text.charCodeAt(end - 1) === 44)) end--
  for (const word of dateTimeJoiners) {
    if (time && text.slice(0, end).toLowerCase().endsWith(' ' + word)) end -= word.length + 1
  }
  while (end > 0 && (text.charCodeAt(end - 1) === 32 || text.charCodeAt(end - 1) === 44)) end--
  const date = parseDateline(text.slice(0, end))?.date
  if (!date) return undefined
  return time ? date + 'T' + pad(time.hours) + ':' + pad(time.minutes) : date
}

/**
 * Whether `text` holds a digit: every date this module reads has numbers. Comment sections ask
 * of most of their lines whether they are a byline or a date line, and most have none.
 */
export function hasDigit(text: string): boolean {
  for (let index = 0; index < text.length; index++) if (isDigit(text.charCodeAt(index))) return true
  return false
}

/** A time at the end of `text` (`09:15`, `8:02 PM`, `20:02 Uhr`), and where it starts. */
function timeAtEnd(text: string): {start: number; hours: number; minutes: number} | undefined {
  let end = text.length
  while (end > 0 && text.charCodeAt(end - 1) === 32) end--
  const lower = text.slice(0, end).toLowerCase()
  let meridiem: 'am' | 'pm' | undefined
  for (const [suffix, kind] of timeSuffixes) {
    if (lower.endsWith(suffix)) {
      end -= suffix.length
      meridiem = kind
      while (end > 0 && text.charCodeAt(end - 1) === 32) end--
      break
    }
  }
  // `h:mm` or `hh:mm` just before.
  const minutesStart = end - 2
  if (minutesStart < 2 || text.charCodeAt(minutesStart - 1) !== 58) return undefined
  const minutes = Number(text.slice(minutesStart, end))
  let start = minutesStart - 1
  while (start > 0 && minutesStart - 1 - start < 2 && isDigit(text.charCodeAt(start - 1))) start--
  if (start === minutesStart - 1 || !isDigit(text.charCodeAt(minutesStart)) || !isDigit(text.charCodeAt(minutesStart + 1))) return undefined
  let hours = Number(text.slice(start, minutesStart - 1))
  if (meridiem) {
    if (hours < 1 || hours > 12) return undefined
    hours = (hours % 12) + (meridiem === 'pm' ? 12 : 0)
  }
  if (hours > 23 || minutes > 59 || (start > 0 && text.charCodeAt(start - 1) !== 32 && text.charCodeAt(start - 1) !== 44)) return undefined
  return {start, hours, minutes}
}

/** The longest top line read for a date with a time, a meta phrase or a byline around it. */
export const maxDatelineLineLength = 100

const metaPhrases = locales.flatMap((locale) => locale.metaPhrases.map((phrase) => phrase.toLowerCase() + ' '))
const bylineWords = locales.flatMap((locale) => locale.bylineWords.map((word) => word.toLowerCase()))

/**
 * A line at the top of a story that gives its date: a dateline (`parseDateline`); a date with a
 * time and maybe more run on (`Nov. 2nd, 2014 8:07 pm`, `Sept. 3rd 2019, 9:15 pm`); or a meta
 * line with a date in one of its parts (`Filed under Work | by Ann | March 2, 2020`,
 * `Veröffentlicht am 3. März 2012 von Ben`). Sentences with a date (`Am 3. März 2012 war ich …`)
 * are none of these.
 */
export function readDateline(text: string): ParsedDate | undefined {
  const plain = parseDateline(text)
  if (plain || text.length > maxDatelineLineLength) return plain
  const timed = dateBeforeTime(text)
  if (timed) return timed
  const parts = text.split(/\s[|·•»]\s|\s[–—-]\s/)
  const lower = text.toLowerCase()
  if (parts.length < 2 && !metaPhrases.some((phrase) => lower.startsWith(phrase))) return undefined
  for (const part of parts) {
    const found = dateInMetaPart(part.trim())
    if (found) return found
  }
  return undefined
}

/** A part of a meta line: a meta phrase before the date, a byline (`von Ben`, `by Ann`) after it. */
function dateInMetaPart(part: string): ParsedDate | undefined {
  let text = part
  const lower = text.toLowerCase()
  const phrase = metaPhrases.find((candidate) => lower.startsWith(candidate))
  if (phrase) text = text.slice(phrase.length)
  for (const word of bylineWords) {
    const at = text.toLowerCase().indexOf(' ' + word + ' ')
    if (at > 0) text = text.slice(0, at)
  }
  return parseDateline(text.trim()) ?? dateBeforeTime(text.trim())
}

/** A time (`8:07`, `21:15`) after the start, a space or a comma: what follows it may be anything. */
const timeRe = /(?:^|[\s,])\d{1,2}:\d{2}/

/** A date followed by a time (`Nov. 2nd, 2014 8:07 pm …`): the date, when what precedes the time is one. */
function dateBeforeTime(text: string): ParsedDate | undefined {
  const match = timeRe.exec(text)
  if (!match) return undefined
  // The words between date and time: `um`, `at`, a comma.
  let end = trimDateEnd(text, match.index)
  for (const word of [' um', ' at']) {
    if (text.slice(0, end).toLowerCase().endsWith(word)) end = trimDateEnd(text, end - word.length)
  }
  return end > 0 ? parseDateline(text.slice(0, end)) : undefined
}

/** `end` moved back over spaces and commas. */
function trimDateEnd(text: string, end: number): number {
  while (end > 0 && (text.charCodeAt(end - 1) === 32 || text.charCodeAt(end - 1) === 44)) end--
  return end
}
