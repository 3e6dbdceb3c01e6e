// The built executable, run as a child process: each command and each kind of bad input.
import {spawnSync} from 'node:child_process'
import {existsSync, mkdirSync, readFileSync, writeFileSync} from 'node:fs'
import {join} from 'node:path'
import {beforeAll, describe, expect, it} from 'vitest'
import {parse} from '../../src/index.js'
import {fixturesRoot} from '../util/fixtures.js'
import {cli, run, scratch, seed} from './util.js'

let folder: string
beforeAll(() => {
  folder = scratch('cli')
})

describe('anecdote (general)', () => {
  it('prints its version', () => {
    const pkg = JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8'))
    expect(run(['--version'])).toEqual({code: 0, stdout: pkg.version + '\n', stderr: ''})
  })

  it('prints help, and help for every command', () => {
    const help = run(['--help'])
    expect(help.code).toBe(0)
    expect(help.stdout).toContain('Usage: anecdote <command>')
    for (const command of ['parse', 'render', 'anonymize', 'check', 'stats']) {
      const result = run([command, '--help'])
      expect(result.code).toBe(0)
      expect(result.stdout).toContain(`Usage: anecdote ${command} [options]`)
    }
  })

  // Standard input a terminal, as `script` gives one (util-linux): nothing piped, no file named.
  it.runIf(existsSync('/usr/bin/script'))('answers no input from a terminal in one line, exit 2, naming an option that took a file', () => {
    const story = join(folder, 'kasse.txt')
    writeFileSync(story, 'Ich: Hallo $Anna.\n')
    const inTerminal = (args: string) => {
      const result = spawnSync('/usr/bin/script', ['-qec', `'${process.execPath}' '${cli}' ${args}`, '/dev/null'], {cwd: folder, encoding: 'utf8', timeout: 60_000})
      return {code: result.status, output: result.stdout.replaceAll('\r\n', '\n')}
    }
    const none = 'anecdote: no input: name files or folders, or pipe a story into standard input'
    expect(inTerminal('anonymize --seed blog')).toEqual({code: 2, output: none + '\n'})
    expect(inTerminal('anonymize --seed kasse.txt')).toEqual({code: 2, output: none + ' (--seed took kasse.txt as its value: give it one before the file, --seed KEY kasse.txt)\n'})
  })

  it('answers no command with the help on stderr and exit 2', () => {
    const result = run([])
    expect(result.code).toBe(2)
    expect(result.stderr).toContain('Usage: anecdote <command>')
  })

  it('answers an unknown command and an unknown option in one line, exit 2', () => {
    expect(run(['frobnicate'])).toEqual({
      code: 2,
      stdout: '',
      stderr: 'anecdote: unknown command "frobnicate" (commands: parse, render, anonymize, check, stats, import)\n'
    })
    expect(run(['parse', '--bogus', seed])).toEqual({
      code: 2,
      stdout: '',
      stderr: 'anecdote: parse: unknown option --bogus (see anecdote parse --help)\n'
    })
    expect(run(['parse', '--lang', 'fr', seed]).stderr).toBe('anecdote: --lang fr: expected de, en or auto\n')
  })
})

describe('anecdote parse', () => {
  it('prints the tree as JSON without positions', () => {
    const result = run(['parse', seed])
    expect(result.code).toBe(0)
    const tree = JSON.parse(result.stdout)
    expect(tree.type).toBe('root')
    expect(tree.children[0]).toEqual({type: 'dateline', value: 'Montag, 21. Februar 2011', date: '2011-02-21'})
    expect(result.stdout).not.toContain('"position"')
  })

  it('keeps positions with --positions', () => {
    const tree = JSON.parse(run(['parse', '--positions', seed]).stdout)
    expect(tree.children[0].position.start).toEqual({line: 1, column: 1, offset: 0})
  })

  it('prints, character for character, the tree the library gives with and without positions', () => {
    // The seed has a comment section; in the other, turns have a bullet, a field after `position`.
    const story = fixturesRoot + 'text/bullets-de.txt'
    for (const path of [seed, story]) {
      const value = readFileSync(path, 'utf8')
      expect(run(['parse', path]).stdout).toBe(JSON.stringify(parse(value, {positions: false}), null, 2) + '\n')
      expect(run(['parse', '--positions', path]).stdout).toBe(JSON.stringify(parse(value), null, 2) + '\n')
    }
    const lines = run(['parse', seed, story]).stdout
    expect(lines).toBe([seed, story].map((path) => JSON.stringify({path, tree: parse(readFileSync(path, 'utf8'), {positions: false})}) + '\n').join(''))
  })

  it('prints an outline with --to outline', () => {
    const result = run(['parse', '--to', 'outline', seed])
    expect(result.stdout).toMatch(/^root\[12\]/)
    expect(result.stdout).toContain('placeholder<Verkäufer> "$Verkäufer"')
  })

  it('reads standard input, with `-` or without a file', () => {
    for (const args of [['parse', '-'], ['parse']]) {
      const tree = JSON.parse(run(args, 'Ich: Hallo.\nChef: Was?\n').stdout)
      expect(tree.children[0].children.map((turn: {who: string}) => turn.who)).toEqual(['ich', 'chef'])
    }
  })

  it('prints one JSON line per input for several inputs', () => {
    const other = join(folder, 'other.txt')
    writeFileSync(other, 'Me: Hi.\nCustomer: Hello?\n')
    const lines = run(['parse', seed, other]).stdout.trimEnd().split('\n')
    expect(lines.map((line) => JSON.parse(line).path)).toEqual([seed, other])
  })

  it('walks a directory for .txt and .md files, sorted', () => {
    const dir = join(folder, 'walk')
    mkdirSync(join(dir, 'sub'), {recursive: true})
    writeFileSync(join(dir, 'b.txt'), 'Ich: B.\n')
    writeFileSync(join(dir, 'a.md'), 'Ich: A.\n')
    writeFileSync(join(dir, 'skip.json'), '{}')
    writeFileSync(join(dir, 'sub', 'c.txt'), 'Ich: C.\n')
    const paths = run(['parse', dir]).stdout.trimEnd().split('\n').map((line) => JSON.parse(line).path)
    expect(paths).toEqual([join(dir, 'a.md'), join(dir, 'b.txt'), join(dir, 'sub', 'c.txt')])
  })
})

