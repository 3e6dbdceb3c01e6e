// Note labels: `Update`, `update 2`, `Edit2`, `P.S.`, from every locale, with or without a number
// after them. A note label never names a speaker, whatever the format writes it in.
import type {Cue} from './cue.js'
import type {LabelFacts} from './identity.js'
import {noteLabels} from './words.js'

/** Whether `label` (lower case) is a note label, with or without a number after it. */
export function isNoteLabel(label: string): boolean {
  if (noteLabels.has(label)) return true
  let end = label.length
  while (end > 0 && label.charCodeAt(end - 1) >= 48 && label.charCodeAt(end - 1) <= 57) end--
  if (end === label.length || end === 0) return false
  while (end > 0 && label.charCodeAt(end - 1) === 32) end--
  return noteLabels.has(label.slice(0, end))
}

/**
 * Whether a cue-shaped line is a note: its label is a note label, with no list marker and no
 * directions but at most a qualifier in brackets (`Nachtrag (am Abend):`), whatever the format.
 */
export function isNoteCue(cue: Cue, facts: Pick<LabelFacts, 'note'>): boolean {
  const qualified = cue.directions.length === 1 && cue.directions[0].marker === 'paren'
  return facts.note && !cue.bullet && (cue.directions.length === 0 || qualified)
}
