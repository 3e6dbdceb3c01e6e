// Text in, text out: the source byte for byte, except the replaced spans. The spans come from
// the parse positions (placeholders) or from one scan of the source (real names); the result is
// built once, left to right.
import type {Position} from 'unist'
import type {Parents, Placeholder, Root, Text} from '../types.js'
import {VFile} from 'vfile'
import {type FormatReaders, parseUsing, readsAsMarkdown} from '../parse/parse-using.js'
import {parseOptionTypes, readInput} from '../parse/input.js'
import {checkOptions} from '../options.js'
import {where} from '../parse/line-starts.js'
import {apostropheEnd, genitiveSuffix, placeholderName} from '../parse/grammar.js'
import type {ParseOptions} from '../parse/parse-using.js'
import {type DeidentifyOptions, nameTable, placeholderFor} from './deidentify.js'
import type {NameMatch, NameMatcher} from './match-names.js'
import {decodeWith} from '../parse/decoded.js'
import {decode, needsDecoding} from '../parse/markdown/decode.js'
import {endsInUrl, percentEscape, urlEncoded, urlEnds, urlForm} from './url.js'
import {coverage, type Span, splice, type Splice} from './splices.js'
import {aroundMarkup, besideInMarkup, htmlWriting, nameForm, ownAttributeSplices, readMarkup, referencesInText, type Writing} from './markup.js'
import {escapeHtml} from './escape-html.js'
import {atLineStart, markdownDestination, markdownText, markdownTitle, widenedFences} from './markdown-escape.js'
import {visitParents} from './walk.js'
import {referenced, referenceStep} from './references.js'
import {type WrittenName, writtenNames} from './written.js'
import type {AnonymizeOptions} from './options.js'
import {contextSignal} from './kind.js'
import {definitionDestination, type Field, inflected, makePlan, type Occurrence, otherStoriesNames, type Plan, replacedNames, surface} from './plan.js'
import {type FoundPlaceholder, fieldPlaceholders, gluedPlaceholders, placedInSource, urlPlaceholders} from './string-placeholders.js'
import {fillMapping, reportNotWritten} from './mapping.js'
import {placeOf, reportConflicts, reportRevealing, reportUnmapped, reportUnmarked} from './report.js'
import {unmarkedNames} from './unmarked.js'

export interface AnonymizeTextOptions extends AnonymizeOptions, ParseOptions {}

/** The parse's messages that concern anonymizing too: text not read, and names written amiss. */
const passedOn = new Set<string | undefined>(['max-length', 'placeholder-typo', 'placeholder-title'])

/**
 * `anonymizeText` (./anonymize-text.ts) with the readers of Markdown and HTML given, and the plan
 * it followed (what each name of the text became). Not `parse`: it would load both readers, which
 * the CLI loads only when an input needs one (src/cli/readers.ts).
 */
