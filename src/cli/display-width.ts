// The columns a cell takes in a terminal. `string-width` segments the text into grapheme clusters
// and looks each up: 10–30 µs per cell once a cell leaves ASCII, and the table of a 400-story
// folder has some 20,000 cells, nearly all of them Latin letters, some with combining accents
// (`Verkäuferin`, `Bäcker` written as `a` + U+0308), typographic quotes and dashes, or a
// redaction's blocks (`█████`).
//
// Loading it costs more than all the tables of a run: emoji-regex and its width tables took about
// 45 ms to import and its first call as long again (Node 20, 2026-12-06), in every thread of
// `--jobs`. So it is loaded at the first cell that needs it, which most runs never meet.
import {createRequire} from 'node:module'
import {requireEsm} from '../require-esm.js'

type StringWidth = (cell: string) => number

let stringWidth: StringWidth | undefined

/** Display width of `cell`: one column per narrow letter or sign (`isNarrow`), none per combining
 * diacritical mark, when the cell has nothing else; else what `string-width` says. */
export function displayWidth(cell: string): number {
  let width = 0
  for (let index = 0; index < cell.length; index++) {
    const code = cell.charCodeAt(index)
    if (isNarrow(code)) width++
    else if (!isCombiningDiacritic(code)) return widthOf(cell)
  }
  return width
}

/** What `string-width` says of `cell`, loaded the first time (an ES module, required: this is sync). */
function widthOf(cell: string): number {
  stringWidth ??= requireEsm(() => (createRequire(import.meta.url)('string-width') as {default: StringWidth}).default)
  return stringWidth(cell)
}

/**
 * A code unit string-width counts as one column, of the ranges a story's cells use: printable
 * ASCII; Latin-1 without its soft hyphen (a default-ignorable); Latin Extended-A and -B; General
 * Punctuation's dashes, quotes, bullets and ellipsis (U+2010–U+2027, before its separators and
 * invisible controls); Box Drawing and Block Elements (`█`, East Asian ambiguous: one column).
 */
export function isNarrow(code: number): boolean {
  return (
    (code >= 0x20 && code <= 0x7e) ||
    (code >= 0xa0 && code <= 0x24f && code !== 0xad) ||
    (code >= 0x2010 && code <= 0x2027) ||
    (code >= 0x2500 && code <= 0x259f)
  )
}

/** The block of combining diacritical marks: nonspacing, so they add no column. */
export function isCombiningDiacritic(code: number): boolean {
  return code >= 0x300 && code <= 0x36f
}
