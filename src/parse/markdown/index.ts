// The Markdown path: unified + remark-parse, one blank-line separated run at a time, mapped to
// the same anecdote tree as the text path. Runs micromark would be slow on go to the text path.
import type {Root as MdastRoot, RootContent} from 'mdast'
import remarkParse from 'remark-parse'
import {unified} from 'unified'
import type {Comment, Comments, Root, StoryContent} from '../../types.js'
import {learnCast} from '../cast.js'
import {checkPlaceholders} from '../check-placeholders.js'
import {classifyRegion} from '../classify.js'
import {bylineAuthor, controlsOf, gluedControls} from '../comments.js'
import {parseCommentDate} from '../dateline.js'
import {type Context, point, warn} from '../context.js'
import type {ParseOptions} from '../index.js'
import {detectLang} from '../lang.js'
import {isBlank, scanLines} from '../lines.js'
import {mergeGenitives} from '../merge-genitives.js'
import {type Run, splitRuns} from './blocks.js'
import {buildSection} from './build.js'
import {type Collected, collect, type CommentDraft, newCollected, type Section} from './from-mdast.js'
import {place, type State} from './phrasing.js'

/** The micromark constructs that misread stories: `<hektisch>` is a direction, indented text is text. */
export const storyExtension = {disable: {null: ['codeIndented', 'htmlFlow', 'htmlText']}}

const processor = unified().use(defaultExport(remarkParse)).data('micromarkExtensions', [storyExtension]).freeze()

/**
 * The CommonJS build `require`s the ESM-only remark-parse: there its default import is the module
 * namespace, whose `default` is the plugin.
 */
function defaultExport<T>(value: T): T {
  let current: unknown = value
  for (let depth = 0; depth < 2 && typeof current === 'object' && current !== null && 'default' in current; depth++) {
    current = (current as {default: unknown}).default
  }
  return current as T
}

export function parseMarkdown(context: Context, options: ParseOptions): Root {
  const value = context.value
  const lines = scanLines(value)
  context.lines = lines
  const state: State = {context, lines}
  const collected = newCollected()

  for (const run of splitRuns(value, lines)) {
    if (run.fallback) {
      warn(context, 'Markdown block read as plain text: ' + run.fallback, 'markdown-fallback', place(state, run.start, run.end))
      addPlain(state, collected, run)
      continue
    }
    // micromark drops a byte order mark at the start of a document: keep offsets aligned.
    let start = run.start
    while (start < run.end && value.charCodeAt(start) === 0xfeff) start++
    const tree = processor.parse(value.slice(start, run.end)) as MdastRoot
    shift(tree, start)
    for (const node of tree.children) collect(state, collected, node, 0, false)
  }

  const comments = collected.comments
  for (const item of comments?.items ?? []) takeOutControls(state, item)
  const sections: Section[] = [collected.story, ...(comments?.items ?? []).map((item) => item.section)]
  learnCast(
    value,
    sections.map((section) => section.region),
    sections.map((section) => section.classified),
    options.cast ?? undefined
  )

  // A bold label is the writer marking a speaker: a turn even where the label occurs once.
  for (const section of sections) {
    section.classified.forEach((info, index) => {
      if (info.kind !== 'cue' || info.turn || !section.entries[index]?.bold) return
      info.turn = info.cue.speech < section.region[index].contentEnd || section.classified[index + 1]?.kind === 'text'
    })
  }

  const children: StoryContent[] = []
  if (collected.dateline) children.push(collected.dateline)
  if (collected.title) children.push(collected.title)
  for (const block of buildSection(state, collected.story)) children.push(block)
  if (comments) children.push(commentSection(state, comments))

  mergeGenitives(context.placeholders)
  checkPlaceholders(context, context.placeholders)

  const last = lines[lines.length - 1]
  const root: Root = {type: 'root', children, position: {start: {line: 1, column: 1, offset: 0}, end: point(last, last.end)}}
  const lang =
    options.lang === 'de' || options.lang === 'en' ? options.lang : detectLang(value, [collected.datelineLang])
  if (lang) root.lang = lang
  return root
}

/** Offsets of a run's tree into offsets of the whole source (only offsets are read). */
function shift(tree: MdastRoot, base: number): void {
  const stack: Array<MdastRoot | RootContent> = [tree]
  while (stack.length > 0) {
    const node = stack.pop()!
    if (node.position) {
      node.position.start.offset! += base
      node.position.end.offset! += base
    }
    if ('children' in node) for (const child of node.children) stack.push(child)
  }
}

/** A run the text path reads: its lines join the current section as plain lines. */
function addPlain(state: State, collected: Collected, run: Run): void {
  const section = collected.comments
    ? (collected.comments.items[collected.comments.items.length - 1]?.section ?? newItem(collected, run.start))
    : collected.story
  if (section.region.length > 0) {
    const line = state.lines[run.first]
    section.region.push({...line, contentStart: line.end, contentEnd: line.end})
    section.classified.push({kind: 'blank'})
    section.entries.push(undefined)
  }
  const region = state.lines.slice(run.first, run.last + 1)
  const classified = classifyRegion(state.context.value, region)
  region.forEach((line, index) => {
    section.region.push(line)
    section.classified.push(classified[index])
    section.entries.push(isBlank(line) ? undefined : {nodes: [], depth: 0, end: line.contentEnd})
  })
  section.lastLine = run.last
  section.lastParagraph = false
  if (!collected.comments) collected.seen = true
}

