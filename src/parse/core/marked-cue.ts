// A cue the format marks: a bold label (`**Chef:** …`, `**Chef**: …`, `__Kundin__: …`, after an
// optional bullet, escaped or not). The separator stands inside the bold span or right after it;
// the label, as the format reads it, must be one the cue grammar takes. A bold note label
// (`**Update 2:**`, `**Nachtrag (am Abend):**`, `**TL;DR:**`) is a note, labelled without its markup.
import {bulletEnd, isColon, trimEnd, trimStart} from '../grammar.js'
import type {LineFormat, Span, StoryLine} from '../reader.js'
import {colonsOf} from './colons.js'
import {makeCue, parseCue, type PreDirection, symbolAt} from './cue.js'
import {labelFacts} from './identity.js'
import {isNoteCue, isNoteLabel} from './note-label.js'
import type {Cast, LineClass} from './state.js'

type Bold = NonNullable<LineFormat['leadingBold']>

export function markedCue(value: string, line: StoryLine, bold: Bold, cast: Pick<Cast, 'labels'>): LineClass | undefined {
  const listBullet = bulletEnd(value, line.contentStart, line.contentEnd, true)
  // A symbol before the label (`» **Chef:**`, `🙄 **Ich:**`) is a bullet the wider grammar reads.
  const symbol = listBullet > 0 ? 0 : symbolAt(value, line.contentStart, line.contentEnd)
  const bullet = listBullet || symbol
  if ((bullet > 0 ? trimStart(value, bullet, line.contentEnd) : line.contentStart) !== bold.start) return undefined
  const {start: innerStart, end: innerEnd} = bold.inner
  // The separator inside the bold span (`**Chef:**`) or right after it (`**Chef**:`).
  let separator = trimEnd(value, innerStart, innerEnd) - 1
  let labelEnd = separator
  let speech: number
  if (isColon(value.charCodeAt(separator))) speech = bold.end
  else {
    labelEnd = innerEnd
    separator = trimStart(value, bold.end, line.contentEnd)
    if (!isColon(value.charCodeAt(separator))) return undefined
    speech = separator + 1
  }
  speech = trimStart(value, speech, line.contentEnd)
  labelEnd = trimEnd(value, innerStart, labelEnd)

  // The label as the format reads it (escapes decoded) must be one the cue grammar takes.
  const label = bold.text.slice(0, bold.text.length - (innerEnd - labelEnd))
  const cueText = label + ':'
  const parsed = parseCue(cueText, colonsOf(cueText), 0, cueText.length)
  // A note label the cue grammar does not take (`**TL;DR:**`), as on a line of its own.
  if (!parsed && bullet === 0 && isNoteLabel(label.toLowerCase())) return noteClass(value, label, separator, bold)
  if (!parsed || parsed.bullet || parsed.separator !== label.length) return undefined
  // Offsets in the label as read, in the source: as written, or through the format's decoding.
  const decoded = bold.decoded
  const mapped = decoded !== undefined || value.slice(innerStart, labelEnd) === label
  const shift = (range: Span): Span =>
    decoded ? {start: decoded.starts[range.start], end: decoded.ends[range.end - 1]} : {start: range.start + innerStart, end: range.end + innerStart}
  const labelSpan = mapped ? shift({start: parsed.labelStart, end: parsed.labelEnd}) : {start: innerStart, end: labelEnd}
  const cue = makeCue(
    labelSpan.start,
    labelSpan.end,
    mapped ? parsed.directions.map((direction) => preDirection(direction, shift, decoded !== undefined)) : [],
    separator,
    speech,
    parsed.words,
    bullet > 0 ? {start: line.contentStart, end: bullet} : undefined,
    mapped && parsed.alias ? shift(parsed.alias) : undefined,
    parsed.wide === true || symbol > 0,
    mapped && parsed.comma === true
  )

  // What the label says, read once per distinct label of the parse (the passes after ask again).
  const facts = labelFacts(value, cue, cast)
  if (isNoteCue(cue, facts)) return noteClass(value, label, separator, bold)
  return facts.header ? {kind: 'text'} : {kind: 'cue', cue, marked: true, who: undefined}
}

/** A bold note label's line: labelled as read, without its markup, its separator kept. */
function noteClass(value: string, label: string, separator: number, bold: Bold): LineClass {
  return {kind: 'note', label: label + value.charAt(separator), labelEnd: Math.max(bold.end, separator + 1)}
}

/** A direction of the label as read, in the source; where escaped, with where its content stands. */
function preDirection(direction: PreDirection, shift: (range: Span) => Span, decoded: boolean): PreDirection {
  const result: PreDirection = {...shift(direction), marker: direction.marker}
  // From after its opener to before its closer, escaped or not.
  if (decoded && direction.marker !== 'comma') result.content = {start: shift({start: direction.start, end: direction.start + 1}).end, end: shift({start: direction.end - 1, end: direction.end}).start}
  return result
}