export function anonymizedText(readers: FormatReaders, value: string | VFile, options?: AnonymizeTextOptions | null, file?: VFile | null): {value: string; plan: Plan} {
  // The parse options are checked here, so that an error names the function called.
  const settings = checkOptions('anonymizeText', options, parseOptionTypes)
  // Read as `parse` reads it: `null` is empty text, a value that cannot be a string too (warned).
  const input = readInput(value)
  const source = input.text
  // Messages go to `file`, else to the VFile given as the value (never to another object).
  const target = file ?? input.file
  // The parser's word on `maxLength` goes to the caller: the rest past it is read as plain text;
  // so does a placeholder's typo, a second person to the anonymization (`$Kolegin`).
  const scratch = new VFile(source)
  // The splices need every placeholder's place in the source, whatever `positions` says.
  const tree = parseUsing(readers, scratch, {...settings, positions: true})
  if (target && input.problem) target.message(input.problem, {place: tree.position, ruleId: 'invalid-input', source: 'anecdote'})
  if (target) for (const message of scratch.messages) if (passedOn.has(message.ruleId)) target.messages.push(message)
  const html = tree.data?.format === 'html'
  // HTML's markup is no text of the story, yet a name written there (an `alt`, a comment) is one.
  const markup = html ? readMarkup(source) : undefined
  const plan = makePlan(tree, settings, markup ? besideInMarkup(source, markup) : undefined)
  const splices: Splice[] = []
  // Fields that are not the source as written (a link's URL, code, text with escapes): their
  // placeholders are looked for in the holder's stretch of source instead.
  const unlocated = new Set<Field['holder']>()
  const verbatim = new Map<object, boolean>()
  // A link reference definition is kept as text, yet Markdown reads its destination and title as a link's.
  let markdown: boolean | undefined
  const isMarkdown = () => (markdown ??= !html && readsAsMarkdown(source, settings.format))
  const definitions = html ? new Map<Text, Span>() : definitionTexts(source, tree, isMarkdown)
  for (const entry of plan.entries.values()) {
    for (const occurrence of entry.occurrences) {
      const replacement = surface(plan, entry, occurrence)
      if (replacement === undefined) continue
      if (occurrence.field) {
        const at = definitions.has(occurrence.field.holder as Text) ? undefined : fieldOffset(source, occurrence.field, verbatim)
        if (at === undefined) unlocated.add(occurrence.field.holder)
        else splices.push({start: at, end: at + occurrence.field.end - occurrence.field.start, value: replacement})
        continue
      }
      const position = occurrence.node.position
      if (position?.start.offset === undefined || position.end.offset === undefined) throw missingPosition('anonymizeText')
      for (const item of placeholderSplices(source, occurrence.node, position.start.offset, position.end.offset, replacement)) {
        if (html) for (const piece of aroundMarkup(source, item)) splices.push(piece)
        else splices.push(item)
      }
    }
  }
  const taken = new Set(splices.map((item) => item.start))
  for (const holder of unlocated) for (const item of spliceInSource(source, holder, plan, html, definitions.has(holder as Text))) if (!taken.has(item.start)) splices.push(item)
  // A name in a URL (a Markdown link's, one written out) is replaced by a URL's characters
  // (`Frau%20M%C3%BCller`): a space would end the destination and the link with it.
  const parts = html ? undefined : markdownParts(source, tree, definitions)
  const inLink = parts ? coverage(parts.destinations.concat(parts.autolinks)) : () => false
  const inUrl = (start: number, end: number) => inLink(start, end) || endsInUrl(source, start)
  // In the order of the source, so that the URLs before all the names are found in one pass.
  const urlBefore = urlEnds(source)
  for (const item of splices.slice().sort((a, b) => a.start - b.start)) if (inLink(item.start, item.end) || urlBefore(item.start)) item.value = urlForm(source, item.start, item.value)
  const replacements = new Map<string, string>()
  for (const entry of plan.entries.values()) if (entry.replacement !== undefined) replacements.set(entry.name, entry.replacement)
  if (markup) {
    // Replacements are text in HTML: escaped (not in a front matter, which is YAML or TOML);
    // anecdote's own attributes name the names bare.
    const matter = tree.children[0]?.type === 'frontmatter' ? tree.children[0].position!.end.offset! : 0
    for (const item of splices) if (item.start >= matter) item.value = escapeHtml(item.value)
    for (const item of ownAttributeSplices(markup, replacements, plan)) splices.push(item)
  }
  // Every replaced name written anywhere else in the source in a form that reads as one: in
  // markup (an attribute, a comment, a `<script>`), glued to a word (`x$Anna`), percent-encoded
  // (`https://e.x/%24Anna` written out) or as a character reference (`&#36;Anna`).
  markupSplices(source, replacements, splices, markup ? htmlWriting(source, markup) : {escape: false, inUrl}, (name, suffix) => inflected(plan, name, suffix))
  // Replacements are text in Markdown too: `toMarkdown` escapes a tree's, and so must the source's.
  if (parts && isMarkdown()) escapeInMarkdown(source, splices, parts, asWritten(tree, scratch))
  const notWritten = fillMapping(plan, settings.mapping)
  if (target) reportUnmapped(plan, target)
  if (target) reportConflicts(plan, target)
  if (target) reportRevealing(plan, target)
  if (target) reportNotWritten(notWritten, target)
  if (target) reportUnmarked(unmarkedNames(tree, replacedNames(plan), source, otherStoriesNames(plan, settings.reserved)), target)
  const result = splice(source, splices)
  verify(readers, result, settings, plan)
  // The result as written too: re-parsing sees only the story's text.
  const left = leftInMarkup(result, replacements, (name) => askedFor(plan, name))
  if (left) throw leftOver(left.name, ' (' + where(result, left.at) + ')')
  return {value: result, plan}
}

