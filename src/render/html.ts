// toHtml(): anecdote tree → HTML string, through toHast and hast-util-to-html.
import {toHtml as hastToHtml} from 'hast-util-to-html'
import type {Root} from '../types.js'
import {optionTypes, toHastChecked, type ToHastOptions} from './hast/index.js'
import {checkOptions} from '../options.js'

export type ToHtmlOptions = ToHastOptions

/** Render an anecdote tree as HTML: a fragment (an `<article>`) or, with `document: true`, a page. */
export function toHtml(tree: Root, options?: ToHtmlOptions | null): string {
  return hastToHtml(toHastChecked('toHtml', tree, checkOptions('toHtml', options, optionTypes), false))
}
