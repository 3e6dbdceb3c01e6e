// Pass (cast): turns run together on one line (`Ich: Hallo. Chef: Was?`). Only labels of speakers
// the story already has are split off, each after the end of a sentence, and only on a line that
// is plain in its format (an element of the format may hold a colon of its own).
import {isInlineSpace} from '../../grammar.js'
import {nextColon} from '../colons.js'
import {type Cue, parseCue} from '../cue.js'
import {identity, identityOf, labelFacts} from '../identity.js'
import {isNoteCue} from '../note-label.js'
import {slug} from '../../slug.js'
import {type CoreState, maxOneOffWords, type Region, regionsOf, type RunOn, whoOf} from '../state.js'
import {headsOf} from './long-labels.js'

export function splitRunOnTurns(state: CoreState): void {
  const {accepted} = state.cast
  const regions = regionsOf(state)
  const speakers = new Set<string>()
  for (let region = 0; region < regions.length; region++) {
    const turns = accepted[region]
    const {classes} = regions[region]
    for (let index = 0; index < turns.length; index++) if (turns[index] === 1) speakers.add(whoOf(classes[index])!)
  }
  const known: Known = {state, speakers, own: undefined, heads: new Map()}
  // Indexed loops, not `forEach` with a closure per line: 16 → 9–10 ms of a 1 MB parse.
  for (let region = 0; region < regions.length; region++) state.cast.runOn.push(runOnsOf(state, regions[region], accepted[region], known))
}

/**
 * Whose labels split a line: the story's speakers (`speakers`), or one line's own speaker
 * (`own`), beside the established ones. Data, not a closure made per parse: optimized code that
 * inlined such a closure was thrown away by each collection that freed it.
 */
export interface Known {
  state: CoreState
  speakers: ReadonlySet<string> | undefined
  own: string | undefined
  /**
   * The words that stand for a long label's speaker (`Man` of `Man with three bags:`, see
   * `headsOf`), by their identity, once the label's turn has been met: run on after another
   * turn on its line (`Me: Group 5. Man: Why?`), such a word is that speaker.
   */
  heads: Map<string, string> | undefined
}

function isKnown(known: Known, cue: Cue): boolean {
  const {cast, value} = known.state
  const facts = labelFacts(value, cue, cast)
  // What would be a note on a line of its own (`PS (leise): …`) is no turn run on either: a note
  // label names a speaker only after a list marker, which a run-on cue never has. Split off, it
  // was a turn that the same line written on two lines (or in Markdown, `**PS (leise):**`) is not.
  if (isNoteCue(cue, facts)) return false
  const key = identityOf(facts, cast)
  if (key === known.own || known.speakers?.has(key) === true || cast.established.has(key) || facts.selfIdentity !== undefined) return true
  // A role or a pronoun speaks on its own among the story's speakers, run on as on a line of its
  // own (`Me: Hi? Customer: Pizza. Me: No.`); not where the line's turn is still in question.
  return headOf(known, cue, key) !== undefined || (facts.person && known.speakers !== undefined && known.speakers.size > 0)
}

/** The long label's speaker that a one-word cue stands for, if any. */
function headOf(known: Known, cue: Cue, key: string): string | undefined {
  return cue.words === 1 ? known.heads?.get(key) : undefined
}

/** Record the words of an accepted long label's turn that stand for its speaker, where no speaker has them. */
function addHeads(known: Known, cue: Cue, who: string): void {
  const {state, heads} = known
  if (!heads || cue.words <= maxOneOffWords) return
  for (const head of headsOf(state.value, cue.labelStart, cue.labelEnd)) {
    const key = slug(head)
    if (heads.has(key) || known.speakers?.has(key) || state.cast.established.has(key) || state.cast.aliases.has(key)) continue
    heads.set(key, who)
  }
}

/** The run-on turns of a region's lines that have them, by line index: few lines do. */
function runOnsOf(state: CoreState, region: Region, accepted: Uint8Array, known: Known): Map<number, RunOn[]> {
  const {classes, lines} = region
  const found = new Map<number, RunOn[]>()
  for (let index = 0; index < classes.length; index++) {
    const line = classes[index]
    const text = lines[index]
    if (line.kind !== 'cue' || accepted[index] === 0 || text.format?.elementStart !== undefined) continue
    addHeads(known, line.cue, line.who!)
    const cues = runOnCues(state.value, line.cue, text.contentEnd, known)
    if (cues.length > 0) found.set(index, cues.map((cue) => ({cue, who: whoOfRunOn(state, known, cue)})))
  }
  return found
}

/** The speaker of a run-on cue: the long label's, where its one word stands for one. */
function whoOfRunOn(state: CoreState, known: Known, cue: Cue): string {
  const key = identity(state.value, cue, state.cast)
  return headOf(known, cue, key) ?? key
}

/** Sentence ends after which a second turn may begin on the same line. */
function isSentenceEnd(code: number): boolean {
  return code === 46 || code === 33 || code === 63 || code === 0x2026 || code === 34 || code === 0x201c || code === 0x201d || code === 0xbb || code === 41
}

/** The longest label looked for inside speech. */
const maxRunOnLabel = 40

/** Where a label before the colon at `index` starts, right after a sentence end; -1 when none. */
function labelStartBefore(value: string, index: number, from: number): number {
  for (let back = index - 1; back > from && back >= index - maxRunOnLabel; back--) {
    if (!isInlineSpace(value.charCodeAt(back))) continue
    // Any run of spaces may stand between the sentence end and the next label.
    let before = back - 1
    while (before > from && before > index - 2 * maxRunOnLabel && isInlineSpace(value.charCodeAt(before))) before--
    if (isSentenceEnd(value.charCodeAt(before))) return back + 1
  }
  return -1
}

/** What `runOnCues` gives for the many lines with none: one array, never written to. */
const none: readonly Cue[] = []

export function runOnCues(value: string, cue: Cue, end: number, known: Known): readonly Cue[] {
  const {colons} = known.state
  let found: Cue[] | undefined
  let from = cue.speech
  for (let index = nextColon(colons, cue.speech); index >= 0 && index < end; index = nextColon(colons, index + 1)) {
    const start = labelStartBefore(value, index, from)
    if (start < 0) continue
    const next = parseCue(value, colons, start, end)
    if (!next || next.separator !== index || next.bullet || next.speech >= end || !isKnown(known, next)) continue
    ;(found ??= []).push(next)
    from = next.speech
    // Look on from the new turn's speech (the loop steps past `index` itself).
    index = next.speech - 1
  }
  return found ?? none
}
