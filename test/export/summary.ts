// A readable summary of `readBlogExport`'s result, the reviewed expected output of an export
// fixture: the export's facts, then each post's fields and its story as `toText` writes it.
import type {BlogExport} from '../../src/index.js'
import {toText} from '../../src/index.js'

export function summary(result: BlogExport): string {
  const lines = [
    'platform: ' + result.platform,
    'title: ' + result.title,
    'skipped: ' + JSON.stringify(result.skipped),
    'diagnostics: ' + result.diagnostics.length
  ]
  for (const post of result.posts) {
    lines.push('', '=== ' + post.id)
    for (const key of ['title', 'url', 'published', 'updated', 'author'] as const) lines.push(key + ': ' + post[key])
    lines.push('labels: ' + JSON.stringify(post.labels), 'comments: ' + post.comments.length)
    if (post.draft) lines.push('draft: true')
    lines.push('---', toText(post.tree).trimEnd())
  }
  return lines.join('\n') + '\n'
}
