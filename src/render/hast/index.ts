// toHast(): anecdote tree → hast tree, one handler per node type (after mdast-util-to-hast).
// Tag and property names come only from the handlers; text from the tree only ever becomes text
// nodes or property values, so the HTML is safe for any input.
import type {Element, ElementContent, Nodes as HastNodes, Properties, Root as HastRoot} from 'hast'
import type {Nodes, Parents, Placeholder, Root} from '../../types.js'
import {nodeText} from '../../node-text.js'
import {wellFormed} from '../../well-formed.js'
import {dispatch} from '../dispatch.js'
import {checkOptions, type Expected} from '../../options.js'
import {stylesheet} from '../stylesheet.js'
import {handlers as defaultHandlers} from './handlers/index.js'

/** How a placeholder shows: as written (`$Verkäufer`), as the bare name (`Verkäufer`), or the caller's text. */
export type PlaceholderDisplay = 'written' | 'name' | ((node: Placeholder) => string)

/** Turn one node into hast; return nothing to drop it. */
export type Handler = (
  state: State,
  // Handlers are looked up by `node.type`, so each one receives its own node type.
  node: any,
  parent: Parents | undefined
) => ElementContent | ElementContent[] | undefined

/** Handlers by node type; the caller's entries override or add to the defaults. */
export type Handlers = Partial<Record<Nodes['type'], Handler>> & Record<string, Handler | undefined>

export interface ToHastOptions {
  /** A whole page (`<!doctype html>`, `<title>`, the default stylesheet) instead of a fragment. */
  document?: boolean | null | undefined
  /** How placeholders show (default `'written'`). */
  placeholders?: PlaceholderDisplay | null | undefined
  /** Whether the reader-comment section is rendered (default `true`). */
  comments?: boolean | null | undefined
  /** Put before every class name (`'anecdote-'` gives `anecdote-turn`); only `[A-Za-z0-9_-]` are kept. */
  classPrefix?: string | null | undefined
  /** Rank of the title's heading, 1–5 (default 1); the comments heading is one below it. Another value is a `TypeError`. */
  headingRank?: 1 | 2 | 3 | 4 | 5 | null | undefined
  /** Stylesheet inlined in document mode (default: the package's stylesheet); `false` for none. */
  stylesheet?: string | false | null | undefined
  /** Handlers by node type, to override the defaults or render node types of your own. */
  handlers?: Handlers | null | undefined
  /** Handler for node types without one (default: their children, or their value as text). */
  unknownHandler?: Handler | null | undefined
}

export {maxDepth} from '../dispatch.js'

/** What handlers get: the options, and ways to render children. */
export interface State {
  options: Readonly<ToHastOptions>
  /** The class prefix, cleaned. */
  prefix: string
  /** The title's heading rank. */
  headingRank: number
  /** Render one node. */
  one(node: Nodes, parent: Parents | undefined): ElementContent[]
  /** Render the children of `parent`, in order. */
  all(parent: Parents): ElementContent[]
  /** The class list for a stable class name, prefixed. */
  className(...names: string[]): string[]
  /** An element with class names and properties, its position copied from `from`. */
  element(from: Nodes | undefined, tagName: string, properties: Properties, children: ElementContent[]): Element
  /** Copy the position of `from` onto `to`. */
  patch(from: Nodes, to: HastNodes): void
}

/** What each option must be: a value of another type is a `TypeError` naming the option. */
export const optionTypes: Readonly<Record<keyof ToHastOptions, Expected>> = {
  document: 'a boolean',
  placeholders: "'written', 'name' or a function",
  comments: 'a boolean',
  classPrefix: 'a string',
  headingRank: '1, 2, 3, 4 or 5',
  stylesheet: 'a string or false',
  handlers: 'an object of functions by node type',
  unknownHandler: 'a function'
}

/**
 * Turn an anecdote tree into a hast tree: a fragment (an `<article>`) or, with `document`, a page.
 * Any node renders (see well-formed.ts); options of the wrong type throw a `TypeError`.
 */
export function toHast(tree: Root, options?: ToHastOptions | null): HastRoot {
  return toHastChecked('toHast', tree, checkOptions('toHast', options, optionTypes))
}

/**
 * `toHast` once its options are checked; `caller` names the function in errors. Without
 * `positions` (for `toHtml`, whose string has no use for them) no position is copied: three
 * objects fewer per node, the bulk of what a large tree allocates.
 */
