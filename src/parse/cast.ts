// Learn the story's cast: which cues are turns, and who speaks in each.
// Labels that recur are speakers; a one-off label must earn it by its neighbours.
import {isInlineSpace, isUpperLetter} from './chars.js'
import type {Classified, Region} from './classify.js'
import {type Cue, parseCue} from './cue.js'
import type {Line} from './lines.js'
import {slug} from './slug.js'
import {selfIdentities, selfLabels, speechVerbs} from './words.js'

/** Speaker aliases: identity → the labels it is written as. */
export type CastOption = Readonly<Record<string, readonly string[]>>

/** The most a one-off label may have to be taken on its neighbours' word. */
const maxWeakWords = 3

type CueLine = Extract<Classified, {kind: 'cue'}>

export function learnCast(
  value: string,
  regions: Region[],
  classified: Classified[][],
  cast: CastOption | undefined
): void {
  const castIds = new Map<string, string>()
  if (cast) {
    for (const id of Object.keys(cast)) {
      castIds.set(slug(id), id)
      const aliases = cast[id]
      if (Array.isArray(aliases)) for (const alias of aliases) if (typeof alias === 'string') castIds.set(slug(alias), id)
    }
  }

  // Abbreviations introduced in brackets (`Systemadministrator (SA):`) name the same speaker.
  const aliases = new Map<string, string>()
  for (const lines of classified) {
    for (const line of lines) {
      if (line.kind !== 'cue' || !line.cue.alias) continue
      aliases.set(slug(value.slice(line.cue.alias.start, line.cue.alias.end)), identity(value, line.cue, castIds, aliases).who)
    }
  }

  // The writer is one person however they name themself (`Me:`, `I:`): every self label has the
  // identity of its locale's first one (`me`, `ich`).
  for (const lines of classified) {
    for (const line of lines) {
      if (line.kind !== 'cue') continue
      const label = value.slice(line.cue.label.start, line.cue.label.end)
      const primary = selfIdentities.get(label.toLowerCase())
      const key = slug(label)
      if (primary === undefined || key === primary || castIds.has(key)) continue
      aliases.set(key, castIds.get(primary) ?? primary)
    }
  }

  // A long descriptive label at first (`Man in a very expensive suit:`), then its last word
  // alone (`Suit:`): the same speaker, when that word was no speaker before the long label.
  const seen = new Set<string>()
  const heads = new Map<string, string>()
  for (const lines of classified) {
    for (const line of lines) {
      if (line.kind !== 'cue') continue
      const key = identity(value, line.cue, castIds, aliases).who
      const long = heads.get(key)
      if (long !== undefined && line.cue.words === 1) {
        aliases.set(key, long)
        continue
      }
      if (line.cue.words > maxWeakWords) {
        const head = slug(lastWord(value, line.cue.label.start, line.cue.label.end))
        if (!seen.has(head) && !heads.has(head)) heads.set(head, key)
      }
      seen.add(key)
    }
  }

  const counts = new Map<string, number>()
  for (const lines of classified) {
    for (const line of lines) {
      if (line.kind !== 'cue') continue
      const {who, known} = identity(value, line.cue, castIds, aliases)
      line.who = who
      line.key = who
      line.strong = known || selfLabels.has(value.slice(line.cue.label.start, line.cue.label.end).toLowerCase())
      counts.set(who, (counts.get(who) ?? 0) + 1)
    }
  }

  const strongKeys = new Set<string>()
  for (const lines of classified) {
    for (const line of lines) {
      if (line.kind !== 'cue') continue
      if ((counts.get(line.key) ?? 0) >= 2) line.strong = true
      if (line.strong) strongKeys.add(line.key)
    }
  }

  // Where the story has speakers, a run of one-off labels (`Problem: …` / `Lösung: …`) is a
  // list, not a dialogue; where it has none, one-offs vouch for each other (two strangers talk).
  const hasSpeakers = strongKeys.size > 0
  regions.forEach((region, regionIndex) => {
    const lines = classified[regionIndex]
    // First the speakers' cues.
    for (let index = 0; index < lines.length; index++) {
      const line = lines[index]
      if (line.kind !== 'cue' || !line.strong) continue
      line.turn = line.cue.speech < region[index].contentEnd || lines[index + 1]?.kind === 'text'
    }
    const inDialogue = paragraphsWithTurns(lines)
    // Then one-off short labels, then long ones that stand beside an accepted turn.
    for (let index = 0; index < lines.length; index++) {
      const line = lines[index]
      if (line.kind !== 'cue' || line.strong) continue
      if (line.cue.words > maxWeakWords || introducesSpeech(value, line.cue)) continue
      if (line.cue.speech >= region[index].contentEnd) {
        // A label alone on its line, the speech below it (`Chef:` / `Ja, was?`), among turns.
        line.turn = lines[index + 1]?.kind === 'text' && (inDialogue[index] || vouches(lines[index - 1], region[index - 1], true))
        continue
      }
      line.turn =
        inDialogue[index] ||
        vouches(lines[index - 1], region[index - 1], hasSpeakers) ||
        vouches(lines[index + 1], region[index + 1], hasSpeakers) ||
        endsWithColon(value, region[index - 1], lines[index - 1])
    }
    for (let index = 0; index < lines.length; index++) {
      const line = lines[index]
      if (line.kind !== 'cue' || line.turn || line.cue.words <= maxWeakWords) continue
      if (line.cue.speech >= region[index].contentEnd || introducesSpeech(value, line.cue)) continue
      const first = value.charCodeAt(line.cue.label.start)
      if (!(isUpperLetter(first) || first === 36)) continue
      line.turn = isTurn(lines[index - 1]) || isTurn(lines[index + 1])
    }
  })

  // Turns run together on one line: split off only speakers the story already has.
  const speakers = new Set<string>()
  for (const lines of classified) for (const line of lines) if (line.kind === 'cue' && line.turn) speakers.add(line.who)
  regions.forEach((region, regionIndex) => {
    const lines = classified[regionIndex]
    for (let index = 0; index < lines.length; index++) {
      const line = lines[index]
      if (line.kind === 'cue' && line.turn) {
        const more = runOnCues(value, line.cue, region[index].contentEnd, (cue) => {
          const key = identity(value, cue, castIds, aliases).who
          return speakers.has(key) || strongKeys.has(key) || selfLabels.has(value.slice(cue.label.start, cue.label.end).toLowerCase())
        })
        if (more.length > 0) line.more = more.map((cue) => ({cue, who: identity(value, cue, castIds, aliases).who}))
      }
    }
  })
}

