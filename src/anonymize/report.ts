// Messages about names `anonymize` leaves: in the order of the text.
import type {VFile} from 'vfile'
import type {Plan} from './plan.js'

export function reportUnmapped(plan: Plan, file: VFile): void {
  const found: {name: string; node: Plan['unmapped'][number]['occurrences'][number]['node']}[] = []
  for (const entry of plan.unmapped) for (const {node} of entry.occurrences) found.push({name: entry.name, node})
  found.sort((a, b) => (a.node.position?.start.offset ?? 0) - (b.node.position?.start.offset ?? 0))
  for (const {name, node} of found) {
    file.message('Placeholder `$' + name + '` is not in the map: left as it is', {
      place: node.position,
      ruleId: 'unmapped-placeholder',
      source: 'anecdote'
    })
  }
}

/** Names chosen anew because `mapping` gave them a name of this story (see `makePlan`). */
export function reportConflicts(plan: Plan, file: VFile): void {
  for (const {entry, carried, owner} of plan.conflicts) {
    const whose = owner === entry.name ? 'its own name' : 'the name of `$' + owner + '` here'
    file.message('`mapping` gives `$' + entry.name + '` `' + carried + '`, ' + whose + ': it is `' + entry.replacement + '` in this story, and `mapping` now says so', {
      place: entry.occurrences[0]?.node.position,
      ruleId: 'mapping-conflict',
      source: 'anecdote'
    })
  }
}
