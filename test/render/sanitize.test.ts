// The rehype-sanitize schema of docs/rendering.md keeps everything `toHast` makes: sanitized with
// it, the hast of every fixture (parsed, and anonymized) is unchanged.
import {readdirSync, readFileSync} from 'node:fs'
import {sanitize} from 'hast-util-sanitize'
import {defaultSchema} from 'rehype-sanitize'
import {describe, expect, it} from 'vitest'
import {anonymize, parse, toHast} from '../../src/index.js'
import {blocksOf} from '../docs/blocks.js'
import {fixturesRoot} from '../util/fixtures.js'

/** The schema as the docs write it, read from the block that defines it. */
function documentedSchema(): typeof defaultSchema {
  const block = blocksOf('docs/rendering.md').find((item) => item.lang === 'js' && item.value.includes('export const anecdoteSchema'))
  // What stands between the imports and the pipeline, run with rehype-sanitize's `defaultSchema`.
  const code = /\n\n([\s\S]*?)\n\nconst file =/.exec(block!.value)![1].replace('export const', 'const')
  return new Function('defaultSchema', code + '\nreturn anecdoteSchema')(defaultSchema) as typeof defaultSchema
}

describe('the rehype-sanitize schema of the docs', () => {
  const schema = documentedSchema()

  it('keeps the hast of every fixture as it is, parsed and anonymized', () => {
    let checked = 0
    for (const folder of ['text', 'markdown', 'html', 'anonymize']) {
      for (const name of readdirSync(fixturesRoot + folder)) {
        if (!/\.(txt|md|html)$/.test(name) || name.includes('.out.')) continue
        const value = readFileSync(fixturesRoot + folder + '/' + name, 'utf8')
        for (const tree of [parse(value, {positions: false}), anonymize(parse(value, {positions: false}))]) {
          const hast = toHast(tree)
          expect(sanitize(hast, schema), folder + '/' + name).toEqual(hast)
          checked++
        }
      }
    }
    expect(checked).toBeGreaterThan(400)
  })

  it('is needed: GitHub’s schema alone drops anecdote’s elements and attributes', () => {
    const hast = toHast(parse('Ich: <leise> Hallo, $Anna.\n'))
    expect(sanitize(hast, defaultSchema)).not.toEqual(hast)
  })
})