/**
 * Each replacement of a Markdown source as Markdown reads it back (markdown-escape.ts): escaped as
 * text, in a link's title for its quote, in a destination for its parentheses; as it is in code
 * (which reads no escapes: its text is the source's), in an autolink, and in `plain`.
 */
function escapeInMarkdown(source: string, splices: Splice[], parts: MarkdownParts, plain: Span[]): void {
  for (const item of codeFences(source, splices, parts.code)) splices.push(item)
  const asIs = coverage(parts.code.concat(parts.autolinks, plain))
  const inDestination = coverage(parts.destinations)
  const titles = new Map<string, (start: number, end: number) => boolean>()
  for (const close of ['"', "'", ')']) titles.set(close, coverage(parts.titles.filter((title) => title.close === close)))
  for (const item of splices) {
    if (item.value === '' || asIs(item.start, item.end)) continue
    if (inDestination(item.start, item.end)) {
      item.value = markdownDestination(item.value)
      continue
    }
    let close: string | undefined
    for (const [quote, inTitle] of titles) if (inTitle(item.start, item.end)) close = quote
    item.value = close === undefined ? markdownText(item.value, atLineStart(source, item.start)) : markdownTitle(item.value, close)
  }
}

/** The splices that widen the fences of the code spans (`code`) a replacement would end early (`widenedFences`): both sorted once, read in one pass. */
function codeFences(source: string, splices: readonly Splice[], code: readonly Span[]): Splice[] {
  if (!splices.some((item) => item.value.includes('`'))) return []
  const sorted = splices.slice().sort((a, b) => a.start - b.start)
  const fences: Splice[] = []
  let next = 0
  for (const span of code.slice().sort((a, b) => a.start - b.start)) {
    while (next < sorted.length && sorted[next]!.start < span.start) next++
    let last = next
    while (last < sorted.length && sorted[last]!.end <= span.end) last++
    if (last > next) for (const item of widenedFences(source, span.start, span.end, sorted.slice(next, last))) fences.push(item)
    next = last
  }
  return fences
}

/**
 * The stretches of a source that no Markdown is read in: a front matter (YAML or TOML), and the
 * rest past `maxLength`, kept as plain text (where the parse's `max-length` warning says).
 */
function asWritten(tree: Root, parsed: VFile): Span[] {
  const spans: Span[] = []
  const first = tree.children[0]
  if (first?.type === 'frontmatter') spans.push({start: 0, end: first.position!.end.offset!})
  for (const message of parsed.messages) {
    const place = message.place
    const start = message.ruleId === 'max-length' && place && 'start' in place ? place.start.offset : undefined
    if (start !== undefined) spans.push({start, end: Number.POSITIVE_INFINITY})
  }
  return spans
}

/** Where a field's placeholder stands in the source, when the field is found there as written. */
function fieldOffset(source: string, field: Field, verbatim: Map<object, boolean>): number | undefined {
  const holder = field.holder
  if (field.key === 'byline' && holder.type === 'comment') return holder.byline === undefined ? undefined : sourceOffset(source, holder.byline, holder.position, field.start)
  if (field.key === 'label' && (holder.type === 'note' || holder.type === 'comments')) return sourceOffset(source, holder.label, holder.position, field.start)
  if (field.key !== 'value' || !(holder.type === 'text' || holder.type === 'inlineCode')) return undefined
  const start = holder.position?.start.offset
  const end = holder.position?.end.offset
  if (start === undefined || end === undefined) return undefined
  // Compared once per node: the unread rest past `maxLength` can hold thousands of names.
  let same = verbatim.get(holder)
  if (same === undefined) verbatim.set(holder, (same = end - start === holder.value.length && source.startsWith(holder.value, start)))
  return same ? start + field.start : undefined
}

/**
 * The placeholders of a node's stretch of source (a link with its URL, code with its backticks) that
 * the plan replaces; a link definition's (`definition`) read as a link's.
 */
