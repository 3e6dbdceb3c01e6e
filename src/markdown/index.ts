// toMarkdown(): anecdote tree → mdast → Markdown (mdast-util-to-markdown). The Markdown parses
// back to the same tree: bold cues, a `#` title, the comments as an ordered list under a heading.
import type * as Mdast from 'mdast'
import {defaultHandlers, type Handle, toMarkdown as mdastToMarkdown} from 'mdast-util-to-markdown'
import {nodeText} from '../node-text.js'
import {isCommentNoun, parseCommentHeader} from '../parse/core/comment-lines.js'
import {maxDatelineLineLength, readDateline} from '../parse/core/dates.js'
import {endsLikeSentence, maxTitleLength} from '../parse/core/passes/title.js'
import {delimitersOf} from '../render/text/handlers/direction.js'
import {directionsInCue} from '../render/cue-directions.js'
import {frontMatterText} from '../parse/front-matter.js'
import type {BlockContent, Comment, Comments, Direction, Nodes, PhrasingContent, Root, StoryContent, Turn} from '../types.js'
import {wellFormed} from '../well-formed.js'

/** Write an anecdote tree as Markdown. Any node writes (see well-formed.ts). */
export function toMarkdown(input: Root): string {
  const tree = wellFormed(input, 'toMarkdown')
  // A front matter opens the file as written; the story after it is written as one without.
  const matter = tree.type === 'root' && tree.children[0]?.type === 'frontmatter' ? tree.children[0] : undefined
  if (!matter) return storyMarkdown(tree)
  const markdown = storyMarkdown({...tree, children: tree.children.slice(1)})
  return frontMatterText(matter) + '\n' + (markdown ? '\n' + markdown : '')
}

function storyMarkdown(tree: Root): string {
  const mdast = toMdast(tree)
  const adjacent = untitledOpening(tree, mdast) ?? datelineUnderTitle(tree, mdast)
  return mdastToMarkdown(mdast, {
    // The opening line of a story stays on the line above the turn or note after it, as it
    // stood: alone in its paragraph it would read as the title, or as a dateline under it.
    join: [(left) => (left === adjacent ? 0 : undefined)],
    bullet: '-',
    emphasis: '*',
    strong: '*',
    fence: '`',
    fences: true,
    listItemIndent: 'one',
    rule: '-',
    handlers: {listItem: numberedItem}
  })
}

/**
 * A list item written with its comment's own number (`data.number`), where numbers skip one (a
 * comment taken down: `1.`, `3.`), which the reader reads as written. The default handler numbers
 * from the list's start; the start it is given is that item's, so the indent fits the number.
 */
const numberedItem: Handle = (node: Mdast.ListItem, parent, state, info) => {
  const number = (node.data as {number?: unknown} | undefined)?.number
  if (parent?.type !== 'list' || !parent.ordered || typeof number !== 'number') return defaultHandlers.listItem(node, parent, state, info)
  const start = parent.start
  parent.start = number - parent.children.indexOf(node)
  try {
    return defaultHandlers.listItem(node, parent, state, info)
  } finally {
    parent.start = start
  }
}

/**
 * A one-line narration that opens a story without a title (after a dateline, if any) would read
 * as the title when written alone in its paragraph. Above a turn or a note it stays on the line
 * above it, as it stood (the paragraph to join is returned); otherwise, without a dateline, its
 * last character is written as a character reference, so the line does not end like a title.
 * (Not above a turn or note: the reference splits the word it ends, and the language is told
 * from the words.)
 */
function untitledOpening(tree: Root, mdast: Mdast.Root): Mdast.RootContent | undefined {
  if (tree.type !== 'root') return undefined
  if (tree.children.some((node) => node.type === 'title')) return undefined
  const at = tree.children[0]?.type === 'dateline' ? 1 : 0
  const first = tree.children[at]
  const paragraph = mdast.children[at]
  // A title needs story text after it: the comments are none.
  const next = tree.children[at + 1]
  if (first?.type !== 'narration' || paragraph?.type !== 'paragraph' || !next || next.type === 'comments') return undefined
  if (first.children.some((node) => node.type === 'break')) return undefined
  const text = nodeText(first).trim()
  if (text.length > maxTitleLength || (at === 0 && endsLikeSentence(text, text.length))) return undefined
  // Above a turn or a note it stood on the line above it (alone in its paragraph it would have
  // been the title): it stays there, every character as written.
  if (next.type === 'dialogue' || next.type === 'note') return paragraph
  if (at === 1) return undefined
  const last = paragraph.children[paragraph.children.length - 1]
  if (last?.type !== 'text' || last.value.length === 0) return undefined
  const code = last.value.codePointAt(last.value.length - 1 - (last.value.length > 1 && isLowSurrogate(last.value.charCodeAt(last.value.length - 1)) ? 1 : 0))!
  last.value = last.value.slice(0, last.value.length - String.fromCodePoint(code).length)
  paragraph.children.push({type: 'html', value: '&#' + code + ';'} as unknown as Mdast.PhrasingContent)
  return undefined
}

