// anonymizeExport(): a Blogger or WordPress export with its placeholders replaced, everything
// else as it was. One plan over every post (drafts and unapproved comments included), so a name
// gets one replacement in the whole export; then each name is replaced wherever the XML writes it:
// in a post's HTML as markup reads it (`$Name`, `%24Name` in an `href`, `&#36;Name`, in CDATA or
// escaped once more as Blogger stores it), and in the XML's own markup. What is left throws.
import type {VFile} from 'vfile'
import {anonymizedText, type AnonymizeTextOptions, type Inflect, leftInMarkup, markupReplacements} from '../anonymize/text.js'
import {escapeHtml} from '../anonymize/escape-html.js'
import {decodeReferences} from '../anonymize/references.js'
import {coverage, splice, type Splice} from '../anonymize/splices.js'
import {type AttributeValue, attributeValues} from '../anonymize/html-attributes.js'
import {inflected} from '../anonymize/plan.js'
import {fieldPlaceholders, percentPlaceholders} from '../anonymize/string-placeholders.js'
import {isSlugAttribute, isSlugElement, type SlugNames, slugKey, slugNames, slugSplices} from './slugs.js'
import type {ReadBlogExportOptions} from './types.js'
import {where} from '../parse/line-starts.js'
import {readXml} from './xml.js'
import {decodeRun, textRuns, type XmlTextRun} from './xml-text.js'
import type {Lang, Nodes, Root} from '../types.js'
import {readBlogExport} from './index.js'
import {withoutCode} from './without-code.js'
import {formatReaders} from '../parse/index.js'
import {parseOptionTypes, readInput} from '../parse/input.js'
import {checkOptions} from '../options.js'

/**
 * The replacements are written without `& < > " '`: in a Blogger export the post body is HTML
 * escaped inside XML, where such a character would be markup.
 */