function spliceInSource(source: string, holder: Field['holder'], plan: Plan, html: boolean, definition: boolean): Splice[] {
  const start = holder.position?.start.offset
  const end = holder.position?.end.offset
  if (start === undefined || end === undefined) return []
  const stretch = source.slice(start, end)
  const splices: Splice[] = []
  const add = (found: FoundPlaceholder, from: number, to: number) => {
    const entry = plan.entries.get(found.node.name)
    if (entry?.replacement === undefined) return
    const occurrence: Occurrence = {node: found.node, parent: holder as Parents, index: -1, signal: contextSignal(stretch.slice(0, from), stretch.slice(to)), dotAfter: stretch.charCodeAt(to) === 46}
    const value = surface(plan, entry, occurrence)
    if (value !== undefined) splices.push({start: start + from, end: start + to, value})
  }
  for (const found of holder.type === 'link' || definition ? linkPlaceholders(stretch, html) : fieldPlaceholders(stretch)) add(found, found.start, found.end)
  // In HTML, text that shows a reference (`&amp;#36;Anna` shows `&#36;Anna`): as markup reads it, then its references.
  if (html && holder.type !== 'link' && stretch.includes('&')) for (const found of referencesInText(stretch)) add(found, found.start, found.end)
  return splices
}

/**
 * The placeholders of a link's source (its URL, percent-encoded or not), where they stand as
 * written. A Markdown link's destination and title are read with their escapes, as the reader
 * reads them: the backslash of `[b](https://x.de/\$Anna)` is the `$`'s, and is replaced with it.
 */
function linkPlaceholders(stretch: string, html: boolean): FoundPlaceholder[] {
  if (html || !needsDecoding(stretch, 0, stretch.length)) return urlPlaceholders(stretch)
  const decoded = decode(stretch, 0, stretch.length)
  // Glued to a word once read too (`a\$Anna` is `a$Anna`), with its backslash: `add` keeps a name of the story only.
  return placedInSource(urlPlaceholders(decoded.value).concat(gluedPlaceholders(decoded.value)), decoded)
}

/**
 * The text nodes of a Markdown story that hold a link reference definition (`[x]: url "title"`),
 * which the reader keeps as text, each with where its destination is written (`<url>`: inside the brackets).
 */
function definitionTexts(source: string, tree: Root, isMarkdown: () => boolean): Map<Text, Span> {
  const found = new Map<Text, Span>()
  // Asked once, at the first text that reads as a definition: only Markdown has them.
  let markdown: boolean | undefined
  visitParents(tree, (node) => {
    if (node.type !== 'text') return
    const start = node.position?.start.offset
    const destination = start === undefined ? undefined : definitionDestination(node.value)
    if (!destination || !source.startsWith(node.value, start) || !(markdown ??= isMarkdown())) return
    found.set(node, {start: start! + destination.start, end: start! + destination.end})
  })
  return found
}

/**
 * Where the URLs of the Markdown links are written: a destination (`[x](url "title")`, `[x](<url>)`,
 * or a definition's, `[x]: url "title"`, kept as text: `definitions`) or an autolink (`<url>`); and
 * their titles, each with the character that closes it. A link's text ends before its `](`; its
 * destination ends at white space (a title follows) or at the closing `)`. The code spans too,
 * found in the same walk.
 */