describe('bad input', () => {
  it('names a missing file, goes on with the others, exit 3', () => {
    const result = run(['parse', join(folder, 'missing.txt'), seed])
    expect(result.code).toBe(3)
    expect(result.stderr).toBe(`anecdote: ${join(folder, 'missing.txt')}: no such file or directory\n`)
    expect(JSON.parse(result.stdout.trimEnd().split('\n')[0]).path).toBe(seed)
  })

  it('names binary data', () => {
    const path = join(folder, 'image.txt')
    writeFileSync(path, Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0x00, 0x00]))
    expect(run(['check', path])).toMatchObject({code: 3, stderr: expect.stringContaining(`anecdote: ${path}: binary data (a NUL byte at byte 8), not a text file\n`)})
  })

  it('names binary data past the first 8,000 bytes: UTF-16 appended to UTF-8 text', () => {
    const path = join(folder, 'appended.txt')
    const head = Buffer.from('Ich: Hallo.\n'.repeat(700))
    writeFileSync(path, Buffer.concat([head, Buffer.from('Chef: Ja.\n', 'utf16le')]))
    expect(run(['stats', path])).toEqual({code: 3, stdout: '', stderr: `anecdote: ${path}: binary data (a NUL byte at byte ${head.length + 1}), not a text file\n`})
  })

  it('names invalid UTF-8 with its byte offset', () => {
    const path = join(folder, 'latin1.txt')
    writeFileSync(path, Buffer.from('Ich: Gr\xfc\xdfe\n', 'latin1'))
    const result = run(['parse', path])
    expect(result.code).toBe(3)
    expect(result.stderr).toBe(`anecdote: ${path}: invalid UTF-8 at byte 7; save the file as UTF-8\n`)
  })

  it('names an empty directory', () => {
    const dir = join(folder, 'empty')
    mkdirSync(dir, {recursive: true})
    expect(run(['stats', dir])).toMatchObject({code: 3, stderr: `anecdote: ${dir}: directory holds no .txt, .md or .html files\n`})
  })

  it('names a directory given where a file is needed, and a broken cast file', () => {
    expect(run(['parse', '--cast', folder, seed])).toMatchObject({code: 2, stderr: expect.stringMatching(/^anecdote: --cast .*: is a directory, not a file\n$/)})
    const broken = join(folder, 'cast.json')
    writeFileSync(broken, '{"verkaeufer": ["Kollege",')
    const result = run(['parse', '--cast', broken, seed])
    expect(result.code).toBe(2)
    expect(result.stderr).toBe(`anecdote: --cast ${broken}: not valid JSON\n`)
    const expected = `anecdote: --cast ${broken}: expected an object of identities to label lists, like {"verkaeufer": ["Kollege", "Verkäufer"]}\n`
    for (const wrong of ['["Kollege"]', '{"verkaeufer": "Kollege"}', '{"verkaeufer": ["Kollege", 5]}', '"\\u001b[2J"']) {
      writeFileSync(broken, wrong)
      expect(run(['parse', '--cast', broken, seed]), wrong).toMatchObject({code: 2, stdout: '', stderr: expected})
    }
    // What `parse` takes, the CLI takes: `null` is no labels (it refused `{"a": null}`).
    writeFileSync(broken, '{"chef": null, "v": ["Kollege"], "w": [null]}')
    expect(run(['parse', '--cast', broken, seed]).code).toBe(0)
  })

  it('reads a map or cast file as it reads a story: UTF-8 only, a BOM allowed, its bytes never echoed', () => {
    const file = join(folder, 'map.json')
    const story = join(folder, 'story.txt')
    writeFileSync(story, 'Ich: $Kollegin.\n')
    const map = (bytes: Buffer | string) => {
      writeFileSync(file, bytes)
      return run(['anonymize', '--strategy', 'map', '--map', file, story])
    }
    // An escape sequence in a broken file: V8's message would quote it to the terminal.
    expect(map('hello\nworld\n\u001b[2J')).toEqual({code: 2, stdout: '', stderr: `anecdote: --map ${file}: not valid JSON\n`})
    expect(map('{"Kollegin": "Uwe",\n "x": 1,, }')).toMatchObject({code: 2, stderr: `anecdote: --map ${file}: not valid JSON at line 2, column 9\n`})
    expect(map(Buffer.from('{"Kollegin":"X\xffY"}', 'latin1'))).toMatchObject({code: 2, stderr: `anecdote: --map ${file}: invalid UTF-8 at byte 14; save the file as UTF-8\n`})
    expect(map('\ufeff{"Kollegin": "Uwe"}')).toMatchObject({code: 0, stdout: 'Ich: Uwe.\n', stderr: ''})
  })

  it('writes a file name with a line feed or an escape sequence as one line of escapes', () => {
    expect(run(['parse', join(folder, 'no\nsuch.txt'), join(folder, '\u001b[31mred\u009b2J.txt')]).stderr).toBe(
      `anecdote: ${folder}/no\\nsuch.txt: no such file or directory\nanecdote: ${folder}/\\u001b[31mred\\u009b2J.txt: no such file or directory\n`
    )
  })
})

