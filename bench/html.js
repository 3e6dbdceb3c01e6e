// HTML inputs for the bench: the text fixtures written as Blogger writes a post body (`<br />`
// line breaks, `<b>` cues, entities), gathered into 1 MB of bodies, and into Blogger exports of
// 1 MB and 10 MB (each body a post, with a comment), built the same way on every run.
import {stories} from './corpus.js'

const escape = (value) => value.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;')

/** One story as a Blogger post body. */
export function asBody(story) {
  return story
    .trimEnd()
    .split('\n')
    .map((line) => {
      const cue = /^([\p{L}$][\p{L}\p{N}$_ ]{0,30}):( |$)/u.exec(line)
      return cue ? '<b>' + escape(cue[1]) + ':</b>' + escape(line.slice(cue[1].length + 1)) : escape(line)
    })
    .join('<br />\n')
}

/** Bodies in a fixed order until at least `size` UTF-16 units. */
function bodies(size) {
  const all = stories('text').map(asBody)
  const taken = []
  let length = 0
  for (let index = 0; length < size; index = (index + 1) % all.length) {
    taken.push(all[index])
    length += all[index].length
  }
  return taken
}

/** A Blogger export of posts (each with one comment) until at least `size` UTF-16 units. */
function bloggerExport(size) {
  const kind = (term) => "<category scheme='http://schemas.google.com/g/2005#kind' term='http://schemas.google.com/blogger/2008/kind#" + term + "'/>"
  const id = 'tag:blogger.com,1999:blog-1.post-'
  const parts = ["<?xml version='1.0' encoding='UTF-8'?>\n<feed xmlns='http://www.w3.org/2005/Atom' xmlns:thr='http://purl.org/syndication/thread/1.0'><id>tag:blogger.com,1999:blog-1.archive</id><title type='text'>Bench</title>\n"]
  let length = parts[0].length
  const list = bodies(size)
  for (let index = 0; length < size; index++) {
    const body = list[index % list.length]
    const day = String(1 + (index % 28)).padStart(2, '0')
    const post =
      '<entry><id>' + id + index + '</id><published>2012-03-' + day + 'T10:00:00.000+01:00</published><updated>2012-03-' + day + 'T10:00:00.000+01:00</updated>' +
      kind('post') + "<title type='text'>Post " + index + "</title><content type='html'>" + escape(body) + '</content><author><name>A</name></author></entry>\n' +
      '<entry><id>' + id + 'c' + index + '</id><published>2012-03-' + day + 'T11:00:00.000+01:00</published>' + kind('comment') +
      "<content type='html'>Toll!&lt;br /&gt;Weiter so.</content><author><name>B</name></author><thr:in-reply-to ref='" + id + index + "'/></entry>\n"
    parts.push(post)
    length += post.length
  }
  parts.push('</feed>\n')
  return parts.join('')
}

function input(name, value) {
  return {name, value, bytes: Buffer.byteLength(value)}
}

export function htmlCorpus() {
  return {
    html1: input('1 MB post bodies', bodies(1_000_000).join('\n<br />\n<br />\n')),
    export1: input('1 MB Blogger export', bloggerExport(1_000_000)),
    export10: input('10 MB Blogger export', bloggerExport(10_000_000))
  }
}
