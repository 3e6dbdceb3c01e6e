// Text in, text out: the source byte for byte, except the replaced spans. The spans come from
// the parse positions (placeholders) or from one scan of the source (real names); the result is
// built once, left to right.
import type {Position} from 'unist'
import type {VFile} from 'vfile'
import {parse} from '../parse/index.js'
import type {ParseOptions} from '../parse/index.js'
import {type DeidentifyOptions, nameTable, placeholderFor} from './deidentify.js'
import type {AnonymizeOptions} from './options.js'
import {isRecord, makePlan, surface} from './plan.js'
import {reportUnmapped} from './report.js'

interface Splice {
  start: number
  end: number
  value: string
}

export interface AnonymizeTextOptions extends AnonymizeOptions, ParseOptions {}

/** `anonymize` on text: the text with its placeholders replaced, everything else as it was. */
export function anonymizeText(value: string | VFile, options?: AnonymizeTextOptions | null, file?: VFile | null): string {
  const settings = options ?? {}
  const source = sourceOf(value)
  // The splices need every placeholder's place in the source, whatever `positions` says.
  const tree = parse(source, {...settings, positions: true})
  const plan = makePlan(tree, settings)
  const mapping = isRecord(settings.mapping) && !Object.isFrozen(settings.mapping) ? settings.mapping : undefined
  const splices: Splice[] = []
  for (const entry of plan.entries.values()) {
    if (entry.replacement !== undefined && mapping) mapping[entry.name] = entry.replacement
    for (const occurrence of entry.occurrences) {
      const replacement = surface(plan, entry, occurrence)
      if (replacement !== undefined && occurrence.field) {
        // A byline is a line of the comment as written, code and text are written as they are:
        // find the string there. An author is part of its byline.
        const field = occurrence.field
        const holder = field.holder
        const written = field.key === 'value' ? field.holder.value : field.key === 'byline' ? field.holder.byline : undefined
        if (written !== undefined && !holder.position) throw missingPosition('anonymizeText')
        const at = written === undefined ? undefined : sourceOffset(source, written, holder.position, field.start)
        if (at !== undefined) splices.push({start: at, end: at + field.end - field.start, value: replacement})
        continue
      }
      const position = occurrence.node.position
      if (replacement === undefined) continue
      if (position?.start.offset === undefined || position.end.offset === undefined) throw missingPosition('anonymizeText')
      splices.push({start: position.start.offset, end: position.end.offset, value: replacement})
    }
  }
  const target = file ?? (typeof value === 'string' ? undefined : value)
  if (target) reportUnmapped(plan, target)
  return splice(source, splices)
}

/** A name could survive: never skip a placeholder whose place in the source is unknown. */
export function missingPosition(what: string): TypeError {
  return new TypeError(what + ' needs node positions (offsets into the source): a tree parsed with `positions: false` has none')
}

/**
 * Where offset `offset` of `written`, a string the parser took from inside `place`, stands in the
 * source. Line by line: a byline with its date line holds the two lines without the indentation
 * between them.
 */
function sourceOffset(source: string, written: string, place: Position | undefined, offset: number): number | undefined {
  const end = place?.end.offset
  let from = place?.start.offset
  if (from === undefined || end === undefined) return undefined
  let lineStart = 0
  for (;;) {
    const lineEnd = written.indexOf('\n', lineStart)
    const line = lineEnd < 0 ? written.slice(lineStart) : written.slice(lineStart, lineEnd)
    const at = source.indexOf(line, from)
    if (at < 0 || at + line.length > end) return undefined
    if (lineEnd < 0 || offset < lineEnd) return offset >= lineStart ? at + offset - lineStart : undefined
    from = at + line.length
    lineStart = lineEnd + 1
  }
}

/** `deidentify` on text: every listed real name, wherever it is in the text, becomes its placeholder. */
export function deidentifyText(value: string | VFile, options: DeidentifyOptions): string {
  const source = sourceOf(value)
  const table = nameTable(options)
  if (!table.matcher) return source
  const splices: Splice[] = table.matcher.find(source).map((match) => ({
    start: match.start,
    end: match.end,
    value: placeholderFor(table, match).value
  }))
  return splice(source, splices)
}

function sourceOf(value: string | VFile): string {
  if (typeof value === 'string') return value
  if (value === null || typeof value !== 'object') return value === undefined ? '' : String(value)
  const content = value.value
  if (typeof content === 'string') return content
  if (content instanceof Uint8Array) return new TextDecoder().decode(content)
  return content === undefined || content === null ? '' : String(content)
}

function splice(source: string, splices: Splice[]): string {
  splices.sort((a, b) => a.start - b.start)
  const parts: string[] = []
  let last = 0
  for (const {start, end, value} of splices) {
    if (start < last) continue
    parts.push(source.slice(last, start), value)
    last = end
  }
  parts.push(source.slice(last))
  return parts.join('')
}