export function toHastChecked(caller: string, input: Root, settings: ToHastOptions, positions = true): HastRoot {
  // Inside `<style>` nothing is escaped: the caller's stylesheet that could end it is refused
  // here, not dropped from the page without a word.
  if (typeof settings.stylesheet === 'string' && endsStyle(settings.stylesheet)) {
    throw new TypeError(caller + ': options.stylesheet must not hold </style')
  }
  const tree = wellFormed(input, caller)
  const handlers: Handlers = {...defaultHandlers, ...settings.handlers}
  const unknown = settings.unknownHandler ?? renderUnknown
  const call = dispatch<State, ReturnType<Handler>>(handlers, unknown, (value) => ({type: 'text', value}))
  /** What the handler for `node` returns. */
  const render = (node: Nodes, parent: Parents | undefined) => call(state, node, parent)

  const state: State = {
    options: settings,
    prefix: cleanPrefix(settings.classPrefix),
    headingRank: settings.headingRank ?? 1,
    one(node, parent) {
      const result = render(node, parent)
      return result === undefined ? [] : Array.isArray(result) ? result : [result]
    },
    all(parent) {
      // Straight into one list: no array per child, as `one` would make.
      const results: ElementContent[] = []
      for (const child of parent.children as Nodes[]) {
        const result = render(child, parent)
        if (Array.isArray(result)) for (const node of result) results.push(node)
        else if (result !== undefined) results.push(result)
      }
      return results
    },
    className(...names) {
      return names.map((name) => state.prefix + name)
    },
    element(from, tagName, properties, children) {
      const node: Element = {type: 'element', tagName, properties, children}
      if (from) state.patch(from, node)
      return node
    },
    patch(from, to) {
      if (positions && from.position) to.position = structuredPosition(from.position)
    }
  }

  const article = state.one(tree, undefined)
  if (!settings.document) {
    const root: HastRoot = {type: 'root', children: article}
    state.patch(tree, root)
    return root
  }
  return page(state, tree, article, settings)
}

/** Whether `css` would end the `<style>` element it stands in (nothing is escaped there). */
function endsStyle(css: string): boolean {
  return css.toLowerCase().includes('</style')
}

/** The standalone page around the article. */
function page(state: State, tree: Root, article: ElementContent[], options: ToHastOptions): HastRoot {
  const head: ElementContent[] = [
    line(),
    {type: 'element', tagName: 'meta', properties: {charSet: 'utf-8'}, children: []},
    line(),
    {type: 'element', tagName: 'meta', properties: {name: 'viewport', content: 'width=device-width, initial-scale=1'}, children: []},
    line(),
    {type: 'element', tagName: 'title', properties: {}, children: [{type: 'text', value: pageTitle(state, tree)}]}
  ]
  const css = options.stylesheet === false ? '' : (options.stylesheet ?? stylesheet(state.prefix))
  if (css) {
    // Inside `<style>` nothing is escaped: a last guard (the caller's stylesheet is checked above,
    // and the default's class prefix holds only a class name's characters).
    const safe = endsStyle(css) ? '' : css
    head.push(line(), {type: 'element', tagName: 'style', properties: {}, children: [{type: 'text', value: safe}]})
  }
  head.push(line())
  const html: Element = {
    type: 'element',
    tagName: 'html',
    properties: tree.lang ? {lang: tree.lang} : {},
    children: [
      line(),
      {type: 'element', tagName: 'head', properties: {}, children: head},
      line(),
      {type: 'element', tagName: 'body', properties: {}, children: [line(), ...article, line()]},
      line()
    ]
  }
  return {type: 'root', children: [{type: 'doctype'}, line(), html, line()]}
}

/** Longest `<title>` made from the story's first words, in characters. */
const titleLength = 60

/**
 * The text of `<title>`, which HTML wants non-empty: the title; without one, the dateline; without
 * that, the first words of the first block. Placeholders show as in the body.
 */
function pageTitle(state: State, tree: Root): string {
  let title: Nodes | undefined
  let dateline: Nodes | undefined
  let first: Nodes | undefined
  for (const child of tree.children) {
    if (child.type === 'title') title = child
    else if (child.type === 'dateline') dateline ??= child
    else first ??= child
  }
  if (title) return titleText(state, title)
  if (dateline) return titleText(state, dateline)
  if (!first) return ''
  const words = titleText(state, first).replace(/\s+/g, ' ').trim()
  if (words.length <= titleLength) return words
  const cut = words.lastIndexOf(' ', titleLength)
  return words.slice(0, cut > 0 ? cut : titleLength) + '…'
}

/** A node as plain text for `<title>`, placeholders shown as in the body. */
function titleText(state: State, title: Nodes): string {
  return nodeText({type: 'root', children: state.one(title, undefined)})
}

/** The default for node types without a handler: their children, or their value as text. */
function renderUnknown(state: State, node: Nodes & {value?: unknown; children?: unknown}): ElementContent[] | ElementContent | undefined {
  if (Array.isArray(node.children)) return state.all(node as Parents)
  if (typeof node.value === 'string') {
    const text: ElementContent = {type: 'text', value: node.value}
    state.patch(node, text)
    return text
  }
  return undefined
}

/** A line feed between block elements, so the HTML reads well. */
export function line(): ElementContent {
  return {type: 'text', value: '\n'}
}

function cleanPrefix(prefix: string | null | undefined): string {
  return typeof prefix === 'string' ? prefix.replace(/[^\w-]/g, '') : ''
}

function structuredPosition(position: NonNullable<Nodes['position']>): NonNullable<Nodes['position']> {
  return {start: {...position.start}, end: {...position.end}}
}
