// Issue 18, the CLI loses or overwrites files: each case through the built executable.
import {execFileSync} from 'node:child_process'
import {existsSync, linkSync, mkdirSync, readFileSync, readdirSync, rmSync, symlinkSync, truncateSync, writeFileSync} from 'node:fs'
import {join} from 'node:path'
import {beforeAll, describe, expect, it} from 'vitest'
import {run, runAsync, scratch, seed, shell} from './util.js'

let folder: string
let count = 0
beforeAll(() => {
  folder = scratch('files')
})

/** A fresh folder inside the scratch folder. */
function place(): string {
  const path = join(folder, String(++count))
  mkdirSync(path)
  return path
}

describe('outputs: identity, not paths', () => {
  it('refuses a hard link to an input as -o, even with --force', () => {
    const dir = place()
    const input = join(dir, 'story.txt')
    writeFileSync(input, 'Ich: Hallo $Anna.\n')
    linkSync(input, join(dir, 'link.txt'))
    expect(run(['anonymize', input, '-o', join(dir, 'link.txt'), '--force'])).toEqual({
      code: 4,
      stdout: '',
      stderr: `anecdote: ${join(dir, 'link.txt')}: refusing to overwrite an input file\n`
    })
    expect(readFileSync(input, 'utf8')).toBe('Ich: Hallo $Anna.\n')
  })

  it('never writes two results to one path: a/story.txt and b/story.txt into -o DIR/', () => {
    const dir = place()
    mkdirSync(join(dir, 'a'))
    mkdirSync(join(dir, 'b'))
    writeFileSync(join(dir, 'a', 'story.txt'), 'Ich: A.\n')
    writeFileSync(join(dir, 'b', 'story.txt'), 'Ich: B.\n')
    const out = join(dir, 'out') + '/'
    const result = run(['render', '--to', 'text', '--force', join(dir, 'a', 'story.txt'), join(dir, 'b', 'story.txt'), '-o', out])
    expect(result).toEqual({
      code: 4,
      stdout: '',
      stderr: `anecdote: ${out}story.txt: already written in this run (for ${join(dir, 'a', 'story.txt')}); not replaced by the result for ${join(dir, 'b', 'story.txt')}\n`
    })
    expect(readFileSync(join(out, 'story.txt'), 'utf8')).toBe('Ich: A.\n')
  })

  it('never writes two results to one path: x.txt and x.md to one format', () => {
    const dir = place()
    writeFileSync(join(dir, 'x.txt'), 'Ich: Text.\n')
    writeFileSync(join(dir, 'x.md'), 'Ich: Markdown.\n')
    const out = join(dir, 'out') + '/'
    const result = run(['render', dir, '-o', out, '--force'])
    expect(result.code).toBe(4)
    expect(result.stderr).toBe(`anecdote: ${out}x.html: already written in this run (for ${join(dir, 'x.md')}); not replaced by the result for ${join(dir, 'x.txt')}\n`)
    expect(readFileSync(join(out, 'x.html'), 'utf8')).toContain('Markdown.')
  })

  it('refuses --save-map F -o F before any work', () => {
    const dir = place()
    const same = join(dir, 'out.txt')
    expect(run(['anonymize', seed, '--save-map', same, '-o', same])).toEqual({
      code: 2,
      stdout: '',
      stderr: `anecdote: --save-map ${same}: the same file as -o ${same}; the map would replace the anonymized text\n`
    })
    expect(existsSync(same)).toBe(false)
  })

  it('never overwrites the --map or --cast file it reads, even with --force; refuses --save-map F --map F before any work', () => {
    const dir = place()
    const input = join(dir, 'story.txt')
    const map = join(dir, 'names.json')
    const cast = join(dir, 'cast.json')
    writeFileSync(input, 'Ich: Hallo $Anna und $Bob.\n')
    writeFileSync(map, '{"Anna": "Eva", "Bob": "Kai"}\n')
    writeFileSync(cast, '{"ich": ["Ich"]}\n')
    expect(run(['anonymize', input, '--strategy', 'map', '--map', map, '-o', map, '--force'])).toEqual({
      code: 4,
      stdout: '',
      stderr: `anecdote: ${map}: refusing to overwrite the --map file this run reads\n`
    })
    expect(run(['parse', input, '--cast', cast, '-o', cast, '--force'])).toEqual({
      code: 4,
      stdout: '',
      stderr: `anecdote: ${cast}: refusing to overwrite the --cast file this run reads\n`
    })
    expect(run(['anonymize', input, '--strategy', 'map', '--map', map, '--save-map', map, '-o', join(dir, 'out.txt'), '--force'])).toEqual({
      code: 2,
      stdout: '',
      stderr: `anecdote: --save-map ${map}: the same file as --map ${map}; the names this run used would replace the map (save them to another file)\n`
    })
    expect(readFileSync(map, 'utf8')).toBe('{"Anna": "Eva", "Bob": "Kai"}\n')
    expect(readFileSync(cast, 'utf8')).toBe('{"ich": ["Ich"]}\n')
    expect(existsSync(join(dir, 'out.txt'))).toBe(false)
  })

  it('-o - is standard output, not a file named -', () => {
    const dir = place()
    const result = run(['render', '--to', 'text', seed, '-o', '-'], undefined, dir)
    expect(result.code).toBe(0)
    expect(result.stdout).toBe(run(['render', '--to', 'text', seed]).stdout)
    expect(readdirSync(dir)).toEqual([])
  })

  it('--save-map - is standard output, when the anonymized text goes to files', () => {
    const dir = place()
    const result = run(['anonymize', seed, '--save-map', '-', '-o', join(dir, 'out.txt')], undefined, dir)
    expect(result.code).toBe(0)
    expect(Object.keys(JSON.parse(result.stdout))).toContain('Verkäufer')
    expect(readdirSync(dir)).toEqual(['out.txt'])
    expect(run(['anonymize', seed, '--save-map', '-'], undefined, dir)).toEqual({
      code: 2,
      stdout: '',
      stderr: 'anecdote: --save-map -: standard output holds the anonymized text; write it to files (-o DIR/) or save the map to a file\n'
    })
  })

  it('writes to a device such as /dev/null without --force', () => {
    expect(run(['render', seed, '-o', '/dev/null'])).toEqual({code: 0, stdout: '', stderr: ''})
  })

  it('does not write through a dangling symbolic link without --force', () => {
    const dir = place()
    const link = join(dir, 'page.html')
    symlinkSync(join(dir, 'elsewhere.html'), link)
    expect(run(['render', seed, '-o', link])).toEqual({
      code: 4,
      stdout: '',
      stderr: `anecdote: ${link}: a symbolic link to a file that does not exist (use --force to write through it)\n`
    })
    expect(existsSync(join(dir, 'elsewhere.html'))).toBe(false)
    expect(run(['render', seed, '-o', link, '--force']).code).toBe(0)
    expect(readFileSync(join(dir, 'elsewhere.html'), 'utf8')).toContain('<article')
  })
})

