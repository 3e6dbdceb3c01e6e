// Issue 15, the CLI: standard input through real pipes, one name for one thing in API and CLI,
// no option without effect, plural forms, and the stats table aligned by display width.
import {readFileSync, writeFileSync} from 'node:fs'
import {join} from 'node:path'
import {beforeAll, describe, expect, it} from 'vitest'
import {anonymizeText, toHtml, parse} from '../../dist/index.js'
import {fixturesRoot} from '../util/fixtures.js'
import {run, scratch, seed, shell} from './util.js'

let folder: string
beforeAll(() => {
  folder = scratch('pipes')
})

describe('standard input through real pipes', () => {
  const direct = () => run(['stats', '--to', 'json', seed]).stdout

  it('reads to the end from a writer that starts a second late', () => {
    const result = shell(`sh -c 'sleep 1; cat ${seed}' | $anecdote stats --to json -`)
    expect(result).toEqual({code: 0, stdout: direct(), stderr: ''})
  })

  it('reads to the end from a writer that sends half, waits, then the rest', () => {
    const text = readFileSync(seed)
    const half = join(folder, 'half1.txt')
    const rest = join(folder, 'half2.txt')
    writeFileSync(half, text.subarray(0, 1500))
    writeFileSync(rest, text.subarray(1500))
    const result = shell(`(cat ${half}; sleep 1; cat ${rest}) | $anecdote stats --to json`)
    expect(result).toEqual({code: 0, stdout: direct(), stderr: ''})
  })

  it('reads the output of one anecdote piped into another', () => {
    const result = shell(`$anecdote render --to text ${seed} | $anecdote stats --to json -`)
    expect(result).toEqual({code: 0, stdout: direct(), stderr: ''})
    const anonymized = shell(`$anecdote anonymize --seed blog ${seed} | $anecdote parse --to outline -`)
    expect(anonymized.code).toBe(0)
    expect(anonymized.stdout).not.toContain('placeholder')
  })

  it('anonymizes its own rendered HTML: no name left in `data-name` or `data-who`', () => {
    const story = join(folder, 'anna.txt')
    writeFileSync(story, 'Ich: Hallo $Anna.\n$Anna: Ja.\n')
    const result = shell(`$anecdote render --document ${story} | $anecdote anonymize --format html --seed blog -`)
    expect(result.code).toBe(0)
    expect(result.stdout).toContain('<p class="turn" data-who="ich">')
    expect(result.stdout).not.toMatch(/Anna/)
  })
})

