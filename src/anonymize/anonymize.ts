// anonymize(): a new tree in which every placeholder is replaced by one strategy. A replaced
// placeholder becomes a generated `text` node (no position) whose `data.anonymized` records the
// replacement, which is what `reidentify` reads back through the mapping.
import type {VFile} from 'vfile'
import type {Parents, Root, Text, TextData, Turn} from '../types.js'
import type {AnonymizeOptions} from './options.js'
import {type Field, isRecord, makePlan, type Plan, surface} from './plan.js'
import {reportUnmapped} from './report.js'
import {changeLabel} from './who.js'
import {copyTree, visitParents} from './walk.js'

/**
 * What `anonymize` records on a replacement, as `data.anonymized` of its `text` node. (Not merged
 * into `TextData` here: a `declare module` of a relative path does not survive the bundled types.)
 */
import type {Anonymized} from '../types.js'

export type {Anonymized} from '../types.js'

/** Replace the placeholders of `tree`; the input is not changed. Names left unmapped go to `file`. */
export function anonymize(tree: Root, options?: AnonymizeOptions | null, file?: VFile | null): Root {
  const settings = options ?? {}
  const result = copyTree(tree)
  const plan = makePlan(result, settings)
  apply(result, plan)
  fillMapping(plan, isRecord(settings.mapping) && !Object.isFrozen(settings.mapping) ? settings.mapping : undefined)
  if (file) reportUnmapped(plan, file)
  return result
}

function apply(tree: Root, plan: Plan): void {
  // Turns whose label holds a placeholder, so that `who` can follow the new label.
  const turns = new Map<Parents, Turn>()
  visitParents(tree, (node, parent) => {
    if (node.type === 'speaker' && parent.type === 'turn') turns.set(node, parent)
  })
  const fields: (Field & {value: string})[] = []
  for (const entry of plan.entries.values()) {
    for (const occurrence of entry.occurrences) {
      const value = surface(plan, entry, occurrence)
      if (value === undefined) continue
      if (occurrence.field) {
        fields.push({...occurrence.field, value})
        continue
      }
      const anonymized: Anonymized = {replacement: entry.replacement!}
      if (occurrence.node.suffix) anonymized.suffix = occurrence.node.suffix
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

/** Bylines, authors, code: strings, whose placeholders are replaced inside the string. */
function applyToFields(fields: (Field & {value: string})[]): void {
  fields.sort((a, b) => b.start - a.start)
  for (const field of fields) {
    const holder = field.holder as unknown as Record<string, string>
    const current = holder[field.key]
    holder[field.key] = current.slice(0, field.start) + field.value + current.slice(field.end)
  }
}

function fillMapping(plan: Plan, mapping: Record<string, string> | undefined): void {
  if (!mapping) return
  for (const entry of plan.entries.values()) {
    if (entry.replacement !== undefined) mapping[entry.name] = entry.replacement
  }
}

/** The replacement `anonymize` recorded on a node, if it is one. */
export function anonymizedOf(node: {data?: unknown}): Anonymized | undefined {
  const data = node.data as {anonymized?: unknown} | undefined
  const value = data?.anonymized as Anonymized | undefined
  return value && typeof value === 'object' && typeof value.replacement === 'string' ? value : undefined
}
