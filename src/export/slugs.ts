// A name in a slug. WordPress and Blogger make a post's address (`<link>`, `wp:post_name`, an
// `href`) from its title, and a category's `nicename` from its name: the `$` dropped, the letters
// folded and lower-cased (`Der Tag mit $Anna` → `der-tag-mit-anna`). There the name is a run of
// slug words, which the replacement's slug takes the place of (`der-tag-mit-frau-mueller`).
import {slug} from '../parse/slug.js'
import type {Splice} from '../anonymize/splices.js'

/** The elements whose text is an address or a slug. */
const slugElements = new Set([
  'link', 'guid', 'wp:post_name', 'wp:category_nicename', 'wp:tag_slug', 'wp:term_slug',
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

/** What each name reads as in a slug, by its words (`anna`, `anna-schmidt`, `muller` and `mueller`), with the replacement's slug. */
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
    // Spelled out as the locales do (`ü` → `ue`), and with the marks only dropped (`ü` → `u`).
    const plain = name.normalize('NFKD').replace(markRe, '').toLowerCase().replace(nonWordRe, '-')
    for (const form of [slug(name), plain]) {
      if (!/^[a-z\d]+(?:-[a-z\d]+)*$/.test(form)) continue
      byWords.set(form, value)
      longest = Math.max(longest, form.split('-').length)
    }
  }
  return {byWords, longest}
}

/** Each name written as slug words in `value`, replaced by the replacement's slug; `offsets` maps `value` back to where it is written. */
export function slugSplices(value: string, names: SlugNames, offsets?: {starts: ArrayLike<number>; ends: ArrayLike<number>}): Splice[] {
  const words = slugWords(value)
  const splices: Splice[] = []
  for (let first = 0; first < words.length; first++) {
    let key = ''
    let match: {last: number; value: string} | undefined
    for (let last = first; last < words.length && last - first < names.longest; last++) {
      // Words of one name are joined by `-` or `_` only.
      if (last > first && !isJoiner(value.charCodeAt(words[last - 1].end))) break
      if (last > first && words[last].start !== words[last - 1].end + 1) break
      key += (last > first ? '-' : '') + value.slice(words[last].start, words[last].end).toLowerCase()
      const replacement = names.byWords.get(key)
      if (replacement !== undefined) match = {last, value: replacement}
    }
    if (!match) continue
    const start = words[first].start
    const end = words[match.last].end
    splices.push(offsets ? {start: offsets.starts[start], end: offsets.ends[end - 1], value: match.value} : {start, end, value: match.value})
    first = match.last
  }
  return splices
}

/** Runs of ASCII letters and digits: a slug's words. */
function slugWords(value: string): Array<{start: number; end: number}> {
  const words: Array<{start: number; end: number}> = []
  let start = -1
  for (let index = 0; index <= value.length; index++) {
    const word = index < value.length && isSlugChar(value.charCodeAt(index))
    if (word && start < 0) start = index
    else if (!word && start >= 0) {
      words.push({start, end: index})
      start = -1
    }
  }
  return words
}

function isSlugChar(code: number): boolean {
  return (code >= 97 && code <= 122) || (code >= 65 && code <= 90) || (code >= 48 && code <= 57)
}

function isJoiner(code: number): boolean {
  return code === 45 || code === 95
}
