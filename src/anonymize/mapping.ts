// Filling the caller's `mapping` (name → replacement, for `reidentify`). The mapping may be
// frozen, sealed, not extensible, hold read-only entries or be a proxy that refuses: writing
// never throws. An entry that already holds the replacement needs no write; one that cannot be
// written is reported (`mapping-not-written`), since `reidentify` cannot restore that name.
import type {VFile} from 'vfile'
import type {Plan} from './plan.js'
import {isRecord} from './plan.js'

/** Record each replacement in `mapping`; the names whose entry could not be written. */
export function fillMapping(plan: Plan, mapping: unknown): string[] {
  if (!isRecord(mapping)) return []
  const failed: string[] = []
  for (const entry of plan.entries.values()) {
    if (entry.replacement !== undefined && !write(mapping, entry.name, entry.replacement)) failed.push(entry.name)
  }
  return failed
}

function write(mapping: Record<string, string>, name: string, replacement: string): boolean {
  try {
    // The entry the caller wrote with a `$` (as `map` takes it) is the name's: no second one beside it.
    if (!Object.hasOwn(mapping, name) && Object.hasOwn(mapping, '$' + name)) name = '$' + name
    if (Object.hasOwn(mapping, name) && mapping[name] === replacement) return true
    // `Reflect.set` answers `false` where an assignment would throw (read-only, not extensible).
    return Reflect.set(mapping, name, replacement)
  } catch {
    return false
  }
}

export function reportNotWritten(names: string[], file: VFile): void {
  for (const name of names) {
    file.message('Cannot record `$' + name + '` in `mapping` (it is frozen, sealed, not extensible or the entry is read-only): `reidentify` cannot restore it', {
      ruleId: 'mapping-not-written',
      source: 'anecdote'
    })
  }
}
