// What the core's passes share: the reader's lines, the regions cut from them (the story, one per
// comment), each line's class, the cast, and the tree as it grows. Each pass adds what it finds;
// a record is complete when a pass writes it, and no field repeats another.
import type {Comment, Comments, Dateline, Lang, Root, StoryContent, Title} from '../../types.js'
import type {Context} from '../context.js'
import type {Line} from '../lines.js'
import type {Reading, StoryLine} from '../reader.js'
import type {Colons} from './colons.js'
import type {Cue} from './cue.js'
import type {LabelFacts} from './identity.js'

/** Speaker aliases: identity → the labels it is written as. */
export type CastOption = Readonly<Record<string, readonly string[]>>

export interface CoreOptions {
  lang?: Lang | 'auto' | null | undefined
  cast?: CastOption | null | undefined
}

/** What a line is, read on its own: a cue (that the cast may accept as a turn), a note, text, or blank. */
export type LineClass = BlankClass | TextClass | NoteClass | CueClass

export interface BlankClass {
  kind: 'blank'
}
export interface TextClass {
  kind: 'text'
}
/** A note; its label as written (`Update:`; a bold one without its markup) ends at `labelEnd`. */
export interface NoteClass {
  kind: 'note'
  label: string
  labelEnd: number
}
/** A line shaped like a speaker cue; `marked` when the format sets its label apart (bold). */
export interface CueClass {
  kind: 'cue'
  cue: Cue
  marked: boolean
  /**
   * Who speaks: the cue's identity, written by `established-speakers` (`undefined` before it).
   * Here rather than in a table of a string per line: past about 16,000 lines a JavaScript
   * array is a large object, which the system maps in fresh for every parse (see `Cast.accepted`).
   */
  who: string | undefined
}

/** The identity of the cue on a line (see `CueClass.who`), if the line is a cue. */
export function whoOf(line: LineClass | undefined): string | undefined {
  return line?.kind === 'cue' ? line.who : undefined
}

/**
 * For each line of `classes`, 1 where its paragraph (lines between blank ones) holds a line
 * `holds` says yes to (bytes: see `Cast.accepted`).
 */
export function paragraphsWith(classes: readonly LineClass[], holds: (index: number) => boolean): Uint8Array {
  const flags = new Uint8Array(classes.length)
  let start = 0
  let found = false
  for (let index = 0; index <= classes.length; index++) {
    if (index === classes.length || classes[index].kind === 'blank') {
      if (found) flags.fill(1, start, index)
      start = index + 1
      found = false
    } else if (!found && holds(index)) found = true
  }
  return flags
}

/** A run of lines that blocks are built from: the story, or one comment's body. */
export interface Region {
  lines: StoryLine[]
  /** The class of each line (written by the `line-classes` pass). */
  classes: LineClass[]
}

/** One comment of the section, as cut from the lines after its header. */
export interface CommentPart {
  region: Region
  /** The first and the last line with content (marker and controls included). */
  first: StoryLine
  last: StoryLine
  /** Where the comment starts (its marker, or its first line's content) and ends (taken-out lines included). */
  start: number
  end: number
  /**
   * Its lines of controls alone, by index in `region.lines`, where `comment-items` has read every
   * line for them (a section without lists or numbers); else undefined, and `comment-controls` reads them.
   */
  controlLines: readonly number[] | undefined
  fields: Pick<Comment, 'index' | 'marker' | 'author' | 'byline' | 'date' | 'controls'>
}

/** A turn run on after another on one line (`Ich: Hallo. Chef: Was?`): its cue and who speaks. */
export interface RunOn {
  cue: Cue
  who: string
}

/** The most words a one-off label may have to be taken on its neighbours' word. */
export const maxOneOffWords = 3

export interface Cast {
  /** Caller's cast: slug of an id or alias → id. */
  ids: Map<string, string>
  /** Learnt aliases: slug of a label → identity. */
  aliases: Map<string, string>
  /** Each distinct label as written → what it says on its own (see `labelFacts`). */
  labels: Map<string, LabelFacts>
  /** Identities that are speakers on their own: named by the caller, a self label, or recurring. */
  established: Set<string>
  /** Identities of fields of a list or form (`Problem`, `Schritt 1`) and of lead-ins (`Kurzum`): never speakers. */
  fields: Set<string>
  /**
   * Per region, per line: 1 where the line is a turn (written by `accept-turns`). Bytes, not an
   * array of booleans: past about 16,000 lines a JavaScript array is a large object, which the
   * system maps in fresh (about 1.4 ms for 50,000 lines here), a byte array a tenth of it.
   */
  accepted: Uint8Array[]
  /** Per region: the turns run on after a line's own, by line index (written by `split-run-on-turns`). */
  runOn: Map<number, RunOn[]>[]
}

export interface CoreState {
  context: Context
  reading: Reading
  options: CoreOptions
  value: string
  /** Where its colons stand (`colonsOf`): the cue grammar asks on every line. */
  colons: Colons
  /** The comment header's line index in `reading.lines`, or -1. */
  headerIndex: number
  header: {label: string; count: number | undefined; position: NonNullable<Comments['position']>} | undefined
  story: Region
  comments: CommentPart[]
  dateline: Dateline | undefined
  /** Whether the dateline stands under the title (`Title` / blank / `June 14, 2017`). */
  datelineBelowTitle: boolean
  datelineLang: Lang | undefined
  title: Title | undefined
  cast: Cast
  /** The root's children, in order, as the build passes add them. */
  children: StoryContent[]
  root: Root | undefined
}

export type Pass = (state: CoreState) => void

/** Every region: the story first, then each comment's body. */
export function regionsOf(state: CoreState): Region[] {
  const regions = [state.story]
  for (const part of state.comments) regions.push(part.region)
  return regions
}

/** A blank view of a line: what a pass leaves where it took a line out of the text. */
export function blankView(line: StoryLine): StoryLine {
  return {index: line.index, start: line.start, end: line.end, contentStart: line.contentEnd, contentEnd: line.contentEnd}
}

/** A view of a line with other content bounds (the format's facts go along). */
export function lineView(line: StoryLine, contentStart: number, contentEnd: number): StoryLine {
  const view: StoryLine = {index: line.index, start: line.start, end: line.end, contentStart, contentEnd}
  if (line.phrasingEnd !== undefined && contentEnd === line.contentEnd) view.phrasingEnd = line.phrasingEnd
  if (line.format) view.format = line.format
  return view
}

export type {Line}
