// The browser build's stand-ins for the micromark constructs the Markdown reader disables: the
// names micromark skips them by, and what it reads before that, as the originals have them.
import {describe, expect, it} from 'vitest'
import {codeIndented, htmlFlow, htmlText} from 'micromark-core-commonmark'
import * as standIns from '../../src/browser/disabled-constructs.js'
import {storyExtension} from '../../src/parse/markdown/index.js'

describe('the disabled constructs (browser build)', () => {
  it('are the ones the Markdown reader disables, by the same names', () => {
    expect(Object.keys(standIns).sort()).toEqual([...storyExtension.disable.null].sort())
    for (const [original, standIn] of [[codeIndented, standIns.codeIndented], [htmlFlow, standIns.htmlFlow], [htmlText, standIns.htmlText]] as const) {
      expect([standIn.name, standIn.concrete, 'partial' in standIn]).toEqual([original.name, original.concrete, 'partial' in original])
    }
  })

  it('match nothing, were one run', () => {
    const nok = () => 'nok'
    expect(standIns.htmlFlow.tokenize({}, () => 'ok', nok)).toBe(nok)
  })
})