describe('output files', () => {
  it('writes -o FILE, refuses it again without --force, overwrites with --force', () => {
    const out = join(folder, 'tree.json')
    expect(run(['parse', seed, '-o', out]).code).toBe(0)
    expect(JSON.parse(readFileSync(out, 'utf8')).type).toBe('root')
    expect(run(['parse', seed, '-o', out])).toMatchObject({code: 4, stderr: `anecdote: ${out}: already exists (use --force to overwrite)\n`})
    expect(run(['parse', seed, '-o', out, '--force']).code).toBe(0)
  })

  it('never overwrites an input file, even with --force', () => {
    const input = join(folder, 'story.txt')
    writeFileSync(input, 'Ich: Hallo.\n')
    const result = run(['parse', input, '-o', input, '--force'])
    expect(result).toMatchObject({code: 4, stderr: `anecdote: ${input}: refusing to overwrite an input file\n`})
    expect(readFileSync(input, 'utf8')).toBe('Ich: Hallo.\n')
  })

  it('writes one file per input into -o DIR/', () => {
    const out = join(folder, 'out') + '/'
    const other = join(folder, 'second.txt')
    writeFileSync(other, 'Ich: Zwei.\n')
    expect(run(['parse', seed, other, '-o', out]).code).toBe(0)
    expect(existsSync(join(out, 'fahren-sie-mal-da-hin.json'))).toBe(true)
    expect(existsSync(join(out, 'second.json'))).toBe(true)
  })

  it('asks for a folder when several inputs go to one file', () => {
    const result = run(['parse', seed, seed, '-o', join(folder, 'one.json')])
    expect(result.code).toBe(2)
    expect(result.stderr).toBe(`anecdote: -o ${join(folder, 'one.json')}: several inputs need a folder (-o DIR/)\n`)
  })

  it('ends quietly when the reader of a pipe goes away', () => {
    const result = spawnSync('bash', ['-c', `node ${cli} parse --to outline ${seed} ${seed} ${seed} | head -1`], {encoding: 'utf8'})
    expect(result.stdout).toMatch(/^root/)
    expect(result.stderr).toBe('')
  })

  it('ends with the worst exit code so far when the reader goes away: 3 after an input not read', () => {
    const dir = join(folder, 'reader-gone')
    mkdirSync(dir)
    writeFileSync(join(dir, 'a.txt'), 'Ich: Hallo.\nChef: Ja.\n')
    writeFileSync(join(dir, 'b.txt'), Buffer.from(Array.from({length: 256}, (_, byte) => byte)))
    writeFileSync(join(dir, 'c.txt'), 'Ich: Hallo.\nChef: Ja.\n')
    // `true` reads nothing and is gone before the CLI has started: its first write fails (EPIPE).
    const result = spawnSync('bash', ['-c', `node ${cli} parse ${dir} | true; echo "exit \${PIPESTATUS[0]}" >&2`], {encoding: 'utf8'})
    expect(result.stderr).toBe(`anecdote: ${join(dir, 'b.txt')}: binary data (a NUL byte at byte 0), not a text file\nexit 3\n`)
  })

  it('answers standard input that is a directory as it answers a directory named, exit 3', () => {
    const result = spawnSync('bash', ['-c', `node ${cli} stats < ${folder}`], {encoding: 'utf8'})
    expect([result.status, result.stdout, result.stderr]).toEqual([3, '', 'anecdote: <stdin>: is a directory, not a file\n'])
  })

  it.skipIf(!existsSync('/dev/full'))('says in one line when standard output cannot be written (a full disk), exit 5', () => {
    for (const command of ['parse', 'render', 'stats']) {
      const result = spawnSync('bash', ['-c', `node ${cli} ${command} ${seed} > /dev/full`], {encoding: 'utf8'})
      expect([command, result.status, result.stderr]).toEqual([command, 5, 'anecdote: <stdout>: cannot write: no space left on the device\n'])
    }
  })
})

