// The name of an export's post in the CLI's outputs: the file `import` writes it to, and the
// `EXPORT.xml#name` under which `stats` and `check` report it, so that the two can be joined.
import type {BlogPost} from '../export/index.js'
import {slug} from '../parse/slug.js'

/** The most characters of a title in a name. */
const maxTitleLength = 60

/**
 * Names for the posts of one export, in their order: `2012-03-05-der-drucker-von-kollegin`, and
 * `-2`, `-3` … after a name already given.
 */
export function postNames(): (post: Pick<BlogPost, 'title' | 'published'>) => string {
  const given = new Set<string>()
  return (post) => {
    // A title without a letter or digit (none, `😀😀😀`) has no slug of its own.
    let title = /[\p{L}\p{N}]/u.test(post.title) ? slug(post.title.replace(/['’]/g, '')).slice(0, maxTitleLength) : 'post'
    while (title.endsWith('-')) title = title.slice(0, -1)
    const base = post.published.slice(0, 10) + '-' + title
    let name = base
    for (let count = 2; given.has(name); count++) name = base + '-' + count
    given.add(name)
    return name
  }
}