/**
 * A one-line narration in the second paragraph (under the title, or under an opening line) that
 * reads as a date (`2 Feb 2011`) is the dateline under the title when alone in its paragraph:
 * above a turn or note, it stays on the line above it, as it stood (the paragraph to join is
 * returned). A note that reads as a date (`Update: - 1. Mai 2020`) is joined the same way, and
 * with none after it onto the opening line; a note is no dateline since `mayBeDateline`
 * (src/parse/core/passes/dateline.ts), so those joins no longer keep the tree: they keep the
 * Markdown as it was written before, for the fixtures' sake (dropping them moves such a note into
 * a paragraph of its own: `dateline-below-title-not-3`).
 */
function datelineUnderTitle(tree: Root, mdast: Mdast.Root): Mdast.RootContent | undefined {
  if (tree.type !== 'root' || !tree.children[0] || tree.children[0].type === 'dateline') return undefined
  const [, first, next] = tree.children
  const paragraph = mdast.children[1]
  const joined = next?.type === 'dialogue' || next?.type === 'note' ? paragraph : first?.type === 'note' ? mdast.children[0] : undefined
  if ((first?.type !== 'narration' && first?.type !== 'note') || paragraph?.type !== 'paragraph' || !joined) return undefined
  if (first.children.some((node) => node.type === 'break')) return undefined
  const text = nodeText(first.type === 'note' ? paragraph : first).trim()
  return text.length <= maxDatelineLineLength && readDateline(text) ? joined : undefined
}

function isLowSurrogate(code: number): boolean {
  return code >= 0xdc00 && code <= 0xdfff
}

/** The mdast for an anecdote tree. */
export function toMdast(tree: Root): Mdast.Root {
  const children: Mdast.RootContent[] = []
  // Any node may be given (a tree built by hand): a root's children, or the node itself.
  for (const node of tree.type === 'root' ? tree.children : [tree as unknown as StoryContent]) story(node, children)
  return {type: 'root', children}
}

function story(node: StoryContent, into: Mdast.RootContent[]): void {
  switch (node.type) {
    case 'dateline':
      into.push({type: 'paragraph', children: [{type: 'text', value: node.value}]})
      return
    case 'title':
      // A heading that names the comments (`# Kommentare`) starts them: such a title (only the
      // plain-text title rule makes one) is written as that rule reads it, alone in its paragraph.
      if (isCommentNoun(nodeText(node))) into.push({type: 'paragraph', children: phrasing(node.children)})
      else into.push({type: 'heading', depth: 1, children: phrasing(node.children)})
      return
    case 'comments':
      comments(node, into)
      return
    case 'frontmatter':
      // Elsewhere than first (a tree built by hand): as written all the same.
      into.push({type: 'html', value: frontMatterText(node)})
      return
    default:
      block(node, into)
  }
}

/** An info string as mdast's `lang` and `meta`: the writer puts one space between them. */
function fenceInfo(info: string): {lang: string; meta?: string} {
  const space = info.search(/[ \t]/)
  return space < 0 ? {lang: info} : {lang: info.slice(0, space), meta: info.slice(space + 1)}
}

