// From mdast to the text parser's intermediate form: each story section (the story, each
// comment) as lines with their classification, so the cast is learnt over Markdown and plain
// text alike. Markdown-only facts ride along per line (`Entry`): the paragraph's inline nodes,
// the block-quote depth, a bold cue's `strong`.
import type {Heading, List, Paragraph, PhrasingContent as MdastPhrasing, RootContent} from 'mdast'
import {toString} from 'mdast-util-to-string'
import type {Dateline, Lang, PhrasingContent, Title} from '../../types.js'
import {isInlineSpace, isWhitespace} from '../chars.js'
import {type Classified, classifyRegion} from '../classify.js'
import {parseCommentHeader} from '../comments.js'
import {type Cue, parseCue} from '../cue.js'
import {parseDateline} from '../dateline.js'
import type {Line} from '../lines.js'
import {commentNouns, headerLabels, noteLabels} from '../words.js'
import {endOf, firstEndingAfter, lineAt, place, skipPrefix, startOf, type State, weave} from './phrasing.js'

/** What the builder needs to know about one line beyond its classification. */
export interface Entry {
  /** The inline nodes of the paragraph the line belongs to. */
  nodes: readonly MdastPhrasing[]
  /** Block-quote depth. */
  depth: number
  /** Where the line's phrasing ends: past the line when an inline node runs on over later lines. */
  end: number
  /** The line lies inside an inline node begun on an earlier line: nothing of its own to read. */
  covered?: boolean
  /** A note label in bold, as text (`Update:` for `**Update:**`). */
  noteLabel?: string
  /** A bold cue: where its `strong` starts and ends. */
  bold?: {start: number; end: number}
  /** A block that is kept whole: fenced code (as inline code) or anything else (as text). */
  whole?: {kind: 'inlineCode' | 'text'; value: string; start: number; end: number}
}

export interface Section {
  region: Line[]
  classified: Classified[]
  entries: (Entry | undefined)[]
  /** Last source line of the previous item, and whether it was a paragraph (paragraphs on adjacent lines form one block). */
  lastLine: number
  lastParagraph: boolean
}

export interface CommentDraft {
  section: Section
  start: number
  end: number
  index?: number
  marker?: string
}

export interface Collected {
  story: Section
  dateline?: Dateline
  /** The language the dateline's words belong to. */
  datelineLang?: Lang
  title?: Title
  comments?: {label: string; count?: number; start: number; end: number; items: CommentDraft[]}
  /** Whether story content has been seen (a title or dateline must come first). */
  seen: boolean
}

export function newSection(): Section {
  return {region: [], classified: [], entries: [], lastLine: -2, lastParagraph: false}
}

export function newCollected(): Collected {
  return {story: newSection(), seen: false}
}

/** The section new content goes to: the story, or the last comment (a new one if there is none). */
function target(collected: Collected, at: number): Section {
  const comments = collected.comments
  if (!comments) return collected.story
  if (comments.items.length === 0) comments.items.push({section: newSection(), start: at, end: at})
  return comments.items[comments.items.length - 1].section
}

