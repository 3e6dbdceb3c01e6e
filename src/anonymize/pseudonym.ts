// Pick a pseudonym from the built-in lists: a keyed hash of the name chooses the place in the
// pool, so the choice depends on the seed and the name only, not on the story around it.
import type {Lang} from '../types.js'
import type {Gender, Kind} from './kind.js'
import {nameLists} from './names/index.js'

export interface Pool {
  size: number
  at: (index: number) => string
}

export function pool(lang: Lang, kind: Kind, gender: Gender, noun?: string): Pool {
  const list = nameLists[lang]
  switch (kind) {
    case 'institution': {
      // The name's own noun, whose article the story has, and a town: `Schule Birkenfeld`, `Ashford Hospital`.
      const towns = pairPool(list.townStems, list.townEndings)
      const word = capitalized(noun ?? '')
      return {size: towns.size, at: (index) => (list.institutionNounFirst ? word + ' ' + towns.at(index) : towns.at(index) + ' ' + word)}
    }
    case 'surname':
      return listPool(list.surnames)
    case 'company':
      return pairPool(list.companyStems, list.companyEndings)
    case 'town':
      return pairPool(list.townStems, list.townEndings)
    case 'product':
      return listPool(list.products)
    default:
      return listPool(gender === 'female' ? list.female : list.male)
  }
}

/** `word` with its first letter upper case. */
export function capitalized(word: string): string {
  return word.charAt(0).toUpperCase() + word.slice(1)
}

function listPool(names: readonly string[]): Pool {
  return {size: names.length, at: (index) => names[index % names.length]}
}

function pairPool(stems: readonly string[], endings: readonly string[]): Pool {
  return {
    size: stems.length * endings.length,
    at: (index) => stems[index % stems.length] + endings[Math.floor(index / stems.length) % endings.length]
  }
}
