// deidentify(): the author's side. Real names the caller lists become placeholders, in text,
// speaker labels (whose `who` follows) and comment bylines; every replacement is reported.
import type {Point, Position} from 'unist'
import type {Comment, Nodes, Parents, PhrasingContent, Placeholder, Root, Text, Turn} from '../types.js'
import {type NameMatch, type NameMatcher, nameMatcher, placeholderName} from './match-names.js'
import {changeLabel} from './who.js'
import {clone, copyTree, visitParents} from './walk.js'

export interface DeidentifyOptions {
  /**
   * The real names: a list (`['Müller', 'Meier GmbH']` → `$Müller`, `$Meier_GmbH`), or real name →
   * placeholder name (`{'Meier GmbH': 'Firma'}` → `$Firma`).
   */
  names: readonly string[] | Readonly<Record<string, string>>
}

/** One real name replaced. */
export interface Replacement {
  /** The real name as listed. */
  real: string
  /** The text replaced, as written (`Müllers`). */
  value: string
  /** The placeholder written in its place (`$Müllers`). */
  placeholder: string
  /** Where the replaced text is in the source; absent for generated nodes and comment bylines. */
  position?: Position | undefined
  /** The field it was found in, when not in a text node (`author`, `byline`). */
  field?: 'author' | 'byline' | undefined
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

export function nameTable(options: DeidentifyOptions | null | undefined): NameTable {
  const names = options?.names
  const placeholders = new Map<string, string>()
  if (Array.isArray(names)) {
    for (const name of names) if (typeof name === 'string' && name.trim()) placeholders.set(name.trim(), placeholderName(name))
  } else if (names && typeof names === 'object') {
    const record = names as Readonly<Record<string, string>>
    for (const name of Object.keys(record)) {
      if (!name.trim()) continue
      const chosen = record[name]
      placeholders.set(name.trim(), placeholderName(typeof chosen === 'string' && chosen.trim() ? chosen : name))
    }
  }
  return {matcher: nameMatcher([...placeholders.keys()]), placeholders}
}

/** The placeholder as written for one match: `$Müller`, `$Müllers`. */
export function placeholderFor(table: NameTable, match: NameMatch): {value: string; name: string} {
  const name = table.placeholders.get(match.real)!
  return {value: '$' + name + (match.suffix ?? ''), name}
}

export function deidentify(tree: Root, options: DeidentifyOptions): DeidentifyResult {
  const result = copyTree(tree)
  const replacements: Replacement[] = []
  const table = nameTable(options)
  const matcher = table.matcher
  if (!matcher) return {tree: result, replacements}

  const parents: Parents[] = [result]
  const turns = new Map<Parents, Turn>()
  const comments: Comment[] = []
  visitParents(result, (node, parent) => {
    if (Array.isArray((node as Parents).children)) parents.push(node as Parents)
    if (node.type === 'speaker' && parent.type === 'turn') turns.set(node, parent)
    if (node.type === 'comment') comments.push(node)
  })

  for (const parent of parents) {
    if (!parent.children.some((child) => isText(child) && matcher.find(child.value).length > 0)) continue
    const rebuild = () => {
      const children: Nodes[] = []
      for (const child of parent.children as Nodes[]) {
        if (!isText(child)) children.push(child)
        else for (const piece of split(child, table, replacements)) children.push(piece)
      }
      parent.children = children as typeof parent.children
    }
    const turn = turns.get(parent)
    if (turn) changeLabel(turn, rebuild)
    else rebuild()
  }

  for (const comment of comments) {
    for (const field of ['author', 'byline'] as const) {
      const value = comment[field]
      if (typeof value === 'string') comment[field] = replaceInString(value, table, replacements, field)
    }
  }

  replacements.sort((a, b) => (a.position?.start.offset ?? Infinity) - (b.position?.start.offset ?? Infinity))
  return {tree: result, replacements}
}

/** A text node with a string value (trees from JavaScript callers can hold anything). */
function isText(node: unknown): node is Text {
  return node !== null && typeof node === 'object' && (node as Text).type === 'text' && typeof (node as Text).value === 'string'
}

/** A text node cut at each real name: text, placeholder, text, … */
function split(node: Text, table: NameTable, replacements: Replacement[]): PhrasingContent[] {
  const matches = table.matcher!.find(node.value)
  if (matches.length === 0) return [node]
  const value = node.value
  const start = node.position?.start
  const pieces: PhrasingContent[] = []
  let cursor = 0
  let point: Point | undefined = start ? {...start} : undefined

  const text = (from: number, to: number) => {
    if (to <= from) return
    const piece: Text = {type: 'text', value: value.slice(from, to)}
    if (node.data) piece.data = clone(node.data)
    const position = span(from, to)
    if (position) piece.position = position
    pieces.push(piece)
  }
  // Points move forward only, so walking the value once gives every position.
  const span = (from: number, to: number): Position | undefined => {
    if (!point) return undefined
    point = advance(point, value, cursor, from)
    const begin = point
    point = advance(point, value, from, to)
    cursor = to
    return {start: begin, end: point}
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

function replaceInString(value: string, table: NameTable, replacements: Replacement[], field: 'author' | 'byline'): string {
  const matches = table.matcher!.find(value)
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
