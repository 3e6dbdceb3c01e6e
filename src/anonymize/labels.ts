// Generic role labels (`Person A`, `Firma B`, `Ort C`): data per language, and the letters.
import type {Lang} from '../types.js'
import type {Kind} from './kind.js'

export const genericLabels: Record<Lang, Record<Kind, string>> = {
  de: {person: 'Person', surname: 'Person', company: 'Firma', town: 'Ort', product: 'Produkt'},
  en: {person: 'Person', surname: 'Person', company: 'Company', town: 'Place', product: 'Product'}
}

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
