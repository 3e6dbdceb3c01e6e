// The columns a cell takes in a terminal. `string-width` segments the text into grapheme clusters
// and looks each up: 10–30 µs per cell once a cell leaves ASCII, and the table of a 400-story
// folder has some 20,000 cells, nearly all of them Latin letters, some with combining accents
// (`Verkäuferin`, `Bäcker` written as `a` + U+0308).
import stringWidth from 'string-width'

/** Display width of `cell`: one column per narrow Latin letter or sign, none per combining
 * diacritical mark, when the cell has nothing else; else what `string-width` says. */
export function displayWidth(cell: string): number {
  let width = 0
  for (let index = 0; index < cell.length; index++) {
    const code = cell.charCodeAt(index)
    if (isNarrowLatin(code)) width++
    else if (!isCombiningDiacritic(code)) return stringWidth(cell)
  }
  return width
}

/** Printable ASCII, Latin-1 without its soft hyphen (a default-ignorable), Latin Extended-A and -B. */
export function isNarrowLatin(code: number): boolean {
  return (code >= 0x20 && code <= 0x7e) || (code >= 0xa0 && code <= 0x24f && code !== 0xad)
}

/** The block of combining diacritical marks: nonspacing, so they add no column. */
export function isCombiningDiacritic(code: number): boolean {
  return code >= 0x300 && code <= 0x36f
}
