// A cue's speaker identity: the caller's cast first, then the aliases the story teaches, then the
// placeholder name where the label is one, else the label's slug.
import {isPlaceholder, placeholderName, trimEnd} from '../grammar.js'
import {slug} from '../slug.js'
import type {Cue} from './cue.js'
import {isNoteLabel} from './note-label.js'
import {isFieldLabel, isPronounLabel, isRoleLabel, isTitledName} from './people.js'
import type {Cast} from './state.js'
import {headerLabels, leadIns, selfIdentities} from './words.js'

/**
 * What a label as written says on its own, read once per distinct label of a parse: a story
 * writes its few labels on thousands of lines, and several passes ask about each.
 */
export interface LabelFacts {
  /** The slug of the label without its abbreviation in brackets: what the cast is looked up by. */
  key: string
  /** The identity where neither the cast nor an alias names the label: a placeholder's name, else `key`. */
  own: string
  /** A field of a list or form (`Problem`, `Schritt 1`). */
  field: boolean
  /** The narrator's lead-in (`Kurzum`, `Long story short`): never a speaker, as a field. */
  leadIn: boolean
  /** A role (`Kundin`, `Der Azubi`), a pronoun (`Sie`) or a title and a name (`Dr. Okafor`): a speaker in a story with speakers. */
  person: boolean
  /** Of a self label (`Ich`, `Me`, `I`), the identity of its locale's first (`ich`, `me`); else `undefined`. */
  selfIdentity: string | undefined
  /** A note label (`Update`, `P.S.`, `Nachtrag 2`), which never names a speaker. */
  note: boolean
  /** An e-mail or form header (`Von`, `Subject`) or a reply prefix: the line is narration. */
  header: boolean
}

/** The facts of a cue's label (the same label text has the same abbreviation, so the same facts). */
export function labelFacts(value: string, cue: Cue, cast: Pick<Cast, 'labels'>): LabelFacts {
  return (cue.facts ??= factsOf(value, cue, cast))
}

/** The facts of the label as written, from the parse's table or read now. */
function factsOf(value: string, cue: Cue, cast: Pick<Cast, 'labels'>): LabelFacts {
  const written = value.slice(cue.labelStart, cue.labelEnd)
  let facts = cast.labels.get(written)
  if (facts === undefined) {
    const label = labelOf(value, cue)
    const key = slug(label)
    const lower = written.toLowerCase()
    const placeholder = isPlaceholder(label)
    const own = placeholder ? placeholderName(label) : key
    // A placeholder is someone's name made anonymous (`$Kollegin`): a person, as a role is.
    const person = placeholder || isRoleLabel(label) || isPronounLabel(label) || isTitledName(label)
    const selfIdentity = selfIdentities.get(lower)
    facts = {key, own, field: isFieldLabel(label), person, selfIdentity, note: isNoteLabel(lower), header: headerLabels.has(lower), leadIn: leadIns.has(lower)}
    cast.labels.set(written, facts)
  }
  return facts
}

/** The identity of a cue's speaker. */
export function identity(value: string, cue: Cue, cast: Pick<Cast, 'ids' | 'aliases' | 'labels'>): string {
  return identityOf(labelFacts(value, cue, cast), cast)
}

/** The identity of a label with these facts: the caller's cast, then the aliases, then its own. */
export function identityOf(facts: LabelFacts, cast: Pick<Cast, 'ids' | 'aliases'>): string {
  return cast.ids.get(facts.key) ?? cast.aliases.get(facts.key) ?? facts.own
}

/** The label as written without an abbreviation in brackets (`Hausmeister` of `Hausmeister (HM)`). */
export function labelOf(value: string, cue: Cue): string {
  return value.slice(cue.labelStart, cue.alias ? trimEnd(value, cue.labelStart, cue.alias.start - 1) : cue.labelEnd)
}
