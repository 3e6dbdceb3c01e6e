// toFountain(): anecdote tree → a Fountain screenplay (https://fountain.io): a title page, the
// narration as action, each turn as a character cue with parentheticals and dialogue.
// One handler per node type; the mapping is specified in docs/exports.md.
import {dispatch} from '../render/dispatch.js'
import {checkOptions, type Expected} from '../options.js'
import type {Nodes, Parents, Root} from '../types.js'
import {wellFormed} from '../well-formed.js'
import {escapeInline, joinInline} from './escape.js'
import {handlers as defaultHandlers} from './handlers/index.js'

/** Turn one node into Fountain: inline text for phrasing, an element (lines) for a block. */
export type FountainHandler = (
  state: FountainState,
  // Handlers are looked up by `node.type`, so each one receives its own node type.
  node: any,
  parent: Parents | undefined
) => string

/** Fountain handlers by node type; the caller's entries override or add to the defaults. */
export type FountainHandlers = Partial<Record<Nodes['type'], FountainHandler>> & Record<string, FountainHandler | undefined>

export interface ToFountainOptions {
  /** Whether the reader comments are kept, as a boneyard (`/* … *\/`) at the end (default `false`). */
  comments?: boolean | null | undefined
  /** Handlers by node type, to override the defaults or write node types of your own. */
  handlers?: FountainHandlers | null | undefined
  /** Handler for node types without one (default: their children, or their value as text). */
  unknownHandler?: FountainHandler | null | undefined
}

export interface FountainState {
  options: Readonly<ToFountainOptions>
  /** Write one node. */
  one(node: Nodes, parent: Parents | undefined): string
  /** Write the children of `parent`, joined without separator. */
  all(parent: Parents): string
}

/** What each option must be, as for the renderers. */
const optionTypes: Readonly<Record<keyof ToFountainOptions, Expected>> = {
  comments: 'a boolean',
  handlers: 'an object of functions by node type',
  unknownHandler: 'a function'
}

/**
 * Write an anecdote tree as a Fountain screenplay; the result ends in one line feed (or is
 * empty). Options of the wrong type throw a `TypeError`.
 */
export function toFountain(input: Root, options?: ToFountainOptions | null): string {
  const settings = checkOptions('toFountain', options, optionTypes)
  const tree = wellFormed(input, 'toFountain')
  const handlers: FountainHandlers = {...defaultHandlers, ...settings.handlers}
  const call = dispatch<FountainState, string>(handlers, settings.unknownHandler ?? writeUnknown, escapeInline)

  const state: FountainState = {
    options: settings,
    one(node, parent) {
      return call(state, node, parent)
    },
    all(parent) {
      let value = ''
      // Two marks run together would read as one (see `joinInline`).
      for (const child of parent.children as Nodes[]) value = joinInline(value, state.one(child, parent))
      return value
    }
  }

  const value = state.one(tree, undefined)
  return value.length > 0 ? value + '\n' : ''
}

function writeUnknown(state: FountainState, node: Nodes & {value?: unknown; children?: unknown}): string {
  if (Array.isArray(node.children)) return state.all(node as Parents)
  return typeof node.value === 'string' ? escapeInline(node.value) : ''
}
