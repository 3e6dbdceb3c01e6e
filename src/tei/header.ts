// `teiHeader`: the title, the dateline's date, and in `particDesc` one `person` per `who`.
import type {Element} from 'xast'
import {x} from 'xastscript'
import {nodeText} from '../node-text.js'
import type {Dateline, Title} from '../types.js'
import type {Person} from './people.js'

const isoDateRe = /^\d{4}(?:-\d{2}(?:-\d{2}(?:T\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:Z|[+-]\d{2}:\d{2})?)?)?)?$/

/**
 * An ISO 8601 date (or date and time) as TEI's `when` takes it (W3C types: `2011-02-21`,
 * `2012-03-03T09:15:00`; seconds added where the tree has none), or `undefined`.
 */
export function when(value: string | undefined): string | undefined {
  if (typeof value !== 'string' || !isoDateRe.test(value)) return undefined
  return /T\d{2}:\d{2}$/.test(value) || /T\d{2}:\d{2}(?=Z|[+-])/.test(value) ? value.replace(/(T\d{2}:\d{2})/, '$1:00') : value
}

export function header(title: Title | undefined, dateline: Dateline | undefined, cast: Iterable<Person>): Element {
  const titleText = title ? nodeText(title) : ''
  const source: Element[] = []
  if (title) source.push(x('title', titleText))
  if (dateline) source.push(x('date', {when: when(dateline.date)}, dateline.value))

  const fileDesc = x('fileDesc', [
    x('titleStmt', [x('title', titleText)]),
    x('publicationStmt', [x('p', 'Converted from a dialogue anecdote by anecdote.')]),
    x('sourceDesc', [x('bibl', source)])
  ])

  const persons: Element[] = []
  for (const person of cast) {
    persons.push(x('person', {'xml:id': person.id, role: person.writer ? 'writer' : undefined}, person.labels.map((label) => x('persName', label))))
  }
  // `listPerson` needs a person: a story without turns has no `particDesc`.
  const parts: Element[] = [fileDesc]
  if (persons.length > 0) parts.push(x('profileDesc', [x('particDesc', [x('listPerson', persons)])]))
  return x('teiHeader', parts)
}
