// docs/recognition.md lists every word of the locale word lists the parser uses.
import {readFileSync} from 'node:fs'
import {describe, expect, it} from 'vitest'
import {locales} from '../../src/locale/index.js'

const page = readFileSync(new URL('../../docs/recognition.md', import.meta.url), 'utf8')

const lists = [
  'self', 'roles', 'persons', 'pronouns', 'determiners', 'relativePronouns', 'fieldLabels', 'glossLabels', 'noteLabels',
  'speechVerbs', 'thoughtVerbs', 'headerLabels', 'replyPrefixes', 'leadIns', 'metaPhrases', 'bylineWords', 'ordinalSuffixes',
  'commentNouns', 'commentCountLeads', 'commentTitleWords', 'commentDateWords'
] as const

describe('docs/recognition.md', () => {
  for (const locale of locales) {
    for (const list of lists) {
      it('lists every ' + locale.lang + ' word of `' + list + '`', () => {
        const row = page.split('\n').find((line) => line.startsWith('| ') && line.includes('`' + locale[list][0] + '`'))
        expect(locale[list].filter((word) => !page.includes('`' + word + '`')), list).toEqual([])
        if (locale[list].length > 0) expect(row, list).toBeDefined()
      })
    }
  }
})
