// deidentify() and deidentifyText(): real names become placeholders.
import {describe, expect, it} from 'vitest'
import {deidentify, deidentifyText, parse} from '../../src/index.js'
import {all, withoutPositions} from '../util/tree.js'
import {deepFreeze} from './util.js'

describe('deidentify', () => {
  it('returns a new tree and leaves its input as it was', () => {
    const tree = deepFreeze(parse('Müller: Hallo.\nIch: Tag, Herr Müller.'))
    const copy = JSON.parse(JSON.stringify(tree))
    const {tree: result} = deidentify(tree, {names: ['Müller']})
    expect(result).not.toBe(tree)
    expect(tree).toEqual(copy)
  })

  it('matches whole words only, in any case, with the genitive and the possessive', () => {
    expect(deidentifyText("Müller, Müllers Auto, Müller's car, MÜLLER, müller; Müllerstraße, Obermüller.", {names: ['Müller']})).toBe(
      "$Müller, $Müllers Auto, $Müller's car, $Müller, $Müller; Müllerstraße, Obermüller."
    )
  })

  it('matches decomposed umlauts, multi-word names over several spaces, longest name first', () => {
    expect(deidentifyText('Mu\u0308ller bei der Meier  GmbH, nicht bei Meier.', {names: ['Meier', 'Müller', 'Meier GmbH']})).toBe(
      '$Müller bei der $Meier_GmbH, nicht bei $Meier.'
    )
  })

  it('uses the placeholder names the caller chooses, made valid', () => {
    expect(deidentifyText('Meier GmbH in Bielefeld, O’Brien & Co.', {names: {'Meier GmbH': 'Firma', Bielefeld: '$Stadt', 'O’Brien & Co.': ''}})).toBe(
      '$Firma in $Stadt, $O_Brien_Co'
    )
    expect(deidentifyText('Bei 3M.', {names: ['3M']})).toBe('Bei $Name_3M.')
  })

  it('in a speaker label: the label becomes the placeholder and `who` follows', () => {
    const tree = parse('Müller: Hallo.\nIch: Tag, Herr Müller.\nFrau Meier: Guten Tag.\nMüller: Tschüss.')
    expect(all(tree, 'turn').map((turn) => turn.who)).toEqual(['mueller', 'ich', 'frau-meier', 'mueller'])
    const {tree: result} = deidentify(tree, {names: {Müller: 'Kollege', Meier: 'Chefin'}})
    expect(all(result, 'turn').map((turn) => turn.who)).toEqual(['Kollege', 'ich', 'frau-chefin', 'Kollege'])
    expect(withoutPositions(all(result, 'speaker')[0])).toEqual({type: 'speaker', children: [{type: 'placeholder', value: '$Kollege', name: 'Kollege'}]})
  })

  it('reports every replacement with its place in the source', () => {
    const value = 'Titel\n\nIch war bei Müller.\nDann bei Müllers Frau.'
    const {tree, replacements} = deidentify(parse(value), {names: ['Müller']})
    expect(replacements).toEqual([
      {real: 'Müller', value: 'Müller', placeholder: '$Müller', position: {start: {line: 3, column: 13, offset: 19}, end: {line: 3, column: 19, offset: 25}}},
      {real: 'Müller', value: 'Müllers', placeholder: '$Müllers', position: {start: {line: 4, column: 10, offset: 36}, end: {line: 4, column: 17, offset: 43}}}
    ])
    const placeholders = all(tree, 'placeholder')
    expect(placeholders.map((node) => [node.value, node.name, node.suffix])).toEqual([['$Müller', 'Müller', undefined], ['$Müllers', 'Müller', 's']])
    // The text around the placeholder keeps exact positions.
    const texts = all(tree, 'text')
    for (const node of texts) expect(value.slice(node.position!.start.offset, node.position!.end.offset)).toBe(node.value)
  })

  it('replaces names in comment bylines and authors, reported by field', () => {
    const value = 'Text.\n\n1 Kommentar:\n\n1. Anna Weber said...\n   Schön!\n'
    const {tree, replacements} = deidentify(parse(value), {names: ['Anna Weber']})
    const comment = all(tree, 'comment')[0]
    expect([comment.author, comment.byline]).toEqual(['$Anna_Weber', '$Anna_Weber said...'])
    expect(replacements.map((item) => item.field)).toEqual(['author', 'byline'])
    expect(deidentifyText(value, {names: ['Anna Weber']})).toBe('Text.\n\n1 Kommentar:\n\n1. $Anna_Weber said...\n   Schön!\n')
  })

  it('with no names, or only blank ones, changes nothing', () => {
    const tree = parse('Müller: Hallo.')
    expect(deidentify(tree, {names: []}).tree).toEqual(tree)
    expect(deidentify(tree, {names: ['  ', '']}).replacements).toEqual([])
    expect(deidentifyText('Müller: Hallo.', {names: []})).toBe('Müller: Hallo.')
  })

  it('keeps text that only looks like a name: `$Müller` already a placeholder, `US$Müller`', () => {
    expect(deidentifyText('$Müller und US$Müller', {names: ['Müller']})).toBe('$Müller und US$Müller')
  })
})
