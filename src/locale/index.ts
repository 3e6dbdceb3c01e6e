import {de} from './de.js'
import {en} from './en.js'
import type {Locale} from './types.js'

export type {Locale} from './types.js'
export {de} from './de.js'
export {en} from './en.js'

/** Every locale; the parser recognizes the words of all of them in any story. */
export const locales: readonly Locale[] = [de, en]
