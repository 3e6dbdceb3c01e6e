// The pseudonym lists of each language, from the locales.
import {locales} from '../../locale/index.js'
import type {NameList} from '../../locale/types.js'
import type {Lang} from '../../types.js'

export type {NameList} from '../../locale/types.js'

export const nameLists = Object.fromEntries(locales.map((locale) => [locale.lang, locale.pseudonyms])) as Record<Lang, NameList>
