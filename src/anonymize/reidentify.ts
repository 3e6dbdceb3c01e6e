// reidentify(): put the placeholders back, from the replacements `anonymize` recorded and the
// mapping it filled. A replacement shared by several names (every mask of `redact`, a `map`
// giving two names one value) cannot say whose it was: it stays, and is reported.
import type {VFile} from 'vfile'
import type {Position} from 'unist'
import type {AnonymizedField, Nodes, Placeholder, Root, Turn} from '../types.js'
import {anonymizedOf} from './anonymize.js'
import {bareName} from './plan.js'
import {restoredWho} from './who.js'
import {urlEncoded} from './url.js'
import {copyTree, visitParents} from './walk.js'

export function reidentify(tree: Root, mapping: Readonly<Record<string, string>>, file?: VFile | null): Root {
  const result = copyTree(tree)
  const names = new Map<string, string | null>()
  const record: Readonly<Record<string, unknown>> = mapping !== null && typeof mapping === 'object' ? mapping : {}
  for (const name of Object.keys(record)) {
    const replacement = record[name]
    if (typeof replacement !== 'string') continue
    names.set(replacement, names.has(replacement) ? null : bareName(name))
  }

  /** The name behind a replacement; reports the ones that cannot be restored. */
  const nameOf = (replacement: string, shown: string, place: Position | undefined): string | undefined => {
    const name = names.get(replacement)
    if (typeof name === 'string') return name
    file?.message(
      'Cannot restore `' + shown + '`: ' + (name === null ? 'several names share this replacement' : 'not in the mapping'),
      {place, ruleId: 'unrestorable-replacement', source: 'anecdote'}
    )
    return undefined
  }

  visitParents(result, (node, parent, index) => {
    if (node.type === 'turn') restoreWho(node, names)
    if (node.type === 'comment') restoreFields(node, ['author', 'byline'], nameOf)
    if (node.type === 'note' || node.type === 'comments') restoreFields(node, ['label'], nameOf)
    if (node.type === 'link') restoreFields(node, ['url', 'title'], nameOf)
    if (node.type === 'inlineCode') restoreFields(node, ['value', 'info'], nameOf)
    if (node.type === 'dateline' || node.type === 'frontmatter') restoreFields(node, ['value'], nameOf)
    if (node.type === 'text') restoreFields(node, ['value'], nameOf)
    const anonymized = node.type === 'text' ? anonymizedOf(node) : undefined
    if (node.type !== 'text' || !anonymized) return
    const {suffix} = anonymized
    const name = nameOf(anonymized.replacement, node.value, parent.position)
    if (name === undefined) return
    // As written: a name written decomposed (`Verka\u0308ufer`) comes back decomposed.
    const written = anonymized.decomposed ? name.normalize('NFD') : name
    const placeholder: Placeholder = {type: 'placeholder', value: '$' + written + (suffix ?? ''), name}
    if (suffix) placeholder.suffix = suffix
    parent.children[index] = placeholder
  })
  return result
}

/** The turn's old `who`, from its record, when every name in it can be restored. */
function restoreWho(turn: Turn, names: Map<string, string | null>): void {
  const record = turn.data?.anonymized
  if (!record || !Array.isArray(record.who)) return
  const who = restoredWho(record.who, (replacement) => names.get(replacement) ?? undefined)
  if (who === undefined) return
  turn.who = who
  delete turn.data!.anonymized
  if (Object.keys(turn.data!).length === 0) delete turn.data
}

/** A placeholder in a field as it was written: decomposed, percent-encoded, with its inflection. */
function writtenPlaceholder(record: AnonymizedField, name: string): string {
  const written = (record.decomposed ? name.normalize('NFD') : name) + (record.suffix ?? '')
  return record.percentEncoded ? '%24' + urlEncoded(written) : '$' + written
}

/** Put the placeholders back into a node's string fields (a comment's `byline`, a link's `url`), from its `data.anonymized`. */
function restoreFields(node: Nodes, keys: readonly AnonymizedField['field'][], nameOf: (replacement: string, shown: string, place: Position | undefined) => string | undefined): void {
  const records = (node.data as {anonymized?: unknown} | undefined)?.anonymized as AnonymizedField[] | undefined
  if (!Array.isArray(records)) return
  const strings = node as unknown as Record<string, unknown>
  const kept: AnonymizedField[] = []
  for (const field of keys) {
    const value = strings[field]
    if (typeof value !== 'string') continue
    const inField = records
      .filter((record) => record && typeof record === 'object' && record.field === field && typeof record.replacement === 'string')
      .sort((a, b) => a.start - b.start)
    // Left to right: what cannot be restored stays, at its new offset.
    let result = ''
    let copied = 0
    for (const record of inField) {
      if (!(record.start >= copied && record.end >= record.start && record.end <= value.length)) continue
      result += value.slice(copied, record.start)
      copied = record.end
      const shown = value.slice(record.start, record.end)
      const name = nameOf(record.replacement, shown, node.position)
      if (name === undefined) {
        kept.push({...record, start: result.length, end: result.length + shown.length})
        result += shown
      } else result += writtenPlaceholder(record, name)
    }
    strings[field] = result + value.slice(copied)
  }
  const data = node.data as Record<string, unknown>
  if (kept.length > 0) data.anonymized = kept
  else {
    delete data.anonymized
    if (Object.keys(data).length === 0) delete node.data
  }
}
