// toTei: the reviewed documents, and over every fixture a well-formed document whose speech,
// placeholders and directions are the tree's, with unique, valid ids.
import {describe, expect, it} from 'vitest'
import {parse, toTei} from '../../src/index.js'
import type {Direction, Placeholder, Root} from '../../src/types.js'
import {ncNameRe} from '../../src/tei/ids.js'
import {nodeText} from '../../src/node-text.js'
import {expected, fixtures} from '../util/fixtures.js'
import {declaredCharacters, elements, nodesOf, normal, parseXml, teiText, teiTurns, treeTurns} from './util.js'

/** Fixtures with a reviewed `.tei.xml` beside them. */
export const reviewed = new Set(['fahren-sie-mal-da-hin', 'abbreviation-alias', 'comments-dated', 'directions-en', 'notes-de', 'emphasis.md'])

const all = [...fixtures('text').map((fixture) => ({...fixture, tree: parse(fixture.value)})),
  ...fixtures('markdown').map((fixture) => ({...fixture, name: fixture.name + '.md', tree: parse(fixture.value, {format: 'markdown'})}))]

describe('toTei on every fixture', () => {
  for (const fixture of all) {
    describe(fixture.name, () => {
      const xml = toTei(fixture.tree)
      const document = parseXml(xml)
      const characters = declaredCharacters(document)

      it('is well-formed TEI with the speech of the tree', () => {
        const [tei] = elements(document, 'TEI')
        expect(tei.attributes.xmlns).toBe('http://www.tei-c.org/ns/1.0')
        expect(tei.attributes['xml:lang']).toBe(fixture.tree.lang)
        expect(teiTurns(document)).toEqual(treeTurns(fixture.tree))
      })

      it('has the placeholders and directions of the tree, in order', () => {
        const [text] = elements(document, 'text')
        const names = elements(text, 'name').filter((name) => name.attributes.type === 'placeholder')
        expect(names.map((name) => teiText(name, characters))).toEqual(nodesOf<Placeholder>(fixture.tree, 'placeholder').map((node) => node.value))
        expect(elements(text, 'stage').map((stage) => normal(teiText(stage, characters)))).toEqual(
          nodesOf<Direction>(fixture.tree, 'direction').map((node) => normal(nodeText(node)))
        )
      })

      it('gives each speaker one person with a unique NCName id, and every sp points to one', () => {
        const ids = elements(document, 'person').map((person) => String(person.attributes['xml:id']))
        expect(new Set(ids).size).toBe(ids.length)
        for (const id of ids) expect(id).toMatch(ncNameRe)
        const whos = new Set(nodesOf(fixture.tree, 'turn').map((turn) => (turn as {who: string}).who))
        expect(ids).toHaveLength(whos.size)
        for (const sp of elements(document, 'sp')) expect(ids).toContain(String(sp.attributes.who).slice(1))
      })

      if (reviewed.has(fixture.name)) {
        it('writes the reviewed document', () => {
          const expectedXml = expected(fixture, '.tei.xml', xml)
          expect(expectedXml, 'missing ' + fixture.name + '.tei.xml (UPDATE=1 writes it)').toBeDefined()
          expect(xml).toBe(expectedXml)
        })
      }
    })
  }
})

