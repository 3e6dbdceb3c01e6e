// A name in a slug. WordPress and Blogger make a post's address (`<link>`, `wp:post_name`, an
// `href`) from its title, and a category's `nicename` from its name: the `$` dropped, the letters
// folded and lower-cased (`Der Tag mit $Anna` → `der-tag-mit-anna`). There the name is a run of
// slug words, which the replacement's slug takes the place of (`der-tag-mit-frau-mueller`).
import {slug} from '../parse/slug.js'
import {isWordChar} from '../parse/chars.js'
import {sameSpellings, withPlainLetters} from '../anonymize/name-key.js'
import {decodeUrl} from '../anonymize/url.js'
import type {Splice} from '../anonymize/splices.js'

/** The elements whose text is an address or a slug. */
const slugElements = new Set([
  'link', 'uri', 'email', 'guid', 'wp:post_name', 'wp:category_nicename', 'wp:tag_slug', 'wp:term_slug',
  'wp:comment_author_url', 'wp:comment_author_email', 'wp:attachment_url', 'wp:base_site_url', 'wp:base_blog_url'
])

/** The attributes of the export's own markup that hold one (`<category nicename="…">`, Blogger's `<link href="…">`). */
const slugAttributes = new Set(['nicename', 'href', 'src'])

export function isSlugElement(name: string): boolean {
  return slugElements.has(name)
}

export function isSlugAttribute(name: string): boolean {
  return slugAttributes.has(name)
}

/** What each name reads as in a slug, by its words' `slugKey` (`anna`, `anna-schmidt`, `jorg-weiss`), with the replacement's slug. */
export interface SlugNames {
  byWords: Map<string, string>
  /** The most words of a name. */
  longest: number
}

const markRe = /\p{M}/gu
const nonWordRe = /[^\p{L}\p{N}]+/gu

export function slugNames(replacements: ReadonlyMap<string, string>): SlugNames {
  const byWords = new Map<string, string>()
  let longest = 1
  for (const [name, replacement] of replacements) {
    const value = slug(replacement)
    // `ß` as `ss`, or left out, as Blogger does (`weiß`: `weiss`, `wei`); the words of a name
    // also run together, as in an e-mail address (`joergweiss@`).
    for (const form of [slugKey(name), slugKey(name.replace(/ß/g, ''))]) {
      if (!form || form.startsWith('-') || form.endsWith('-')) continue
      byWords.set(form, value)
      if (form.includes('-')) byWords.set(form.replace(/-/g, ''), value)
      longest = Math.max(longest, form.split('-').length)
    }
  }
  return {byWords, longest}
}

/**
 * Words as a slug writes them, spellings made one: lower case, marks and `-`/`_` runs aside,
 * `ß` as `ss`, umlauts spelled out or as their plain vowel (`Jörg`, `joerg`, `jorg`: `jorg`).
 */
export function slugKey(words: string): string {
  const plain = asciiRe.test(words) ? words.toLowerCase() : withPlainLetters(words.normalize('NFKD').replace(markRe, '').toLowerCase().replace(/ß/g, 'ss'))
  return sameSpellings(plain.replace(nonWordRe, '-'))
}

const asciiRe = /^[\x00-\x7f]*$/

/**
 * Each name written as slug words in `value`, replaced by the replacement's slug; `offsets` maps
 * `value` back to where it is written. Its words are read with percent escapes decoded
 * (`j%C3%B6rg`: WordPress's slug of `Jörg` where no locale spells it out).
 */
export function slugSplices(value: string, names: SlugNames, offsets?: {starts: ArrayLike<number>; ends: ArrayLike<number>}): Splice[] {
  const read = decodeUrl(value)
  const text = read.value
  const words = slugWords(text)
  const splices: Splice[] = []
  for (let first = 0; first < words.length; first++) {
    let key = ''
    let match: {last: number; value: string} | undefined
    for (let last = first; last < words.length && last - first < names.longest; last++) {
      // Words of one name are joined by `-`, `_` or `.` only (`anna-meier`, `anna.meier@`).
      if (last > first && !isJoiner(text.charCodeAt(words[last - 1].end))) break
      if (last > first && words[last].start !== words[last - 1].end + 1) break
      key += (last > first ? '-' : '') + slugKey(text.slice(words[last].start, words[last].end))
      const replacement = names.byWords.get(key)
      if (replacement !== undefined) match = {last, value: replacement}
    }
    if (!match) continue
    const start = read.starts[words[first].start]
    const end = read.ends[words[match.last].end - 1]
    splices.push(offsets ? {start: offsets.starts[start], end: offsets.ends[end - 1], value: match.value} : {start, end, value: match.value})
    first = match.last
  }
  return splices
}

/** Runs of letters, marks and digits: a slug's words. */
function slugWords(value: string): Array<{start: number; end: number}> {
  const words: Array<{start: number; end: number}> = []
  let start = -1
  for (let index = 0; index <= value.length; index++) {
    const word = index < value.length && isWordChar(value.charCodeAt(index))
    if (word && start < 0) start = index
    else if (!word && start >= 0) {
      words.push({start, end: index})
      start = -1
    }
  }
  return words
}

function isJoiner(code: number): boolean {
  return code === 45 || code === 95 || code === 46
}
