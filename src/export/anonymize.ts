// anonymizeExport(): a Blogger or WordPress export with its placeholders replaced, everything
// else as it was. One plan over every post (drafts and unapproved comments included), so a name
// gets one replacement in the whole export; then each name is replaced wherever the XML writes it:
// in a post's HTML as markup reads it (`$Name`, `%24Name` in an `href`, `&#36;Name`, in CDATA or
// escaped once more as Blogger stores it), and in the XML's own markup. What is left throws.
import type {VFile} from 'vfile'
import {anonymizeText, type AnonymizeTextOptions, escapeHtml, leftInMarkup, markupReplacements} from '../anonymize/text.js'
import {splice, type Splice} from '../anonymize/splices.js'
import type {ReadBlogExportOptions} from './types.js'
import {where} from '../parse/line-starts.js'
import {readXml} from './xml.js'
import {decodeRun, textRuns, type XmlTextRun} from './xml-text.js'
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

  const replacements = new Map<string, string>()
  for (const name of Object.keys(mapping)) replacements.set(name, mapping[name].replace(/[&<>"']/g, ''))
  const value = splice(xml, exportSplices(xml, replacements))
  verifyExport(value, replacements, read)
  return value
}

/**
 * Every place a replaced name is written: in each text run as it reads decoded (a post body's
 * HTML, whether the XML holds it in CDATA or escaped), and in the XML's own markup.
 */
function exportSplices(xml: string, replacements: Map<string, string>): Splice[] {
  const runs = textRuns(readXml(xml))
  const splices: Splice[] = []
  for (const run of runs) {
    const decoded = decodeRun(xml, run)
    for (const found of markupReplacements(decoded.value, replacements)) {
      splices.push({start: decoded.starts[found.start], end: decoded.ends[found.end - 1], value: found.value})
    }
  }
  for (const found of markupReplacements(markupOnly(xml, runs), replacements)) splices.push(found)
  return splices
}

/** The XML with each text run blanked, as long as it was: its own markup at its own offsets. */
function markupOnly(xml: string, runs: readonly XmlTextRun[]): string {
  let markup = ''
  let last = 0
  for (const run of runs) {
    markup += xml.slice(last, run.start) + ' '.repeat(run.end - run.start)
    last = run.end
  }
  return markup + xml.slice(last)
}

/** No replaced name may be left: in the text runs, the markup or a post's tree. */
function verifyExport(xml: string, replacements: Map<string, string>, read: ReadBlogExportOptions): void {
  const asked = (name: string) => {
    for (const replacement of replacements.values()) if (replacement.includes('$' + name)) return true
    return false
  }
  const fail = (name: string, where: string) => {
    throw new Error('anonymizeExport: `$' + name + '` is still in the export (' + where + '): refusing to return a partial anonymization')
  }
  let runs: XmlTextRun[]
  try {
    runs = textRuns(readXml(xml))
  } catch {
    throw new Error('anonymizeExport: the replacements left the export no well-formed XML: refusing to return it')
  }
  for (const run of runs) {
    const decoded = decodeRun(xml, run)
    const left = leftInMarkup(decoded.value, replacements, asked)
    if (left) fail(left.name, where(xml, decoded.starts[left.at]))
  }
  const left = leftInMarkup(markupOnly(xml, runs), replacements, asked)
  if (left) fail(left.name, where(xml, left.at))
  for (const post of readBlogExport(xml, read).posts) {
    for (const name of placeholderNames(post.tree)) if (replacements.has(name) && !asked(name)) fail(name, post.id)
  }
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
