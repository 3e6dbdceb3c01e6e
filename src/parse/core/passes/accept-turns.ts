// Pass (cast): which cues are turns. A speaker's cue is one where speech follows; a one-off short
// label must earn it by its neighbours (a paragraph with turns, a speaker's cue beside it, a line
// ending in a colon above it); a long one-off label only beside an accepted turn. A label the
// format marks (bold) is the writer marking a speaker: a turn where speech follows.
// Where the story has speakers, a run of one-off labels (`Problem: …` / `Lösung: …`) is a list,
// not a dialogue; where it has none, one-offs vouch for each other (two strangers talk). A field
// of a list or form is never a turn. Cues only the wider grammar reads (a symbol before the
// label, a direction after a comma, a label of more than 8 words) are cues only where they are
// turns; elsewhere the line is text.
import {endsWithColon, isUpperLetter} from '../../grammar.js'
import type {StoryLine} from '../../reader.js'
import {maxLabelWords} from '../cue.js'
import {identity, labelOf} from '../identity.js'
import {describesPerson, opensWithRole} from '../people.js'
import {type CoreState, type CueClass, type LineClass, maxOneOffWords, type Region, paragraphsWith, regionsOf, whoOf} from '../state.js'
import {introducesSpeech} from '../speech-verbs.js'
import {type Known, runOnCues} from './split-run-on-turns.js'

interface Turns {
  state: CoreState
  region: Region
  /** 1 where the line is a turn (see `Cast.accepted`). */
  turn: Uint8Array
  hasSpeakers: boolean
}

export function acceptTurns(state: CoreState): void {
  const hasSpeakers = state.cast.established.size > 0
  regionsOf(state).forEach((region, index) => {
    const turns: Turns = {state, region, turn: new Uint8Array(region.lines.length), hasSpeakers}
    speakersCues(turns)
    shortOneOffs(turns, paragraphsWithTurns(turns))
    longOneOffs(turns)
    oneTurnParagraphs(turns)
    runOnIntroductions(turns)
    markedCues(turns)
    wideCues(turns)
    state.cast.accepted.push(turns.turn)
  })
}

function isEstablished(turns: Turns, index: number): boolean {
  const who = whoOf(turns.region.classes[index])
  return who !== undefined && turns.state.cast.established.has(who)
}

/** Whether speech follows the cue: on its line, or on the next one. */
function hasSpeech(turns: Turns, index: number, cue: CueClass): boolean {
  return cue.cue.speech < turns.region.lines[index].contentEnd || turns.region.classes[index + 1]?.kind === 'text'
}

function speakersCues(turns: Turns): void {
  const {classes} = turns.region
  for (let index = 0; index < classes.length; index++) {
    const line = classes[index]
    if (line.kind === 'cue' && isEstablished(turns, index)) turns.turn[index] = hasSpeech(turns, index, line) ? 1 : 0
  }
}

function shortOneOffs(turns: Turns, inDialogue: Uint8Array): void {
  const {region, turn, state} = turns
  const {lines, classes} = region
  for (let index = 0; index < classes.length; index++) {
    const line = classes[index]
    if (line.kind !== 'cue' || isEstablished(turns, index) || isField(turns, index)) continue
    if (line.cue.words > maxOneOffWords || introducesSpeech(state.value, line.cue)) continue
    if (line.cue.speech >= lines[index].contentEnd) {
      // A label alone on its line, the speech below it (`Chef:` / `Ja, was?`), among turns.
      turn[index] = classes[index + 1]?.kind === 'text' && (inDialogue[index] === 1 || vouches(turns, index - 1, true)) ? 1 : 0
      continue
    }
    turn[index] =
      inDialogue[index] === 1 ||
      vouches(turns, index - 1, turns.hasSpeakers) ||
      vouches(turns, index + 1, turns.hasSpeakers) ||
      (endsInColon(state.value, lines[index - 1], classes[index - 1]) && !(turns.hasSpeakers && startsList(turns, index)))
        ? 1
        : 0
  }
}

/**
 * Whether the one-off label at `index` opens a run of them (`Auf dem Bon:` / `Kur: 12 €` /
 * `Gesamt: 50 €`): in a story with speakers that is a list, however its first line is introduced.
 */
function startsList(turns: Turns, index: number): boolean {
  const next = turns.region.classes[index + 1]
  return next?.kind === 'cue' && !isEstablished(turns, index + 1) && next.cue.speech < turns.region.lines[index + 1].contentEnd
}

function longOneOffs(turns: Turns): void {
  const {region, turn, state} = turns
  for (let index = 0; index < region.classes.length; index++) {
    const line = region.classes[index]
    if (line.kind !== 'cue' || turn[index] === 1 || isField(turns, index) || line.cue.words <= maxOneOffWords) continue
    if (line.cue.speech >= region.lines[index].contentEnd || introducesSpeech(state.value, line.cue)) continue
    const first = state.value.charCodeAt(line.cue.labelStart)
    if (!(isUpperLetter(first) || first === 36)) continue
    // Longer than a plain label: only a description of a person (`Customer who calls …`).
    if (line.cue.words > maxLabelWords && !describesPerson(labelOf(state.value, line.cue))) continue
    turn[index] = isTurn(turns, index - 1) || isTurn(turns, index + 1) ? 1 : 0
  }
}

