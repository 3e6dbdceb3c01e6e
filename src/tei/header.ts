// `teiHeader`: the title, the dateline's date, and in `particDesc` one `person` per `who`.
import type {Element} from 'xast'
import {x} from 'xastscript'
import {plainText} from '../render/plain-text.js'
import type {Dateline, Title} from '../types.js'
import type {Person} from './people.js'

/** A calendar date TEI's `when` takes (`2011-02-21`, `2011-02`, `2011`). */
export const isoDateRe = /^\d{4}(?:-\d{2}(?:-\d{2})?)?$/

export function header(title: Title | undefined, dateline: Dateline | undefined, cast: Iterable<Person>): Element {
  const titleText = title ? plainText(title) : ''
  const source: Element[] = []
  if (title) source.push(x('title', titleText))
  if (dateline) source.push(x('date', dateline.date && isoDateRe.test(dateline.date) ? {when: dateline.date} : {}, dateline.value))

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