describe('missing folders on the way to an output are made, as --help and docs/cli.md say', () => {
  it('-o deep/a/b/out.html and --save-map into a new folder; every --output help and the docs say so', () => {
    const dir = place()
    expect(run(['render', seed, '-o', 'deep/a/b/out.html'], undefined, dir)).toEqual({code: 0, stdout: '', stderr: ''})
    expect(existsSync(join(dir, 'deep/a/b/out.html'))).toBe(true)
    expect(run(['anonymize', seed, '-o', 'out/', '--save-map', 'maps/names.json'], undefined, dir).code).toBe(0)
    expect(existsSync(join(dir, 'maps/names.json'))).toBe(true)
    for (const command of ['parse', 'render', 'anonymize', 'stats', 'import']) {
      expect(run([command, '--help']).stdout, command).toMatch(/--output \S+ +.*made when missing/)
    }
    const reference = readFileSync(new URL('../../docs/cli.md', import.meta.url), 'utf8')
    expect(reference).toMatch(/Missing folders on the way to an output [\s\S]*?\) are made, for every command/)
    expect(reference).not.toMatch(/no such folder/)
  })
})

describe('outputs that cannot be written: one line, exit 5, the rest goes on', () => {
  it('-o file.txt/out.html, where file.txt is a file', () => {
    const dir = place()
    writeFileSync(join(dir, 'file.txt'), 'x')
    expect(run(['render', seed, '-o', 'file.txt/out.html'], undefined, dir)).toEqual({
      code: 5,
      stdout: '',
      stderr: 'anecdote: file.txt/out.html: cannot write: a part of the path is not a directory\n'
    })
  })

  it('-o /proc/x', () => {
    expect(run(['render', seed, '-o', '/proc/x'])).toEqual({code: 5, stdout: '', stderr: 'anecdote: /proc/x: cannot write: no such file or directory\n'})
  })

  it('--save-map /dev/full: the map is written first, and no anonymized story without it, to files or standard output', () => {
    const dir = place()
    const other = join(dir, 'other.txt')
    writeFileSync(other, 'Ich: Hallo $Anna.\n')
    const out = join(dir, 'out') + '/'
    const full = {code: 5, stdout: '', stderr: 'anecdote: --save-map /dev/full: cannot write: no space left on the device\n'}
    expect(run(['anonymize', seed, other, '--save-map', '/dev/full', '-o', out])).toEqual(full)
    expect(existsSync(out)).toBe(false)
    expect(run(['anonymize', other, '--save-map', '/dev/full'])).toEqual(full)
  })

  it('--save-map: a story output that would be refused writes nothing, neither the map nor the other stories; --force then writes all', () => {
    const dir = place()
    const story = join(dir, 'story.txt')
    const other = join(dir, 'other.txt')
    writeFileSync(story, 'Ich: Hallo $Anna.\n')
    writeFileSync(other, 'Ich: Tschüss $Bernd.\n')
    const out = join(dir, 'out') + '/'
    mkdirSync(out)
    writeFileSync(join(out, 'story.txt'), 'old\n')
    const map = join(dir, 'map.json')
    const nothing = (path: string, refused: string) => `anecdote: --save-map ${path}: nothing written, neither this file nor any result, as ${refused} refused\n`
    expect(run(['anonymize', story, other, '-o', out, '--save-map', map])).toEqual({
      code: 4,
      stdout: '',
      stderr: `anecdote: ${out}story.txt: already exists (use --force to overwrite)\n` + nothing(map, 'an output was')
    })
    expect(readdirSync(out)).toEqual(['story.txt'])
    expect(readFileSync(join(out, 'story.txt'), 'utf8')).toBe('old\n')
    expect(existsSync(map)).toBe(false)
    // The usual fix: the map then holds the names of exactly the stories written.
    expect(run(['anonymize', story, other, '-o', out, '--save-map', map, '--force'])).toEqual({code: 0, stdout: '', stderr: ''})
    expect(Object.keys(JSON.parse(readFileSync(map, 'utf8')))).toEqual(['Anna', 'Bernd'])
    expect(readdirSync(out)).toEqual(['other.txt', 'story.txt'])
    // One output file: refused before any work.
    rmSync(map)
    expect(run(['anonymize', story, '-o', join(out, 'story.txt'), '--save-map', map])).toEqual({
      code: 4,
      stdout: '',
      stderr: `anecdote: ${out}story.txt: already exists (use --force to overwrite)\n`
    })
    expect(existsSync(map)).toBe(false)
    // Two results for one path, and a story where the map goes: every refusal told, nothing written.
    mkdirSync(join(dir, 'a'))
    writeFileSync(join(dir, 'a', 'story.txt'), 'Ich: Hallo $Carla.\n')
    const fresh = join(dir, 'new') + '/'
    expect(run(['anonymize', story, join(dir, 'a', 'story.txt'), other, '-o', fresh, '--save-map', fresh + 'other.txt'])).toEqual({
      code: 4,
      stdout: '',
      stderr:
        `anecdote: ${fresh}story.txt: the result for ${story} goes there in this run; not replaced by the result for ${join(dir, 'a', 'story.txt')}\n` +
        `anecdote: ${fresh}other.txt: the --save-map file goes there in this run; not replaced by the result for ${other}\n` +
        nothing(fresh + 'other.txt', '2 outputs were')
    })
    expect(existsSync(fresh)).toBe(false)
  })

  it('--save-map: two outputs that are one file by a symbolic link, or by a linked folder, are refused before anything is written', () => {
    const dir = place()
    mkdirSync(join(dir, 'x'))
    mkdirSync(join(dir, 'y'))
    const a = join(dir, 'x', 'a.txt')
    const b = join(dir, 'y', 'b.txt')
    writeFileSync(a, 'Ich: Hallo $Anna.\n')
    writeFileSync(b, 'Ich: Tschüss $Bernd.\n')
    const out = join(dir, 'out') + '/'
    mkdirSync(out)
    writeFileSync(join(out, 'a.txt'), 'old\n')
    symlinkSync('a.txt', join(out, 'b.txt'))
    const map = join(dir, 'map.json')
    expect(run(['anonymize', a, b, '-o', out, '--force', '--save-map', map])).toEqual({
      code: 4,
      stdout: '',
      stderr:
        `anecdote: ${out}b.txt: the result for ${a} goes there in this run; not replaced by the result for ${b}\n` +
        `anecdote: --save-map ${map}: nothing written, neither this file nor any result, as an output was refused\n`
    })
    expect(readFileSync(join(out, 'a.txt'), 'utf8')).toBe('old\n')
    expect(existsSync(map)).toBe(false)
    // Files not there yet, one through a folder that links to the other's: one file too.
    const real = join(dir, 'real')
    mkdirSync(real)
    symlinkSync(real, join(dir, 'alias'))
    expect(run(['anonymize', a, '-o', join(dir, 'real', 'map.json'), '--save-map', join(dir, 'alias', 'map.json')]).code).toBe(2)
    expect(readdirSync(real)).toEqual([])
  })

  it('one output per input fails, each says so in one line, every input is tried', () => {
    const dir = place()
    writeFileSync(join(dir, 'one.txt'), 'Ich: Eins.\n')
    writeFileSync(join(dir, 'two.txt'), 'Ich: Zwei.\n')
    const result = run(['render', dir, '-o', '/proc/self/'])
    expect(result.code).toBe(5)
    expect(result.stderr).toBe(
      'anecdote: /proc/self/one.html: cannot write: no such file or directory\n' + 'anecdote: /proc/self/two.html: cannot write: no such file or directory\n'
    )
  })
})