/**
 * Dialogue written one turn per paragraph: a one-off label alone between two speakers' turns; or,
 * whatever follows, after them when the label opens with a role (a bystander has the last word:
 * `Kollege vom Labor: …`).
 */
function oneTurnParagraphs(turns: Turns): void {
  const {region, turn, state} = turns
  const {lines, classes} = region
  for (let index = 0; index < classes.length; index++) {
    const line = classes[index]
    if (line.kind !== 'cue' || turn[index] === 1 || isField(turns, index) || line.cue.words > maxLabelWords) continue
    if (line.cue.speech >= lines[index].contentEnd || introducesSpeech(state.value, line.cue)) continue
    if (classes[index - 1]?.kind === 'text' || classes[index + 1]?.kind === 'text') continue
    if (!isSpeakersTurn(turns, nonBlank(classes, index, -1))) continue
    const between = line.cue.words <= maxOneOffWords && isSpeakersTurn(turns, nonBlank(classes, index, 1))
    const last = classes[index - 1].kind === 'blank' && classes[index + 1]?.kind !== 'cue' && opensWithRole(labelOf(state.value, line.cue))
    turn[index] = between || last ? 1 : 0
  }
}

/**
 * A one-off label whose line runs on into turns of the speaker it introduces or of the story's
 * speakers (`Hausmeister (HM): Die Tür klemmt. Ich: Seit Montag. HM: Dann mal los.`).
 */
function runOnIntroductions(turns: Turns): void {
  const {region, turn, state} = turns
  const value = state.value
  // The line's own speaker and the established ones are known: one record, its `own` per line.
  const known: Known = {state, speakers: undefined, own: undefined, heads: undefined}
  for (let index = 0; index < region.classes.length; index++) {
    const line = region.classes[index]
    if (line.kind !== 'cue' || turn[index] === 1 || isField(turns, index) || line.cue.speech >= region.lines[index].contentEnd) continue
    known.own = line.who
    const more = runOnCues(value, line.cue, region.lines[index].contentEnd, known)
    turn[index] = more.length >= 2 || (more.length >= 1 && hasOwn(state, more, known.own)) ? 1 : 0
  }
}

/** Whether one of `cues` is of the speaker `own`. */
function hasOwn(state: CoreState, cues: readonly CueClass['cue'][], own: string | undefined): boolean {
  for (const cue of cues) if (identity(state.value, cue, state.cast) === own) return true
  return false
}

/** A cue of the wider grammar stays a cue only as a turn; a comma direction only for a speaker. */
function wideCues(turns: Turns): void {
  const {classes} = turns.region
  for (let index = 0; index < classes.length; index++) {
    const line = classes[index]
    if (line.kind !== 'cue' || !line.cue.wide) continue
    if (turns.turn[index] === 1 && (!line.cue.comma || line.marked || isEstablished(turns, index))) continue
    turns.turn[index] = 0
    classes[index] = {kind: 'text'}
  }
}

function isField(turns: Turns, index: number): boolean {
  const who = whoOf(turns.region.classes[index])
  return who !== undefined && turns.state.cast.fields.has(who)
}

function isSpeakersTurn(turns: Turns, index: number): boolean {
  return isTurn(turns, index) && isEstablished(turns, index)
}

/** The index of the nearest line before (`step` -1) or after (1) `index` that is not blank. */
function nonBlank(classes: LineClass[], index: number, step: number): number {
  let at = index + step
  while (at >= 0 && at < classes.length && classes[at].kind === 'blank') at += step
  return at
}

function markedCues(turns: Turns): void {
  const {classes} = turns.region
  for (let index = 0; index < classes.length; index++) {
    const line = classes[index]
    if (line.kind === 'cue' && line.marked && turns.turn[index] === 0) turns.turn[index] = hasSpeech(turns, index, line) ? 1 : 0
  }
}

/**
 * Whether the line at `index` vouches for a one-off label beside it: a speaker's cue, a turn
 * already accepted, or, in a story without speakers, a short label with speech. A long label
 * (`Meine Antwort war kurz: nein.`) never does.
 */
function vouches(turns: Turns, index: number, hasSpeakers: boolean): boolean {
  const line = turns.region.classes[index]
  if (line?.kind !== 'cue') return false
  if (isEstablished(turns, index) || turns.turn[index] === 1) return true
  return !hasSpeakers && line.cue.words <= maxOneOffWords && line.cue.speech < turns.region.lines[index].contentEnd
}

function isTurn(turns: Turns, index: number): boolean {
  return turns.region.classes[index]?.kind === 'cue' && turns.turn[index] === 1
}

function endsInColon(value: string, line: StoryLine | undefined, lineClass: LineClass | undefined): boolean {
  return line !== undefined && lineClass !== undefined && lineClass.kind !== 'blank' && endsWithColon(value, line.contentEnd)
}

/** For each line, 1 where its paragraph holds a speaker's turn. */
function paragraphsWithTurns(turns: Turns): Uint8Array {
  return paragraphsWith(turns.region.classes, (index) => turns.turn[index] === 1)
}
