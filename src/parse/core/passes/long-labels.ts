// Pass (cast): a long descriptive label at first (`Man in a very expensive suit:`), then a word
// that stands for it alone (`Suit:`; `Man:` of `Man with three bags:`, see `headsOf`): the same
// speaker, when that word named no speaker before the long label.
import {isInlineSpace} from '../../grammar.js'
import {slug} from '../../slug.js'
import {identity} from '../identity.js'
import {isPhraseLink, isPronounLabel} from '../people.js'
import {type CoreState, maxOneOffWords, regionsOf} from '../state.js'
import {selfLabels} from '../words.js'

export function longLabels(state: CoreState): void {
  const value = state.value
  const aliases = state.cast.aliases
  const seen = new Set<string>()
  const heads = new Map<string, string>()
  for (const region of regionsOf(state)) {
    for (let index = 0; index < region.classes.length; index++) {
      const line = region.classes[index]
      if (line.kind !== 'cue') continue
      const key = identity(value, line.cue, state.cast)
      const long = heads.get(key)
      if (long !== undefined && line.cue.words === 1) {
        aliases.set(key, long)
        continue
      }
      // Read once per long label: written again, its words were taken or refused the first time.
      if (line.cue.words > maxOneOffWords && !seen.has(key)) {
        for (const word of headsOf(value, line.cue.labelStart, line.cue.labelEnd)) {
          const head = slug(word)
          if (!seen.has(head) && !heads.has(head)) heads.set(head, key)
        }
      }
      seen.add(key)
    }
  }
}

/**
 * The words of a long label that can stand for it: its last (`Suit` of `Man in a very expensive
 * suit`), and the word before its first linking word, a label's first word being no link (`Man`
 * of `Man with three bags`, `Herr` of `Älterer Herr mit Hut`, `Mann` of `Der Mann aus dem Laden`).
 * Not a self label or a pronoun (`Me`, `Sie`): those name someone of their own.
 */
export function headsOf(value: string, start: number, end: number): string[] {
  const found: string[] = []
  let lastStart = end
  while (lastStart > start && !isInlineSpace(value.charCodeAt(lastStart - 1))) lastStart--
  addHead(found, value.slice(lastStart, end))
  let previous = -1
  for (let at = start; at < lastStart; ) {
    const wordStop = wordEnd(value, at, end)
    if (previous >= 0 && isPhraseLink(value.slice(at, wordStop))) {
      addHead(found, value.slice(previous, wordEnd(value, previous, end)))
      break
    }
    previous = at
    at = wordStop
    while (at < end && isInlineSpace(value.charCodeAt(at))) at++
  }
  return found
}

function wordEnd(value: string, start: number, end: number): number {
  let at = start
  while (at < end && !isInlineSpace(value.charCodeAt(at))) at++
  return at
}

function addHead(found: string[], word: string): void {
  if (word.length > 0 && !selfLabels.has(word.toLowerCase()) && !isPronounLabel(word)) found.push(word)
}
