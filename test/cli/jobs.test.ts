// Issue 16, `--jobs N`: the batch commands give the same outputs, in the same order, with the
// same diagnostics and exit code, whether one thread works or several; a bad file leaves the
// others processed.
import {spawnSync} from 'node:child_process'
import {copyFileSync, mkdirSync, readdirSync, readFileSync, symlinkSync, writeFileSync} from 'node:fs'
import {join} from 'node:path'
import {beforeAll, describe, expect, it} from 'vitest'
import {isBatch} from '../../src/cli/command.js'
import {commandList, threadedCommands} from '../../src/cli/loaders.js'
import {requestedJobs} from '../../src/cli/pool.js'
import {fixturesRoot} from '../util/fixtures.js'
import {cli, run, scratch} from './util.js'

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

  it('anonymize: one map for the run, which restores every story, with --jobs 1 and --jobs 3', () => {
    const dir = join(folder, 'one-map')
    mkdirSync(dir)
    // Alone, `$Kollegin` would be Nina (a name in b.txt), and $Person5 and $Person16 both Olaf.
    writeFileSync(join(dir, 'a.txt'), 'Ich: Hallo $Kollegin.\n$Kollegin: Hallo.\n')
    writeFileSync(join(dir, 'b.txt'), 'Ich: Hallo $Nina und $Kollegin.\n$Nina: Hallo.\n')
    for (let index = 0; index < 30; index++) writeFileSync(join(dir, `c-${String(index).padStart(2, '0')}.txt`), `Ich: Hallo $Person${index}.\n`)
    const inputs = readdirSync(dir).sort()
    for (const strategy of ['pseudonym', 'generic']) {
      const outputs = [1, 3].map((jobs) => {
        const out = join(folder, `one-map-${strategy}-${jobs}`)
        const result = run(['anonymize', '--strategy', strategy, '--jobs', String(jobs), '--save-map', out + '.json', dir, '-o', out + '/'])
        return {result, contents: inputs.map((name) => readFileSync(join(out, name), 'utf8')), map: JSON.parse(readFileSync(out + '.json', 'utf8')) as Record<string, string>}
      })
      expect(outputs[1]).toEqual(outputs[0])
      const {result, contents, map} = outputs[0]
      expect(result).toMatchObject({code: 0, stderr: ''})
      expect(Object.keys(map)).toHaveLength(32)
      expect(new Set(Object.values(map)).size).toBe(32)
      // The map read backwards gives every story back, longest replacement first (`Person AB` before `Person A`).
      const back = Object.entries(map).sort((a, b) => b[1].length - a[1].length)
      const pattern = new RegExp(back.map(([, value]) => `(?<![\\p{L}\\p{N}])${value}(?![\\p{L}\\p{N}])`).join('|'), 'gu')
      const names = new Map(back.map(([name, value]) => [value, '$' + name]))
      for (const [index, name] of inputs.entries()) expect(contents[index].replace(pattern, (value) => names.get(value)!)).toBe(readFileSync(join(dir, name), 'utf8'))
    }
  })

  it('anonymize: a name another story writes with an escaped `$` is no replacement either', () => {
    const forms: [string, string][] = [
      ['b.md', 'Ich: Hallo &#36;Nina.\n'],
      ['b.html', '<p>Ich: Hallo &dollar;Nina.</p>\n'],
      ['b.html', '<p>Ich: Hallo <a href="/wer/%24Nina">$Olaf</a>.</p>\n'],
      ['b.html', '<p>Ich: Hallo $Olaf.</p><script>var wer = "\\x24\\x4eina"</script>\n']
    ]
    for (const [index, [name, text]] of forms.entries()) {
      const dir = join(folder, `escaped-${index}`)
      mkdirSync(dir)
      // Alone, `$Kollegin` is Nina.
      writeFileSync(join(dir, 'a.txt'), 'Ich: Hallo $Kollegin.\n')
      writeFileSync(join(dir, name), text)
      const result = run(['anonymize', '--save-map', join(dir, 'map.json'), dir, '-o', join(dir, 'out') + '/'])
      expect(result).toMatchObject({code: 0, stderr: ''})
      expect(readFileSync(join(dir, 'out', 'a.txt'), 'utf8')).toMatch(/^Ich: Hallo (?!Nina)\p{Lu}\p{Ll}+\.\n$/u)
      expect(Object.values(JSON.parse(readFileSync(join(dir, 'map.json'), 'utf8')))).not.toContain('Nina')
    }
  })

  it('anonymize: a name written only escaped is replaced in one input as in several, from a file or standard input', () => {
    const dir = join(folder, 'escaped-alone')
    mkdirSync(dir)
    const text = 'Ich: Siehe https://x/%24Zora und \\x24Zora ok.\n'
    writeFileSync(join(dir, 'c.txt'), text)
    writeFileSync(join(dir, 'd.txt'), 'Ich: Hallo.\n')
    const several = run(['anonymize', '--seed', '1', join(dir, 'c.txt'), join(dir, 'd.txt')]).stdout.split('\n')[0] + '\n'
    expect(several).not.toMatch(/Zora/)
    expect(run(['anonymize', '--seed', '1', join(dir, 'c.txt')])).toEqual({code: 0, stdout: several, stderr: ''})
    expect(run(['anonymize', '--seed', '1'], text)).toEqual({code: 0, stdout: several, stderr: ''})
  })

  it('the default gives the same output as one thread', () => {
    const big = join(folder, 'big')
    mkdirSync(big)
    const seed = readFileSync(fixturesRoot + 'text/fahren-sie-mal-da-hin.txt', 'utf8')
    // 90 stories of 3.3 KB (the default's threads for a size: test/cli/default-jobs.test.ts).
    for (let index = 0; index < 90; index++) writeFileSync(join(big, `seed-${index}.txt`), seed.replaceAll('$Verkäufer', `$Verkäufer_${index}`))
    const one = run(['stats', '--jobs', '1', big])
    expect(one.code).toBe(0)
    expect(run(['stats', big])).toEqual(one)
    expect(run(['anonymize', big])).toEqual(run(['anonymize', '--jobs', '1', big]))
  })

  it('a file that cannot be read inside a batch: the files before and after it are worked on, in order', () => {
    const many = join(folder, 'many')
    mkdirSync(many)
    const names: string[] = []
    // 40 stories: the first batches go to a worker before this thread starts on its own; the
    // broken files sit inside the first (5), at its end (9) and in this thread's share (25).
    for (let index = 0; index < 40; index++) {
      const name = join(many, `story-${String(index).padStart(2, '0')}.txt`)
      if (index === 5 || index === 9 || index === 25) writeFileSync(name, Buffer.from('Ich: Gr\xfc\xdfe\n', 'latin1'))
      else {
        writeFileSync(name, `Ich: Hallo $Anna_${index}.\n$Chef: Ja?\n`)
        names.push(name)
      }
    }
    const one = run(['stats', '--jobs', '1', many])
    expect(one.code).toBe(3)
    expect(one.stdout.split('\n').filter((line) => line.startsWith(many)).map((line) => line.slice(0, line.indexOf(':')))).toEqual(names)
    expect(one.stderr).toBe([5, 9, 25].map((index) => `anecdote: ${join(many, `story-${String(index).padStart(2, '0')}.txt`)}: invalid UTF-8 at byte 7; save the file as UTF-8\n`).join(''))
    for (const jobs of ['2', '3']) expect(run(['stats', '--jobs', jobs, many])).toEqual(one)
    expect(run(['anonymize', '--seed', 'x', '--jobs', '2', many])).toEqual(run(['anonymize', '--seed', 'x', '--jobs', '1', many]))
  })

  it('a worker that cannot start: its files are worked on in this thread, and the run ends as an internal error', () => {
    // A copy of the build whose worker entry throws.
    const copy = join(folder, 'broken')
    mkdirSync(join(copy, 'dist'), {recursive: true})
    const dist = new URL('../../dist/', import.meta.url).pathname
    for (const name of readdirSync(dist)) if (name.endsWith('.js')) copyFileSync(join(dist, name), join(copy, 'dist', name))
    writeFileSync(join(copy, 'dist', 'cli-worker.js'), "throw new Error('no worker today')\n")
    writeFileSync(join(copy, 'package.json'), readFileSync(new URL('../../package.json', import.meta.url)))
    symlinkSync(new URL('../../node_modules', import.meta.url).pathname, join(copy, 'node_modules'))
    const result = spawnSync(process.execPath, [join(copy, 'dist', 'cli.js'), 'stats', '--jobs', '2', stories], {encoding: 'utf8', timeout: 60_000})
    const one = run(['stats', '--jobs', '1', stories])
    expect(result.status).toBe(70)
    expect(result.stdout).toBe(one.stdout)
    expect(result.stderr).toMatch(/^anecdote: internal error \(please report it\): a worker thread failed: Error: no worker today\n/)
    // Once, though the worker reports both an error and its exit.
    expect(result.stderr.split('a worker thread failed').length).toBe(2)
    expect(result.stderr).toContain(one.stderr)

    // import: the failed thread's share of the posts is worked on here.
    const export_ = fixturesRoot + 'export/wordpress.xml'
    const [broken, whole] = [join(copy, 'dist', 'cli.js'), cli].map((entry, at) => {
      const out = join(folder, `import-broken-${at}`)
      const child = spawnSync(process.execPath, [entry, 'import', '--jobs', '3', export_, '-o', out + '/'], {encoding: 'utf8', timeout: 60_000})
      const files = readdirSync(out).sort()
      return {status: child.status, stdout: child.stdout.replace(out, 'OUT'), stderr: child.stderr, files, contents: files.map((name) => readFileSync(join(out, name), 'utf8'))}
    })
    expect(whole.status).toBe(0)
    expect(broken.status).toBe(70)
    expect(broken.stderr).toMatch(/^anecdote: internal error \(please report it\): a worker thread failed: Error: no worker today\n/)
    expect({...broken, status: 0, stderr: ''}).toEqual({...whole, stderr: ''})
  })

  it('workers started for --jobs and not needed change nothing: help, a usage error, one file', () => {
    expect(run(['stats', '--jobs', '2', '--help'])).toEqual(run(['stats', '--help']))
    expect(run(['stats', '-j', '3', '--bogus', stories])).toEqual({code: 2, stdout: '', stderr: 'anecdote: stats: unknown option --bogus (see anecdote stats --help)\n'})
    const seed = fixturesRoot + 'text/fahren-sie-mal-da-hin.txt'
    expect(run(['stats', '--jobs', '4', seed])).toEqual(run(['stats', '--jobs', '1', seed]))
    expect(run(['render', '--jobs=2', '--to', 'text'], 'Ich: Hallo.\n')).toEqual(run(['render', '--to', 'text'], 'Ich: Hallo.\n'))
  })

  it('ends quietly when the reader of the pipe goes away while workers work', () => {
    // Output far beyond what a pipe holds (about 370 KB against 64 KB), so that the command is
    // still writing when `head` has gone, however fast it is; and no file it must report, whose
    // error would end the run with 3 if it got that far first (it did, now and then, with the
    // folder above).
    const many = join(folder, 'pipe-reader')
    mkdirSync(many)
    for (let index = 0; index < 1500; index++) writeFileSync(join(many, `story-${String(index).padStart(4, '0')}.txt`), `Ich: Hallo $Anna.\nChef: Ja, ${index}?\n`)
    const result = spawnSync('bash', ['-c', `"${process.execPath}" "${cli}" stats --jobs 2 "${many}" | head -1; echo "exit \${PIPESTATUS[0]}" >&2`], {encoding: 'utf8', timeout: 60_000})
    expect(result.stdout.split('\n').length).toBe(2)
    expect(result.stderr).toMatch(/(^|\n)exit 0\n$/)
  })

  it('reads --jobs from the raw arguments the way the option parser does, to start workers early', () => {
    expect(requestedJobs(['--jobs', '3', 'a'])).toBe(3)
    expect(requestedJobs(['-j', '2'])).toBe(2)
    expect(requestedJobs(['--jobs=4'])).toBe(4)
    expect(requestedJobs(['-j5', 'a'])).toBe(5)
    expect(requestedJobs(['--jobs', '2', '--jobs', '1'])).toBe(1)
    expect(requestedJobs(['a', 'b'])).toBe(undefined)
    expect(requestedJobs(['--jobs', 'x'])).toBe(undefined)
    expect(requestedJobs(['--jobs', '2', '--help'])).toBe(undefined)
    expect(requestedJobs(['--', '--jobs', '2'])).toBe(undefined)
  })

  it('a worker can load every batch command and import, and only those', async () => {
    const cliCommands = await Promise.all(Object.values(commandList).map((command) => command.load()))
    expect(cliCommands.map((command) => command.name)).toEqual(Object.keys(commandList))
    expect(Object.keys(threadedCommands).sort()).toEqual([...cliCommands.filter(isBatch).map((command) => command.name), 'import'].sort())
  })

  it('refuses a --jobs that is no whole number from 1', () => {
    for (const value of ['0', 'x', '1.5', '10000']) {
      expect(run(['stats', '--jobs', value, stories])).toEqual({code: 2, stdout: '', stderr: `anecdote: --jobs ${value}: expected a whole number from 1\n`})
    }
  })

  it('is an option of every batch command, and of import', () => {
    for (const command of ['parse', 'render', 'anonymize', 'stats', 'check']) {
      expect(run([command, '--help']).stdout).toMatch(/-j, --jobs N\s+files worked on at once/)
    }
    expect(run(['import', '--help']).stdout).toMatch(/-j, --jobs N\s+posts worked on at once/)
  })
})
