// Issue 16, `--jobs N`: the batch commands give the same outputs, in the same order, with the
// same diagnostics and exit code, whether one thread works or several; a bad file leaves the
// others processed.
import {copyFileSync, mkdirSync, readdirSync, readFileSync, writeFileSync} from 'node:fs'
import {join} from 'node:path'
import {beforeAll, describe, expect, it} from 'vitest'
import {fixturesRoot} from '../util/fixtures.js'
import {run, scratch} from './util.js'

let folder: string
let stories: string

beforeAll(() => {
  folder = scratch('jobs')
  stories = join(folder, 'stories')
  mkdirSync(stories)
  const texts = readdirSync(fixturesRoot + 'text').filter((name) => name.endsWith('.txt') && !name.endsWith('.out.txt'))
  for (const name of texts) copyFileSync(fixturesRoot + 'text/' + name, join(stories, name))
  // The same placeholders in several stories: a name keeps its replacement across the run.
  for (let index = 0; index < 6; index++) writeFileSync(join(stories, `shared-${index}.txt`), `Ich: Hallo $Anna${index % 2 ? '' : ', $Bernd'}.\n$Chef_${index}: Ja?\n`)
  // One file of each problem: the others are still processed.
  writeFileSync(join(stories, 'latin1.txt'), Buffer.from('Ich: Gr\xfc\xdfe\n', 'latin1'))
  writeFileSync(join(stories, 'utf16.txt'), Buffer.from('\ufeffIch: Hallo.\n', 'utf16le'))
})

const commands: string[][] = [
  ['parse'],
  ['parse', '--to', 'outline'],
  ['render'],
  ['render', '--to', 'text'],
  ['anonymize', '--seed', 'blog'],
  ['anonymize', '--strategy', 'generic'],
  ['stats'],
  ['stats', '--to', 'json'],
  ['check']
]

describe('--jobs', () => {
  for (const command of commands) {
    it(`${command.join(' ')}: the same output, order, messages and exit code with --jobs 1 and --jobs 3`, () => {
      const one = run([...command, '--jobs', '1', stories])
      const three = run([...command, '--jobs', '3', stories])
      expect(three).toEqual(one)
      expect(one.code).toBe(3)
      expect(one.stderr).toContain(`anecdote: ${join(stories, 'latin1.txt')}: invalid UTF-8 at byte 7; save the file as UTF-8\n`)
      expect(one.stderr).toContain(`anecdote: ${join(stories, 'utf16.txt')}: UTF-16 text (little-endian, with a byte order mark)`)
    })
  }

  it('anonymize: the same files and the same saved map into -o DIR/', () => {
    const outputs = [1, 3].map((jobs) => {
      const out = join(folder, `anonymized-${jobs}`)
      const result = run(['anonymize', '--jobs', String(jobs), '--save-map', join(folder, `map-${jobs}.json`), stories, '-o', out + '/'])
      const files = readdirSync(out).sort()
      return {result, files, contents: files.map((name) => readFileSync(join(out, name), 'utf8')), map: readFileSync(join(folder, `map-${jobs}.json`), 'utf8')}
    })
    expect(outputs[1]).toEqual(outputs[0])
    const map = JSON.parse(outputs[0].map)
    expect(Object.keys(map)).toContain('Anna')
    // Anna is in six stories and has one replacement in all.
    const annas = outputs[0].contents.filter((_, index) => outputs[0].files[index].startsWith('shared-'))
    for (const text of annas) expect(text).toContain(`Hallo ${map.Anna}`)
  })

  it('the default (the number of cores from 256 KiB of input) gives the same output', () => {
    const big = join(folder, 'big')
    mkdirSync(big)
    const seed = readFileSync(fixturesRoot + 'text/fahren-sie-mal-da-hin.txt', 'utf8')
    // 90 stories of 3.3 KB: past 256 KiB, so the default works in threads.
    for (let index = 0; index < 90; index++) writeFileSync(join(big, `seed-${index}.txt`), seed.replaceAll('$Verkäufer', `$Verkäufer_${index}`))
    const one = run(['stats', '--jobs', '1', big])
    expect(one.code).toBe(0)
    expect(run(['stats', big])).toEqual(one)
    expect(run(['anonymize', big])).toEqual(run(['anonymize', '--jobs', '1', big]))
  })

  it('refuses a --jobs that is no whole number from 1', () => {
    for (const value of ['0', 'x', '1.5', '10000']) {
      expect(run(['stats', '--jobs', value, stories])).toEqual({code: 2, stdout: '', stderr: `anecdote: --jobs ${value}: expected a whole number from 1\n`})
    }
  })

  it('is an option of every batch command', () => {
    for (const command of ['parse', 'render', 'anonymize', 'stats', 'check']) {
      expect(run([command, '--help']).stdout).toMatch(/-j, --jobs N\s+files worked on at once/)
    }
  })
})
