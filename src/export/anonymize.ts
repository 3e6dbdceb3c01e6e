// anonymizeExport(): a Blogger or WordPress export with its placeholders replaced, everything
// else as it was. One plan over every post (drafts and unapproved comments included), so a name
// gets one replacement in the whole export; then each `$Name` written in the XML is replaced.
import type {VFile} from 'vfile'
import {anonymizeText, type AnonymizeTextOptions, escapeHtml} from '../anonymize/text.js'
import type {Nodes} from '../types.js'
import {readBlogExport} from './index.js'

/**
 * The replacements are written without `& < > " '`: in a Blogger export the post body is HTML
 * escaped inside XML, where such a character would be markup.
 */
export function anonymizeExport(xml: string, options?: AnonymizeTextOptions | null, file?: VFile | null): string {
  const settings = options ?? {}
  const read = {drafts: true, unapproved: true, parse: {lang: settings.lang, cast: settings.cast}}
  const before = readBlogExport(xml, read)
  let html = ''
  for (const post of before.posts) {
    html += '<article><h1>' + escapeHtml(post.title) + '</h1>' + post.content
    for (const comment of post.comments) html += '<div>' + escapeHtml(comment.author ?? '') + '</div><div>' + comment.content + '</div>'
    html += '</article>\n'
  }
  const mapping: Record<string, string> = {}
  anonymizeText(html, {...settings, format: 'html', mapping}, file)
  if (settings.mapping && typeof settings.mapping === 'object') Object.assign(settings.mapping, mapping)

  // Longest names first: `$Anna_Maria` before `$Anna`.
  const names = Object.keys(mapping).sort((a, b) => b.length - a.length)
  let value = xml
  for (const name of names) value = replaceWritten(value, name, mapping[name].replace(/[&<>"']/g, ''))

  // What the export still holds of a replaced name is a leak: say so.
  if (file) {
    const after = readBlogExport(value, read)
    const replaced = new Set(names)
    for (const post of after.posts) {
      for (const name of placeholderNames(post.tree)) {
        if (replaced.has(name)) file.message('`$' + name + '` is still written in ' + post.id + ' (an entity or markup hid it from the replacement)', {ruleId: 'anonymize-leak', source: 'anecdote'})
      }
    }
  }
  return value
}

/** Replace `$Name` and the genitive `$Names` where no letter, digit or `_` follows. */
function replaceWritten(value: string, name: string, replacement: string): string {
  const written = '$' + name
  let result = ''
  let last = 0
  for (let at = value.indexOf(written); at >= 0; at = value.indexOf(written, at + 1)) {
    let end = at + written.length
    if (value[end] === 's' && !isNameChar(value, end + 1)) end++
    else if (isNameChar(value, end)) continue
    result += value.slice(last, at) + replacement + (end > at + written.length ? 's' : '')
    last = end
  }
  return result + value.slice(last)
}

function isNameChar(value: string, index: number): boolean {
  return index < value.length && /[\p{L}\p{M}\p{N}_]/u.test(value[index])
}

function placeholderNames(tree: Nodes): string[] {
  const names: string[] = []
  const stack: Nodes[] = [tree]
  while (stack.length > 0) {
    const node = stack.pop()!
    if (node.type === 'placeholder') names.push(node.name)
    if ('children' in node) for (const child of node.children) stack.push(child as Nodes)
  }
  return names
}
