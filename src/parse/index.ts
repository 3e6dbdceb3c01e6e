// parse(): text → anecdote tree. The plain-text path: scan lines, find the dateline and the
// comment section, classify lines, learn the cast, build blocks, then check the result.
import type {VFile} from 'vfile'
import type {Comment, Comments, Lang, Root, StoryContent, Title} from '../types.js'
import {type CastOption, learnCast} from './cast.js'
import {checkPlaceholders} from './check-placeholders.js'
import {compactChildren} from './compact.js'
import {type Classified, classifyRegion, type Region} from './classify.js'
import {type CommentPart, parseCommentHeader, splitComments} from './comments.js'
import {type Context, type Diagnostic, point, span, warn} from './context.js'
import {parseDateline} from './dateline.js'
import {buildBlocks} from './blocks.js'
import {parseInline} from './inline.js'
import {detectLang} from './lang.js'
import {isBlank, type Line, scanLines} from './lines.js'
import {addRest, cutAt, maxLengthOf} from './max-length.js'
import {mergeGenitives} from './merge-genitives.js'
import {looksLikeMarkdown} from './markdown/detect.js'
import {parseMarkdown} from './markdown/index.js'
import {looksLikeHtml} from './html/detect.js'
import {type HtmlOptions, parseHtml} from './html/index.js'

export type {CastOption} from './cast.js'
export type {Diagnostic} from './context.js'

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
}

/** The longest title line. */
const maxTitleLength = 120

/** Parse a dialogue anecdote. Never throws; problems go to `file.messages` when a VFile is given. */
export function parse(value: string | VFile, options?: ParseOptions | null): Root {
  return parseWith(value, options)
}

/** `parse`, with the HTML reader's own options (used by `readBlogExport`): HTML is then the format. */
export function parseWith(value: string | VFile, options?: ParseOptions | null, html?: HtmlOptions): Root {
  const file = isVFile(value) ? value : undefined
  const text = file ? fileText(file) : typeof value === 'string' ? value : String(value ?? '')
  const settings = options ?? {}
  const limit = maxLengthOf(settings.maxLength)
  const cut = text.length > limit ? cutAt(text, limit) : text.length
  const context: Context = {value: cut < text.length ? text.slice(0, cut) : text, lines: [], diagnostics: [], placeholders: []}
  let tree: Root
  try {
    const read = context.value
    const format = html ? 'html' : formatOf(read, settings.format)
    tree = format === 'markdown' ? parseMarkdown(context, settings) : format === 'html' ? parseHtml(context, settings, html) : parseText(context, settings)
    compactChildren(tree)
  } catch (error) {
    // A bug must not take the caller down: return the text as one narration and say so.
    tree = fallbackTree(context)
    warn(context, 'Internal parser error: ' + String(error), 'internal-error', tree.position!)
  }
  if (cut < text.length) {
    context.value = text
    addRest(context, tree, cut, limit)
  }
  if (file) report(file, context.diagnostics)
  return tree
}

/** A cue whose label (and colon) a bold span opening the line covers is a turn. */
function acceptBoldCues(regions: Region[], classified: Classified[][], boldStarts: ReadonlyMap<number, number>): void {
  regions.forEach((region, at) => {
    classified[at].forEach((info, index) => {
      if (info.kind !== 'cue' || info.turn) return
      const line = region[index]
      const end = boldStarts.get(info.cue.bullet ? info.cue.bullet.end + 1 : line.contentStart) ?? boldStarts.get(line.contentStart)
      if (end === undefined || end < info.cue.label.end || end > info.cue.separator.end) return
      info.turn = info.cue.speech < line.contentEnd || classified[at][index + 1]?.kind === 'text'
    })
  })
}

function formatOf(value: string, format: ParseOptions['format']): 'text' | 'markdown' | 'html' {
  if (format === 'text' || format === 'markdown' || format === 'html') return format
  return looksLikeHtml(value) ? 'html' : looksLikeMarkdown(value) ? 'markdown' : 'text'
}

/** How much of a story the core looks for: a comment's body has no dateline, title or comment section. */
export interface CoreOptions {
  body?: boolean
  /**
   * Bold spans that open a line, start → end (offsets into `context.value`): a label in bold is
   * the writer marking a speaker, a turn even where the label occurs once (HTML `<b>Chef:</b>`).
   */
  boldStarts?: ReadonlyMap<number, number>
}