function markdownParts(source: string, tree: Root, definitions: ReadonlyMap<Text, Span>): MarkdownParts {
  const parts: MarkdownParts = {destinations: [], autolinks: [], titles: [], code: []}
  for (const [node, destination] of definitions) {
    parts.destinations.push(destination)
    addTitle(parts, source, destination.end, node.position!.end.offset!)
  }
  visitParents(tree, (node) => {
    if (node.type === 'inlineCode' && node.position?.start.offset !== undefined) parts.code.push({start: node.position.start.offset, end: node.position.end.offset!})
    if (node.type !== 'link') return
    const start = node.position?.start.offset
    const end = node.position?.end.offset
    if (start === undefined || end === undefined) return
    if (source.charCodeAt(start) === 60 && source.charCodeAt(end - 1) === 62) {
      parts.autolinks.push({start: start + 1, end: end - 1})
      return
    }
    // An image (`![alt](url)`) starts with its `!`, and its alt, a text as long as the image, tells no `](`.
    const image = source.charCodeAt(start) === 33
    if (source.charCodeAt(image ? start + 1 : start) !== 91 || source.charCodeAt(end - 1) !== 41) return
    // The `](` after the link's text, looked for inside the link only.
    const last = node.children[node.children.length - 1]
    let open = image ? labelClose(source, start + 2, end) : (last?.position?.end.offset ?? start + 1)
    while (open < end - 1 && !(source.charCodeAt(open) === 93 && source.charCodeAt(open + 1) === 40)) open++
    if (open >= end - 1) return
    let from = open + 2
    while (from < end && source.charCodeAt(from) <= 32) from++
    let to = from
    if (source.charCodeAt(from) === 60) to = source.indexOf('>', ++from)
    else while (to < end - 1 && source.charCodeAt(to) > 32) to++
    if (to < from || to >= end) return
    parts.destinations.push({start: from, end: to})
    addTitle(parts, source, to, end - 1)
  })
  return parts
}

/** The parts of a Markdown source where a replacement is written other than as text (markdown-escape.ts). */
interface MarkdownParts {
  destinations: Span[]
  autolinks: Span[]
  titles: Array<Span & {close: string}>
  /** The code spans, whose text is the source's: read with no escapes. */
  code: Span[]
}

/** The title written in `[from, end)` after a destination (`>` of `<url>` skipped), if one is: inside its quotes or parentheses. */
function addTitle(parts: MarkdownParts, source: string, from: number, end: number): void {
  if (source.charCodeAt(from) === 62) from++
  while (from < end && source.charCodeAt(from) <= 32) from++
  const close = titleClose[source.charAt(from)]
  if (close !== undefined && end > from + 1) parts.titles.push({start: from + 1, end, close})
}

const titleClose: Record<string, string | undefined> = {'"': '"', "'": "'", '(': ')'}

/**
 * Where the label that opens before `from` closes: its `]`, brackets inside it paired, escapes and
 * code spans skipped (`` ![a `](` b](…) ``), or `end`. An image's: the reader keeps no place of its
 * label (mdast has its `alt`, decoded, and the image's place), where a link has its children's.
 */
function labelClose(source: string, from: number, end: number): number {
  let depth = 0
  let spans: ((at: number) => number) | undefined
  for (let at = from; at < end; at++) {
    const code = source.charCodeAt(at)
    if (code === 92) at++
    else if (code === 96) at = (spans ??= codeSpanEnds(source, at, end))(at) - 1
    else if (code === 91) depth++
    else if (code === 93 && depth-- === 0) return at
  }
  return end
}

/**
 * Where a code span that a run of backticks opens in `[from, end)` ends, asked left to right: past
 * the next run of as many backticks, or, where none follows, past its own run (text). The runs are
 * found in one pass, so a label of many runs is read in linear time.
 */
function codeSpanEnds(source: string, from: number, end: number): (at: number) => number {
  // Where each run starts, by its length; `next` is the first of them not yet behind the reading.
  const runs = new Map<number, number[]>()
  const next = new Map<number, number>()
  for (let at = source.indexOf('`', from); at >= 0 && at < end; at = source.indexOf('`', at)) {
    const start = at
    while (at < end && source.charCodeAt(at) === 96) at++
    const same = runs.get(at - start)
    if (same) same.push(start)
    else runs.set(at - start, [start])
  }
  return (at) => {
    let length = 0
    while (at + length < end && source.charCodeAt(at + length) === 96) length++
    const same = runs.get(length) ?? []
    let index = next.get(length) ?? 0
    while (index < same.length && same[index]! <= at) index++
    next.set(length, index)
    return index < same.length ? same[index]! + length : at + length
  }
}

/** Parse the result again: no name the plan replaced may be left. */
function verify(readers: FormatReaders, result: string, settings: AnonymizeTextOptions, plan: Plan): void {
  const left = makePlan(parseUsing(readers, result, settings), {strategy: 'keep'})
  for (const entry of left.entries.values()) {
    const before = plan.entries.get(entry.name)
    if (before?.replacement === undefined || askedFor(plan, entry.name)) continue
    const place = placeOf(entry.occurrences[0])
    throw leftOver(entry.name, place ? ' (line ' + place.start.line + ', column ' + place.start.column + ')' : '')
  }
}