/** Add one mdast flow node (with offsets into the whole source) to what is collected. */
export function collect(state: State, collected: Collected, node: RootContent, depth: number, inList: boolean, bullet?: number): void {
  const value = state.context.value
  switch (node.type) {
    case 'paragraph': {
      const start = startOf(node)
      const end = endOf(node)
      const line = lineAt(state.lines, start)
      const single = lineAt(state.lines, end).index === line.index
      if (single && depth === 0 && !inList && bullet === undefined) {
        // micromark keeps white space it does not know (a no-break space) in the paragraph; the text path does not.
        const from = Math.max(start, Math.min(line.contentStart, end))
        const text = value.slice(from, Math.min(end, line.contentEnd))
        if (!collected.seen && !collected.dateline && !collected.title && !collected.comments && parseDateline(text)) {
          const dateline: Dateline = {type: 'dateline', value: text, position: place(state, from, from + text.length)}
          const {date, lang} = parseDateline(text)!
          if (lang) collected.datelineLang = lang
          if (date) dateline.date = date
          else {
            state.context.diagnostics.push({
              reason: 'Dateline `' + text + '` names a day that does not exist',
              ruleId: 'invalid-date',
              place: dateline.position!,
              severity: 'warning'
            })
          }
          collected.dateline = dateline
          return
        }
        if (!collected.comments && text.length <= 40) {
          const header = parseCommentHeader(text)
          if (header) {
            collected.comments = {label: text, start: from, end: from + text.length, items: []}
            if (header.count !== undefined) collected.comments.count = header.count
            return
          }
        }
      }
      addParagraph(state, target(collected, start), node, depth, bullet, true)
      if (!collected.comments) collected.seen = true
      return
    }
    case 'heading': {
      const text = toString(node)
      const start = startOf(node)
      if (node.depth === 1 && !collected.seen && !collected.title && !collected.comments) {
        collected.title = title(state, node)
        return
      }
      if (!collected.comments && depth === 0 && !inList && isCommentsHeading(text)) {
        const label = headingLabel(state, node)
        collected.comments = {label, start, end: endOf(node), items: []}
        const count = parseCommentHeader(label)?.count
        if (count !== undefined) collected.comments.count = count
        return
      }
      addParagraph(state, target(collected, start), node, depth, undefined, false)
      if (!collected.comments) collected.seen = true
      return
    }
    case 'list': {
      collectList(state, collected, node, depth, inList, bullet)
      return
    }
    case 'blockquote': {
      // `- > text`: the outer marker stays on the line, read with it.
      node.children.forEach((child, index) => {
        collect(state, collected, child, depth + 1, inList, index === 0 && onLineOf(state, child, bullet) ? bullet : undefined)
      })
      return
    }
    case 'thematicBreak': {
      target(collected, startOf(node)).lastParagraph = false
      return
    }
    case 'code': {
      addWhole(state, target(collected, startOf(node)), {kind: 'inlineCode', value: node.value, start: startOf(node), end: endOf(node)}, depth)
      if (!collected.comments) collected.seen = true
      return
    }
    default: {
      // Definitions and whatever an extension adds: their source, as text.
      if (!node.position) return
      const start = startOf(node)
      const end = endOf(node)
      addWhole(state, target(collected, start), {kind: 'text', value: value.slice(start, end), start, end}, depth)
      if (!collected.comments) collected.seen = true
    }
  }
}

/** Whether `node` starts on the line of the marker at `bullet`. */
function onLineOf(state: State, node: RootContent, bullet: number | undefined): boolean {
  return bullet !== undefined && node.position !== undefined && lineAt(state.lines, startOf(node)).index === lineAt(state.lines, bullet).index
}

function collectList(state: State, collected: Collected, list: List, depth: number, inList: boolean, bullet?: number): void {
  const value = state.context.value
  const asComments = collected.comments !== undefined && !inList && depth === 0
  list.children.forEach((item, itemIndex) => {
    if (!item.position) return
    // `1. - Chef: …`: a nested list on the marker's line starts at the outer marker.
    const start = itemIndex === 0 && onLineOf(state, item, bullet) ? bullet! : startOf(item)
    const markerEnd = listMarkerEnd(value, start)
    if (asComments) {
      const draft: CommentDraft = {section: newSection(), start, end: endOf(item)}
      if (list.ordered) {
        draft.marker = value.slice(start, markerEnd)
        draft.index = Number.parseInt(draft.marker, 10)
      }
      collected.comments!.items.push(draft)
      for (const child of item.children) collect(state, collected, child, depth, true)
      return
    }
    // In the story a list marker is kept on the line, as in plain text: `- Chef: …` is a turn with a bullet.
    const markerLine = lineAt(state.lines, start).index
    item.children.forEach((child, index) => {
      const first = index === 0 && child.position !== undefined && lineAt(state.lines, startOf(child)).index === markerLine
      collect(state, collected, child, depth, true, first ? start : undefined)
    })
  })
}

/** End of a list item's marker (`-`, `*`, `+`, `1.`, `1)`) starting at `start`. */
function listMarkerEnd(value: string, start: number): number {
  let index = start
  while (index < value.length && value.charCodeAt(index) >= 48 && value.charCodeAt(index) <= 57) index++
  return index + 1
}

function isCommentsHeading(text: string): boolean {
  if (text.length > 40) return false
  if (parseCommentHeader(text)) return true
  let end = text.length
  while (end > 0 && (text.charCodeAt(end - 1) === 58 || text.charCodeAt(end - 1) === 0xff1a || isInlineSpace(text.charCodeAt(end - 1)))) end--
  return commentNouns.has(text.slice(0, end).toLowerCase())
}

/** A heading's text as written: the source of its content, without `#` and closing `#`s. */
function headingLabel(state: State, node: Heading): string {
  const first = node.children[0]
  const last = node.children[node.children.length - 1]
  if (!first?.position || !last?.position) return toString(node)
  return state.context.value.slice(startOf(first), endOf(last))
}

function title(state: State, node: Heading): Title {
  const first = node.children[0]
  const last = node.children[node.children.length - 1]
  const children: PhrasingContent[] =
    first?.position && last?.position ? weave(state, node.children, skipWhitespace(state.context.value, startOf(first), endOf(last)), endOf(last), {directions: false, depth: 0}) : []
  return {type: 'title', children, position: place(state, startOf(node), endOf(node))}
}

