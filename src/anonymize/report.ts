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
