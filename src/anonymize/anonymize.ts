// anonymize(): a new tree in which every placeholder is replaced by one strategy. A replaced
// placeholder becomes a generated `text` node (no position) whose `data.anonymized` records the
// replacement, which is what `reidentify` reads back through the mapping.
import type {VFile} from 'vfile'
import {slug} from '../parse/slug.js'
import type {AnonymizedField, Nodes, Placeholder, Root, Text, TextData} from '../types.js'
import type {AnonymizeOptions} from './options.js'
import {fillMapping, reportNotWritten} from './mapping.js'
import {type Field, makePlan, type Occurrence, otherStoriesNames, type Plan, replacedNames, surface} from './plan.js'
import {reportConflicts, reportRevealing, reportUnmapped, reportUnmarked} from './report.js'
import {unmarkedNames} from './unmarked.js'
import {renameWhos, type WhoName} from './who.js'
import {endsInUrl, urlEnds, urlForm} from './url.js'
import {copyTree, visitParents} from './walk.js'
import {directionDelimiters} from '../parse/grammar.js'

/**
 * What `anonymize` records on a replacement, as `data.anonymized` of its `text` node. (Not merged
 * into `TextData` here: a `declare module` of a relative path does not survive the bundled types.)
 */
import type {Anonymized} from '../types.js'

export type {Anonymized, AnonymizedField} from '../types.js'

/** Replace the placeholders of `tree`; the input is not changed. Names left unmapped go to `file`. */
export function anonymize(tree: Root, options?: AnonymizeOptions | null, file?: VFile | null): Root {
  const settings = options ?? {}
  const result = copyTree(tree)
  const plan = makePlan(result, settings)
  // Looked for before the replacements: a word written unmarked is one the plan does not replace.
  const unmarked = file ? unmarkedNames(result, replacedNames(plan), file.value === undefined ? undefined : String(file), otherStoriesNames(plan, settings.reserved)) : []
  apply(plan, result)
  renameWhos(result, whoNames(plan), true)
  const notWritten = fillMapping(plan, settings.mapping)
  if (file) reportUnmapped(plan, file)
  if (file) reportConflicts(plan, file)
  if (file) reportRevealing(plan, file)
  if (file) reportNotWritten(notWritten, file)
  if (file) reportUnmarked(unmarked, file)
  return result
}

/** A placeholder inside a string (a comment's `author` or `byline`, code), with what replaces it. */
type FieldReplacement = Field & {value: string; anonymized: Anonymized}

function apply(plan: Plan, tree: Root): void {
  const fields: FieldReplacement[] = []
  const texts: Array<[Occurrence, Text]> = []
  // Read when a placeholder in the tree is first replaced: a story without one needs no walk.
  let inUrl: Map<Placeholder, UrlPlace> | undefined
  for (const entry of plan.entries.values()) {
    for (const occurrence of entry.occurrences) {
      const value = surface(plan, entry, occurrence)
      if (value === undefined) continue
      const anonymized: Anonymized = {replacement: entry.replacement!}
      if (occurrence.node.suffix) anonymized.suffix = occurrence.node.suffix
      if (occurrence.field) {
        const written = surfaceOf(occurrence.field)
        if (isDecomposed(written, entry.name)) anonymized.decomposed = true
        if (written.startsWith('%')) anonymized.percentEncoded = true
        // In a URL (a link definition's destination too), or written as one (`%24Anna`): a URL's characters.
        const inUrl = occurrence.url || occurrence.field.key === 'url' || anonymized.percentEncoded === true || endsInUrl(fieldValue(occurrence.field), occurrence.field.start)
        fields.push({...occurrence.field, value: inUrl ? urlForm(fieldValue(occurrence.field), occurrence.field.start, value) : value, anonymized})
        continue
      }
      if (isDecomposed(occurrence.node.value, entry.name)) anonymized.decomposed = true
      inUrl ??= placeholdersInUrls(tree)
      const place = inUrl.get(occurrence.node)
      texts.push([occurrence, {type: 'text', value: place ? urlForm(place.text, place.start, value) : value, data: {anonymized} as TextData}])
    }
  }
  // Put in once every placeholder has been read where it stands: a replacement does not change
  // whether the next one is in a URL.
  for (const [{parent, index}, text] of texts) parent.children[index] = text
  applyToFields(fields)
}

/** Where a placeholder stands in a URL: the text of its parent's phrasing, and its start there. */
interface UrlPlace {
  text: string
  start: number
}

