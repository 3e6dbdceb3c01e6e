// unified plugins: the parser, the plain-text compiler, and the bridge to rehype.
import type {Root as HastRoot} from 'hast'
import type {Plugin} from 'unified'
import type {VFile} from 'vfile'
import {parse, type ParseOptions} from './parse/index.js'
import {toHast, type ToHastOptions} from './render/hast/index.js'
import {toText, type ToTextOptions} from './render/text/index.js'
import type {Root} from './types.js'

/** Parse anecdotes: `unified().use(anecdoteParse)`; the parser's messages go to the file, a wrong option throws as in `parse`. */
export const anecdoteParse: Plugin<[(ParseOptions | null | undefined)?], string, Root> = function (options) {
  this.parser = (_document: string, file: VFile) => parse(file, options)
}

/** Compile anecdote trees to the canonical plain text (see `toText`). */
export const anecdoteStringify: Plugin<[(ToTextOptions | null | undefined)?], Root, string> = function (options) {
  this.compiler = (tree) => toText(tree as Root, options)
}

/** Turn anecdote trees into hast trees, so rehype plugins and `rehype-stringify` can follow. */
export const anecdoteToRehype: Plugin<[(ToHastOptions | null | undefined)?], Root, HastRoot> = function (options) {
  return (tree: Root) => toHast(tree, options)
}