/** The identity of a cue's speaker, and whether the caller's cast named it. */
export function identity(
  value: string,
  cue: Cue,
  castIds: Map<string, string>,
  aliases: Map<string, string>
): {who: string; known: boolean} {
  const labelEnd = cue.alias ? trimmedEnd(value, cue.label.start, cue.alias.start - 1) : cue.label.end
  const label = value.slice(cue.label.start, labelEnd)
  const key = slug(label)
  const fromCast = castIds.get(key)
  if (fromCast !== undefined) return {who: fromCast, known: true}
  const fromAlias = aliases.get(key)
  if (fromAlias !== undefined) return {who: fromAlias, known: false}
  if (isPlaceholderLabel(label)) return {who: label.slice(1).normalize('NFC'), known: false}
  return {who: key, known: false}
}

function isPlaceholderLabel(label: string): boolean {
  return label.charCodeAt(0) === 36 && /^\$[\p{L}][\p{L}\p{M}\p{N}_]*$/u.test(label)
}

function trimmedEnd(value: string, start: number, end: number): number {
  while (end > start && isInlineSpace(value.charCodeAt(end - 1))) end--
  return end
}

/**
 * Whether a neighbouring line vouches for a one-off label: a speaker's cue, a turn already
 * accepted (the line before), or, in a story without speakers, a short label with speech.
 * A long label (`Meine Antwort war kurz: nein.`) never does.
 */
function vouches(line: Classified | undefined, text: Line | undefined, hasSpeakers: boolean): boolean {
  if (line?.kind !== 'cue' || !text) return false
  if (line.strong || line.turn) return true
  return !hasSpeakers && line.cue.words <= maxWeakWords && line.cue.speech < text.contentEnd
}

/** For each line, whether its paragraph (lines between blank ones) holds a speaker's turn. */
function paragraphsWithTurns(lines: Classified[]): boolean[] {
  const flags = new Array<boolean>(lines.length).fill(false)
  let start = 0
  let found = false
  for (let index = 0; index <= lines.length; index++) {
    const line = lines[index]
    if (index === lines.length || line.kind === 'blank') {
      if (found) flags.fill(true, start, index)
      start = index + 1
      found = false
    } else if (line.kind === 'cue' && line.turn) found = true
  }
  return flags
}

/** `Er sagte`, `Then he asked`: narration that introduces speech, not a label. */
function introducesSpeech(value: string, cue: Cue): boolean {
  if (cue.words < 2) return false
  let start = cue.label.start
  for (let index = cue.label.start; index <= cue.label.end; index++) {
    if (index < cue.label.end && !isInlineSpace(value.charCodeAt(index))) continue
    if (index > start && speechVerbs.has(value.slice(start, index).toLowerCase())) return true
    start = index + 1
  }
  return false
}

function lastWord(value: string, start: number, end: number): string {
  let at = end
  while (at > start && !isInlineSpace(value.charCodeAt(at - 1))) at--
  return value.slice(at, end)
}

function isTurn(line: Classified | undefined): boolean {
  return line?.kind === 'cue' && line.turn
}

function endsWithColon(value: string, line: Region[number] | undefined, classified: Classified | undefined): boolean {
  if (!line || !classified || classified.kind === 'blank') return false
  const last = value.charCodeAt(line.contentEnd - 1)
  return last === 58 || last === 0xff1a
}

/** Sentence ends after which a second turn may begin on the same line. */
function isSentenceEnd(code: number): boolean {
  return code === 46 || code === 33 || code === 63 || code === 0x2026 || code === 34 || code === 0x201c || code === 0x201d || code === 0xbb || code === 41
}

/** The longest label looked for inside speech. */
const maxRunOnLabel = 40

/**
 * Cues of further turns run together on one line: `Ich: Hallo. Chef: Was?`. Only labels of
 * speakers the story already knows are split off, each after the end of a sentence.
 */
function runOnCues(value: string, cue: Cue, end: number, known: (cue: Cue) => boolean): Cue[] {
  const found: Cue[] = []
  let from = cue.speech
  for (let index = cue.speech; index < end; index++) {
    const code = value.charCodeAt(index)
    if (code !== 58 && code !== 0xff1a) continue
    // The nearest sentence end before the colon, within a label's length.
    let start = -1
    for (let back = index - 1; back > from && back >= index - maxRunOnLabel; back--) {
      if (!isInlineSpace(value.charCodeAt(back))) continue
      // Any run of spaces may stand between the sentence end and the next label.
      let before = back - 1
      while (before > from && before > index - 2 * maxRunOnLabel && isInlineSpace(value.charCodeAt(before))) before--
      if (isSentenceEnd(value.charCodeAt(before))) {
        start = back + 1
        break
      }
    }
    if (start < 0) continue
    const next = parseCue(value, start, end)
    if (!next || next.separator.start !== index || next.bullet || next.speech >= end || !known(next)) continue
    found.push(next)
    from = next.speech
    index = next.speech - 1
  }
  return found
}
