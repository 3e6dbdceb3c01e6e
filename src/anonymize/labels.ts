// Generic role labels (`Person A`, `Firma B`, `Ort C`): the words per language (from the
// locales), and the letters.
import {locales} from '../locale/index.js'
import type {Lang} from '../types.js'
import type {Kind} from './kind.js'

export const genericLabels = Object.fromEntries(locales.map((locale) => [locale.lang, locale.names.genericLabels])) as Record<Lang, Record<Kind, string>>

/** `A` … `Z`, `AA`, `AB`, …: the letter for the n-th name (from 0). */
export function letter(index: number): string {
  let result = ''
  let rest = index + 1
  while (rest > 0) {
    const digit = (rest - 1) % 26
    result = String.fromCharCode(65 + digit) + result
    rest = (rest - 1 - digit) / 26
  }
  return result
}
