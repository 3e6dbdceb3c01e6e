// Blogger's export: an Atom feed. Each entry's kind is a category in the scheme
// `http://schemas.google.com/g/2005#kind` (`…/blogger/2008/kind#post`, `#comment`, `#page`,
// `#settings`, `#template`); a comment names its post in `thr:in-reply-to ref`; a draft says
// so in `app:control/app:draft`. Newer exports write `blogger:type` (`POST`, `COMMENT`, `PAGE`),
// `blogger:status` (`LIVE`, `DRAFT`, …) and `blogger:parent` instead: both are read.
import type {XmlElement} from '@rgrove/parse-xml'
import type {BlogComment} from './types.js'
import {isoDate, skip, type Tally, unreadable} from './records.js'
import {child, children, childText, textOf} from './xml.js'
import type {Draft} from './wordpress.js'

const kindScheme = 'http://schemas.google.com/g/2005#kind'
const labelScheme = 'http://www.blogger.com/atom/ns#'

export function isBlogger(root: XmlElement): boolean {
  if (root.name !== 'feed') return false
  if (/blogger/i.test(childText(root, 'generator') ?? '') || (childText(root, 'id') ?? '').startsWith('tag:blogger.com')) return true
  return children(root, 'entry').some((entry) => kindOf(entry) !== undefined)
}

/** The entry's kind, lower case (`post`, `comment`, `page`, `settings`, `template`, …). */
function kindOf(entry: XmlElement): string | undefined {
  for (const category of children(entry, 'category')) {
    const scheme = category.attributes.scheme ?? ''
    const term = category.attributes.term ?? ''
    if (scheme === kindScheme && term.includes('#')) return term.slice(term.lastIndexOf('#') + 1).toLowerCase()
  }
  return childText(entry, 'blogger:type')?.trim().toLowerCase() || undefined
}

export function readBlogger(root: XmlElement, tally: Tally, drafts: boolean, unapproved: boolean): {title?: string; drafts: Draft[]} {
  const posts: Draft[] = []
  const byId = new Map<string, Draft>()
  const replies: Array<{entry: XmlElement; parent: string; comment: BlogComment}> = []

  for (const entry of children(root, 'entry')) {
    const kind = kindOf(entry) ?? 'unknown'
    if (kind === 'comment') {
      const parent = child(entry, 'thr:in-reply-to')?.attributes.ref ?? childText(entry, 'blogger:parent')?.trim()
      const content = child(entry, 'content')
      const status = childText(entry, 'blogger:status')?.trim().toUpperCase()
      if (!parent || !content) {
        unreadable(tally, entry, 'Blogger comment without ' + (parent ? 'content' : 'the post it replies to (`thr:in-reply-to`)'))
        continue
      }
      if (status && status !== 'LIVE' && !unapproved) {
        skip(tally, 'unapproved-comment')
        continue
      }
      replies.push({entry, parent, comment: {id: childText(entry, 'id')?.trim() ?? '', author: authorOf(entry), published: isoDate(childText(entry, 'published')), content: textOf(content)}})
      continue
    }
    if (kind !== 'post') {
      skip(tally, kind)
      continue
    }
    const draft = isDraft(entry)
    if (draft && !drafts) {
      skip(tally, 'draft')
      continue
    }
    const post = readPost(entry, tally)
    if (!post) continue
    if (draft) post.draft = true
    posts.push(post)
    byId.set(post.id, post)
  }

  for (const reply of replies) {
    const post = byId.get(reply.parent)
    if (post) post.comments.push(reply.comment)
    else skip(tally, 'comment-without-post')
  }
  // By the instant each was written (`02:10+01:00` comes after `02:30+02:00`); undated ones first, ties as in the file.
  for (const post of posts) post.comments.sort((a, b) => instant(a.published) - instant(b.published))
  return {title: childText(root, 'title')?.trim(), drafts: posts}
}

function instant(date: string | undefined): number {
  return date === undefined ? -Infinity : Date.parse(date)
}

function isDraft(entry: XmlElement): boolean {
  const control = child(entry, 'app:control')
  if (control && childText(control, 'app:draft')?.trim().toLowerCase() === 'yes') return true
  const status = childText(entry, 'blogger:status')?.trim().toUpperCase()
  return status !== undefined && status !== 'LIVE'
}

function readPost(entry: XmlElement, tally: Tally): Draft | undefined {
  const id = childText(entry, 'id')?.trim()
  const content = child(entry, 'content')
  const published = isoDate(childText(entry, 'published'))
  if (!id || !content || !published) {
    unreadable(tally, entry, 'Blogger post without ' + (!id ? 'an id' : !content ? 'content' : 'a valid `published` date'))
    return undefined
  }
  const alternate = children(entry, 'link').find((link) => link.attributes.rel === 'alternate')
  const labels: string[] = []
  for (const category of children(entry, 'category')) {
    if (category.attributes.scheme === labelScheme && category.attributes.term) labels.push(category.attributes.term)
  }
  return {
    id,
    title: childText(entry, 'title') ?? '',
    url: alternate?.attributes.href ?? '',
    published,
    updated: isoDate(childText(entry, 'updated')) ?? published,
    day: published.slice(0, 10),
    author: authorOf(entry),
    labels,
    content: textOf(content),
    comments: []
  }
}

function authorOf(entry: XmlElement): string | undefined {
  const author = child(entry, 'author')
  return (author && childText(author, 'name')?.trim()) || undefined
}
