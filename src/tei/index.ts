// toTei(): anecdote tree → a TEI P5 document in the shape of the DraCor drama corpora, built as
// an xast tree (one handler per node type) and serialised with `xast-util-to-xml`.
// The mapping is specified in docs/exports.md.
import type {ElementContent, Root as XastRoot} from 'xast'
import {toXml} from 'xast-util-to-xml'
import {dispatch} from '../render/dispatch.js'
import {checkOptions, type Expected} from '../options.js'
import type {Nodes, Parents, Root} from '../types.js'
import {wellFormed} from '../well-formed.js'
import {handlers as defaultHandlers} from './handlers/index.js'
import {createIds} from './ids.js'
import {indent} from './layout.js'
import {people, type Person} from './people.js'
import {charDecl, makeSafe} from './xml-safe.js'

/** Turn one node into TEI (xast) content. */
export type TeiHandler = (
  state: TeiState,
  // Handlers are looked up by `node.type`, so each one receives its own node type.
  node: any,
  parent: Parents | undefined
) => ElementContent[]

/** TEI handlers by node type; the caller's entries override or add to the defaults. */
export type TeiHandlers = Partial<Record<Nodes['type'], TeiHandler>> & Record<string, TeiHandler | undefined>

export interface ToTeiOptions {
  /** Whether the reader comments are written, in `<back>` (default `true`). */
  comments?: boolean | null | undefined
  /** Handlers by node type, to override the defaults or write node types of your own. */
  handlers?: TeiHandlers | null | undefined
  /** Handler for node types without one (default: their children, or their value as text). */
  unknownHandler?: TeiHandler | null | undefined
}

export interface TeiState {
  options: Readonly<ToTeiOptions>
  /** The people who speak, by `who`, in order of first speech. */
  people: Map<string, Person>
  /** The `xml:id` of the person `who` (given one on first use where the cast missed it). */
  person(who: string): string
  /** A new `xml:id`, unique in the document, as close to `wish` as an NCName allows. */
  id(wish: string): string
  /** Write one node. */
  one(node: Nodes, parent: Parents | undefined): ElementContent[]
  /** Write the children of `parent`, in order. */
  all(parent: Parents): ElementContent[]
}

/** What each option must be, as for the renderers. */
const optionTypes: Readonly<Record<keyof ToTeiOptions, Expected>> = {
  comments: 'a boolean',
  handlers: 'an object of functions by node type',
  unknownHandler: 'a function'
}

/** Write an anecdote tree as a TEI P5 document (XML, ending in a line feed). Options of the wrong type throw a `TypeError`. */
export function toTei(input: Root, options?: ToTeiOptions | null): string {
  const settings = checkOptions('toTei', options, optionTypes)
  const tree = wellFormed(input, 'toTei')
  const handlers: TeiHandlers = {...defaultHandlers, ...settings.handlers}
  const call = dispatch<TeiState, ElementContent[]>(handlers, settings.unknownHandler ?? writeUnknown, (value) => [{type: 'text', value}])
  const id = createIds()

  const state: TeiState = {
    options: settings,
    people: people(tree, id, settings.comments !== false),
    person(who) {
      let person = state.people.get(who)
      if (!person) {
        person = {who, id: id(who || 'speaker'), labels: [], writer: false}
        state.people.set(who, person)
      }
      return person.id
    },
    id,
    one(node, parent) {
      return call(state, node, parent)
    },
    all(parent) {
      const result: ElementContent[] = []
      for (const child of parent.children as Nodes[]) for (const item of state.one(child, parent)) result.push(item)
      return result
    }
  }

  const document: XastRoot = {
    type: 'root',
    children: [{type: 'instruction', name: 'xml', value: 'version="1.0" encoding="UTF-8"'}, {type: 'text', value: '\n'}]
  }
  for (const item of state.one(tree, undefined)) document.children.push(item)

  const characters = makeSafe(document, id)
  const tei = document.children.find((child) => child.type === 'element' && child.name === 'TEI')
  const header = tei?.type === 'element' ? tei.children.find((child) => child.type === 'element' && child.name === 'teiHeader') : undefined
  if (characters.size > 0 && header?.type === 'element') header.children.splice(1, 0, charDecl(characters))
  indent(document)
  return toXml(document, {allowDangerousXml: true, closeEmptyElements: true, tightClose: true}) + '\n'
}

function writeUnknown(state: TeiState, node: Nodes & {value?: unknown; children?: unknown}): ElementContent[] {
  if (Array.isArray(node.children)) return state.all(node as Parents)
  return typeof node.value === 'string' ? [{type: 'text', value: node.value}] : []
}