describe('anecdote render', () => {
  it('writes the HTML fragment by default, the same as toHtml', () => {
    const result = run(['render', seed])
    expect(result.code).toBe(0)
    expect(result.stdout).toBe(readFileSync(fixturesRoot + 'text/fahren-sie-mal-da-hin.html', 'utf8').replace(/\n?$/, '\n'))
  })

  it('writes a whole page with the stylesheet with --document', () => {
    const result = run(['render', '--document', seed])
    expect(result.stdout).toMatch(/^<!doctype html>\n<html lang="de">/)
    expect(result.stdout).toContain('<title>Fahren Sie \'mal da hin...</title>')
    expect(result.stdout).toContain('<style>')
  })

  it('writes plain text with --to text, without controls on request', () => {
    expect(run(['render', '--to', 'text', seed]).stdout).toBe(readFileSync(fixturesRoot + 'text/fahren-sie-mal-da-hin.out.txt', 'utf8'))
    const bare = run(['render', '--to', 'text', '--no-controls', seed]).stdout
    expect(bare).not.toContain('AntwortenLöschen')
    expect(bare).toContain('2 Kommentare:')
  })

  it('writes Markdown with --to markdown that parses back to the same story', () => {
    const markdown = run(['render', '--to', 'markdown', seed]).stdout
    expect(markdown).toContain('**Chef:**')
    const again = run(['stats', '--to', 'json', '--format', 'markdown', '-'], markdown)
    expect(JSON.parse(again.stdout)).toEqual(JSON.parse(run(['stats', '--to', 'json', seed]).stdout))
  })

  it('leaves comments out with --no-comments', () => {
    expect(run(['render', '--no-comments', seed]).stdout).not.toContain('class="comments"')
    expect(run(['render', '--to', 'tei', '--no-comments', seed]).stdout).not.toContain('<back>')
  })

  it('writes TEI with --to tei and Fountain with --to fountain, the reviewed exports', () => {
    expect(run(['render', '--to', 'tei', seed])).toEqual({code: 0, stdout: readFileSync(fixturesRoot + 'text/fahren-sie-mal-da-hin.tei.xml', 'utf8'), stderr: ''})
    expect(run(['render', '--to', 'fountain', seed])).toEqual({code: 0, stdout: readFileSync(fixturesRoot + 'text/fahren-sie-mal-da-hin.fountain', 'utf8'), stderr: ''})
  })

  it('refuses an unknown format', () => {
    expect(run(['render', '--to', 'pdf', seed])).toEqual({code: 2, stdout: '', stderr: 'anecdote: --to pdf: expected html, text, markdown, tei or fountain\n'})
  })

  it('writes story.html into -o DIR/', () => {
    const out = join(folder, 'html') + '/'
    expect(run(['render', seed, '-o', out]).code).toBe(0)
    expect(readFileSync(join(out, 'fahren-sie-mal-da-hin.html'), 'utf8')).toContain('<article')
    const tei = join(folder, 'tei') + '/'
    expect(run(['render', '--to', 'tei', seed, '-o', tei]).code).toBe(0)
    expect(readFileSync(join(tei, 'fahren-sie-mal-da-hin.tei.xml'), 'utf8')).toMatch(/^<\?xml version="1.0" encoding="UTF-8"\?>\n<TEI /)
  })
})