describe('toTei', () => {
  it('marks the writer, lists every label of one identity, and dates the header', () => {
    const tree = parse('Montag, 21. Februar 2011\n\nTitel\n\nIch: Hallo.\nKollege: Ja.\nVerkäufer: Nein.\n', {cast: {verkaeufer: ['Kollege', 'Verkäufer']}})
    const document = parseXml(toTei(tree))
    const people = elements(document, 'person').map((person) => ({
      id: person.attributes['xml:id'],
      role: person.attributes.role,
      names: elements(person, 'persName').map((name) => teiText(name, new Map()))
    }))
    expect(people).toEqual([
      {id: 'ich', role: 'writer', names: ['Ich']},
      {id: 'verkaeufer', role: undefined, names: ['Kollege', 'Verkäufer']}
    ])
    const [date] = elements(elements(document, 'teiHeader')[0], 'date')
    expect(date.attributes.when).toBe('2011-02-21')
    expect(teiText(date, new Map())).toBe('Montag, 21. Februar 2011')
  })

  it('writes a story without turns as a valid document: no particDesc, a paragraph in the body', () => {
    for (const value of ['', 'Nur Erzählung, keine Rede.\n']) {
      const document = parseXml(toTei(parse(value)))
      expect(elements(document, 'particDesc')).toEqual([])
      expect(elements(elements(document, 'body')[0], 'p').length).toBeGreaterThan(0)
      expect(elements(document, 'title')).toHaveLength(1)
    }
  })

  it('keeps an elision as written inside <gap reason="omitted">, and comments in <back> with n, author and date', () => {
    const tree = parse('Ich: Also [...] gut.\n\n1 Kommentar:\n\n  1. Anna hat gesagt…\n    3. März 2012 um 09:15\n    Schön.\n')
    const document = parseXml(toTei(tree))
    const [gap] = elements(document, 'gap')
    expect(gap.attributes.reason).toBe('omitted')
    expect(teiText(elements(gap, 'desc')[0], new Map())).toBe('[...]')
    const [comment] = elements(elements(document, 'back')[0], 'div').filter((div) => div.attributes.type === 'comment')
    const [source] = nodesOf(tree, 'comment') as {author?: string; date?: string}[]
    expect(comment.attributes.n).toBe('1')
    expect(elements(comment, 'docAuthor').map((node) => teiText(node, new Map()))).toEqual(source.author ? [source.author] : [])
    expect(source.date).toBe('2012-03-03T09:15')
    expect(elements(comment, 'docDate').map((node) => node.attributes.when)).toEqual(['2012-03-03T09:15:00'])
    expect(toTei(tree, {comments: false})).not.toContain('<back>')
  })

  it('lists in the cast only who speaks in the document: comments left out, their speakers too', () => {
    const tree = parse('Ich: Hallo.\n\n1 Kommentar:\n\n  1. Kunde: Kenne ich.\n    Anna: Ich auch.\n')
    const cast = (options?: {comments: boolean}) => elements(parseXml(toTei(tree, options)), 'person').map((person) => person.attributes['xml:id'])
    expect(cast()).toEqual(['ich', 'kunde', 'anna'])
    expect(cast({comments: false})).toEqual(['ich'])
  })

  it('names a person once per label however its letters are composed', () => {
    const document = parseXml(toTei(parse('Frau M\u00fcller: Hallo.\nFrau Mu\u0308ller: Ja.\nIch: Gut.')))
    expect(elements(elements(document, 'person')[0], 'persName').map((node) => teiText(node, new Map()))).toEqual(['Frau Müller'])
  })

  it('answers what is no tree with a TypeError, and writes a tree that holds itself once', () => {
    expect(() => toTei(null as unknown as Root)).toThrow(new TypeError('toTei: expected a tree (an object with a string `type`), not null'))
    expect(() => toTei({} as Root)).toThrow(TypeError)
    expect(toTei({type: 'root'} as Root)).toMatch(/<TEI[\s\S]*<\/TEI>\n$/)
    const loop = parse('Ich: Hallo.')
    loop.children.push(loop as never)
    expect(parseXml(toTei(loop))).toBeTruthy()
  })

  it('makes ids from any who: NCNames, unique even where two whos fold to one name', () => {
    const turn = (who: string, label: string) => ({type: 'turn', who, separator: ':', children: [{type: 'speaker', children: [{type: 'text', value: label}]}]})
    const whos = ['1a', 'a b', 'a_b', 'a:b', '', '-x', 'U0001', '\u0001', 'ä', '__proto__']
    const tree = {type: 'root', children: [{type: 'dialogue', children: whos.map((who) => turn(who, 'L'))}, {type: 'narration', children: [{type: 'text', value: '\u0001'}]}]} as unknown as Root
    const document = parseXml(toTei(tree))
    const ids = elements(document, 'person').map((person) => String(person.attributes['xml:id']))
    const all = [...ids, ...elements(document, 'char').map((char) => String(char.attributes['xml:id']))]
    expect(new Set(all).size).toBe(all.length)
    for (const id of all) expect(id).toMatch(ncNameRe)
    expect(elements(document, 'sp').map((sp) => sp.attributes.who)).toEqual(ids.map((id) => '#' + id))
  })

  it('takes handlers of your own, and writes a tree of any depth', () => {
    const tree = parse('Chef: Wo ist $Verkäufer?\nIch: Weg.\n')
    const xml = toTei(tree, {handlers: {placeholder: (_state, node: Placeholder) => [{type: 'element', name: 'rs', attributes: {type: 'person'}, children: [{type: 'text', value: node.name}]}]}})
    expect(xml).toContain('<p>Wo ist <rs type="person">Verkäufer</rs>?</p>')
    let deep: unknown = {type: 'text', value: 'innen'}
    for (let depth = 0; depth < 10_000; depth++) deep = {type: 'emphasis', children: [deep]}
    const document = parseXml(toTei({type: 'root', children: [{type: 'narration', children: [deep]}]} as unknown as Root))
    expect(teiText(elements(elements(document, 'body')[0], 'p')[0], new Map())).toBe('innen')
  })
})
