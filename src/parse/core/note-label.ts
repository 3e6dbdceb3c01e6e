// Note labels: `Update`, `update 2`, `Edit2`, `P.S.`, from every locale, with or without a number
// after them. A note label never names a speaker, whatever the format writes it in.
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
