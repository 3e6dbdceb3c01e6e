// Helpers for the anonymization tests.
import {toFountain, toHtml, toTei, toText} from '../../src/index.js'
import type {Nodes, Root} from '../../src/index.js'

/**
 * What a reader can see of a tree: its text, its HTML, its TEI and its Fountain (comments kept)
 * as the renderers and exports write them, and every literal value and string field of its
 * nodes, one string each.
 */
export function renderedTexts(tree: Root): string[] {
  const texts: string[] = []
  const stack: Nodes[] = [tree]
  while (stack.length > 0) {
    const node = stack.pop()!
    for (const [key, value] of Object.entries(node)) {
      if (key !== 'type' && typeof value === 'string') texts.push(value)
    }
    if ('children' in node) for (const child of node.children) stack.push(child as Nodes)
  }
  // Fountain as its reader sees it: an escaped `_` (`$B_\_Ich`) ends no name.
  texts.push(toText(tree), toHtml(tree), toTei(tree), toFountain(tree, {comments: true}).replace(/\\([\\*_~])/g, '$1'))
  return texts
}

const placeholderRe = /(?<![\p{L}\p{M}\p{N}])\$(\p{L}[\p{L}\p{M}\p{N}_]*)/gu

/** The placeholder names written in `text`, read the way the parser reads them. */
export function placeholderNames(text: string): string[] {
  return [...text.matchAll(placeholderRe)].map((match) => match[1].replace(/_+$/, '').normalize('NFC'))
}

/**
 * Whether `name`, as a whole word (with a genitive `s`), occurs in `text`, in any case; with
 * `placeholders: 'allowed'`, not counting it where it is written as a placeholder (`$Müller`).
 */
export function hasWord(text: string, name: string, placeholders: 'allowed' | 'not allowed' = 'allowed'): boolean {
  const escaped = name.replace(/[\\^$.*+?()[\]{}|/]/g, '\\$&').replace(/ /g, '\\s+')
  const before = placeholders === 'allowed' ? '(?<![\\p{L}\\p{M}\\p{N}_$])' : '(?<![\\p{L}\\p{M}\\p{N}_])'
  return new RegExp(before + escaped + 's?(?![\\p{L}\\p{M}\\p{N}_])', 'iu').test(text.normalize('NFC'))
}

/** Freeze a tree and everything in it, so that any change to it throws. */
export function deepFreeze<T>(value: T): T {
  const stack: unknown[] = [value]
  while (stack.length > 0) {
    const item = stack.pop()
    if (item === null || typeof item !== 'object' || Object.isFrozen(item)) continue
    Object.freeze(item)
    for (const child of Object.values(item)) stack.push(child)
  }
  return value
}