describe('inputs: regular files or standard input, up to a limit, named for what they are', () => {
  it('refuses /dev/zero as a file, and stops standard input from it at the limit', async () => {
    expect(run(['stats', '/dev/zero', seed])).toMatchObject({code: 3, stderr: 'anecdote: /dev/zero: a character device, not a regular file\n'})
    const result = shell('$anecdote stats - < /dev/zero')
    expect(result).toEqual({code: 3, stdout: '', stderr: expect.stringMatching(/^anecdote: <stdin>: too large \(more than 64\.\d MiB\); the CLI reads at most 64 MiB of one input\n$/)})
  })

  it('refuses a FIFO without a writer at once, instead of waiting for one', async () => {
    const dir = place()
    const fifo = join(dir, 'pipe.txt')
    execFileSync('mkfifo', [fifo])
    const result = await runAsync(['stats', fifo, seed])
    expect(result.code).toBe(3)
    expect(result.stderr).toBe(`anecdote: ${fifo}: a FIFO (named pipe), not a regular file; give it as standard input instead (- < ${fifo})\n`)
    expect(result.stdout).toContain('11 turns')
  })

  it('reports a 600 MB file as too large, not as invalid UTF-8', () => {
    const dir = place()
    const big = join(dir, 'big.txt')
    writeFileSync(big, '')
    truncateSync(big, 600 * 1024 * 1024)
    expect(run(['stats', big])).toEqual({code: 3, stdout: '', stderr: `anecdote: ${big}: too large (600.0 MiB); the CLI reads at most 64 MiB of one input\n`})
  })

  it('names UTF-16, with and without a byte order mark, in both byte orders', () => {
    const dir = place()
    const text = 'Ich: Hallo $Anna, wie geht es?\nAnna: Gut.\n'
    const le = Buffer.from(text, 'utf16le')
    const be = Buffer.from(text, 'utf16le').swap16()
    const files: Array<[string, Buffer, string]> = [
      ['le-bom.txt', Buffer.concat([Buffer.from([0xff, 0xfe]), le]), 'little-endian, with a byte order mark'],
      ['be-bom.txt', Buffer.concat([Buffer.from([0xfe, 0xff]), be]), 'big-endian, with a byte order mark'],
      ['le.txt', le, 'little-endian, without a byte order mark'],
      ['be.txt', be, 'big-endian, without a byte order mark']
    ]
    for (const [name, bytes, kind] of files) {
      writeFileSync(join(dir, name), bytes)
      expect(run(['check', join(dir, name)])).toMatchObject({code: 3, stderr: `anecdote: ${join(dir, name)}: UTF-16 text (${kind}), not UTF-8; save the file as UTF-8\n`})
    }
    expect(run(['check', '-'], Buffer.concat([Buffer.from([0xff, 0xfe]), le])).stderr).toBe(
      'anecdote: <stdin>: UTF-16 text (little-endian, with a byte order mark), not UTF-8; save the file as UTF-8\n'
    )
  })

  it('calls bytes of an odd count with NULs between letters binary, not UTF-16 (which has two bytes a unit)', () => {
    expect(run(['check', '-'], Buffer.from('a\0b\0c'))).toMatchObject({code: 3, stderr: 'anecdote: <stdin>: binary data (a NUL byte at byte 1), not a text file\n'})
    expect(run(['check', '-'], Buffer.from('a\0b\0')).stderr).toBe('anecdote: <stdin>: UTF-16 text (little-endian, without a byte order mark), not UTF-8; save the file as UTF-8\n')
  })
})

