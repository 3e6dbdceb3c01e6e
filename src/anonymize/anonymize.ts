// anonymize(): a new tree in which every placeholder is replaced by one strategy. A replaced
// placeholder becomes a generated `text` node (no position) whose `data.anonymized` records the
// replacement, which is what `reidentify` reads back through the mapping.
import type {VFile} from 'vfile'
import type {AnonymizedField, Parents, Root, Text, TextData, Turn} from '../types.js'
import type {AnonymizeOptions} from './options.js'
import {fillMapping, reportNotWritten} from './mapping.js'
import {type Field, makePlan, type Plan, surface} from './plan.js'
import {reportUnmapped} from './report.js'
import {changeLabel} from './who.js'
import {copyTree, visitParents} from './walk.js'

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
  apply(result, plan)
  const notWritten = fillMapping(plan, settings.mapping)
  if (file) reportUnmapped(plan, file)
  if (file) reportNotWritten(notWritten, file)
  return result
}

/** A placeholder inside a string (a comment's `author` or `byline`, code), with what replaces it. */
type FieldReplacement = Field & {value: string; anonymized: Anonymized}

function apply(tree: Root, plan: Plan): void {
  // Turns whose label holds a placeholder, so that `who` can follow the new label.
  const turns = new Map<Parents, Turn>()
  visitParents(tree, (node, parent) => {
    if (node.type === 'speaker' && parent.type === 'turn') turns.set(node, parent)
  })
  const fields: FieldReplacement[] = []
  for (const entry of plan.entries.values()) {
    for (const occurrence of entry.occurrences) {
      const value = surface(plan, entry, occurrence)
      if (value === undefined) continue
      const anonymized: Anonymized = {replacement: entry.replacement!}
      if (occurrence.node.suffix) anonymized.suffix = occurrence.node.suffix
      if (occurrence.field) {
        fields.push({...occurrence.field, value, anonymized})
        continue
      }
      const text: Text = {type: 'text', value, data: {anonymized} as TextData}
      const turn = turns.get(occurrence.parent)
      const replace = () => {
        occurrence.parent.children[occurrence.index] = text
      }
      if (turn) changeLabel(turn, replace)
      else replace()
    }
  }
  applyToFields(fields)
}

/**
 * Bylines, authors, code: strings, whose placeholders are replaced inside the string. A comment
 * records each replacement in its `author` or `byline` (`data.anonymized`, with where it now
 * stands), so that `reidentify` can put it back.
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
    if (item.holder.type === 'comment') {
      const record: AnonymizedField = {field: item.key as AnonymizedField['field'], start: state.value.length, end: state.value.length + item.value.length, ...item.anonymized}
      ;((item.holder.data ??= {}).anonymized ??= []).push(record)
    }
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