/**
 * The placeholders that follow a URL written out (`https://e.x/$A`, `$B` in `https://e.x/$A$B`,
 * `$A` in `https://e.x/Foo_($A)`): each node's phrasing read as one text, its directions with
 * their marks (a direction is read with the text around it); any other node ends a URL, as white
 * space does; with that text and where each starts in it, for `urlForm`.
 */
function placeholdersInUrls(tree: Root): Map<Placeholder, UrlPlace> {
  const found = new Map<Placeholder, UrlPlace>()
  visitParents(tree, (node) => {
    if (node.type === 'direction' || !('children' in node) || !Array.isArray(node.children)) return
    let text = ''
    const starts: Array<[Placeholder, number]> = []
    // Nodes still to read, and the marks that close directions, last first.
    const pending: unknown[] = node.children.slice().reverse()
    while (pending.length > 0) {
      const item = pending.pop() as Nodes | string | null
      if (typeof item === 'string') text += item
      else if (item?.type === 'placeholder' || item?.type === 'text') {
        if (item.type === 'placeholder') starts.push([item, text.length])
        text += item.value
      } else if (item?.type === 'direction') {
        const [opener, closer] = directionDelimiters[item.marker] ?? ['', '']
        text += opener
        pending.push(closer)
        // (Children that are no array, in a tree from elsewhere, have no length: none are read.)
        for (let index = item.children.length - 1; index >= 0; index--) pending.push(item.children[index])
      } else text += ' '
    }
    const ends = urlEnds(text)
    for (const [placeholder, start] of starts) if (ends(start)) found.set(placeholder, {text, start})
  })
  return found
}

/** The placeholder as written in a field. */
function surfaceOf(field: Field): string {
  return fieldValue(field).slice(field.start, field.end)
}

/** The string a field's placeholder is written in. */
function fieldValue(field: Field): string {
  const value = (field.holder as unknown as Record<string, unknown>)[field.key]
  return typeof value === 'string' ? value : ''
}

/** Whether a placeholder is written decomposed (NFD) where its name is composed. */
function isDecomposed(value: unknown, name: string): boolean {
  if (typeof value !== 'string') return false
  const decomposed = name.normalize('NFD')
  return decomposed !== name && value.slice(1, 1 + decomposed.length) === decomposed
}

/**
 * The replaced names, for `who`: each stands for the slug of its replacement, or, where that has
 * no letters or digits (a mask), for a neutral `speaker-1`, `speaker-2`, … one per name.
 */
export function whoNames(plan: Plan): WhoName[] {
  const names: WhoName[] = []
  let neutral = 0
  for (const entry of plan.entries.values()) {
    if (entry.replacement === undefined) continue
    const suffixes = new Set<string>()
    for (const occurrence of entry.occurrences) if (occurrence.node.suffix) suffixes.add(occurrence.node.suffix)
    const folded = slug(entry.replacement)
    const id = folded === 'speaker' || folded === slug(entry.name) ? 'speaker-' + ++neutral : folded
    names.push({name: entry.name, suffixes: [...suffixes], id, whole: id, record: {replacement: entry.replacement}})
  }
  return names
}

/**
 * Bylines, authors, link URLs and titles, code, unread text: strings, whose placeholders are
 * replaced inside the string. The node records each replacement (`data.anonymized`, with the
 * field and where it now stands), so that `reidentify` can put it back.
 */
function applyToFields(fields: FieldReplacement[]): void {
  fields.sort((a, b) => a.start - b.start)
  const done = new Map<object, Map<string, {value: string; copied: number}>>()
  for (const item of fields) {
    const holder = item.holder as unknown as Record<string, string>
    let byKey = done.get(holder)
    if (!byKey) done.set(holder, (byKey = new Map()))
    let state = byKey.get(item.key)
    if (!state) byKey.set(item.key, (state = {value: '', copied: 0}))
    state.value += holder[item.key].slice(state.copied, item.start)
    state.copied = item.end
    const record: AnonymizedField = {field: item.key, start: state.value.length, end: state.value.length + item.value.length, ...item.anonymized}
    const data = (item.holder.data ??= {}) as {anonymized?: AnonymizedField[]}
    ;(data.anonymized ??= []).push(record)
    state.value += item.value
  }
  for (const [holder, byKey] of done) {
    const strings = holder as Record<string, string>
    for (const [key, state] of byKey) strings[key] = state.value + strings[key].slice(state.copied)
  }
}

/** The replacement `anonymize` recorded on a node, if it is one. */
export function anonymizedOf(node: {data?: unknown}): Anonymized | undefined {
  const data = node.data as {anonymized?: unknown} | undefined
  const value = data?.anonymized as Anonymized | undefined
  return value && typeof value === 'object' && typeof value.replacement === 'string' ? value : undefined
}
