// What `readBlogExport` returns.
import type {VFileMessage} from 'vfile-message'
import type {Diagnostic} from '../parse/context.js'
import type {ParseOptions} from '../parse/index.js'
import type {Root} from '../types.js'

export interface BlogComment {
  id: string
  author?: string | undefined
  /** ISO 8601. */
  published?: string | undefined
  /** The comment's HTML as the export holds it. */
  content: string
}

export interface BlogPost {
  /** The export's id of the post (`tag:blogger.com,1999:blog-….post-…`, WordPress `wp:post_id`). */
  id: string
  title: string
  /** The post's address on the blog; empty for a draft that was never published. */
  url: string
  /** ISO 8601, with the export's offset (Blogger) or in UTC (WordPress); local time where the export has no other. */
  published: string
  updated: string
  author?: string | undefined
  /** Blogger labels; WordPress categories and tags. */
  labels: string[]
  /** The post's HTML as the export holds it. */
  content: string
  /** The story: `content` parsed as HTML, with title, dateline and comments from the export. */
  tree: Root
  /** The reader comments the export holds for this post (approved ones, unless `unapproved`). */
  comments: BlogComment[]
  /** The parser's messages about the body (`check`'s findings); their places point into `content`. */
  messages: VFileMessage[]
  /** Set on a draft (read only with `drafts: true`). */
  draft?: true | undefined
}

export interface BlogExport {
  platform: 'blogger' | 'wordpress'
  /** The blog's title. */
  title?: string | undefined
  posts: BlogPost[]
  /** Records not read as posts or comments, by kind (`page`, `settings`, `template`, `draft`, `attachment`, `unapproved-comment`, …). */
  skipped: Record<string, number>
  /** One per post or comment that could not be read (its place is in the XML). */
  diagnostics: Diagnostic[]
}

export interface ReadBlogExportOptions {
  /** Read drafts too (as posts with `draft: true`); by default they are skipped, as they were never published. */
  drafts?: boolean | null | undefined
  /** Read comments that are not approved (pending, spam, deleted) too; by default only approved ones. */
  unapproved?: boolean | null | undefined
  /** Options for parsing each post (`lang`, `cast`, `maxLength`); the format is always HTML. */
  parse?: Omit<ParseOptions, 'format'> | null | undefined
  /**
   * Which posts to read: called with each post's fields (no `tree` yet) and its index among the
   * posts read (drafts counted only with `drafts: true`); a post it refuses is left out and never
   * parsed. By default every post.
   */
  select?: ((post: Omit<BlogPost, 'tree' | 'messages'>, index: number) => boolean) | null | undefined
}
