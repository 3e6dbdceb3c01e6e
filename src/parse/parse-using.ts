// The parse with the readers of Markdown and HTML given: the options, the length limit, the choice
// of a reader for the format, the core (see docs/parser.md), and the diagnostics to the file.
// `parse` (./index.ts) gives it both readers; the CLI gives it readers it loads only when an input
// needs one (src/cli/readers.ts), so that a run over plain text loads neither micromark nor parse5.
import type {Position} from 'unist'
import type {VFile} from 'vfile'
import type {Lang, Root, StoryContent} from '../types.js'
import {type Context, createContext, type Diagnostic, point, warn} from './context.js'
import {type CastOption, runCore} from './core/index.js'
import {addRest, cutAt, maxLengthOf} from './max-length.js'
import {compactChildren} from './compact.js'
import {flat} from './flat.js'
import {denseBlockCount, looksLikeMarkdown} from './markdown/detect.js'
import {readInput, readOptions} from './input.js'
import {looksLikeHtml} from './html/detect.js'
import type {HtmlOptions} from './html/index.js'
import {giveBackScratch} from './scratch.js'
import {frontMatterAt, frontMatterNode, withoutFrontMatter} from './front-matter.js'
import {readText} from './text/index.js'
import {type Line, scanLines} from './lines.js'
import type {Reader} from './reader.js'

export type {CastOption} from './core/index.js'
export type {Diagnostic} from './context.js'

/** The readers of the formats other than plain text (src/parse/markdown/, src/parse/html/). */
export interface FormatReaders {
  markdown: Reader
  html: (context: Context, settings: ParseOptions, html: HtmlOptions | undefined) => Root
}

/**
 * Each option is one of the values below, or `undefined` or `null` for its default; any other
 * value is a mistake in the caller's code and throws a `TypeError` that names the option.
 */
export interface ParseOptions {
  /** Language of the story; `'auto'` (default) detects it. */
  lang?: Lang | 'auto' | null | undefined
  /** Speaker identities and the labels they are written as: `{verkaeufer: ['Kollege', 'Verkäufer']}`. */
  cast?: CastOption | null | undefined
  /**
   * Input format: `'text'`, `'markdown'`, `'html'`, or `'auto'` (default): HTML when the input is
   * an HTML document or a fragment of known HTML elements, Markdown when it shows Markdown
   * structure, plain text otherwise.
   */
  format?: 'text' | 'markdown' | 'html' | 'auto' | null | undefined
  /**
   * The most UTF-16 code units read (default 8 Mi, `Infinity` for no limit). Text past it (from
   * the last line ending within the limit) is kept unread as one text node in a last narration,
   * with a `max-length` warning.
   */
  maxLength?: number | null | undefined
  /**
   * Whether nodes carry a unist `position` (default `true`). `false` leaves every `position` out
   * and is otherwise the same tree: a smaller and faster parse for bulk work (statistics,
   * rendering) that needs no places. `anonymizeText`, `deidentifyText` and the diagnostics'
   * places do not depend on it: they parse with positions themselves.
   */
  positions?: boolean | null | undefined
}

/** `parse` with `readers`, and the HTML reader's own options (used by `readBlogExport`): HTML is then the format. */
export function parseUsing(readers: FormatReaders, value: string | VFile, options?: ParseOptions | null, html?: HtmlOptions): Root {
  const {text: given, file, problem} = readInput(value)
  const text = flat(given)
  const settings = readOptions(options)
  const limit = maxLengthOf(settings.maxLength)
  const cut = text.length > limit ? cutAt(text, limit) : text.length
  const positions = settings.positions !== false
  const read = cut < text.length ? text.slice(0, cut) : text
  // The front matter is kept whole; the readers read the story after it.
  const matter = frontMatterAt(read)
  const context = createContext(withoutFrontMatter(read, matter), positions)
  try {
    const tree = treeOf(readers, context, settings, html)
    if (matter) tree.children.unshift(frontMatterNode(read, matter, positions))
    // Unreadable input is read as empty: its place is the start, whether or not the tree keeps positions.
    if (problem) warn(context, problem, 'invalid-input', atStart())
    if (cut < text.length) {
      context.value = text
      context.markup = undefined
      addRest(context, tree, cut, limit)
      if (!positions) compactChildren(tree, true)
    }
    if (file) report(file, context.diagnostics)
    return tree
  } finally {
    // Nothing reads the parse's lines any more: its working arrays serve the next parse.
    giveBackScratch(context.scratch)
  }
}