function block(node: BlockContent, into: Mdast.RootContent[]): void {
  switch (node.type) {
    case 'narration': {
      // A code block of the source (a fenced block becomes inline code alone in its narration):
      // inline code cannot hold its line endings, nor be empty, so it is written as a block again.
      const only = node.children.length === 1 ? node.children[0] : undefined
      // So is one with an info string, which only a fence can carry.
      if (only?.type === 'inlineCode' && (only.value === '' || /[\n\r]/.test(only.value) || typeof only.info === 'string')) {
        into.push(typeof only.info === 'string' ? {type: 'code', ...fenceInfo(only.info), value: only.value} : {type: 'code', value: only.value})
        return
      }
      into.push({type: 'paragraph', children: guardHeaderLine(phrasing(node.children))})
      return
    }
    case 'dialogue': {
      const children: Mdast.PhrasingContent[] = []
      node.children.forEach((turn, index) => {
        if (index > 0) children.push({type: 'text', value: '\n'})
        // Only a tree built by hand holds something else in a dialogue: its text, so nothing is dropped.
        const written: Mdast.PhrasingContent[] = turn.type === 'turn' ? turnPhrasing(turn) : [{type: 'text', value: nodeText(turn)}]
        for (const child of written) children.push(child)
      })
      into.push({type: 'paragraph', children: merge(children)})
      return
    }
    case 'note': {
      const rest = phrasing(node.children)
      const children: Mdast.PhrasingContent[] = [{type: 'text', value: startsOnSameLine(rest) ? node.label + ' ' : node.label}]
      for (const child of rest) children.push(child)
      into.push({type: 'paragraph', children: merge(children)})
      return
    }
    default:
      // A node type added by an extension: its text, so nothing is dropped.
      into.push({type: 'paragraph', children: [{type: 'text', value: nodeText(node)}]})
  }
}

/** `**Label:** speech`, with the bullet before it where the turn has one. */
function turnPhrasing(turn: Turn): Mdast.PhrasingContent[] {
  const [speaker, ...rest] = turn.children
  const result: Mdast.PhrasingContent[] = []
  if (turn.bullet) result.push({type: 'text', value: turn.bullet + ' '})
  const label = phrasing(speaker.children, false, 1)
  // Directions that stood before the colon go inside the cue, as the text writer puts them there
  // (`**Kunde (leise):**`, `**Coworker, picking up the phone:**`, `**PS (leise):**`).
  const from = directionsInCue(turn, nodeText(speaker))
  for (let index = 0; index < from; index++) {
    const direction = rest[index] as Direction
    if (direction.marker === 'comma') {
      label.push({type: 'text', value: ', '})
      for (const child of phrasing(direction.children, false, 1)) label.push(child)
    } else {
      label.push({type: 'text', value: ' '})
      inline(direction, label, 1)
    }
  }
  label.push({type: 'text', value: turn.separator})
  result.push({type: 'strong', children: merge(label)})
  const speech = phrasing(from > 0 ? rest.slice(from) : rest, true)
  if (startsOnSameLine(speech)) result.push({type: 'text', value: ' '})
  for (const node of speech) result.push(node)
  return result
}

/** Whether phrasing goes on after a label on its line (a space between), or starts with a break. */
function startsOnSameLine(nodes: Mdast.PhrasingContent[]): boolean {
  const first = nodes[0]
  return first !== undefined && !(first.type === 'text' && first.value.charCodeAt(0) === 10)
}

/**
 * The heading, then a list per run of comments: numbered ones an ordered list from the first's
 * number, the others a bullet list (a section can have bylines, then a list from 3).
 */
function comments(node: Comments, into: Mdast.RootContent[]): void {
  into.push({type: 'heading', depth: 2, children: [{type: 'text', value: node.label}]})
  const all = node.children
  for (let start = 0, end = 0; start < all.length; start = end) {
    const ordered = all[start].index !== undefined
    while (end < all.length && (all[end].index !== undefined) === ordered) end++
    const list: Mdast.List = {type: 'list', ordered, spread: false, children: all.slice(start, end).map(comment)}
    if (ordered) list.start = all[start].index
    into.push(list)
  }
}

function comment(node: Comment): Mdast.ListItem {
  const children: Mdast.RootContent[] = []
  // Only a tree built by hand holds something else among the comments: written as in the story.
  if (node.type !== 'comment') story(node as unknown as StoryContent, children)
  else {
    if (node.byline) children.push({type: 'paragraph', children: [{type: 'text', value: node.byline}]})
    for (const child of node.children) block(child, children)
    if (node.controls && node.controls.length > 0) children.push({type: 'paragraph', children: [{type: 'text', value: node.controls.join('')}]})
  }
  const item: Mdast.ListItem = {type: 'listItem', spread: children.length > 1, children: children as Mdast.BlockContent[]}
  if (node.type === 'comment' && node.index !== undefined) item.data = {number: node.index} as Mdast.ListItem['data']
  return item
}

