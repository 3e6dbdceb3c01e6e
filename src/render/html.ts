// toHtml(): anecdote tree → HTML string, through toHast and hast-util-to-html.
import {toHtml as hastToHtml} from 'hast-util-to-html'
import type {Root} from '../types.js'
import {toHast, type ToHastOptions} from './hast/index.js'

export type ToHtmlOptions = ToHastOptions

/** Render an anecdote tree as HTML: a fragment (an `<article>`) or, with `document: true`, a page. */
export function toHtml(tree: Root, options?: ToHtmlOptions | null): string {
  return hastToHtml(toHast(tree, options))
}