/** A replacement that itself writes the name (a `map` to `$Name`) is what the caller asked for. */
function askedFor(plan: Plan, name: string): boolean {
  for (const other of plan.entries.values()) if (other.replacement?.includes('$' + name)) return true
  return false
}

function leftOver(name: string, where: string): Error {
  return new Error('anonymizeText: `$' + name + '` is still in the result' + where + ': refusing to return a partial anonymization')
}

/** `markupSplices` of `markup` alone: every replaced name written in it, with its replacement (`inflect`: its genitive). */
export function markupReplacements(markup: string, replacements: Map<string, string>, inflect: Inflect): Splice[] {
  const splices: Splice[] = []
  markupSplices(markup, replacements, splices, htmlWriting(markup), inflect)
  return splices
}

/**
 * The splices that put `replacement` where `node` stands in the source: one, or, where markup
 * stands between the name and its genitive apostrophe (`<em>$Hans</em>'`), the name replaced and
 * the apostrophe taken out, the markup kept.
 */
function placeholderSplices(source: string, node: Placeholder, start: number, end: number, replacement: string): Splice[] {
  const apostrophe = node.suffix === "'" || node.suffix === '’'
  const name = node.value.slice(0, -1)
  if (!apostrophe || end - start === node.value.length || !source.startsWith(name, start)) return [{start, end, value: replacement}]
  const mark = Math.max(source.lastIndexOf("'", end - 1), source.lastIndexOf('’', end - 1), source.lastIndexOf('&', end - 1))
  if (mark < start + name.length) return [{start, end, value: replacement}]
  return [
    {start, end: start + name.length, value: replacement},
    {start: mark, end, value: ''}
  ]
}

/** A name's replacement with a genitive ending as the plan writes it (`Holgers`, `Krankenhauses A`). */
export type Inflect = (name: string, suffix: string) => string

/**
 * Every `$Name` (and genitive `$Names`) of a replaced name written in `source` that no splice
 * covers yet, replaced by its replacement as `writing` says: as text (escaped in HTML), or, in a
 * URL (`%24Name`, an `href`), as a URL's characters. One scan for all names (`writtenNames`), and the splices are asked by binary
 * search: linear in the source however many names and places.
 */
function markupSplices(source: string, replacements: Map<string, string>, splices: Splice[], writing: Writing, inflect: Inflect): void {
  const covered = coverage(splices)
  const found: Splice[] = []
  // The source as the visit's argument, not a variable it closes over: V8 may keep a closure's
  // variables with its optimized code after the call, and with them the whole story.
  writtenNames(source, ({at, percent, readings}, written) => {
    const reading = replacedReading(replacements, readings)
    const {replaced} = reading
    // A genitive apostrophe after it (`alt="$Hans' Foto"`) is its ending, as in the text; one that
    // closes a quote is not (`alt='Foto von $Hans'`), whatever quote marks later markup holds.
    const end = replaced && !replaced.suffix ? apostropheEnd(written, at, reading.end, 0, reading.end + 3) : reading.end
    if (!replaced || covered(at, end)) return
    if (end > reading.end) replaced.suffix = written.charAt(reading.end)
    const value = replaced.suffix ? inflect(replaced.name, replaced.suffix) : replacements.get(replaced.name)!
    const form = percent || writing.inUrl(at, end) ? urlForm(written, at, value) : writing.inName?.(at, end) ? nameForm(value) : value
    found.push({start: at, end, value: writing.escape ? escapeHtml(form) : form})
  })
  for (const item of found) splices.push(item)
}

/**
 * A replaced name written in `markup` in any form `markupSplices` reads (an attribute, a comment,
 * a `<script>`, where re-parsing sees only the text): the first, and where it is.
 */
