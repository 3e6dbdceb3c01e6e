// The browser build's table of named references (src/browser/entities.ts) against the
// `character-entities` package it is written from: every name, its characters, in order.
import {characterEntities} from 'character-entities'
import {describe, expect, it} from 'vitest'
import {decodeEntities, encodeEntities} from '../../src/browser/entities.js'

describe('the table of named references (browser build)', () => {
  it('reads back as the package’s table, name for name and in order', () => {
    const table = decodeEntities(encodeEntities(characterEntities))
    expect(Object.entries(table)).toEqual(Object.entries(characterEntities))
    expect(Object.keys(table)).toHaveLength(2125)
  })

  it('keeps names with digits and values of two characters or astral ones', () => {
    const table = decodeEntities(encodeEntities({frac12: '½', frac13: '⅓', sup1: '¹', NotEqualTilde: '≂̸', Afr: '𝔄'}))
    expect(table).toEqual({frac12: '½', frac13: '⅓', sup1: '¹', NotEqualTilde: '≂̸', Afr: '𝔄'})
  })
})
