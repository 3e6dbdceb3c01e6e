// Messages about names `anonymize` leaves: in the order of the text (after the names of `map` it has no use for).
import type {Point, Position} from 'unist'
import type {VFile} from 'vfile'
import {nameKey, type Occurrence, type Plan, showsName} from './plan.js'
import type {Unmarked} from './unmarked.js'

export function reportUnmapped(plan: Plan, file: VFile): void {
  for (const [name, near] of plan.unusedKeys) {
    const message = file.message('Map name `$' + name + '` is no placeholder: not used' + (near ? '; did you mean `$' + near + '`?' : ''), {ruleId: 'unused-map-key', source: 'anecdote'})
    // As vfile-message names them: the value that is wrong, and what was meant.
    message.actual = name
    message.expected = near ? [near] : []
  }
  const found: {name: string; place: Position | undefined}[] = []
  for (const entry of plan.unmapped) for (const occurrence of entry.occurrences) found.push({name: entry.name, place: placeOf(occurrence)})
  found.sort((a, b) => (a.place?.start.offset ?? 0) - (b.place?.start.offset ?? 0))
  for (const {name, place} of found) {
    file.message('Placeholder `$' + name + '` is not in the map: left as it is', {
      place,
      ruleId: 'unmapped-placeholder',
      source: 'anecdote'
    })
  }
}

/** Where a placeholder is written: its own place, or that of the node whose string holds it (a link's URL, a byline). */
export function placeOf(occurrence: Occurrence | undefined): Position | undefined {
  return occurrence && (occurrence.node.position ?? occurrence.field?.holder.position)
}

/** Names chosen anew because `mapping` gave them a name of this story (see `makePlan`). */
export function reportConflicts(plan: Plan, file: VFile): void {
  for (const {entry, carried, owner} of plan.conflicts) {
    // Left as it is (`map` without the name and no fallback), nothing replaces it, nor is recorded.
    const now = entry.replacement === undefined ? 'it stays `$' + entry.name + '` in this story' : 'it is `' + entry.replacement + '` in this story, and `mapping` now says so'
    file.message('`mapping` gives `$' + entry.name + '` `' + carried + '`, ' + whose(plan, entry.name, carried, owner) + ': ' + now, {
      place: placeOf(entry.occurrences[0]),
      ruleId: 'mapping-conflict',
      source: 'anecdote'
    })
  }
}

/** A value of `map` or the mask left unused because it would write a name of this story back. */
export function reportRevealing(plan: Plan, file: VFile): void {
  for (const {entry, option, value, owner} of plan.revealing) {
    const reason =
      option === 'mask'
        ? 'The mask `' + value + '` ' + (showsName(value, owner) ? 'is' : 'holds') + ' ' + nameOf(plan, owner) + ': names are masked with `' + entry.replacement + '`'
        : '`map` gives `$' + entry.name + '` `' + value + '`, ' + whose(plan, entry.name, value, owner) + ': it is `' + entry.replacement + '`'
    file.message(reason, {place: placeOf(entry.occurrences[0]), ruleId: 'revealing-replacement', source: 'anecdote'})
  }
}

/** How `value` writes `owner` back: as the name itself, or holding it (`Frau Anna`, `$Annas`). */
function whose(plan: Plan, name: string, value: string, owner: string): string {
  const which = owner === name ? 'its own name' : nameOf(plan, owner)
  return showsName(value, owner) ? which : 'which holds ' + which
}

/** `owner` as a name of this story, or of another of the run (`reserved`). */
function nameOf(plan: Plan, owner: string): string {
  return 'the name of `$' + owner + '` ' + (plan.entries.has(owner) ? 'here' : inAnotherStory(plan.runStories.get(nameKey(owner))))
}

/** Another story of the run, by its name where `reserved` gives it (`in another story (`b.txt`)`). */
function inAnotherStory(story: string | undefined): string {
  return story === undefined ? 'in another story' : 'in another story (`' + story + '`)'
}

/** A name replaced as a placeholder, also written without its `$`: that copy stays (see `unmarkedNames`). */
export function reportUnmarked(found: readonly Unmarked[], file: VFile): void {
  for (const {name, word, place, count, others, glued, elsewhere, story} of found) {
    const more = count > 1 ? ' (and ' + (count - 1) + ' more ' + (count === 2 ? 'time' : 'times') + placesOf(others, count - 1) + ')' : ''
    const written = glued ? 'after `' + glued + '`' : 'here'
    // The fix where it is plain: the word is the name as the placeholder writes it.
    const fix = !glued && word === name ? '; write `$' + name + '` to replace it' : ''
    file.message('`' + word + '` is written ' + written + ' without a `$`' + more + ', though `$' + name + '` is a placeholder ' + (elsewhere ? inAnotherStory(story) : 'of this story') + ': it stays as it is' + fix, {
      place,
      ruleId: 'unmarked-name',
      source: 'anecdote'
    })
  }
}

/** `: 3:4, 5:1`, the places known of `count` (`, …` where there are more), or nothing. */
function placesOf(places: ReadonlyArray<Position | Point | undefined>, count: number): string {
  const shown: string[] = []
  for (const place of places) {
    const point = place === undefined ? undefined : 'start' in place ? place.start : place
    if (point) shown.push(point.line + ':' + point.column)
  }
  return shown.length === 0 ? '' : ': ' + shown.join(', ') + (count > shown.length ? ', …' : '')
}
