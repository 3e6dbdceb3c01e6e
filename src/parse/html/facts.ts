// What the HTML says about each line of the projected story, in the terms the Markdown reader
// uses (`LineFormat`): where its first inline element starts (a label with one in it is no cue),
// a line that is one `<i>`/`<em>` and nothing else, a `<b>`/`<strong>` opening the line (a bold cue), the first line of an
// `<li>` (a list item: how deep its list nests, its number in an `<ol>`), the lines in a
// `<blockquote>` (quote depth), the first line of an `<h1>`–`<h6>` (a heading and its rank).
// HTML writes no list marker: an item's marker span is empty, at the start of its text.
import {bulletEnd, trimStart} from '../grammar.js'
import type {LineFormat, StoryLine} from '../reader.js'
import type {Block, Mark} from './project.js'

/** Give the story lines (projected offsets) the facts of the projection's marks and blocks. */
export function addFacts(lines: StoryLine[], text: string, marks: Mark[], blocks: Block[]): void {
  const content = lines.filter((line) => line.contentStart < line.contentEnd)
  inlineFacts(content, marks)
  boldCues(content, text, marks)
  if (blocks.length === 0) return
  quoteDepths(content, blocks)
  firstLines(content, blocks)
}

function set(line: StoryLine, facts: LineFormat): void {
  Object.assign((line.format ??= emptyFormat()), facts)
}

/** Every field there from the start: one hidden class for all the formats of every parse (see `scanLines`). */
function emptyFormat(): LineFormat {
  return {leadingBold: undefined, loneEmphasis: undefined, elementStart: undefined, quote: undefined, listItem: undefined, heading: undefined, whole: undefined}
}

/**
 * Where the first inline element on each line starts, and whether the line is one emphasis: the
 * facts the Markdown reader gives from mdast's inline nodes (`*Chef*: …` is no cue there, nor is
 * `<i>Chef</i>: …` here). An element that runs on over `<br>` starts each line it covers, as a
 * Markdown node running on takes the following lines into its own. Links do not count as
 * elements here: a blog page writes its comment controls and commenters' names as links
 * (`<a href="#">Antworten</a>`), which must still read as controls and bylines. A lone emphasis
 * (over one line or several) is marked on the mark too: it becomes a star direction where the
 * core reads the line as a turn's, a narration's or a note's (`applyMarks`), as `*seufzt*` alone
 * on its line does in Markdown.
 */
function inlineFacts(lines: StoryLine[], marks: Mark[]): void {
  if (marks.length === 0) return
  // By start; of marks with one start the longest, and of marks of one extent the outer one
  // (marks come in the order their elements close, so the later of two alike is the outer).
  const sorted = marks.slice().reverse().sort((a, b) => a.start - b.start || b.end - a.end)
  let next = 0
  /** The furthest end of the marks passed: one reaching into a line is outside its first (`<b>a<br><i>b</i></b>`). */
  let reach = 0
  /** The same, of the marks that are elements (not links). */
  let elementReach = 0
  for (let index = 0; index < lines.length; index++) {
    const line = lines[index]
    while (next < sorted.length && sorted[next].start < line.contentStart) {
      const mark = sorted[next++]
      reach = Math.max(reach, mark.end)
      if (mark.kind !== 'link') elementReach = Math.max(elementReach, mark.end)
    }
    let element = next
    while (element < sorted.length && sorted[element].kind === 'link' && sorted[element].start < line.contentEnd) element++
    if (elementReach > line.contentStart) set(line, {elementStart: line.contentStart})
    else if (element < sorted.length && sorted[element].start < line.contentEnd) set(line, {elementStart: sorted[element].start})
    const first = sorted[next]
    if (first?.kind === 'emphasis' && first.start === line.contentStart && reach <= line.contentStart && endsALine(lines, index, first.end)) {
      set(line, {loneEmphasis: true})
      first.lone = true
    }
  }
}

/** Whether `end` is where the content of the line at `index`, or of one after it, ends. */
function endsALine(lines: StoryLine[], index: number, end: number): boolean {
  let at = index
  while (at < lines.length - 1 && lines[at].contentEnd < end) at++
  return lines[at].contentEnd === end
}

/** Each line opened by a `<b>`/`<strong>` (after a bullet written in the text, too: `- <b>Chef:</b>`). */
function boldCues(lines: StoryLine[], text: string, marks: Mark[]): void {
  const bold = new Map<number, Mark>()
  for (const mark of marks) if (mark.kind === 'strong' && !bold.has(mark.start)) bold.set(mark.start, mark)
  if (bold.size === 0) return
  for (const line of lines) {
    const mark = bold.get(line.contentStart) ?? afterBullet(bold, text, line)
    if (!mark || mark.end > line.contentEnd) continue
    const fact = {start: mark.start, end: mark.end, inner: {start: mark.start, end: mark.end}, text: text.slice(mark.start, mark.end), taken: false}
    mark.bold = fact
    set(line, {leadingBold: fact})
  }
}

function afterBullet(bold: Map<number, Mark>, text: string, line: StoryLine): Mark | undefined {
  const bullet = bulletEnd(text, line.contentStart, line.contentEnd)
  return bullet > 0 ? bold.get(trimStart(text, bullet, line.contentEnd)) : undefined
}

/** The quote depth of every line inside a `<blockquote>`: one sweep, quotes nest properly. */
function quoteDepths(lines: StoryLine[], blocks: Block[]): void {
  const quotes = blocks.filter((block) => block.kind === 'quote')
  if (quotes.length === 0) return
  const open: Block[] = []
  let next = 0
  for (const line of lines) {
    const at = line.contentStart
    while (next < quotes.length && quotes[next].start <= at) open.push(quotes[next++])
    while (open.length > 0 && open[open.length - 1].end <= at) open.pop()
    if (open.length > 0) set(line, {quote: open[open.length - 1].depth})
  }
}

/**
 * The first line of each list item and heading: the first line that starts inside it. An item
 * whose first line an outer item took (`<li><ul><li>Chef: …`) nests as deep as the outer one,
 * as a nested list on its outer item's line does in Markdown.
 */
function firstLines(lines: StoryLine[], blocks: Block[]): void {
  let index = 0
  for (const block of blocks) {
    if (block.kind === 'quote' || block.kind === 'title') continue
    while (index < lines.length && lines[index].contentStart < block.start) index++
    const line = lines[index]
    if (!line || line.contentStart >= block.end) continue
    const at = line.contentStart
    if (block.kind === 'heading') {
      if (!line.format?.heading) set(line, {heading: {rank: block.number!, start: at, end: line.contentEnd}})
    } else if (!line.format?.listItem) {
      const item: NonNullable<LineFormat['listItem']> = {start: at, end: at, nesting: block.depth}
      if (block.number !== undefined) item.number = block.number
      set(line, {listItem: item})
    }
  }
}
