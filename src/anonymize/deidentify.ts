// deidentify(): the author's side. Real names the caller lists become placeholders, in text
// (also across a line break), speaker labels and `who`, comment bylines, note and section
// labels, link URLs and titles and code; every replacement is reported.
import type {Point, Position} from 'unist'
import {checkOptions} from '../options.js'
import {slug} from '../parse/slug.js'
import type {Break, Comment, Comments, Dateline, Frontmatter, InlineCode, Link, Nodes, Note, Parents, PhrasingContent, Placeholder, Root, Text} from '../types.js'
import {type NameMatch, type NameMatcher, nameMatcher, placeholderName} from './match-names.js'
import {decodeUrl} from './url.js'
import {renameWhos, type WhoName} from './who.js'
import {clone, copyTree, visitParents} from './walk.js'

export interface DeidentifyOptions {
  /**
   * The real names: a list (`['Müller', 'Meier GmbH']` → `$Müller`, `$Meier_GmbH`), or real name →
   * placeholder name (`{'Meier GmbH': 'Firma'}` → `$Firma`).
   */
  names: readonly string[] | Readonly<Record<string, string>>
}

/** Where a name was found when not in a text node. */
export type ReplacementField = 'author' | 'byline' | 'label' | 'url' | 'title' | 'code' | 'dateline' | 'frontmatter'

/** One real name replaced. */
export interface Replacement {
  /** The real name as listed. */
  real: string
  /** The text replaced, as written (`Müllers`; a line break inside it as `\n`). */
  value: string
  /** The placeholder written in its place (`$Müllers`). */
  placeholder: string
  /** Where the replaced text is in the source; absent for generated nodes and names in fields. */
  position?: Position | undefined
  /** The field it was found in, when not in a text node (`author`, `byline`, `label`, `url`, `title`, `code`). */
  field?: ReplacementField | undefined
}

export interface DeidentifyResult {
  tree: Root
  replacements: Replacement[]
}

/** Real names → placeholder names, and the matcher that finds them. */
export interface NameTable {
  matcher: NameMatcher | undefined
  placeholders: Map<string, string>
}

/**
 * The names and their placeholder names. A placeholder name made from a real name never merges two
 * names (`C++` and `C#` give `$C` and `$C_2`); one the caller chose is used as chosen.
 */
export function nameTable(caller: string, options: DeidentifyOptions | null | undefined): NameTable {
  // Names left out or of another shape would replace nothing, and say nothing: the names stay.
  const names = checkOptions(caller, options, {names: 'an array of strings or an object of strings'}).names
  if (names === undefined || names === null) throw new TypeError(caller + ': options.names must be given: the real names to replace')
  const chosen = new Map<string, string | undefined>()
  if (Array.isArray(names)) {
    for (const name of names) if (typeof name === 'string' && name.trim()) chosen.set(name.trim(), undefined)
  } else if (names && typeof names === 'object') {
    const record = names as Readonly<Record<string, string>>
    for (const name of Object.keys(record)) {
      if (!name.trim()) continue
      const value = record[name]
      chosen.set(name.trim(), typeof value === 'string' && value.trim() ? placeholderName(value) : undefined)
    }
  }
  const placeholders = new Map<string, string>()
  const taken = new Set<string>()
  for (const value of chosen.values()) if (value !== undefined) taken.add(value)
  // A name listed twice in other case (`Müller`, `MÜLLER`) is one name with one placeholder.
  for (const [real, value] of chosen) {
    if (value !== undefined) {
      placeholders.set(real, value)
      continue
    }
    const base = placeholderName(real)
    let name = base
    for (let number = 2; taken.has(name) && !sameName(placeholders, real, name); number++) name = base + '_' + number
    taken.add(name)
    placeholders.set(real, name)
  }
  return {matcher: nameMatcher([...placeholders.keys()]), placeholders}
}

/** Whether `name` is already the placeholder of a name that differs from `real` only in case. */
function sameName(placeholders: Map<string, string>, real: string, name: string): boolean {
  for (const [other, value] of placeholders) if (value === name && other.toLowerCase() === real.toLowerCase()) return true
  return false
}

/** The placeholder as written for one match: `$Müller`, `$Müllers`. */
export function placeholderFor(table: NameTable, match: NameMatch): {value: string; name: string} {
  const name = table.placeholders.get(match.real)!
  return {value: '$' + name + (match.suffix ?? ''), name}
}

export function deidentify(tree: Root, options: DeidentifyOptions): DeidentifyResult {
  const result = copyTree(tree)
  const replacements: Replacement[] = []
  const table = nameTable('deidentify', options)
  if (!table.matcher) return {tree: result, replacements}

  const parents: Parents[] = [result]
  const fields: {holder: Comment | Note | Comments | Link | InlineCode | Dateline | Frontmatter; key: 'author' | 'byline' | 'label' | 'url' | 'title' | 'value' | 'info'}[] = []
  visitParents(result, (node) => {
    if (Array.isArray((node as Parents).children)) parents.push(node as Parents)
    if (node.type === 'comment') fields.push({holder: node, key: 'author'}, {holder: node, key: 'byline'})
    if (node.type === 'note' || node.type === 'comments') fields.push({holder: node, key: 'label'})
    if (node.type === 'link') fields.push({holder: node, key: 'url'}, {holder: node, key: 'title'})
    if (node.type === 'inlineCode' || node.type === 'dateline' || node.type === 'frontmatter') fields.push({holder: node, key: 'value'})
    if (node.type === 'inlineCode' && typeof node.info === 'string') fields.push({holder: node, key: 'info'})
  })

  for (const parent of parents) {
    const children = parent.children as Nodes[]
    if (!children.some(isText)) continue
    const rebuilt: Nodes[] = []
    // Runs of text and line breaks: a name can go over a line end (`Meier` / `GmbH`).
    for (let index = 0; index < children.length; ) {
      if (!isText(children[index])) {
        rebuilt.push(children[index++])
        continue
      }
      let end = index
      while (end < children.length && (isText(children[end]) || isBreak(children[end]))) end++
      for (const piece of splitRun(children.slice(index, end) as (Text | Break)[], table, replacements)) rebuilt.push(piece)
      index = end
    }
    parent.children = rebuilt as typeof parent.children
  }

  for (const {holder, key} of fields) {
    const strings = holder as unknown as Record<string, unknown>
    const value = strings[key]
    if (typeof value !== 'string') continue
    const field = holder.type === 'dateline' || holder.type === 'frontmatter' ? holder.type : key === 'value' || key === 'info' ? 'code' : key
    strings[key] = replaceInString(value, table, replacements, field, key === 'url')
  }

  renameWhos(result, whoNames(table), false)
  replacements.sort((a, b) => (a.position?.start.offset ?? Infinity) - (b.position?.start.offset ?? Infinity))
  return {tree: result, replacements}
}