/** `from`, moved past white space micromark keeps as text (a no-break space, a byte order mark). */
function skipWhitespace(value: string, from: number, to: number): number {
  while (from < to && isWhitespace(value.charCodeAt(from))) from++
  return from
}

/** Separate the next item from the previous one with a blank line, unless two paragraphs touch. */
function separate(section: Section, state: State, firstLine: number, paragraph: boolean): void {
  if (section.region.length === 0) return
  if (paragraph && section.lastParagraph && firstLine === section.lastLine + 1) return
  const line = state.lines[firstLine]
  section.region.push({...line, contentStart: line.end, contentEnd: line.end})
  section.classified.push({kind: 'blank'})
  section.entries.push(undefined)
}

function addWhole(state: State, section: Section, whole: NonNullable<Entry['whole']>, depth: number): void {
  const line = lineAt(state.lines, whole.start)
  separate(section, state, line.index, false)
  section.region.push({...line, contentStart: whole.start, contentEnd: Math.min(line.contentEnd, whole.end)})
  section.classified.push({kind: 'text'})
  section.entries.push({nodes: [], depth, end: whole.end, whole})
  section.lastLine = lineAt(state.lines, whole.end).index
  section.lastParagraph = false
}

/** The lines of a paragraph (or a heading read as one), classified. */
function addParagraph(
  state: State,
  section: Section,
  node: Paragraph | Heading,
  depth: number,
  bullet: number | undefined,
  paragraph: boolean
): void {
  const value = state.context.value
  const first = node.children[0]
  const last = node.children[node.children.length - 1]
  if (!first?.position || !last?.position) return
  // Only the inline nodes other than text are read later (text is read from the source): keep
  // just those, so the rest of the run's mdast is garbage as soon as the run is collected.
  const nodes = node.children.filter((child) => child.type !== 'text')
  const start = bullet ?? startOf(first)
  const end = endOf(last)
  const firstLine = lineAt(state.lines, start)
  const lastLine = lineAt(state.lines, end)
  separate(section, state, firstLine.index, paragraph)

  let next = 0 // the next inline node to look at
  let covered = -1 // offset up to which earlier lines' phrasing reaches
  for (let index = firstLine.index; index <= lastLine.index; index++) {
    const line = state.lines[index]
    let contentStart = index === firstLine.index ? start : skipPrefix(value, line, depth)
    // White space micromark keeps as text (a no-break space) starts no line, as in the text path.
    contentStart = skipWhitespace(value, contentStart, line.contentEnd)
    const contentEnd = Math.max(contentStart, Math.min(line.contentEnd, end))
    const view: Line = {...line, contentStart, contentEnd}

    if (covered >= contentEnd || contentStart >= contentEnd) {
      // Inside an inline node begun above (or a line of markup only): nothing of its own.
      section.region.push(view)
      section.classified.push({kind: 'text'})
      section.entries.push({nodes, depth, end: contentEnd, covered: true})
      continue
    }

    // A node that starts on this line and runs on takes the following lines with it.
    let lineEnd = contentEnd
    while (next < nodes.length && startOf(nodes[next]) < lineEnd) {
      const child = nodes[next]
      if (child.type !== 'break' && endOf(child) > lineEnd) {
        lineEnd = Math.max(lineEnd, Math.min(end, lineAt(state.lines, endOf(child)).contentEnd))
      }
      next++
    }
    covered = lineEnd

    const entry: Entry = {nodes, depth, end: lineEnd}
    section.region.push(view)
    section.classified.push(classify(state, view, entry))
    section.entries.push(entry)
  }
  section.lastLine = lastLine.index
  section.lastParagraph = paragraph
}

/** Classify a line as the text parser does, plus bold cues; markup inside a plain cue voids it. */
function classify(state: State, view: Line, entry: Entry): Classified {
  const value = state.context.value
  const bold = boldCue(state, view, entry)
  if (bold) return bold
  const classified = classifyRegion(value, [view])[0]
  if (classified.kind === 'cue' || classified.kind === 'note') {
    const labelEnd = classified.kind === 'cue' ? classified.cue.speech : classified.labelEnd
    for (let index = firstEndingAfter(entry.nodes, view.contentStart); index < entry.nodes.length; index++) {
      const node = entry.nodes[index]
      const start = startOf(node)
      if (start >= labelEnd) break
      if (start >= view.contentStart && node.type !== 'text') return {kind: 'text'}
    }
  }
  return classified
}

