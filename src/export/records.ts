// What the two readers share: a record of a post or comment before it becomes a `BlogPost`,
// and the bookkeeping of what was skipped and what could not be read.
import type {XmlElement} from '@rgrove/parse-xml'
import type {Diagnostic} from '../parse/context.js'
import type {Point} from 'unist'
import {pointsIn} from './xml.js'

export interface Tally {
  xml: string
  skipped: Record<string, number>
  diagnostics: Diagnostic[]
  /** Points in `xml`, made at the first record that cannot be read (a file of them stays linear). */
  point?: (offset: number) => Point
}

export function skip(tally: Tally, kind: string): void {
  tally.skipped[kind] = (tally.skipped[kind] ?? 0) + 1
}

/** A record that cannot be read: one diagnostic at its place in the XML. */
export function unreadable(tally: Tally, element: XmlElement, reason: string, ruleId = 'export-unreadable'): void {
  const point = (tally.point ??= pointsIn(tally.xml))
  tally.diagnostics.push({
    reason,
    ruleId,
    place: {start: point(element.start), end: point(element.end)},
    severity: 'warning'
  })
}

/** An ISO 8601 date-time as the export writes it, checked (`2011-02-21T10:31:00.000+01:00`). */
export function isoDate(value: string | undefined): string | undefined {
  const text = value?.trim()
  if (!text || !/^\d{4}-\d{2}-\d{2}(T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:?\d{2})?)?$/.test(text)) return undefined
  return Number.isNaN(Date.parse(text.length === 10 ? text : text)) ? undefined : text
}

/** WordPress's `2011-02-21 09:31:00` (`gmt`: UTC) as ISO 8601; `0000-00-00 00:00:00` is no date. */
export function wordpressDate(value: string | undefined, gmt: boolean): string | undefined {
  const match = /^(\d{4}-\d{2}-\d{2}) (\d{2}:\d{2}:\d{2})$/.exec(value?.trim() ?? '')
  if (!match || match[1] === '0000-00-00') return undefined
  return isoDate(match[1] + 'T' + match[2] + (gmt ? 'Z' : ''))
}