/** The real names, for `who`: a `who` that is the name becomes the placeholder name, as the parser makes it. */
function whoNames(table: NameTable): WhoName[] {
  const names: WhoName[] = []
  for (const [real, name] of table.placeholders) names.push({name: real, suffixes: ['s'], id: slug(name), whole: name})
  return names
}

/** A text node with a string value (trees from JavaScript callers can hold anything). */
function isText(node: unknown): node is Text {
  return node !== null && typeof node === 'object' && (node as Text).type === 'text' && typeof (node as Text).value === 'string'
}

function isBreak(node: unknown): node is Break {
  return node !== null && typeof node === 'object' && (node as Break).type === 'break'
}

/** A run of text and breaks cut at each real name: text, placeholder, text, … */
function splitRun(run: (Text | Break)[], table: NameTable, replacements: Replacement[]): (Text | Break | Placeholder)[] {
  // The run as one string, a break as a line feed.
  let value = ''
  const offsets: number[] = []
  for (const node of run) {
    offsets.push(value.length)
    value += node.type === 'text' ? node.value : '\n'
  }
  offsets.push(value.length)
  const matches = table.matcher!.find(value)
  if (matches.length === 0) return run

  // Points move forward only, so walking each value once gives every position.
  const cursors = run.map((node) => (node.type === 'text' && node.position?.start ? {point: {...node.position.start} as Point, at: 0} : undefined))
  let segment = 0
  const pointAt = (offset: number, atEnd: boolean): Point | undefined => {
    while (segment < run.length - 1 && (offsets[segment + 1] < offset || (!atEnd && offsets[segment + 1] === offset))) segment++
    const cursor = cursors[segment]
    const node = run[segment]
    if (!cursor || node.type !== 'text') return undefined
    const local = offset - offsets[segment]
    cursor.point = advance(cursor.point, node.value, cursor.at, local)
    cursor.at = local
    return {...cursor.point}
  }
  const span = (from: number, to: number): Position | undefined => {
    const start = pointAt(from, false)
    const end = pointAt(to, true)
    return start && end ? {start, end} : undefined
  }

  const pieces: (Text | Break | Placeholder)[] = []
  const text = (from: number, to: number) => {
    for (let index = 0; index < run.length; index++) {
      const node = run[index]
      const start = Math.max(from, offsets[index])
      const end = Math.min(to, offsets[index + 1])
      if (end <= start) continue
      if (node.type === 'break') {
        pieces.push(node)
        continue
      }
      const piece: Text = {type: 'text', value: value.slice(start, end)}
      if (node.data) piece.data = clone(node.data)
      const position = span(start, end)
      if (position) piece.position = position
      pieces.push(piece)
    }
  }

  let last = 0
  for (const match of matches) {
    text(last, match.start)
    const {value: written, name} = placeholderFor(table, match)
    const placeholder: Placeholder = {type: 'placeholder', value: written, name}
    if (match.suffix) placeholder.suffix = match.suffix
    const position = span(match.start, match.end)
    if (position) placeholder.position = position
    pieces.push(placeholder)
    replacements.push({real: match.real, value: value.slice(match.start, match.end), placeholder: written, position})
    last = match.end
  }
  text(last, value.length)
  return pieces
}

function replaceInString(value: string, table: NameTable, replacements: Replacement[], field: ReplacementField, url = false): string {
  const matches = url ? urlMatches(value, table.matcher!) : table.matcher!.find(value)
  if (matches.length === 0) return value
  let result = ''
  let last = 0
  for (const match of matches) {
    const {value: written} = placeholderFor(table, match)
    result += value.slice(last, match.start) + written
    replacements.push({real: match.real, value: value.slice(match.start, match.end), placeholder: written, field})
    last = match.end
  }
  return result + value.slice(last)
}

/** Names in a URL, percent-encoded or not (`M%C3%BCller`), with where they stand in the URL as written. */
function urlMatches(url: string, matcher: NameMatcher): NameMatch[] {
  const decoded = decodeUrl(url)
  if (decoded.value === url) return matcher.find(url)
  return matcher.find(decoded.value).map((match) => ({...match, start: decoded.starts[match.start], end: decoded.ends[match.end - 1]}))
}

function advance(point: Point, value: string, from: number, to: number): Point {
  let {line, column} = point
  for (let index = from; index < to; index++) {
    const code = value.charCodeAt(index)
    if (code === 10 || (code === 13 && value.charCodeAt(index + 1) !== 10)) {
      line++
      column = 1
    } else column++
  }
  const result: Point = {line, column}
  if (point.offset !== undefined) result.offset = point.offset + (to - from)
  return result
}