export function leftInMarkup(markup: string, replacements: ReadonlyMap<string, unknown>, asked: (name: string) => boolean): {name: string; at: number} | undefined {
  let left: {name: string; at: number} | undefined
  writtenNames(markup, ({at, readings}) => {
    const replaced = left ? undefined : replacedReading(replacements, readings).replaced
    if (replaced && !asked(replaced.name)) left = {name: replaced.name, at}
  })
  return left
}

/** The first reading of a written name that is a replaced name, and where it ends. */
function replacedReading(replacements: ReadonlyMap<string, unknown>, readings: WrittenName['readings']): {replaced?: {name: string; suffix?: string}; end: number} {
  for (const reading of readings) {
    const replaced = replacedName(replacements, reading.value)
    if (replaced) return {replaced, end: reading.end}
  }
  return {end: readings[0]!.end}
}

/** Which replaced name `written` is (names are known as the parser reads them: `placeholderName`), or its genitive (`$Annas`). */
function replacedName(replacements: ReadonlyMap<string, unknown>, written: string): {name: string; suffix?: string} | undefined {
  const run = placeholderName('$' + written)
  if (replacements.has(run)) return {name: run}
  const suffix = genitiveSuffix(run, (name) => replacements.has(name))
  return suffix ? {name: run.slice(0, -suffix.length), suffix} : undefined
}

/** A name could survive: never skip a placeholder whose place in the source is unknown. */
export function missingPosition(what: string): TypeError {
  return new TypeError(what + ' needs node positions (offsets into the source): a tree parsed with `positions: false` has none')
}

/**
 * Where offset `offset` of `written`, a string the parser took from inside `place`, stands in the
 * source. Line by line: a byline with its date line holds the two lines without the indentation
 * between them.
 */
function sourceOffset(source: string, written: string, place: Position | undefined, offset: number): number | undefined {
  const end = place?.end.offset
  let from = place?.start.offset
  if (from === undefined || end === undefined) return undefined
  let lineStart = 0
  for (;;) {
    const lineEnd = written.indexOf('\n', lineStart)
    const line = lineEnd < 0 ? written.slice(lineStart) : written.slice(lineStart, lineEnd)
    const at = source.indexOf(line, from)
    if (at < 0 || at + line.length > end) return undefined
    if (lineEnd < 0 || offset < lineEnd) return offset >= lineStart ? at + offset - lineStart : undefined
    from = at + line.length
    lineStart = lineEnd + 1
  }
}

/** `deidentify` on text: every listed real name, wherever it is in the text, becomes its placeholder. */
export function deidentifyText(value: string | VFile, options: DeidentifyOptions): string {
  const source = readInput(value).text
  const table = nameTable('deidentifyText', options)
  if (!table.matcher) return source
  // A name written with escapes is found decoded: percent-encoded (`M%C3%BCller`, a URL's), its
  // placeholder then written as a URL holds it (`%24M%C3%BCller`), as `deidentify` reads URLs;
  // with HTML's character references (`M&uuml;ller`), as a browser shows it.
  const escaped = escapedMatches(source, table.matcher)
  const inEscaped = coverage(escaped)
  const splices: Splice[] = escaped.map((match) => {
    const placeholder = placeholderFor(table, match).value
    const percent = source.slice(match.start, match.end).includes('%')
    return {start: match.start, end: match.end, value: percent ? urlEncoded(placeholder) : placeholder}
  })
  for (const match of table.matcher.find(source)) {
    if (!inEscaped(match.start, match.end)) splices.push({start: match.start, end: match.end, value: placeholderFor(table, match).value})
  }
  return splice(source, splices)
}

/** The names `matcher` finds in `source` with its `%XX` escapes and character references decoded, where one of them is inside the name. */
function escapedMatches(source: string, matcher: NameMatcher): NameMatch[] {
  if (!source.includes('%') && !source.includes('&')) return []
  const decoded = decodeWith(source, 0, source.length, (text, index) => referenceStep(text, index) ?? percentEscape(text, index))
  if (decoded.value === source) return []
  const found: NameMatch[] = []
  for (const match of matcher.find(decoded.value)) {
    const start = decoded.starts[match.start]
    const end = decoded.ends[match.end - 1]
    // Only where the name itself is written escaped: the others are found in the source as it is.
    if (end - start !== match.end - match.start) found.push({...match, start, end})
  }
  return found
}