function newItem(collected: Collected, start: number): Section {
  const draft: CommentDraft = {section: {region: [], classified: [], entries: [], lastLine: -2, lastParagraph: false}, start, end: start}
  collected.comments!.items.push(draft)
  return draft.section
}

/** A backslash escape of ASCII punctuation, as CommonMark reads it. */
const escapeRe = /\\([!-/:-@[-`{-~])/g

/** Blog controls (`AntwortenLöschen`) and a byline (`Anna said...`) in a comment: into fields. */
function takeOutControls(state: State, item: CommentDraft & {controls?: string[]; byline?: {text: string; author: string; date?: string}}): void {
  const value = state.context.value
  const {region, classified, entries} = item.section
  let controls: string[] = []
  const blank = (index: number) => {
    const line = region[index]
    // What is taken out stays inside the comment.
    item.end = Math.max(item.end, entries[index]?.end ?? line.contentEnd)
    region[index] = {...line, contentStart: line.contentEnd}
    classified[index] = {kind: 'blank'}
    entries[index] = undefined
  }
  const plainLine = (index: number) => {
    const entry = entries[index]
    if (!entry || entry.covered || entry.whole || classified[index].kind === 'blank') return false
    return !entry.nodes.some((node) => node.type !== 'text' && node.position!.end.offset! > region[index].contentStart && node.position!.start.offset! < entry.end)
  }

  for (let index = 0; index < region.length; index++) {
    if (!plainLine(index)) continue
    const found = controlsOf(value.slice(region[index].contentStart, region[index].contentEnd))
    if (found) {
      for (const control of found) controls.push(control)
      blank(index)
    }
  }
  for (let index = region.length - 1; index >= 0; index--) {
    if (classified[index].kind === 'blank' || !entries[index]) continue
    if (!plainLine(index)) break
    const glued = gluedControls(value, region[index])
    if (glued) {
      item.end = Math.max(item.end, entries[index]!.end)
      // Glued to the last line of text: before the controls on lines of their own.
      controls = glued.controls.concat(controls)
      region[index] = {...region[index], contentEnd: glued.start}
      entries[index] = {...entries[index]!, end: glued.start}
      classified[index] = classifyRegion(value, [region[index]])[0]
    }
    break
  }
  for (let index = 0; index < region.length; index++) {
    if (classified[index].kind === 'blank' || !entries[index]) continue
    if (!plainLine(index)) break
    const text = value.slice(region[index].contentStart, region[index].contentEnd)
    const author = bylineAuthor(text)
    if (author !== undefined) {
      item.byline = {text, author}
      blank(index)
      // The date line right under it (`3. März 2012 um 09:15`) belongs to the byline.
      const next = index + 1
      if (classified[next] && classified[next].kind !== 'blank' && entries[next] && plainLine(next)) {
        // Without backslash escapes: a writer escapes the `.` of `3. März` so it is no list item.
        const dateLine = value.slice(region[next].contentStart, region[next].contentEnd).replace(escapeRe, '$1')
        const date = parseCommentDate(dateLine)
        if (date) {
          item.byline = {text: text + '\n' + dateLine, author, date}
          blank(next)
        }
      }
    }
    break
  }
  if (controls.length > 0) item.controls = controls
}

function commentSection(state: State, drafts: NonNullable<Collected['comments']>): Comments {
  const node: Comments = {type: 'comments', label: drafts.label, children: [], position: place(state, drafts.start, drafts.end)}
  if (drafts.count !== undefined) node.count = drafts.count
  for (const draft of drafts.items as Array<CommentDraft & {controls?: string[]; byline?: {text: string; author: string; date?: string}}>) {
    const children = buildSection(state, draft.section)
    let end = draft.end
    let start = draft.start
    for (const line of draft.section.region) {
      if (!isBlank(line)) end = Math.max(end, line.contentEnd)
    }
    for (const child of children) {
      start = Math.min(start, child.position!.start.offset!)
      end = Math.max(end, child.position!.end.offset!)
    }
    const comment: Comment = {type: 'comment', children, position: place(state, start, end)}
    if (draft.index !== undefined && Number.isFinite(draft.index)) comment.index = draft.index
    if (draft.marker !== undefined) comment.marker = draft.marker
    if (draft.byline) {
      comment.author = draft.byline.author
      comment.byline = draft.byline.text
      if (draft.byline.date) comment.date = draft.byline.date
    }
    if (draft.controls) comment.controls = draft.controls
    node.children.push(comment)
    node.position = place(state, drafts.start, Math.max(node.position!.end.offset!, end))
  }
  if (node.count !== undefined && node.count !== node.children.length) {
    warn(
      state.context,
      'Comment header declares ' + node.count + ' comment' + (node.count === 1 ? '' : 's') + ', found ' + node.children.length,
      'comment-count',
      place(state, drafts.start, drafts.end)
    )
  }
  return node
}