describe('anecdote anonymize', () => {
  const seedText = readFileSync(seed, 'utf8')

  it('changes only the placeholders: the rest of the text stays byte for byte', () => {
    const result = run(['anonymize', '--seed', '7', seed])
    expect(result.code).toBe(0)
    expect(result.stdout).not.toContain('$')
    // Put the placeholders back where the pseudonyms stand: the source must come out.
    const pattern = seedText.replace(/[.*+?^()|[\]\\{}]/g, '\\$&').replace(/\$[\p{L}_]+/gu, '.+?')
    expect(new RegExp('^' + pattern + '$', 'u').test(result.stdout.replace(/\n$/, seedText.endsWith('\n') ? '\n' : ''))).toBe(true)
  })

  it('gives the same names for the same --seed, saves them with --save-map and fills them in with --map', () => {
    const saved = join(folder, 'names.json')
    const first = run(['anonymize', '--seed', 'blog', '--save-map', saved, seed])
    expect(first.code).toBe(0)
    expect(run(['anonymize', '--seed', 'blog', seed]).stdout).toBe(first.stdout)
    const names = JSON.parse(readFileSync(saved, 'utf8'))
    expect(Object.keys(names).sort()).toEqual(['Anderes_Produkt', 'Computerservice', 'Sowieso', 'Stadt_in_der_Nähe', 'Verkäufer'])
    expect(run(['anonymize', '--strategy', 'map', '--map', saved, seed]).stdout).toBe(first.stdout)
    // Refused before any work: no story written without the map that undoes it.
    expect(run(['anonymize', '--save-map', saved, seed])).toEqual({code: 4, stdout: '', stderr: `anecdote: --save-map ${saved}: already exists (use --force to overwrite)\n`})
    const out = join(folder, 'not-written') + '/'
    expect(run(['anonymize', '--save-map', folder, seed, '-o', out])).toEqual({code: 4, stdout: '', stderr: `anecdote: --save-map ${folder}: is a directory, not a file\n`})
    expect(existsSync(out)).toBe(false)
    // Without -o, the story is not written to standard output either.
    expect(run(['anonymize', '--save-map', folder, seed])).toEqual({code: 4, stdout: '', stderr: `anecdote: --save-map ${folder}: is a directory, not a file\n`})
    const under = join(seed, 'names.json')
    expect(run(['anonymize', '--save-map', under, seed, '-o', out])).toEqual({code: 5, stdout: '', stderr: `anecdote: --save-map ${under}: cannot write: a part of the path is not a directory\n`})
    expect(existsSync(out)).toBe(false)
  })

  it('redacts with a mask', () => {
    const result = run(['anonymize', '--strategy', 'redact', '--mask', '[X]', seed])
    expect(result.stdout).toContain('Wo ist der [X]?')
  })

  it('reports names missing from the map and leaves them', () => {
    const map = join(folder, 'partial.json')
    writeFileSync(map, JSON.stringify({Verkäufer: 'Herr Albers'}))
    const result = run(['anonymize', '--strategy', 'map', '--map', map, seed])
    expect(result.code).toBe(0)
    expect(result.stdout).toContain('Wo ist der Herr Albers?')
    expect(result.stdout).toContain('$Sowieso')
    expect(result.stderr).toContain('unmapped-placeholder')
  })

  it('tells of a map name no placeholder has, with the placeholder a letter away', () => {
    const map = join(folder, 'typo-map.json')
    writeFileSync(map, JSON.stringify({Ana: 'Bea', Zora: 'Uta'}))
    const anna = join(folder, 'typo-1.txt')
    writeFileSync(anna, 'Ich: Hallo $Anna.\n$Anna: Hallo.\n')
    const zora = join(folder, 'typo-2.txt')
    writeFileSync(zora, 'Ich: Hallo $Zora.\n')
    const told = (file: string, hint: string) => file + '\n warning Map name `$Ana` is no placeholder: not used' + hint + ' unused-map-key anecdote\n'
    const hint = '; did you mean `$Anna`?'
    // `Zora` is a name of the run (of typo-2.txt): only `Ana` is told, once for the run, with
    // the story that has a name a letter away, whichever comes first, in one thread or two.
    const out = join(folder, 'typo-out') + '/'
    const result = run(['anonymize', '--strategy', 'map', '--fallback', 'pseudonym', '--map', map, anna, zora, '-o', out])
    expect(result.code).toBe(0)
    expect(result.stderr).toBe(told(anna, hint) + '\n⚠ 1 warning\n')
    const reversed = run(['anonymize', '--strategy', 'map', '--fallback', 'pseudonym', '--map', map, zora, anna, '-o', out, '--force', '--jobs', '2'])
    expect(reversed).toMatchObject({code: 0, stderr: told(anna, hint) + '\n⚠ 1 warning\n'})
    expect(run(['anonymize', '--strategy', 'map', '--fallback', 'pseudonym', '--map', map, zora]).stderr).toBe(told(zora, '') + '\n⚠ 1 warning\n')
    expect(readFileSync(join(out, 'typo-1.txt'), 'utf8')).not.toContain('Bea')
    expect(readFileSync(join(out, 'typo-2.txt'), 'utf8')).toBe('Ich: Hallo Uta.\n')
    expect(run(['anonymize', '--strategy', 'map', '--fallback', 'pseudonym', '--frail', '--map', map, anna]).code).toBe(1)
  })

  it('tells each unused map name once, names with a semicolon too', () => {
    const map = join(folder, 'semicolon-map.json')
    writeFileSync(map, JSON.stringify({'A;B': 'X', 'A;C': 'Y', Ana: 'Bea'}))
    const anna = join(folder, 'semicolon-1.txt')
    writeFileSync(anna, 'Ich: Hallo $Anna.\n')
    const other = join(folder, 'semicolon-2.txt')
    writeFileSync(other, 'Ich: Hallo.\n')
    const hint = '; did you mean `$Anna`?'
    // The report lines up its columns: the reasons are as wide as the longest.
    const width = ('Map name `$Ana` is no placeholder: not used' + hint).length
    const told = (name: string, hint = '') => ' warning ' + ('Map name `$' + name + '` is no placeholder: not used' + hint).padEnd(width) + ' unused-map-key anecdote\n'
    for (const jobs of ['1', '2']) {
      const result = run(['anonymize', '--strategy', 'map', '--fallback', 'pseudonym', '--map', map, other, anna, '-o', join(folder, 'semicolon-out') + '/', '--force', '--jobs', jobs])
      expect(result).toMatchObject({
        code: 0,
        stderr: other + '\n' + told('A;B') + told('A;C') + '\n' + anna + '\n' + told('Ana', hint) + '\n⚠ 3 warnings\n'
      })
    }
  })

  it('answers a missing or broken map in one line, exit 2', () => {
    expect(run(['anonymize', '--strategy', 'map', seed])).toEqual({code: 2, stdout: '', stderr: 'anecdote: --strategy map needs --map FILE\n'})
    const broken = join(folder, 'broken-map.json')
    writeFileSync(broken, '{"Verkäufer": 3}')
    expect(run(['anonymize', '--strategy', 'map', '--map', broken, seed]).stderr).toBe(
      `anecdote: --map ${broken}: "Verkäufer" has 3, not a replacement in quotes; expected an object of names to replacements, like {"Verkäufer": "Herr Albers"}\n`
    )
    writeFileSync(broken, '{"Verkäufer": "Herr Albers", "Sowieso": " "}')
    expect(run(['anonymize', '--strategy', 'map', '--map', broken, seed])).toEqual({
      code: 2,
      stdout: '',
      stderr: `anecdote: --map ${broken}: "Sowieso" has " ", no replacement; fill it in, or take the entry out (the name then stays, reported, or --fallback replaces it)\n`
    })
    // A line break would split the story's line, a speaker's label into a turn of its own.
    writeFileSync(broken, '{"Verkäufer": "Herr\\nAlbers"}')
    const line = `anecdote: --map ${broken}: "Verkäufer" has "Herr\\nAlbers", with a line break (or another control character) that would break the story's line; write it on one line\n`
    expect(run(['anonymize', '--strategy', 'map', '--map', broken, seed])).toEqual({code: 2, stdout: '', stderr: line})
    writeFileSync(broken, '{"Verkäufer": "Herr\\u2028Albers"}')
    expect(run(['anonymize', '--strategy', 'map', '--map', broken, seed]).stderr).toBe(line.replace('\\n', '\\u2028'))
    expect(run(['anonymize', '--strategy', 'redact', '--mask', 'X\tY', seed])).toEqual({
      code: 2,
      stdout: '',
      stderr: `anecdote: --mask "X\\tY": a line break (or another control character) in the mask would break the story's line; write it on one line\n`
    })
    // A soft hyphen is kept as written, invisible: the line stays whole.
    writeFileSync(broken, '{"Verkäufer": "Herr Al\u00adbers", "Sowieso": "Uwe"}')
    expect(run(['anonymize', '--strategy', 'map', '--map', broken, seed]).stdout).toContain('Wo ist der Herr Al\u00adbers?')
    writeFileSync(broken, '["Verkäufer"]')
    expect(run(['anonymize', '--strategy', 'map', '--map', broken, seed]).stderr).toBe(
      `anecdote: --map ${broken}: expected an object of names to replacements, like {"Verkäufer": "Herr Albers"}\n`
    )
    expect(run(['anonymize', '--strategy', 'magic', seed]).stderr).toBe('anecdote: --strategy magic: expected pseudonym, generic, redact, map or keep\n')
    expect(run(['anonymize', '--strategy', 'map', '--fallback', 'map', seed])).toEqual({
      code: 2,
      stdout: '',
      stderr: 'anecdote: --fallback map: expected pseudonym, generic, redact or keep\n'
    })
    expect(run(['render', '--placeholders', 'hidden', seed]).stderr).toBe('anecdote: --placeholders hidden: expected written or name\n')
  })

  it('never writes the map over an input', () => {
    const input = join(folder, 'keep-me.txt')
    writeFileSync(input, 'Ich: Hallo $Anna.\n')
    expect(run(['anonymize', '--save-map', input, '--force', input])).toEqual({code: 4, stdout: '', stderr: `anecdote: --save-map ${input}: refusing to overwrite an input file\n`})
    expect(readFileSync(input, 'utf8')).toBe('Ich: Hallo $Anna.\n')
  })

  it('replaces a name written only where a browser shows it to no one (an SVG title, a <?php ?>), and saves it in the map', () => {
    // It stayed, exit 0, with no message and no entry in the map (helper-50's finding 1).
    const story = join(folder, 'hidden-places.html')
    writeFileSync(story, '<p><b>Ich:</b> Hallo $Anna.</p>\n<svg><title>$Marion</title></svg>\n<?php echo "$Bernd"; ?>\n')
    const saved = join(folder, 'hidden-places.json')
    const result = run(['anonymize', '--strategy', 'generic', '--save-map', saved, story])
    expect(result).toEqual({code: 0, stdout: '<p><b>Ich:</b> Hallo Person A.</p>\n<svg><title>Person C</title></svg>\n<?php echo "Person B"; ?>\n', stderr: ''})
    expect(JSON.parse(readFileSync(saved, 'utf8'))).toEqual({Anna: 'Person A', Bernd: 'Person B', Marion: 'Person C'})
  })

  it('refuses an input it cannot anonymize completely: one line, exit 3, no output for it, the others done', () => {
    // A letter percent-encoded with its `%` a character reference in an `href`: no step finds the name there.
    const hidden = join(folder, 'hidden.html')
    writeFileSync(hidden, '<h1>T</h1>\n<p><a href="https://e.x/%24&#37;51wertz">x</a> und $Qwertz.</p>\n')
    const plain = join(folder, 'plain.txt')
    writeFileSync(plain, 'Ich: Hallo $Anna.\n')
    const result = run(['anonymize', '--strategy', 'generic', hidden, plain])
    expect(result).toEqual({
      code: 3,
      stdout: 'Ich: Hallo Person A.\n',
      stderr: `anecdote: ${hidden}: \`$Qwertz\` is still in the result (line 2, column 42), written in a form that cannot be replaced: nothing is written for this input (write the name there as \`$Qwertz\`)\n`
    })
  })

  it('replaces a `%24` in an `href` written with character references (`&#37;&#50;4Qwertz`) as `%24Qwertz`', () => {
    const path = join(folder, 'referenced.html')
    writeFileSync(path, '<p>Ich: Hallo $Qwertz.</p>\n<p><a href="https://e.x/&#37;&#50;4Qwertz">x</a> <a href="https://e.x/%24Qwertz">y</a></p>\n')
    expect(run(['anonymize', '--frail', '--strategy', 'generic', path])).toEqual({
      code: 0,
      stdout: '<p>Ich: Hallo Person A.</p>\n<p><a href="https://e.x/Person%20A">x</a> <a href="https://e.x/Person%20A">y</a></p>\n',
      stderr: ''
    })
  })
})