export function anonymizeExport(xml: string, options?: AnonymizeTextOptions | null, file?: VFile | null): string {
  // Its parse options are checked here, so that an error names the function called.
  const settings = checkOptions('anonymizeExport', options, parseOptionTypes)
  // A value that is no text is read as `parse` reads it (and is then no export: `readBlogExport` throws).
  const text = readInput(xml).text
  const read = {drafts: true, unapproved: true, parse: {lang: settings.lang, cast: settings.cast}}
  const before = readBlogExport(text, read)
  let html = ''
  for (const post of before.posts) {
    html += '<article><h1>' + escapeHtml(post.title) + '</h1>' + post.content
    for (const comment of post.comments) html += '<div>' + escapeHtml(comment.author ?? '') + '</div><div>' + comment.content + '</div>'
    html += '</article>\n'
  }
  // A name written only where no post is read (a page, an attachment, an item without a date):
  // a name all the same, in a comment, which the plan reads beside the posts.
  // The XML read once for the names and the splices (readBlogExport above threw if it is none).
  const parsed = readExport(text)
  const elsewhere = namesInExport(parsed)
  if (elsewhere.length > 0) html += '<!-- ' + elsewhere.map((name) => '$' + name).join(' ') + ' -->\n'
  // The caller's `mapping` as `anonymizeText` takes it: what it carries is used, what is new is recorded.
  const lang = settings.lang === 'de' || settings.lang === 'en' ? settings.lang : postsLang(before.posts)
  const {plan} = anonymizedText(formatReaders, html, {...settings, lang, format: 'html'}, file)
  const writable = (value: string) => value.replace(/[&<>"']/g, '')
  const replacements = new Map<string, string>()
  for (const entry of plan.entries.values()) if (entry.replacement !== undefined) replacements.set(entry.name, writable(entry.replacement))
  const inflect = (name: string, suffix: string) => writable(inflected(plan, name, suffix))
  const value = splice(text, exportSplices(parsed, replacements, inflect))
  verifyExport(value, replacements, read)
  return value
}

/**
 * The language most posts are written in, as their trees tell it: the posts, not their comments
 * (a German story under English comments is German), or undefined where none has the most.
 */
function postsLang(posts: ReadonlyArray<{tree: Root}>): Lang | undefined {
  const counts = {de: 0, en: 0}
  for (const post of posts) if (post.tree.lang) counts[post.tree.lang]++
  return counts.de > counts.en ? 'de' : counts.en > counts.de ? 'en' : undefined
}

/** An export's XML as read once: its text runs, and its own markup (each run blanked) with the attributes in it. */
interface ExportXml {
  xml: string
  runs: readonly XmlTextRun[]
  markup: string
  attributes: readonly AttributeValue[]
}

function readExport(xml: string): ExportXml {
  const runs = textRuns(readXml(xml))
  const markup = markupOnly(xml, runs)
  return {xml, runs, markup, attributes: attributeValues(markup)}
}

/**
 * Every place a replaced name is written: in each text run as it reads decoded (a post body's
 * HTML, whether the XML holds it in CDATA or escaped), and in the XML's own markup.
 */
function exportSplices(parsed: ExportXml, replacements: Map<string, string>, inflect: Inflect): Splice[] {
  const {xml, runs, markup} = parsed
  const splices: Splice[] = []
  for (const run of runs) {
    const decoded = decodeRun(xml, run)
    for (const found of markupReplacements(decoded.value, replacements, inflect)) {
      splices.push({start: decoded.starts[found.start], end: decoded.ends[found.end - 1], value: found.value})
    }
  }
  for (const found of markupReplacements(markup, replacements, inflect)) splices.push(found)
  // The names in the addresses and slugs made from them, where no `$Name` was replaced already.
  const covered = coverage(splices)
  for (const found of slugsIn(parsed, slugNames(replacements))) if (!covered(found.start, found.end)) splices.push(found)
  return splices
}

/** Each name written as slug words in the export's addresses and slugs (`isSlugElement`, `isSlugAttribute`). */
function slugsIn({xml, runs, attributes}: ExportXml, names: SlugNames): Splice[] {
  const found: Splice[] = []
  for (const run of runs) {
    if (!isSlugElement(run.element)) continue
    const decoded = decodeRun(xml, run)
    for (const item of slugSplices(decoded.value, names, decoded)) found.push(item)
  }
  for (const attribute of attributes) {
    if (!isSlugAttribute(attribute.name)) continue
    for (const item of slugSplices(xml.slice(attribute.start, attribute.end), names)) found.push({start: attribute.start + item.start, end: attribute.start + item.end, value: item.value})
  }
  return found
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
  let parsed: ExportXml
  try {
    parsed = readExport(xml)
  } catch {
    throw new Error('anonymizeExport: the replacements left the export no well-formed XML: refusing to return it')
  }
  for (const run of parsed.runs) {
    const decoded = decodeRun(xml, run)
    const left = leftInMarkup(decoded.value, replacements, asked)
    if (left) fail(left.name, where(xml, decoded.starts[left.at]))
  }
  const left = leftInMarkup(parsed.markup, replacements, asked)
  if (left) fail(left.name, where(xml, left.at))
  const inSlug = slugsIn(parsed, slugNames(replacements))[0]
  if (inSlug) fail(nameOfSlug(xml.slice(inSlug.start, inSlug.end), replacements), where(xml, inSlug.start))
  for (const post of readBlogExport(xml, read).posts) {
    for (const name of placeholderNames(post.tree)) if (replacements.has(name) && !asked(name)) fail(name, post.id)
  }
}

/**
 * Every placeholder name written in the export's text or attributes (`$Name`, `%24Name`), once;
 * not in code (`<code>echo $PATH</code>`), where, as in a story, only a name of the story is one.
 */
function namesInExport({xml, runs, markup, attributes}: ExportXml): string[] {
  const names = new Set<string>()
  const read = (value: string) => {
    // Read as markup reads it: `$Zo&euml;` is the name `Zoë`, not `Zo` followed by a letter.
    const text = decodeReferences(value.includes('<') ? withoutCode(value) : value)
    if (text.includes('$')) for (const found of fieldPlaceholders(text)) names.add(found.node.name)
    for (const found of percentPlaceholders(text)) names.add(found.node.name)
  }
  for (const run of runs) read(decodeRun(xml, run).value)
  for (const attribute of attributes) read(markup.slice(attribute.start, attribute.end))
  return [...names]
}

/** The name whose slug words `written` are, for the message. */
function nameOfSlug(written: string, replacements: ReadonlyMap<string, string>): string {
  for (const name of replacements.keys()) if (slugNames(new Map([[name, '']])).byWords.has(slugKey(written))) return name
  return written
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
