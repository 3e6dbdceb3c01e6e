// toText(): anecdote tree → the canonical plain text, one handler per node type.
// Written so that parsing the result gives the same tree again (see docs/readme/render.md for
// the whitespace rules).
import type {Nodes, Parents, Root} from '../../types.js'
import {dispatch} from '../dispatch.js'
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

/** Write an anecdote tree as plain text; the result ends in one line feed (or is empty). */
export function toText(tree: Root, options?: ToTextOptions | null): string {
  const settings: ToTextOptions = options ?? {}
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

  const value = state.one(tree, undefined)
  return value.length > 0 ? value + '\n' : ''
}

function writeUnknown(state: TextState, node: Nodes & {value?: unknown; children?: unknown}): string {
  if (Array.isArray(node.children)) return state.all(node as Parents)
  return typeof node.value === 'string' ? node.value : ''
}
