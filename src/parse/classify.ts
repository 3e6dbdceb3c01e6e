// Classify each line of a region: a speaker cue, a note (`Update:`, `Posted by`), or plain text.
import {type Cue, parseCue} from './cue.js'
import type {Line} from './lines.js'
import {isBlank} from './lines.js'
import {isInlineSpace} from './chars.js'
import {bylinePhrases, headerLabels, noteLabels} from './words.js'

/** A run of lines that blocks are built from: the story, or one comment's body. */
export type Region = Line[]

export type Classified =
  | {kind: 'blank'}
  | {kind: 'text'}
  /** A note; its label is `[line.contentStart, labelEnd)`. */
  | {kind: 'note'; labelEnd: number}
  /** A line that reads as a cue; `learnCast` decides whether it is a turn. */
  | {kind: 'cue'; cue: Cue; key: string; turn: boolean; strong: boolean; who: string; more?: {cue: Cue; who: string}[]}

const lowerBylines = bylinePhrases.map((phrase) => phrase.toLowerCase())

export function classifyRegion(value: string, region: Region): Classified[] {
  return region.map((line) => classifyLine(value, line))
}

// Blank and text lines carry nothing else and are never changed: one object each serves all.
const blank: Classified = {kind: 'blank'}
const text: Classified = {kind: 'text'}

function classifyLine(value: string, line: Line): Classified {
  if (isBlank(line)) return blank
  const {contentStart, contentEnd} = line

  for (const phrase of lowerBylines) {
    const end = contentStart + phrase.length
    // The space after the phrase first: it rules out almost every line without a slice.
    if (end < contentEnd && value.charCodeAt(end) === 32 && value.slice(contentStart, end).toLowerCase() === phrase) {
      return {kind: 'note', labelEnd: end}
    }
  }

  // Note labels that the label grammar does not take (`TL;DR:`), read before it.
  const noteEnd = noteLabelEnd(value, contentStart, contentEnd)
  if (noteEnd > 0) return {kind: 'note', labelEnd: noteEnd}

  const cue = parseCue(value, contentStart, contentEnd)
  if (!cue) return text
  const label = value.slice(cue.label.start, cue.label.end).toLowerCase()
  if (!cue.bullet && cue.directions.length === 0 && isNoteLabel(label)) {
    return {kind: 'note', labelEnd: cue.separator.end}
  }
  if (headerLabels.has(label)) return text
  return {kind: 'cue', cue, key: '', turn: false, strong: false, who: ''}
}

/** The longest note label looked for before the cue grammar. */
const maxNoteLabelLength = 16

/** End of `TL;DR:`-like note labels at `start` (after the colon), or 0. */
function noteLabelEnd(value: string, start: number, end: number): number {
  const limit = Math.min(end, start + maxNoteLabelLength + 1)
  for (let index = start + 1; index < limit; index++) {
    const code = value.charCodeAt(index)
    if (code !== 58 && code !== 0xff1a) continue
    let labelEnd = index
    while (labelEnd > start && isInlineSpace(value.charCodeAt(labelEnd - 1))) labelEnd--
    return isNoteLabel(value.slice(start, labelEnd).toLowerCase()) ? index + 1 : 0
  }
  return 0
}

/** `Update`, `update 2`, `Edit2`, `P.S.`: a note label, with or without a number after it. */
export function isNoteLabel(label: string): boolean {
  if (noteLabels.has(label)) return true
  let end = label.length
  while (end > 0 && label.charCodeAt(end - 1) >= 48 && label.charCodeAt(end - 1) <= 57) end--
  if (end === label.length || end === 0) return false
  while (end > 0 && label.charCodeAt(end - 1) === 32) end--
  return noteLabels.has(label.slice(0, end))
}
