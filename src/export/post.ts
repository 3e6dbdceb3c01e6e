// One post of an export to a story tree: the body parsed as HTML, then what the export holds as
// data — title, date, reader comments — added where the body has none of its own. Nodes made
// from data have no position (the body's positions point into `content`).
import type {VFile} from 'vfile'
import {createContext} from '../parse/context.js'
import type {ParseOptions} from '../parse/index.js'
import {parseWith} from '../parse/index.js'
import {parseInline} from '../parse/core/inline/index.js'
import {frontMatterText} from '../parse/front-matter.js'
import {de, en} from '../locale/index.js'
import type {BlockContent, Comment, Comments, Dateline, Lang, Nodes, PhrasingContent, Root, Title} from '../types.js'
import type {BlogComment} from './types.js'

export interface PostInput {
  title: string
  /** ISO 8601; its date part is the blog's local date. */
  published: string
  content: string
  comments: BlogComment[]
}

/** The tree of a post; the parser's messages about its body go to `file` (places in `content`). */
export function postTree(post: PostInput, options: ParseOptions, lineBreaks: boolean, file: VFile): Root {
  const tree = parseWith(file, options, {lineBreaks})
  const lang: Lang = tree.lang ?? 'en'
  const children = tree.children
  let at = children[0]?.type === 'frontmatter' ? 1 : 0
  if (children[at]?.type === 'dateline') at++
  else {
    const dateline = datelineOf(post.published, lang)
    if (dateline) children.splice(at++, 0, dateline)
  }
  if (children[at]?.type !== 'title' && post.title.trim()) children.splice(at, 0, titleOf(post.title.trim()))
  if (post.comments.length > 0 && !children.some((node) => node.type === 'comments')) {
    children.push(commentsOf(post.comments, lang, options, lineBreaks))
  }
  return tree
}

/** A title from the export's text, its placeholders read (`Der Drucker von $Kollegin`). */
function titleOf(text: string): Title {
  const context = createContext(text)
  const line = {index: 0, start: 0, end: text.length, contentStart: 0, contentEnd: text.length}
  const title: Title = {type: 'title', children: parseInline(context, line, 0, text.length, {directions: false})}
  return stripPositions(title)
}

/** `Montag, 21. Februar 2011` / `Monday, February 21, 2011` from an ISO date. */
function datelineOf(iso: string, lang: Lang): Dateline | undefined {
  const parts = dateParts(iso, lang)
  if (!parts) return undefined
  const {date, year, month, day, locale} = parts
  const weekday = locale.weekdays[(new Date(Date.UTC(Number(year), Number(parts.monthNumber) - 1, Number(day))).getUTCDay() + 6) % 7][0]
  const value = lang === 'de' ? weekday + ', ' + Number(day) + '. ' + month + ' ' + year : weekday + ', ' + month + ' ' + Number(day) + ', ' + year
  return {type: 'dateline', value, date}
}

/** The day (and time) of an export's ISO date, the month named in the story's language. */
function dateParts(iso: string, lang: Lang) {
  const match = /^(\d{4})-(\d{2})-(\d{2})(?:T(\d{2}):(\d{2}))?/.exec(iso)
  if (!match) return undefined
  const locale = lang === 'de' ? de : en
  const [, year, monthNumber, day, hours, minutes] = match
  const month = locale.months[Number(monthNumber) - 1]?.[0]
  if (month === undefined) return undefined
  return {date: year + '-' + monthNumber + '-' + day, year, month, monthNumber, day, hours, minutes, locale}
}

function commentsOf(records: BlogComment[], lang: Lang, options: ParseOptions, lineBreaks: boolean): Comments {
  const count = records.length
  const label = lang === 'de' ? count + (count === 1 ? ' Kommentar:' : ' Kommentare:') : count + (count === 1 ? ' comment:' : ' comments:')
  const children: Comment[] = records.map((record) => {
    const body = parseWith(record.content, {...options, lang}, {lineBreaks})
    const comment: Comment = {type: 'comment', children: bodyBlocks(body)}
    if (record.author) {
      comment.author = record.author
      // As a blog shows it, so that the text written (`toText`, `import --to text`) keeps who and when.
      comment.byline = bylineOf(record.author, record.published, lang)
    }
    if (record.published) comment.date = record.published
    return stripPositions(comment)
  })
  return {type: 'comments', label, count, children}
}

/** `Anna sagte...` / `Anna said...`, and the date under it: `6. Mai 2019 um 12:00` / `May 6, 2019 at 12:00 PM`. */
function bylineOf(author: string, iso: string | undefined, lang: Lang): string {
  const line = author + (lang === 'de' ? ' sagte...' : ' said...')
  const parts = iso ? dateParts(iso, lang) : undefined
  if (!parts) return line
  const {year, month, day, hours, minutes} = parts
  if (lang === 'de') return line + '\n' + Number(day) + '. ' + month + ' ' + year + (hours ? ' um ' + hours + ':' + minutes : '')
  const hour = Number(hours) % 12 || 12
  const time = hours ? ' at ' + hour + ':' + minutes + ' ' + (Number(hours) < 12 ? 'AM' : 'PM') : ''
  return line + '\n' + month + ' ' + Number(day) + ', ' + year + time
}

/**
 * A comment's text as blocks: what the core read as a story's furniture (a short first line as a
 * title, a date line, a comment header) is the commenter's text, so narration again.
 */
function bodyBlocks(tree: Root): BlockContent[] {
  const blocks: BlockContent[] = []
  for (const node of tree.children) {
    if (node.type === 'title') blocks.push({type: 'narration', children: node.children, position: node.position})
    else if (node.type === 'dateline') blocks.push({type: 'narration', children: [{type: 'text', value: node.value, position: node.position}], position: node.position})
    else if (node.type === 'frontmatter') blocks.push({type: 'narration', children: linesOf(frontMatterText(node)), position: node.position})
    else if (node.type === 'comments') {
      blocks.push({type: 'narration', children: [{type: 'text', value: node.label}], position: node.position})
      for (const comment of node.children) for (const block of comment.children) blocks.push(block)
    } else blocks.push(node)
  }
  return blocks
}

/** A text's lines as phrasing: each a text, a break between them. */
function linesOf(text: string): PhrasingContent[] {
  const children: PhrasingContent[] = []
  for (const line of text.split('\n')) {
    if (children.length > 0) children.push({type: 'break'})
    children.push({type: 'text', value: line})
  }
  return children
}

/** Drop the positions of a subtree made from export data (no recursion). */
function stripPositions<T extends Nodes>(node: T): T {
  const stack: Nodes[] = [node]
  while (stack.length > 0) {
    const current = stack.pop()!
    delete current.position
    if ('children' in current) for (const child of current.children) stack.push(child as Nodes)
  }
  return node
}