/** The text core: a story's lines in `context.value` to a tree. */
export function parseText(context: Context, options: ParseOptions, core: CoreOptions = {}): Root {
  const value = context.value
  const lines = scanLines(value)
  context.lines = lines

  // The comment section starts at the first comment header line.
  let headerIndex = -1
  let header: ReturnType<typeof parseCommentHeader>
  for (const line of core.body ? [] : lines) {
    if (isBlank(line) || line.contentEnd - line.contentStart > 40) continue
    header = parseCommentHeader(value.slice(line.contentStart, line.contentEnd))
    if (header) {
      headerIndex = line.index
      break
    }
  }
  const storyLines = headerIndex < 0 ? lines : lines.slice(0, headerIndex)

  // The dateline: the first line of text, when it reads as a date.
  const story: Region = storyLines.slice()
  let dateline: StoryContent | undefined
  let datelineLang: Lang | undefined
  const firstIndex = core.body ? -1 : story.findIndex((line) => !isBlank(line))
  if (firstIndex >= 0) {
    const line = story[firstIndex]
    const parsed = parseDateline(value.slice(line.contentStart, line.contentEnd))
    if (parsed) {
      dateline = {type: 'dateline', value: value.slice(line.contentStart, line.contentEnd), position: span(line, line.contentStart, line.contentEnd)}
      if (parsed.date) dateline.date = parsed.date
      else warn(context, 'Dateline `' + dateline.value + '` names a day that does not exist', 'invalid-date', dateline.position!)
      datelineLang = parsed.lang
      story[firstIndex] = {...line, contentStart: line.contentEnd}
    }
  }

  const parts: CommentPart[] = headerIndex < 0 ? [] : splitComments(value, lines.slice(headerIndex + 1))
  const regions: Region[] = [story, ...parts.map((part) => part.region)]
  const classified: Classified[][] = regions.map((region) => classifyRegion(value, region))
  learnCast(value, regions, classified, options.cast ?? undefined)
  if (core.boldStarts) acceptBoldCues(regions, classified, core.boldStarts)

  const children: StoryContent[] = []
  if (dateline) children.push(dateline)

  const titleIndex = core.body ? -1 : findTitle(value, story, classified[0], dateline !== undefined)
  if (titleIndex >= 0) {
    const line = story[titleIndex]
    const title: Title = {
      type: 'title',
      children: parseInline(context, line, line.contentStart, line.contentEnd, {directions: false}),
      position: span(line, line.contentStart, line.contentEnd)
    }
    children.push(title)
    story[titleIndex] = {...line, contentStart: line.contentEnd}
    classified[0][titleIndex] = {kind: 'blank'}
  }

  for (const block of buildBlocks(context, story, classified[0])) children.push(block)

  if (headerIndex >= 0) {
    children.push(comments(context, lines[headerIndex], header!, parts, classified.slice(1)))
  }

  mergeGenitives(context.placeholders)
  checkPlaceholders(context, context.placeholders)

  const root: Root = {type: 'root', children, position: {start: {line: 1, column: 1, offset: 0}, end: endPoint(lines)}}
  const lang = options.lang === 'de' || options.lang === 'en' ? options.lang : detectLang(value, [datelineLang])
  if (lang) root.lang = lang
  return root
}

function comments(
  context: Context,
  line: Line,
  header: {count?: number},
  parts: CommentPart[],
  classified: Classified[][]
): Comments {
  const value = context.value
  const node: Comments = {
    type: 'comments',
    label: value.slice(line.contentStart, line.contentEnd),
    children: [],
    position: span(line, line.contentStart, line.contentEnd)
  }
  if (header.count !== undefined) node.count = header.count

  parts.forEach((part, index) => {
    const first = part.marker ? part.marker.line : part.first
    const start = part.marker ? part.marker.start : part.first.contentStart
    const comment: Comment = {
      type: 'comment',
      children: buildBlocks(context, part.region, classified[index]),
      position: {start: point(first, start), end: point(part.last, part.last.contentEnd)}
    }
    if (part.index !== undefined) comment.index = part.index
    if (part.marker) comment.marker = part.marker.text
    if (part.byline) {
      comment.author = part.byline.author
      comment.byline = part.byline.text
      if (part.byline.date) comment.date = part.byline.date
    }
    if (part.controls.length > 0) comment.controls = part.controls
    node.children.push(comment)
    node.position!.end = comment.position!.end
  })

  if (node.count !== undefined && node.count !== node.children.length) {
    warn(
      context,
      'Comment header declares ' + node.count + ' comment' + (node.count === 1 ? '' : 's') + ', found ' + node.children.length,
      'comment-count',
      span(line, line.contentStart, line.contentEnd)
    )
  }
  return node
}

/**
 * The title: the first paragraph of the story when it is a single short line followed by more
 * text, and either a dateline stands above it or it does not end like a sentence.
 */
function findTitle(value: string, story: Region, classified: Classified[], hasDateline: boolean): number {
  const first = classified.findIndex((line) => line.kind !== 'blank')
  if (first < 0) return -1
  const info = classified[first]
  if (info.kind === 'note' || (info.kind === 'cue' && info.turn)) return -1
  if (classified[first + 1] && classified[first + 1].kind !== 'blank') return -1
  if (!classified.some((line, index) => index > first && line.kind !== 'blank')) return -1
  const line = story[first]
  if (line.contentEnd - line.contentStart > maxTitleLength) return -1
  if (hasDateline) return first
  const last = value.charCodeAt(line.contentEnd - 1)
  const ellipsis = value.endsWith('...', line.contentEnd) || last === 0x2026
  if (!ellipsis && (last === 46 || last === 58 || last === 59 || last === 44 || last === 0xff1a)) return -1
  return first
}

function endPoint(lines: Line[]) {
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

function isVFile(value: unknown): value is VFile {
  return typeof value === 'object' && value !== null && typeof (value as VFile).message === 'function' && 'messages' in value
}

function fileText(file: VFile): string {
  const value = file.value
  if (typeof value === 'string') return value
  if (value instanceof Uint8Array) return new TextDecoder().decode(value)
  return value === undefined || value === null ? '' : String(value)
}

function report(file: VFile, diagnostics: Diagnostic[]): void {
  for (const diagnostic of diagnostics) {
    const options = {place: diagnostic.place, ruleId: diagnostic.ruleId, source: 'anecdote'}
    if (diagnostic.severity === 'info') file.info(diagnostic.reason, options)
    else file.message(diagnostic.reason, options)
  }
}
