// toTei for any tree: well-formed XML (read back with xast-util-from-xml), unique NCName ids,
// every `sp` pointing to a person, and no character lost — those XML 1.0 cannot hold come back
// from their `<g ref>` and the `charDecl`.
import fc from 'fast-check'
import {describe, expect, it} from 'vitest'
import {toTei} from '../../src/index.js'
import {ncNameRe} from '../../src/tei/ids.js'
import type {Root} from '../../src/types.js'
import {runs, seed, timeout} from '../reliability/arbitraries.js'
import {hostile, tree} from './arbitraries.js'
import {declaredCharacters, elements, parseXml, teiText} from './util.js'

const settings = {numRuns: runs, seed}

describe('toTei properties', () => {
  it('writes well-formed XML with unique, valid ids for any tree', () => {
    fc.assert(
      fc.property(tree, (story) => {
        const document = parseXml(toTei(story))
        const ids = elements(document, 'person').map((person) => String(person.attributes['xml:id']))
        const all = [...ids, ...elements(document, 'char').map((char) => String(char.attributes['xml:id']))]
        expect(new Set(all).size).toBe(all.length)
        for (const id of all) expect(id).toMatch(ncNameRe)
        for (const sp of elements(document, 'sp')) expect(ids).toContain(String(sp.attributes.who).slice(1))
        expect(elements(document, 'body')).toHaveLength(1)
      }),
      settings
    )
  }, timeout)

  it('loses no character of a text, whatever it holds', () => {
    fc.assert(
      fc.property(hostile, hostile, (before, after) => {
        const story = {
          type: 'root',
          children: [{type: 'narration', children: [{type: 'text', value: before}, {type: 'placeholder', value: '$' + after, name: after}, {type: 'text', value: after}]}]
        } as unknown as Root
        const document = parseXml(toTei(story))
        const [paragraph] = elements(elements(document, 'body')[0], 'p')
        expect(teiText(paragraph, declaredCharacters(document))).toBe(before + '$' + after + after)
      }),
      settings
    )
  }, timeout)

  it('declares each character XML 1.0 forbids once, and keeps CR and the > of ]]>', () => {
    const story = {type: 'root', children: [{type: 'narration', children: [{type: 'text', value: 'a\u0001b\u0001\r\n]]>\uFFFE\uD800'}]}]} as unknown as Root
    const xml = toTei(story)
    expect(xml).toContain('<p>a<g ref="#U0001"/>b<g ref="#U0001"/>&#xD;\n]]&#x3E;<g ref="#UFFFE"/><g ref="#UD800"/></p>')
    expect(xml).toContain('<char xml:id="U0001">\n          <localProp name="codepoint" value="U+0001"/>\n        </char>')
    expect(elements(parseXml(xml), 'char')).toHaveLength(3)
  })
})
