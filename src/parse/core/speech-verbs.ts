// `Er sagte: …`, `Then he asked: …`: narration that introduces speech, not a speaker's label.
import {isInlineSpace} from '../grammar.js'
import type {Cue} from './cue.js'
import {speechVerbs} from './words.js'

export function introducesSpeech(value: string, cue: Cue): boolean {
  if (cue.words < 2) return false
  let start = cue.labelStart
  for (let index = cue.labelStart; index <= cue.labelEnd; index++) {
    if (index < cue.labelEnd && !isInlineSpace(value.charCodeAt(index))) continue
    if (index > start && speechVerbs.has(value.slice(start, index).toLowerCase())) return true
    start = index + 1
  }
  return false
}
