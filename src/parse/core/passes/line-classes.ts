// Pass: the class of every line of every region, read on its own: a byline phrase (`Posted by`)
// or a note label (`Update:`, `TL;DR:`) makes a note, a cue shape (`Chef: …`, `**Chef:** …`) a
// cue, an e-mail header (`Von:`) text, and so a note label among a header's lines and fields. A
// cue or note label with an element of the format inside it (emphasis, a link) is text.
import {startsWithLowered, trimEnd} from '../../grammar.js'
import {isBlankLine, type StoryLine} from '../../reader.js'
import {type Colons, nextColon} from '../colons.js'
import {parseCue} from '../cue.js'
import {labelFacts} from '../identity.js'
import {markedCue} from '../marked-cue.js'
import {isNoteCue, isNoteLabel} from '../note-label.js'
import {scratchArray} from '../../scratch.js'
import {type CoreState, type LineClass, type NoteClass, regionsOf} from '../state.js'
import {bylinePhrases} from '../words.js'

// Blank and text lines carry nothing else and are never changed: one object each serves all
// (the blank one also where a later pass takes a line out: dateline.ts, title.ts).
export const blankClass: LineClass = {kind: 'blank'}
const text: LineClass = {kind: 'text'}
/** A line of an e-mail's or a ticket's header (`Betreff: …`): text, and a note label among them. */
const fieldText: LineClass = {kind: 'text'}

const lowerBylines = bylinePhrases.map((phrase) => phrase.toLowerCase())

export function lineClasses(state: CoreState): void {
  for (const region of regionsOf(state)) {
    // Of its final length at once (grown by `push`, an array leaves its smaller copies as garbage);
    // a long one is kept for the next parse (see src/parse/scratch.ts).
    const {lines} = region
    const classes = scratchArray<LineClass>(state.context.scratch, lines.length)
    // Whether the line before is a mail's or ticket's header, or a field under one (`Subject:` /
    // `Priority:`): a note label there is one more field (`Category:`).
    let header = false
    for (let index = 0; index < lines.length; index++) {
      let found = classify(state, lines[index])
      if (header && found.kind === 'note') found = fieldText
      header = found === fieldText || (header && found.kind === 'cue' && found.cue.facts?.field === true)
      classes[index] = found
    }
    region.classes = classes
  }
}

/** The class of one line, read on its own (the dateline pass asks of the first line before this pass runs). */
export function classify(state: CoreState, line: StoryLine): LineClass {
  if (isBlankLine(line)) return blankClass
  const format = line.format
  if (format?.leadingBold) {
    const marked = markedCue(state.value, line, format.leadingBold, state.cast)
    if (marked) return marked
  }
  const found = classifyPlain(state, line.contentStart, line.contentEnd)
  // Markup inside a label voids it: `*Chef*: …` is no cue the format marks, nor a plain one.
  if (found.kind === 'cue' || found.kind === 'note') {
    const labelEnd = found.kind === 'cue' ? found.cue.speech : found.labelEnd
    if (format?.elementStart !== undefined && format.elementStart < labelEnd) return text
  }
  return found
}

function classifyPlain(state: CoreState, start: number, end: number): LineClass {
  const value = state.value
  for (const phrase of lowerBylines) {
    const phraseEnd = start + phrase.length
    // The space after the phrase first: it rules out almost every line without a slice.
    if (phraseEnd < end && value.charCodeAt(phraseEnd) === 32 && startsWithLowered(value, start, phrase)) {
      return {kind: 'note', label: value.slice(start, phraseEnd), labelEnd: phraseEnd}
    }
  }
  const cue = parseCue(value, state.colons, start, end)
  if (!cue) {
    // Note labels that the label grammar does not take (`TL;DR:`). A label it takes is a note
    // by its facts below, which are read once per distinct label, not sliced per line.
    const noteEnd = noteLabelEnd(value, state.colons, start, end)
    return noteEnd > 0 ? {kind: 'note', label: value.slice(start, noteEnd), labelEnd: noteEnd} : text
  }
  const facts = labelFacts(value, cue, state.cast)
  if (isNoteCue(cue, facts)) {
    return {kind: 'note', label: value.slice(start, cue.separator + 1), labelEnd: cue.separator + 1}
  }
  return facts.header ? fieldText : {kind: 'cue', cue, marked: false, who: undefined}
}

/** Whether a note line is a byline (`Posted by …`, `Eingestellt von …`): blog meta, not an aside. */
export function isBylineNote(line: NoteClass): boolean {
  return lowerBylines.includes(line.label.toLowerCase())
}

/** The longest note label looked for before the cue grammar. */
const maxNoteLabelLength = 16

/** End of `TL;DR:`-like note labels at `start` (after the colon), or 0. */
function noteLabelEnd(value: string, colons: Colons, start: number, end: number): number {
  const index = nextColon(colons, start + 1)
  if (index < 0 || index >= Math.min(end, start + maxNoteLabelLength + 1)) return 0
  const labelEnd = trimEnd(value, start, index)
  return isNoteLabel(value.slice(start, labelEnd).toLowerCase()) ? index + 1 : 0
}