describe('symbolic links in a folder', () => {
  it('follows links to files and folders, reports a broken link and a loop', () => {
    const dir = place()
    const stories = join(dir, 'stories')
    mkdirSync(join(stories, 'sub'), {recursive: true})
    writeFileSync(join(dir, 'elsewhere.txt'), 'Ich: Verlinkt.\n')
    writeFileSync(join(stories, 'a.txt'), 'Ich: A.\n')
    symlinkSync(join(dir, 'elsewhere.txt'), join(stories, 'linked.txt'))
    symlinkSync(join(dir, 'missing.txt'), join(stories, 'broken.txt'))
    symlinkSync(stories, join(stories, 'sub', 'loop'))
    const result = run(['parse', stories])
    expect(result.code).toBe(3)
    expect(result.stderr).toBe(
      `anecdote: ${join(stories, 'broken.txt')}: a broken symbolic link (its target does not exist)\n` +
        `anecdote: ${join(stories, 'sub', 'loop')}: a symbolic link to a directory already being read; not read again\n`
    )
    const paths = result.stdout.trimEnd().split('\n').map((line) => JSON.parse(line).path)
    expect(paths).toEqual([join(stories, 'a.txt'), join(stories, 'linked.txt')])
  })

  it('names a broken link given as an argument', () => {
    const dir = place()
    symlinkSync(join(dir, 'gone.txt'), join(dir, 'link.txt'))
    expect(run(['stats', join(dir, 'link.txt')])).toEqual({code: 3, stdout: '', stderr: `anecdote: ${join(dir, 'link.txt')}: a broken symbolic link (its target does not exist)\n`})
  })
})