/** `**Chef:** …`, `**Chef**: …`, `__Chef__: …`, after an optional bullet. */
function boldCue(state: State, view: Line, entry: Entry): Classified | undefined {
  const value = state.context.value
  let at = view.contentStart
  const bulletEnd = bulletAt(value, at, view.contentEnd)
  if (bulletEnd > 0) {
    at = bulletEnd
    while (at < view.contentEnd && isInlineSpace(value.charCodeAt(at))) at++
  }
  let strong: MdastPhrasing | undefined
  for (let index = firstEndingAfter(entry.nodes, at); index < entry.nodes.length && !strong; index++) {
    const node = entry.nodes[index]
    if (node.type !== 'text' && startOf(node) >= at) strong = node
  }
  if (!strong || strong.type !== 'strong' || startOf(strong) !== at) return undefined
  if (strong.children.length === 0 || strong.children.some((child) => child.type !== 'text')) return undefined
  const innerStart = startOf(strong.children[0])
  const innerEnd = endOf(strong.children[strong.children.length - 1])

  // The separator inside the strong (`**Chef:**`) or right after it (`**Chef**:`).
  let separator = innerEnd
  while (separator > innerStart && isInlineSpace(value.charCodeAt(separator - 1))) separator--
  separator--
  let speech: number
  let labelEnd = separator
  if (isColon(value.charCodeAt(separator))) {
    speech = endOf(strong)
  } else {
    labelEnd = innerEnd
    separator = endOf(strong)
    while (separator < view.contentEnd && isInlineSpace(value.charCodeAt(separator))) separator++
    if (!isColon(value.charCodeAt(separator))) return undefined
    speech = separator + 1
  }
  while (speech < view.contentEnd && isInlineSpace(value.charCodeAt(speech))) speech++
  while (labelEnd > innerStart && isInlineSpace(value.charCodeAt(labelEnd - 1))) labelEnd--

  // The label, read with mdast-util-to-string, must be one the cue grammar accepts.
  const text = toString(strong)
  const label = text.slice(0, text.length - (innerEnd - labelEnd))
  const asWritten = value.slice(innerStart, labelEnd) === label
  const parsed = parseCue(label + ':', 0, label.length + 1)
  if (!parsed || parsed.bullet || parsed.separator.start !== label.length) return undefined

  const shift = (range: {start: number; end: number}) => ({start: range.start + innerStart, end: range.end + innerStart})
  const cue: Cue = {
    label: asWritten ? shift(parsed.label) : {start: innerStart, end: labelEnd},
    directions: asWritten ? parsed.directions.map((direction) => ({...shift(direction), marker: direction.marker})) : [],
    separator: {start: separator, end: separator + 1},
    speech,
    words: parsed.words
  }
  if (asWritten && parsed.alias) cue.alias = shift(parsed.alias)
  if (bulletEnd > 0) cue.bullet = {start: view.contentStart, end: bulletEnd}

  const lower = value.slice(cue.label.start, cue.label.end).toLowerCase()
  if (!cue.bullet && cue.directions.length === 0 && noteLabels.has(lower)) {
    // The label without its markup: `**Update:**` and `Update:` are the same note.
    entry.noteLabel = label + value.charAt(separator)
    return {kind: 'note', labelEnd: Math.max(endOf(strong), separator + 1)}
  }
  if (headerLabels.has(lower)) return {kind: 'text'}
  entry.bold = {start: startOf(strong), end: endOf(strong)}
  return {kind: 'cue', cue, key: '', turn: false, strong: false, who: ''}
}

function isColon(code: number): boolean {
  return code === 58 || code === 0xff1a
}

/** End of a list marker written before a bold cue (`-`, `•`, `#3`, `3.`), an escaped one too (`\-`), or 0. */
function bulletAt(value: string, index: number, end: number): number {
  let cursor = index
  if (value.charCodeAt(cursor) === 92) cursor++
  const code = value.charCodeAt(cursor)
  if (code === 45 || code === 43 || code === 42 || code === 0x2013 || code === 0x2014 || code === 0x2022 || code === 0xb7) cursor++
  else {
    if (code === 35) cursor++
    const digits = cursor
    while (cursor < end && cursor - digits < 4 && value.charCodeAt(cursor) >= 48 && value.charCodeAt(cursor) <= 57) cursor++
    if (cursor === digits) return 0
    if (code !== 35) {
      if (value.charCodeAt(cursor) === 92) cursor++
      const mark = value.charCodeAt(cursor)
      if (mark !== 46 && mark !== 41) return 0
      cursor++
    }
  }
  return cursor < end && isInlineSpace(value.charCodeAt(cursor)) ? cursor : 0
}
