// Lookups over the locale data, built once: the parser reads the words of every locale.
import {locales} from '../../locale/index.js'
import {slug} from '../slug.js'

/** The words every locale gives for `pick`, in lower case. */
export function lowerSet(pick: (locale: (typeof locales)[number]) => readonly string[]): Set<string> {
  const set = new Set<string>()
  for (const locale of locales) for (const word of pick(locale)) set.add(word.toLowerCase())
  return set
}

export const selfLabels = lowerSet((locale) => locale.self)
/** Each self label (lower case) → the identity of its locale's first self label (`i` → `me`). */
export const selfIdentities = new Map<string, string>()
for (const locale of locales) {
  for (const label of locale.self) selfIdentities.set(label.toLowerCase(), slug(locale.self[0]))
}
export const speechVerbs = lowerSet((locale) => [...locale.speechVerbs, ...locale.thoughtVerbs])
/** Note labels, and gloss labels (`Übersetzt:`, `Translation:`), which start a note too. */
export const noteLabels = lowerSet((locale) => [...locale.noteLabels, ...locale.glossLabels])
/** E-mail and form headers, and reply prefixes (`Re:Re:`): a line with one is narration. */
export const headerLabels = lowerSet((locale) => [...locale.headerLabels, ...locale.replyPrefixes])
/** The narrator's lead-ins (`Kurzum:`, `Long story short:`): never a speaker. */
export const leadIns = lowerSet((locale) => locale.leadIns)
export const commentNouns = lowerSet((locale) => locale.commentNouns)
export const replyNouns = lowerSet((locale) => locale.replyNouns)
export const titledNouns = lowerSet((locale) => locale.titledNouns)
export const controlWords: readonly string[] = [...new Set(locales.flatMap((locale) => locale.controls))]
export const commentBylineVerbs: readonly string[] = locales.flatMap((locale) => locale.commentBylineVerbs)
export const bylinePhrases: readonly string[] = locales.flatMap((locale) => locale.bylines)

export const commentCountWords = new Map<string, number>()
for (const locale of locales) {
  for (const [word, count] of Object.entries(locale.commentCountWords)) commentCountWords.set(word, count)
}

export const dateTimeJoiners: readonly string[] = [...new Set(locales.flatMap((locale) => locale.dateTimeJoiners))]
/** Time suffixes of every locale, longest first, and the half of the day each names. */
export const timeSuffixes: readonly (readonly [string, 'am' | 'pm' | undefined])[] = locales
  .flatMap((locale) => Object.entries(locale.timeSuffixes))
  .sort((a, b) => b[0].length - a[0].length)
  .map(([suffix, half]) => [suffix, half === '' ? undefined : half] as const)
/** Gender endings after a colon inside a label (`Kund:in`, `Kund:innen`), longest first. */
export const genderColonEndings: readonly string[] = [...new Set(locales.flatMap((locale) => locale.genderColonEndings))].sort((a, b) => b.length - a.length)
