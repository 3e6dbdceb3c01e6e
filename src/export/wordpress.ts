// WordPress's export (WXR): RSS 2.0 with the `wp:` extension. An `item` is a post when its
// `wp:post_type` is `post`; its body is `content:encoded` (stored as written: line endings are
// the author's line breaks), its comments `wp:comment` records inside it.
import type {XmlElement} from '@rgrove/parse-xml'
import type {BlogComment, BlogPost} from './types.js'
import {skip, type Tally, unreadable, wordpressDate} from './records.js'
import {child, children, childText} from './xml.js'

/** A post read from either export, before its tree is made. */
export interface Draft extends Omit<BlogPost, 'tree' | 'messages'> {
  /** The blog's local date of publication (`YYYY-MM-DD`), for the dateline. */
  day: string
}

/** Statuses of a post that was published; `draft`, `pending` and `future` are drafts; `trash`, `auto-draft` are never read. */
const publishedStatuses = new Set(['publish', 'private'])
const draftStatuses = new Set(['draft', 'pending', 'future'])

export function isWordpress(root: XmlElement): boolean {
  if (root.name !== 'rss') return false
  const channel = child(root, 'channel')
  if (!channel) return false
  return child(channel, 'wp:wxr_version') !== undefined || children(channel, 'item').some((item) => child(item, 'wp:post_type') !== undefined)
}

export function readWordpress(root: XmlElement, tally: Tally, drafts: boolean, unapproved: boolean): {title?: string; drafts: Draft[]} {
  const channel = child(root, 'channel')!
  const posts: Draft[] = []
  for (const item of children(channel, 'item')) {
    const type = childText(item, 'wp:post_type')?.trim() || 'unknown'
    if (type !== 'post') {
      skip(tally, type)
      continue
    }
    const status = childText(item, 'wp:status')?.trim() ?? 'publish'
    const draft = draftStatuses.has(status)
    if (!publishedStatuses.has(status) && !(draft && drafts)) {
      skip(tally, draft ? 'draft' : status)
      continue
    }
    const post = readPost(item, tally, unapproved)
    if (!post) continue
    if (draft) post.draft = true
    posts.push(post)
  }
  return {title: childText(channel, 'title')?.trim(), drafts: posts}
}

function readPost(item: XmlElement, tally: Tally, unapproved: boolean): Draft | undefined {
  const id = childText(item, 'wp:post_id')?.trim()
  const content = childText(item, 'content:encoded')
  const local = wordpressDate(childText(item, 'wp:post_date'), false)
  const published = wordpressDate(childText(item, 'wp:post_date_gmt'), true) ?? local
  if (!id || content === undefined || !published || !local) {
    unreadable(tally, item, 'WordPress post without ' + (!id ? 'a `wp:post_id`' : content === undefined ? '`content:encoded`' : 'a valid `wp:post_date`'))
    return undefined
  }
  const labels: string[] = []
  for (const category of children(item, 'category')) {
    const name = category.text.trim()
    if (name && !labels.includes(name)) labels.push(name)
  }
  const comments: BlogComment[] = []
  for (const record of children(item, 'wp:comment')) {
    const comment = readComment(record, tally, unapproved)
    if (comment) comments.push(comment)
  }
  return {
    id,
    title: childText(item, 'title') ?? '',
    url: childText(item, 'link')?.trim() ?? '',
    published,
    updated: wordpressDate(childText(item, 'wp:post_modified_gmt'), true) ?? wordpressDate(childText(item, 'wp:post_modified'), false) ?? published,
    day: local.slice(0, 10),
    author: childText(item, 'dc:creator')?.trim() || undefined,
    labels,
    content,
    comments
  }
}

function readComment(record: XmlElement, tally: Tally, unapproved: boolean): BlogComment | undefined {
  const type = childText(record, 'wp:comment_type')?.trim() || 'comment'
  if (type !== 'comment') {
    skip(tally, type)
    return undefined
  }
  if (childText(record, 'wp:comment_approved')?.trim() !== '1' && !unapproved) {
    skip(tally, 'unapproved-comment')
    return undefined
  }
  const content = childText(record, 'wp:comment_content')
  if (content === undefined) {
    unreadable(tally, record, 'WordPress comment without `wp:comment_content`')
    return undefined
  }
  return {
    id: childText(record, 'wp:comment_id')?.trim() ?? '',
    author: childText(record, 'wp:comment_author')?.trim() || undefined,
    published: wordpressDate(childText(record, 'wp:comment_date_gmt'), true) ?? wordpressDate(childText(record, 'wp:comment_date'), false),
    content
  }
}