/**
 * How deep emphasis and strong nest in the Markdown written. mdast-util-to-markdown pairs
 * attention sequences with a search whose cost grows steeply with nesting (a tree built by hand
 * with 10,000 nested emphasis took minutes); deeper attention is written as its content. Trees
 * read from Markdown nest two or three levels (`***a***`).
 */
const maxAttentionDepth = 4

/**
 * Phrasing; `speech` when `nodes` is what a turn says (an emphasis first in it reads as a
 * direction); `attention`: how many emphasis or strong are open around it.
 */
function phrasing(nodes: readonly PhrasingContent[], speech = false, attention = 0): Mdast.PhrasingContent[] {
  const result: Mdast.PhrasingContent[] = []
  nodes.forEach((node, index) => {
    // Where the Markdown path reads an emphasis as a star direction, write one: right after the
    // cue, or alone on its line. Elsewhere a star direction is escaped text, read back in speech.
    if (node.type === 'direction' && node.marker === 'star') {
      const lone = (index === 0 || nodes[index - 1].type === 'break') && (index === nodes.length - 1 || nodes[index + 1].type === 'break')
      if ((lone || (speech && index === 0)) && attention < maxAttentionDepth) {
        result.push({type: 'emphasis', children: phrasing(node.children, false, attention + 1)})
        return
      }
    }
    inline(node, result, attention)
  })
  return merge(result)
}

function inline(node: PhrasingContent, into: Mdast.PhrasingContent[], attention: number): void {
  switch (node.type) {
    case 'text':
    case 'placeholder':
    case 'elision':
      into.push({type: 'text', value: node.value})
      return
    case 'break':
      into.push({type: 'text', value: '\n'})
      return
    case 'direction': {
      // As text: the writer escapes the delimiters, the Markdown path reads them as a direction again.
      const [open, close] = delimitersOf(node.marker)
      into.push({type: 'text', value: open})
      for (const child of node.children) inline(child, into, attention)
      into.push({type: 'text', value: close})
      return
    }
    case 'emphasis':
    case 'strong':
      if (attention >= maxAttentionDepth) for (const child of node.children) inline(child, into, attention)
      else into.push({type: node.type, children: phrasing(node.children, false, attention + 1)})
      return
    case 'link': {
      const link: Mdast.Link = {type: 'link', url: node.url, children: phrasing(node.children, false, attention)}
      if (node.title !== undefined) link.title = node.title
      into.push(link)
      return
    }
    case 'inlineCode':
      into.push({type: 'inlineCode', value: node.value})
      return
    default:
      into.push({type: 'text', value: nodeText(node)})
  }
}

/**
 * A narration whose first line reads as a comment header (`2 Kommentare`, from a quote or a list
 * item of Markdown input) would start the comment section when read back: its first character is
 * written as a character reference (`&#50; Kommentare`), which reads back as the same text; where
 * that is a letter, the space after the first word (`Keine&#32;Kommentare`): a reference inside a
 * word splits it for the language detection (`&#75;eine` holds `eine`, a German word that `Keine` is not).
 * (Only the first line: after a line ending, the Markdown path reads a reference as text of the
 * line before.)
 */
function guardHeaderLine(nodes: Mdast.PhrasingContent[]): Mdast.PhrasingContent[] {
  const first = nodes[0]
  if (first?.type !== 'text') return nodes
  const lineEnd = first.value.indexOf('\n')
  const line = lineEnd < 0 ? first.value : first.value.slice(0, lineEnd)
  if ((lineEnd < 0 && nodes.length > 1) || line.length === 0 || parseCommentHeader(line) === undefined) return nodes
  // A header starts with a digit or a word, and a space, tab or no-break space follows that.
  const at = line.charCodeAt(0) < 58 ? 0 : line.search(/[ \t\u00a0]/)
  const head: Mdast.Text = {type: 'text', value: line.slice(0, at)}
  const rest: Mdast.Text = {type: 'text', value: first.value.slice(at + 1)}
  return ([head, {type: 'html', value: '&#' + line.charCodeAt(at) + ';'}, rest] as Mdast.PhrasingContent[]).concat(nodes.slice(1))
}

/** Join neighbouring text nodes, so the writer sees (and escapes) the text as one. */
function merge(nodes: Mdast.PhrasingContent[]): Mdast.PhrasingContent[] {
  const result: Mdast.PhrasingContent[] = []
  for (const node of nodes) {
    const previous = result[result.length - 1]
    if (node.type === 'text' && previous?.type === 'text') previous.value += node.value
    else result.push(node)
  }
  return result
}