/** The tree of the (cut) text of `context`, by the reader its format asks for. Never throws (the options are checked). */
function treeOf(readers: FormatReaders, context: Context, settings: ParseOptions, html: HtmlOptions | undefined): Root {
  const positions = context.positions
  let tree: Root
  // Whether the tree is as the core built it, every array fitted and no position it was not asked
  // for: not where positions are left out afterwards (Markdown, HTML) or the HTML reader lays its
  // marks over it. Such a tree is not walked again (a walk of a big comment's blocks alone took a
  // thirtieth of the parse, reading each block once more).
  let fitted = false
  try {
    if (html || settings.format === 'html' || (settings.format !== 'text' && settings.format !== 'markdown' && looksLikeHtml(context.value))) {
      // HTML is read over its text, then positions go back into the HTML (src/parse/html/): built,
      // and left out afterwards when not asked for.
      context.positions = true
      tree = readers.html(context, settings, html)
    } else {
      const reader = readerFor(readers.markdown, settings.format, context)
      // The text reader builds no positions when asked; the Markdown reader maps mdast's positions
      // through its passes, so there they are built and left out afterwards.
      if (reader !== readText) context.positions = true
      tree = runCore(context, reader(context), {lang: settings.lang, cast: settings.cast})
      fitted = reader === readText
    }
    if (!fitted) compactChildren(tree, !positions)
  } catch (error) {
    // A bug must not take the caller down: return the text as one narration and say so.
    tree = fallbackTree(context)
    warn(context, 'Internal parser error: ' + String(error), 'internal-error', tree.position!)
    if (!positions) compactChildren(tree, true)
  }
  return tree
}

/**
 * The reader for the `format` option: Markdown when asked, or, on `auto`, when the text shows
 * Markdown structure — unless it holds too many tiny blocks for its size (the density fallback:
 * the text reader, and a `markdown-density` warning).
 */
function readerFor(readMarkdown: Reader, format: ParseOptions['format'], context: Context): Reader {
  const value = context.value
  if (!asksForMarkdown(value, format)) return readText
  const blocks = denseBlockCount(value)
  if (blocks === 0) return readMarkdown
  warn(context, 'Read as plain text: ' + blocks + ' blocks in ' + value.length + ' characters are too many for the Markdown reader', 'markdown-density', atStart())
  return readText
}

/** The place of a diagnostic about the whole input, before any line is read: its start. */
function atStart(): Position {
  return {start: {line: 1, column: 1, offset: 0}, end: {line: 1, column: 1, offset: 0}}
}

/** Whether `format` (a format other than HTML) reads `value` as Markdown, before the density fallback. */
function asksForMarkdown(value: string, format: ParseOptions['format']): boolean {
  return format !== 'text' && (format === 'markdown' || looksLikeMarkdown(value))
}

/** Whether `parse` reads `value` (no HTML) with the Markdown reader. */
export function readsAsMarkdown(value: string, format: ParseOptions['format']): boolean {
  const story = withoutFrontMatter(value)
  return asksForMarkdown(story, format) && denseBlockCount(story) === 0
}

function endPoint(lines: readonly Line[]) {
  const last = lines[lines.length - 1]
  return point(last, last.end)
}

function fallbackTree(context: Context): Root {
  const lines = context.lines.length > 0 ? context.lines : scanLines(context.value)
  const first = lines[0]
  const last = lines[lines.length - 1]
  const end = endPoint(lines)
  const children: StoryContent[] = []
  if (context.value.length > 0) {
    children.push({
      type: 'narration',
      children: [{type: 'text', value: context.value, position: {start: point(first, 0), end}}],
      position: {start: point(first, 0), end: point(last, last.end)}
    })
  }
  return {type: 'root', children, position: {start: point(first, 0), end}}
}

function report(file: VFile, diagnostics: Diagnostic[]): void {
  for (const diagnostic of diagnostics) {
    const options = {place: diagnostic.place, ruleId: diagnostic.ruleId, source: 'anecdote'}
    if (diagnostic.severity === 'info') file.info(diagnostic.reason, options)
    else file.message(diagnostic.reason, options)
  }
}
