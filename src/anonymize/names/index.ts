import type {Lang} from '../../types.js'
import {de} from './de.js'
import {en} from './en.js'
import type {NameList} from './types.js'

export type {NameList} from './types.js'

export const nameLists: Record<Lang, NameList> = {de, en}
