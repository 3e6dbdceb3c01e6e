// The reader interface: what a reader of one input format (text, Markdown, HTML) hands the core.
//
//   input ─▶ reader ─▶ Reading {lines, phrasing, text} ─▶ core passes ─▶ tree
//
// A reader knows its format and nothing about stories. It yields the story's lines in source
// order, each with its offsets into the source (`value`) and what the format already says about
// it (`LineFormat`: a bold span at its start, a list marker, quote depth, a heading, a hard break,
// a block kept whole), and it reads the phrasing of a span of a line. The core knows stories and
// nothing about formats: dateline, title, comment section, line classes, cast, turns, notes,
// narration, diagnostics, the root, all from `Reading` alone. See docs/parser.md.
import type {PhrasingContent, Speaker, Turn} from '../types.js'
import type {Context} from './context.js'
import type {Decoded} from './decoded.js'
import type {Line} from './lines.js'

/** A span of the source: `[start, end)`, UTF-16 code unit offsets. */
export interface Span {
  start: number
  end: number
}

/**
 * What the format says about one story line. Everything is optional: plain text has none of it.
 * A reader may keep data of its own in the same object (the Markdown reader keeps the line's
 * mdast phrasing), which only its `phrasing` reads.
 */
export interface LineFormat {
  /**
   * A bold span (`**Chef:**`, `<b>Chef:</b>`) that opens the line's content, after a list marker
   * if any: its outer span, its inner span (without the markup), and its text as the format reads
   * it. The core decides whether it is a cue (a bold label is the writer marking a speaker).
   * Where the text is decoded from its inner span (`**PS \<leise>:**`), `decoded` tells where
   * each of its code units stands in the source. The core sets `taken` when it reads the span as
   * a turn's cue: the bold is then the speaker's markup, not emphasis of the text.
   */
  leadingBold?: Span & {inner: Span; text: string; decoded?: Pick<Decoded, 'starts' | 'ends'>; taken?: boolean}
  /** The line is one emphasised span and nothing else (`*seufzt*` alone on its line). */
  loneEmphasis?: boolean
  /**
   * Where the first element of the format (emphasis, link, code, …) that is not plain text starts
   * within the line's phrasing; absent when the line is plain text. A cue or a control line must
   * be plain text.
   */
  elementStart?: number
  /** Block-quote depth. */
  quote?: number
  /**
   * A list item starts on the line: its marker's span (the marker stays in the line's content;
   * empty where the format writes none, as HTML's `<li>`), how deep its list nests (1 for a list
   * that is in no other list), and its number where the format numbers it without writing it
   * (an `<ol>`'s item).
   */
  listItem?: Span & {nesting: number; number?: number}
  /**
   * The line is a heading: its rank (1 for `# Titel`) and the span of the whole element, markup
   * included; the line's content is the heading's text.
   */
  heading?: Span & {rank: number}
  /** The line is a block kept whole (Markdown: fenced code); `phrasing` gives its one node. */
  whole?: boolean
}

/**
 * One line of the story. Its `Line` offsets (`start`, `end`, `index`) are those of the
 * source line it starts on; `contentStart`/`contentEnd` its content on that line, without the
 * format's markup before it (quote markers, indentation). A blank line (`contentStart ===
 * contentEnd`) is a block boundary: a reader writes one between blocks the format separates.
 */
export interface StoryLine extends Line {
  /**
   * Where the line's phrasing ends: past `contentEnd`, on a later source line, where an element
   * of the format runs on over the line ending (`*a\nb*`); the lines it covers are not yielded.
   */
  phrasingEnd?: number
  /** What the format says about the line. */
  format?: LineFormat
}

export interface PhrasingOptions {
  /** Whether `<…>`, `(…)`, `*…*`, `[…]` are directions (speech) or text (narration, labels, titles). */
  directions: boolean
  /** Directions already open around the span (a direction before the colon is one). */
  depth?: number
  /** Whether an emphasis at the very start of the span is a star direction (`*seufzt*` after a cue). */
  leadingEmphasis?: boolean
}

/** The options the core reads phrasing with, made once: a reader reads them and never writes them. */
export const phrasingOf = {
  /** A label, a note, a title, a narration line: no directions. */
  text: {directions: false},
  /** A narration line that is one emphasised span (`*seufzt*`). */
  loneEmphasis: {directions: false, leadingEmphasis: true},
  /** Speech: directions, and an emphasis at its start is a star direction. */
  speech: {directions: true, leadingEmphasis: true},
  /** A line of speech after the turn's first. */
  speechLine: {directions: true, leadingEmphasis: false},
  /** Inside a direction before the colon. */
  direction: {directions: true, depth: 1}
} as const satisfies Record<string, PhrasingOptions>

/**
 * Read the phrasing of `[from, to)` of one story line (to may pass the line, up to `phrasingEnd`).
 * With `lead` (a turn's speaker), the array starts with it: the turn's children, made once,
 * where an array of the speech alone would be copied after the speaker and thrown away.
 */
export interface PhrasingReader {
  (line: StoryLine, from: number, to: number, options: PhrasingOptions): PhrasingContent[]
  (line: StoryLine, from: number, to: number, options: PhrasingOptions, lead: Speaker): Turn['children']
}

/** What a reader hands the core. */
export interface Reading {
  /** The story's lines, in source order; blank lines separate blocks. */
  lines: StoryLine[]
  /** Every source line (for positions): `lines` point into these. */
  source: Line[]
  phrasing: PhrasingReader
  /** The text of `[from, to)` of a line as the format reads it (escapes and references decoded). */
  text: (line: StoryLine, from: number, to: number) => string
  /**
   * Whether `phrasing` returns arrays of exactly their length, nested ones too (the text reader):
   * the core then fits only the arrays it grows itself, instead of walking every block.
   */
  fitted?: boolean
}

/** A reader: the shared parse context (text, diagnostics, placeholders) in, a `Reading` out. */
export type Reader = (context: Context) => Reading

/** Where a line's phrasing ends. */
export function phrasingEndOf(line: StoryLine): number {
  return line.phrasingEnd ?? line.contentEnd
}

export function isBlankLine(line: Line): boolean {
  return line.contentStart === line.contentEnd
}