describe('progress', () => {
  const many = () => {
    const dir = join(folder, 'many')
    mkdirSync(dir, {recursive: true})
    for (let index = 1; index <= 7; index++) writeFileSync(join(dir, `s${index}.txt`), `Ich: Nummer ${index}.\n`)
    return dir
  }

  it('shows nothing on stderr when it is not a terminal', () => {
    const result = run(['stats', '--to', 'json', many()])
    expect(result.code).toBe(0)
    expect(result.stderr).toBe('')
  })

  it('shows a bar on stderr for more than five files on a terminal', () => {
    // `script` gives the command a terminal; stdout goes to /dev/null, so what shows is stderr.
    const result = spawnSync('script', ['-qec', `${process.execPath} ${cli} stats --to json ${many()} > /dev/null`, '/dev/null'], {encoding: 'utf8'})
    if (result.error) throw result.error
    expect(result.stdout).toContain('] 1/7 ')
    expect(result.stdout).toContain('] 7/7 ')
    expect(result.stdout.endsWith('\r\u001B[K')).toBe(true)
  })
})

describe('anecdote check', () => {
  const story = 'Ich: Hallo <leise.\nChef: Ja.\n\n3 Kommentare:\n\n1. Gut.\n'

  it('prints nothing wrong for the seed, exit 0', () => {
    const result = run(['check', seed])
    expect(result.code).toBe(0)
    expect(result.stderr).toContain('no issues found')
  })

  it('reports each problem as line:column, warning, message, rule; exit 1 with --frail', () => {
    const path = join(folder, 'problems.txt')
    writeFileSync(path, story)
    const plain = run(['check', path])
    expect(plain.code).toBe(0)
    expect(plain.stderr).toMatch(/1:12-1:13\s+warning\s+Unclosed direction: `<` has no closing `>` on its line\s+unclosed-direction\s+anecdote/)
    expect(plain.stderr).toMatch(/4:1-4:14\s+warning\s+Comment header declares 3 comments, found 1\s+comment-count\s+anecdote/)
    expect(run(['check', '--frail', path]).code).toBe(1)
  })

  it('an info (a dropped HTML comment) is no problem: --frail exits 0 for it, --quiet leaves it out', () => {
    const path = join(folder, 'info.html')
    writeFileSync(path, '<p>Ich: Hallo.</p>\n<!-- alt -->\n<p>Chef: Tag.</p>\n')
    const frail = run(['check', '--frail', path])
    expect(frail.stderr).toMatch(/2:1-2:13\s+info\s+HTML comment dropped/)
    expect(frail.code).toBe(0)
    expect(run(['check', '--quiet', path]).stderr).toBe('')
    // Beside a warning, --quiet lists the warning alone.
    writeFileSync(path, '<p>Ich: (Hallo.</p>\n<!-- alt -->\n<p>Chef: Tag.</p>\n')
    const quiet = run(['check', '--quiet', '--frail', path])
    expect(quiet.code).toBe(1)
    expect(quiet.stderr).toMatch(/unclosed-direction/)
    expect(quiet.stderr).not.toMatch(/HTML comment dropped/)
  })

  it('reports a name written without its $, which anonymize would leave (unmarked-name)', () => {
    const path = join(folder, 'unmarked.txt')
    writeFileSync(path, 'Ich: Hallo $Anna.\nChef: Wo ist Anna?\n')
    const result = run(['check', '--frail', path])
    expect(result.code).toBe(1)
    expect(result.stderr).toMatch(/2:14\s+warning\s+`Anna` is written here without a `\$`, though `\$Anna` is a placeholder of this story: it stays as it is; write `\$Anna` to replace it\s+unmarked-name\s+anecdote/)
    expect(run(['anonymize', path]).stderr).toMatch(/2:14\s+warning\s+`Anna` is written here without a `\$`.*unmarked-name/)
  })

  it('check tells an unmarked name in HTML at the word, as anonymize does, not at its paragraph', () => {
    const path = join(folder, 'unmarked.html')
    writeFileSync(path, '<p>Ich: Wo ist Frau $Schulz?<br>\nChef: Frau Schulz ist weg.</p>\n')
    const place = /\n(\S+) warning `Schulz` is written here/
    expect(place.exec(run(['check', path]).stderr.replace(/ +/g, ' '))?.[1]).toBe('2:12')
    expect(place.exec(run(['anonymize', path]).stderr.replace(/ +/g, ' '))?.[1]).toBe('2:12')
  })

  it('check and anonymize --frail tell a name in a `title` or an `alt` inside running text, at the attribute’s value', () => {
    const path = join(folder, 'unmarked-inline.html')
    writeFileSync(path, '<p>Ich: $Anna war da.</p>\n<p>Sie <abbr title="Anna">A.</abbr> kam, <img alt="Anna" src="a.png"> hier.</p>\n')
    const message = '2:21 warning `Anna` is written here without a `$` (and 1 more time: 2:52), though `$Anna` is a placeholder of this story'
    const check = run(['check', '--frail', path])
    expect(check.code).toBe(1)
    expect(check.stderr.replace(/ +/g, ' ')).toContain(message)
    const anonymized = run(['anonymize', '--frail', '--seed', '1', path])
    expect(anonymized.code).toBe(1)
    expect(anonymized.stderr.replace(/ +/g, ' ')).toContain(message)
  })

  it('render --to html, then check or anonymize --frail: no unmarked-name for the names render writes in data-name and data-who', () => {
    const story = join(folder, 'rendered.txt')
    writeFileSync(story, 'Ich: Hallo $Anna und $Herrn_Meier.\n$Anna: Gut.\n')
    const html = join(folder, 'rendered.html')
    writeFileSync(html, run(['render', '--to', 'html', story]).stdout)
    expect(run(['check', '--frail', html])).toMatchObject({code: 0, stderr: `${html}: no issues found\n`})
    const anonymized = run(['anonymize', '--frail', '--seed', '1', html])
    expect(anonymized).toMatchObject({code: 0, stderr: ''})
    expect(anonymized.stdout).not.toMatch(/Anna|Meier/)
  })

  it('a name one story of the run has as a placeholder, written without its `$` in another, is told there (unmarked-name)', () => {
    const dir = join(folder, 'unmarked-run')
    mkdirSync(dir, {recursive: true})
    writeFileSync(join(dir, 'a.txt'), 'Ich: Hallo $Bernd.\n$Bernd: Hallo.\n')
    writeFileSync(join(dir, 'b.txt'), 'Ich: Wo ist Bernd?\nChef: Im Urlaub.\n')
    const message = /b\.txt\n1:13\s+warning\s+`Bernd` is written here without a `\$`, though `\$Bernd` is a placeholder in another story \(`[^`]*a\.txt`\): it stays as it is; write `\$Bernd` to replace it\s+unmarked-name/
    const check = run(['check', '--frail', dir])
    expect(check.stderr).toMatch(message)
    expect(check.code).toBe(1)
    expect(run(['anonymize', dir, '-o', join(folder, 'unmarked-run-out') + '/']).stderr).toMatch(message)
    // Alone, b.txt has no such name.
    expect(run(['check', '--frail', join(dir, 'b.txt')]).code).toBe(0)
  })

  it('anonymize: a later story\'s `$ANNA` and `$anna` take the replacement of an earlier story\'s `$Anna`, in their case', () => {
    const dir = join(folder, 'cases')
    mkdirSync(dir, {recursive: true})
    writeFileSync(join(dir, 'a.txt'), 'Ich: Hallo $Anna.\n')
    writeFileSync(join(dir, 'b.txt'), 'Ich: $ANNA! $anna?\n')
    const output = join(folder, 'cases-out') + '/'
    const result = run(['anonymize', '--strategy', 'generic', dir, '-o', output, '--save-map', '-'])
    expect(JSON.parse(result.stdout)).toEqual({Anna: 'Person A', ANNA: 'PERSON A', anna: 'person a'})
    expect(readFileSync(join(output, 'b.txt'), 'utf8')).toBe('Ich: PERSON A! person a?\n')
  })

  it('anonymize --frail exits 1 when a warning says a name may have stayed; the output is written all the same', () => {
    const path = join(folder, 'frail.txt')
    writeFileSync(path, 'Ich: Hallo $Anna.\nChef: Wo ist Anna?\n')
    const output = join(folder, 'frail-out.txt')
    const frail = run(['anonymize', '--frail', '--strategy', 'generic', '-o', output, path])
    expect([frail.code, readFileSync(output, 'utf8')]).toEqual([1, 'Ich: Hallo Person A.\nChef: Wo ist Anna?\n'])
    expect(frail.stderr).toMatch(/unmarked-name/)
    expect(run(['anonymize', '--strategy', 'generic', '-o', output, '--force', path]).code).toBe(0)
    writeFileSync(path, 'Ich: Hallo $Anna.\n')
    expect(run(['anonymize', '--frail', path]).code).toBe(0)
  })

  it('reports the files in input order, folders walked as for every command, as anonymize does', () => {
    const dir = join(folder, 'check-order')
    mkdirSync(join(dir, 'sub'), {recursive: true})
    const [w, s1, crlf, b, a] = ['w.txt', 's1.txt', 'crlf.txt', 'sub/b.txt', 'sub/a.txt'].map((name) => join(dir, name))
    writeFileSync(w, 'Ich: (leise Hallo.\n')
    for (const path of [s1, b, a]) writeFileSync(path, 'Ich: Hallo.\nChef: Ja.\n')
    writeFileSync(crlf, 'Ich: Hallo.\r\nChef: Ja.\r\n')
    /** The files a report names, in its order. */
    const named = (report: string) => report.split('\n').filter((line) => /^(\/|<stdin>)/.test(line)).map((line) => line.replace(/: no issues found$/, ''))
    expect(named(run(['check', w, s1, crlf]).stderr)).toEqual([w, s1, crlf])
    expect(named(run(['check', crlf, join(dir, 'sub'), '-', w], 'Ich: Hallo.\n').stderr)).toEqual([crlf, a, b, '<stdin>', w])
    const [n2, n1] = ['n2.txt', 'n1.txt'].map((name) => join(dir, name))
    for (const path of [n2, n1]) writeFileSync(path, 'Ich: Anna kam. $Anna ja.\n')
    expect(named(run(['anonymize', n2, n1]).stderr)).toEqual([n2, n1])
  })
})

describe('anecdote stats', () => {
  it('prints a table of the cast and placeholders', () => {
    const result = run(['stats', seed])
    expect(result.code).toBe(0)
    expect(result.stdout).toContain(`${seed}: 11 turns, 398 words, 2 comments, lang de`)
    expect(result.stdout).toMatch(/^Chef\s+chef\s+3\s+36\s+Chef$/m)
    expect(result.stdout).toMatch(/^\$Sowieso\s+4$/m)
  })

  it('prints JSON with --to json, from the library function stats()', () => {
    const result = JSON.parse(run(['stats', '--to', 'json', seed]).stdout)
    expect(result.turns).toBe(11)
    expect(result.cast[0]).toEqual({who: 'ich', labels: ['Ich'], turns: 3, words: 19})
    expect(result.placeholders).toHaveLength(5)
  })
})

describe('docs/cli.md, the CLI reference', () => {
  const reference = readFileSync(new URL('../../docs/cli.md', import.meta.url), 'utf8')

  it('describes every option of every command', () => {
    for (const command of ['parse', 'render', 'anonymize', 'check', 'stats', 'import']) {
      const flags = run([command, '--help']).stdout.match(/--[a-z-]+/g) ?? []
      for (const flag of new Set(flags)) expect(reference, `${command} ${flag}`).toContain(flag)
    }
  })

  it('lists every exit code, and only those', async () => {
    const {exitCodes} = await import('../../src/cli/errors.js')
    const documented = [...reference.matchAll(/^\| (\d+) \|/gm)].map((match) => Number(match[1]))
    expect(documented).toEqual(Object.values(exitCodes))
  })
})
