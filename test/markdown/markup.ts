// “Nothing lost” for Markdown input: as for plain text, every non-white-space character lies in
// exactly one leaf or is recorded in a field, except Markdown markup, which the tree records by
// its meaning (a node type, `url`, `title`), not character by character. Which characters are
// markup is fixed per node type, so a lost word still shows.
import {decodeNamedCharacterReference} from 'decode-named-character-reference'
import type {Nodes, Root} from '../../src/index.js'
import {fieldText, walkCoverage} from '../util/nothing-lost.js'

const whitespace = /\s/

/** Characters of Markdown syntax: emphasis and strong, headings, quotes, list markers, fences, breaks, escapes. */
const blockMarkup = new Set([...'*_#>-+=~`\\'])
const listMarkers = new Set([...'0123456789.)'])

/** The markup characters that may stand directly in a node of this type. */
function allowed(node: Nodes, char: string): boolean {
  if (blockMarkup.has(char)) return true
  switch (node.type) {
    case 'root':
    case 'comments':
    case 'comment':
      // The marker of a list item whose content is not a paragraph (`1. > quote`).
      return listMarkers.has(char)
    case 'link':
      // Brackets, destination and title: recorded in `url` and `title`.
      return true
    default:
      return false
  }
}

/** Problems found; empty when nothing is lost. */
export function lostInMarkdown(value: string, tree: Root): string[] {
  return walkCoverage(value, tree, {
    checkOwn(node, own, start, end, problems) {
      // Take the fields' characters out; what is left must be markup this node may hold.
      const left = [...decodeReferences(own.replace(commentRe, ''))].filter((char) => !whitespace.test(char))
      for (const char of fieldText(node)) {
        const at = left.indexOf(char)
        if (at >= 0) left.splice(at, 1)
      }
      const lost = left.filter((char) => !allowed(node, char))
      if (lost.length > 0) problems.push(`${node.type} at ${start}-${end}: ${JSON.stringify(lost.join(''))} is in no leaf, field or markup`)
    }
  })
}

/** An HTML comment, as micromark ends it (`<!-->`, `<!--->` too): markup where a word runs through it (`$Quen<!-- -->dolin`). */
const commentRe = /<!--(?:-?>|[^]*?-->)/g

const referenceRe = /&(#[0-9]{1,7}|#[xX][0-9a-fA-F]{1,6}|[A-Za-z][A-Za-z0-9]{0,31});/g

/** A character reference stands for its character (a direction's `&#42;` is its `*`). */
function decodeReferences(text: string): string {
  return text.replace(referenceRe, (whole, name: string) => {
    if (name.charCodeAt(0) !== 35) {
      const decoded = decodeNamedCharacterReference(name)
      return decoded === false ? whole : decoded
    }
    const hex = name.charCodeAt(1) === 120 || name.charCodeAt(1) === 88
    const code = Number.parseInt(name.slice(hex ? 2 : 1), hex ? 16 : 10)
    return code > 0 && code <= 0x10ffff && !(code >= 0xd800 && code <= 0xdfff) ? String.fromCodePoint(code) : '\uFFFD'
  })
}
