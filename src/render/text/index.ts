// toText(): anecdote tree → the canonical plain text, one handler per node type.
// Written so that parsing the result gives the same tree again (see docs/rendering.md for
// the whitespace rules).
import type {Nodes, Parents, Root} from '../../types.js'
import {detectLength, lineIsMarkdown} from '../../parse/markdown/detect.js'
import {wellFormed} from '../../well-formed.js'
import {dispatch} from '../dispatch.js'
import {checkOptions, type Expected} from '../../options.js'
import {handlers as defaultHandlers} from './handlers/index.js'

/** Turn one node into text. */
export type TextHandler = (
  state: TextState,
  // Handlers are looked up by `node.type`, so each one receives its own node type.
  node: any,
  parent: Parents | undefined
) => string

/** Text handlers by node type; the caller's entries override or add to the defaults. */
export type TextHandlers = Partial<Record<Nodes['type'], TextHandler>> & Record<string, TextHandler | undefined>

export interface ToTextOptions {
  /** Whether comment controls (`AntwortenLöschen`) are written back (default `true`). */
  controls?: boolean | null | undefined
  /** Whether the reader-comment section is written (default `true`). */
  comments?: boolean | null | undefined
  /** Handlers by node type, to override the defaults or write node types of your own. */
  handlers?: TextHandlers | null | undefined
  /** Handler for node types without one (default: their children, or their value). */
  unknownHandler?: TextHandler | null | undefined
}

export interface TextState {
  options: Readonly<ToTextOptions>
  /** Whether the positions' lines are the story's lines (not so for HTML input): layout follows them. */
  sourceLines: boolean
  /** Write one node. */
  one(node: Nodes, parent: Parents | undefined): string
  /** Write the children of `parent`, joined without separator. */
  all(parent: Parents): string
}

/** What each option must be: a value of another type is a `TypeError` naming the option. */
const optionTypes: Readonly<Record<keyof ToTextOptions, Expected>> = {
  controls: 'a boolean',
  comments: 'a boolean',
  handlers: 'an object of functions by node type',
  unknownHandler: 'a function'
}

/**
 * Write an anecdote tree as plain text; the result ends in one line feed (or is empty). Any node
 * renders (see well-formed.ts); options of the wrong type throw a `TypeError`.
 */
export function toText(input: Root, options?: ToTextOptions | null): string {
  const settings = checkOptions('toText', options, optionTypes)
  const tree = wellFormed(input, 'toText')
  const handlers: TextHandlers = {...defaultHandlers, ...settings.handlers}
  const unknown = settings.unknownHandler ?? writeUnknown
  const call = dispatch<TextState, string>(handlers, unknown, (value) => value)

  const state: TextState = {
    options: settings,
    sourceLines: tree.data?.format !== 'html',
    one(node, parent) {
      return call(state, node, parent)
    },
    all(parent) {
      let value = ''
      for (const child of parent.children as Nodes[]) value += state.one(child, parent)
      return value
    }
  }

  const value = guardLines(state.one(tree, undefined))
  return value.length > 0 ? value + '\n' : ''
}

/**
 * The text is plain text, and `parse` with `format: 'auto'` must read it so: a line that would
 * show Markdown structure (`# Titel`, a fence, a bold cue, a link — from a line the text path
 * read as text, where it stood indented or before a no-break space) is indented four spaces,
 * which auto-detection passes over and the text path ignores. Only the lines detection reads.
 */
function guardLines(value: string): string {
  let result = ''
  let copied = 0
  for (let start = 0; start < value.length && start - copied + result.length < detectLength; ) {
    let end = start
    while (end < value.length && value.charCodeAt(end) !== 10 && value.charCodeAt(end) !== 13) end++
    if (lineIsMarkdown(value, start, Math.min(end, start + 200))) {
      result += value.slice(copied, start) + '    '
      copied = start
    }
    start = end + 1
  }
  return copied === 0 && result === '' ? value : result + value.slice(copied)
}

function writeUnknown(state: TextState, node: Nodes & {value?: unknown; children?: unknown}): string {
  if (Array.isArray(node.children)) return state.all(node as Parents)
  return typeof node.value === 'string' ? node.value : ''
}