describe('one name for one thing in API and CLI', () => {
  it('render --document is toHtml({document: true}); --standalone is its alias', () => {
    const page = run(['render', '--document', seed])
    expect(page.stdout).toBe(toHtml(parse(readFileSync(seed, 'utf8')), {document: true}).replace(/\n?$/, '\n'))
    expect(run(['render', '--standalone', seed])).toEqual(page)
    expect(run(['render', '--help']).stdout).toMatch(/--standalone\s+the same as --document\n/)
  })

  it('a seed is a string: --seed 007 gives the pseudonyms of seed: "007", not those of 7', () => {
    const text = readFileSync(seed, 'utf8')
    const cli = run(['anonymize', '--seed', '007', seed])
    expect(cli.code).toBe(0)
    expect(cli.stdout).toBe(anonymizeText(text, {seed: '007'}))
    expect(anonymizeText(text, {seed: '007'})).not.toBe(anonymizeText(text, {seed: 7}))
    expect(run(['anonymize', '--seed', '7', seed]).stdout).toBe(anonymizeText(text, {seed: '7'}))
  })

  it('every output form is chosen with --to; --inspect and --json stay as aliases', () => {
    expect(run(['parse', '--inspect', seed])).toEqual(run(['parse', '--to', 'outline', seed]))
    expect(run(['stats', '--json', seed])).toEqual(run(['stats', '--to', 'json', seed]))
    expect(JSON.parse(run(['parse', '--to', 'json', seed]).stdout).type).toBe('root')
    expect(run(['stats', '--to', 'table', seed]).stdout).toMatch(/^.*: 11 turns, 398 words, 2 comments, lang de\n/)
    expect(run(['parse', '--help']).stdout).toMatch(/--inspect\s+the same as --to outline\n/)
    expect(run(['stats', '--help']).stdout).toMatch(/--json\s+the same as --to json\n/)
  })

  it('names standard input <stdin> in every output: JSON lines of parse and stats, the stats table, check', () => {
    const story = 'Ich: Hallo.\nChef: Ja.\n'
    const other = join(folder, 'other.txt')
    writeFileSync(other, story)
    const paths = (args: string[], input: string | Buffer) => run(args, input).stdout.trimEnd().split('\n').map((line) => JSON.parse(line).path)
    expect(paths(['parse', '-', other], story)).toEqual(['<stdin>', other])
    expect(paths(['stats', '--to', 'json', '-', other], story)).toEqual(['<stdin>', other])
    expect(run(['stats', '-', other], story).stdout).toMatch(/^<stdin>: 2 turns/)
    expect(run(['check', '-', other], story).stderr).toMatch(/^<stdin>: no issues found\n/)
    // An export's posts are named after it: `<stdin>#date-title`, in the table and the JSON.
    const exported = readFileSync(fixturesRoot + 'export/blogger.xml')
    expect(paths(['stats', '--to', 'json', '-'], exported).every((path: string) => path.startsWith('<stdin>#2012-'))).toBe(true)
    expect(run(['stats', '-'], exported).stdout).toMatch(/^<stdin>#2012-03-05-der-drucker-von-kollegin: /)
  })

  it('refuses an alias that contradicts the option it stands for', () => {
    expect(run(['parse', '--inspect', '--to', 'json', seed])).toEqual({
      code: 2,
      stdout: '',
      stderr: 'anecdote: --inspect and --to json contradict each other (--inspect is --to outline)\n'
    })
    expect(run(['stats', '--to', 'xml', seed]).stderr).toBe('anecdote: --to xml: expected table or json\n')
  })
})

describe('an option without effect is an error', () => {
  const cases: Array<[string[], string]> = [
    [['render', '--standalone', '--to', 'text'], '--standalone has no effect with --to text (only with --to html)'],
    [['render', '--document', '--to', 'markdown'], '--document has no effect with --to markdown (only with --to html)'],
    [['render', '--no-controls'], '--no-controls has no effect with --to html (only with --to text)'],
    [['render', '--placeholders', 'name', '--to', 'text'], '--placeholders name has no effect with --to text (only with --to html)'],
    [['render', '--no-comments', '--to', 'markdown'], '--no-comments has no effect with --to markdown (only with --to html, --to text or --to tei)'],
    [['anonymize', '--mask', 'X'], '--mask X has no effect with --strategy pseudonym (only with --strategy redact or --fallback redact)'],
    [['anonymize', '--seed', 'blog', '--strategy', 'generic'], '--seed blog has no effect with --strategy generic (only with --strategy pseudonym or --fallback pseudonym)'],
    [['anonymize', '--fallback', 'redact'], '--fallback redact has no effect with --strategy pseudonym (only with --strategy map)']
  ]
  for (const [args, message] of cases) {
    it(args.join(' '), () => {
      expect(run([...args, seed])).toEqual({code: 2, stdout: '', stderr: `anecdote: ${message}\n`})
    })
  }

  it('takes the same options where they have an effect', () => {
    expect(run(['anonymize', '--strategy', 'redact', '--mask', 'X', seed]).code).toBe(0)
    expect(run(['anonymize', '--strategy', 'map', '--map', join(folder, 'none.json'), '--fallback', 'redact', '--mask', 'X', seed]).code).toBe(2)
    const map = join(folder, 'map.json')
    writeFileSync(map, '{"Verkäufer": "Herr Albers"}')
    const mixed = run(['anonymize', '--strategy', 'map', '--map', map, '--fallback', 'redact', '--mask', '[X]', seed])
    expect(mixed.code).toBe(0)
    expect(mixed.stdout).toContain('Wo ist der Herr Albers?')
    expect(mixed.stdout).toContain('[X]')
  })
})

describe('stats table', () => {
  it('says 1 turn, 1 word, 0 comments', () => {
    expect(run(['stats'], 'Ich: Hallo.\n').stdout.split('\n')[0]).toBe('<stdin>: 1 turn, 1 word, 0 comments, lang de')
  })

  it('aligns by display width: wide characters (客户), and a decomposed Bäcker shown composed', () => {
    const path = join(folder, 'wide.txt')
    writeFileSync(path, '客户: 你好。\nBa\u0308cker: Guten Tag, was darf es sein?\nIch: Brot.\n')
    expect(run(['stats', path]).stdout).toBe(
      [
        `${path}: 3 turns, 8 words, 0 comments, lang de`,
        '',
        'speaker  who      turns  words  labels',
        '-------  -------  -----  -----  ------',
        '客户     客户         1      1  客户',
        'B\u00e4cker   baecker      1      6  B\u00e4cker',
        'Ich      ich          1      1  Ich',
        '',
        ''
      ].join('\n')
    )
  })
})
