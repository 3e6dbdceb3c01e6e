// `anonymize -o DIR/` names each output file after its input: a name marked with `$` must not
// survive there either (`anecdote import` names posts from their titles: `besuch-von-maren.txt`).
import {mkdirSync, readdirSync, readFileSync, writeFileSync} from 'node:fs'
import {join} from 'node:path'
import {describe, expect, it} from 'vitest'
import {run, scratch} from './util.js'

/** A folder of stories: file name → text. */
function stories(files: Record<string, string>): string {
  const folder = join(scratch('file-names'), 'posts')
  mkdirSync(folder)
  for (const [name, text] of Object.entries(files)) writeFileSync(join(folder, name), text)
  return folder
}

function mapFile(map: Record<string, string>): string {
  const path = join(scratch('file-names-map'), 'map.json')
  writeFileSync(path, JSON.stringify(map))
  return path
}

const exportXml = `<?xml version="1.0" encoding="UTF-8" ?>
<rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/" xmlns:wp="http://wordpress.org/export/1.2/">
<channel>
<title>Blog</title>
<wp:wxr_version>1.2</wp:wxr_version>
<item>
<title><![CDATA[Besuch von $Maren]]></title>
<content:encoded><![CDATA[<strong>Ich:</strong> Hallo $Maren.]]></content:encoded>
<wp:post_id>1</wp:post_id>
<wp:post_date><![CDATA[2019-05-04 10:00:00]]></wp:post_date>
<wp:status><![CDATA[publish]]></wp:status>
<wp:post_type><![CDATA[post]]></wp:post_type>
</item>
</channel>
</rss>
`

describe('anonymize -o DIR/: no marked name in the output file names', () => {
  for (const strategy of ['pseudonym', 'generic', 'redact']) {
    for (const jobs of ['1', '3']) {
      it(`--strategy ${strategy} --jobs ${jobs}: no file name holds "maren", in any case, or "meier" of $Herr_Meier`, () => {
        const posts = stories({
          // Named in a later story only, and inflected (`Marens`).
          'a-Maren-notiz.txt': 'Ich: Hallo.\n',
          'a-zu-marens-geburtstag.txt': 'Ich: Alles Gute.\n',
          'besuch-von-maren.txt': 'Ich: Hallo $Maren.\n',
          'zu-marens-geburtstag.txt': 'Ich: Alles Gute.\n',
          'abschied.txt': 'Ich: Tschüss $Jürgen.\n',
          'bei-juergen.txt': 'Ich: Hallo.\n',
          // One word of a name of several gives it away.
          'gruss-an-meier.txt': 'Ich: Hallo $Herr_Meier.\n'
        })
        const out = join(posts, '..', 'anon')
        const result = run(['anonymize', '--strategy', strategy, '--jobs', jobs, posts, '-o', out + '/'])
        expect(result.stderr).toBe('')
        expect(result.code).toBe(0)
        const names = readdirSync(out)
        expect(names).toHaveLength(7)
        expect(names.join(' ')).not.toMatch(/maren|j(ue|ü)rgen|meier/i)
        expect(names.every((name) => name.endsWith('.txt'))).toBe(true)
        for (const name of names) expect(readFileSync(join(out, name), 'utf8')).not.toMatch(/maren|jürgen/i)
      })
    }
  }

  it('a name in a file name in another spelling, and an institution as its text has it', () => {
    const posts = stories({
      'jurgen.txt': 'Ich: Heute bei $Jürgen.\n',
      'moller.txt': 'Ich: Hallo $Moeller.\n',
      'soren.txt': 'Ich: Hej $Søren.\n',
      'schiller-gymnasium.txt': 'Ich: Wir waren am $Schiller_Gymnasium.\n'
    })
    const out = join(posts, '..', 'anon')
    const result = run(['anonymize', '--seed', 's', posts, '-o', out + '/', '--save-map', '-'])
    expect(result.code).toBe(0)
    const mapping = JSON.parse(result.stdout) as Record<string, string>
    const names = readdirSync(out)
    expect(names.join(' ')).not.toMatch(/j(ue|u|ü)rgen|m(oe|o|ö)ller|s(o|ø)ren|schiller/i)
    expect(names).toContain(mapping.Schiller_Gymnasium.toLowerCase().replace(/ /g, '-').replace(/ä/g, 'ae').replace(/ö/g, 'oe').replace(/ü/g, 'ue') + '.txt')
  })

  it('a name of the run is replaced in every story that writes it, in code or escaped, not only in the one that marks it', () => {
    // A trial: hans.txt became dieter.txt while its text kept `\\x24Hans`, and c.md kept `echo $Hans`.
    const posts = stories({'a.txt': 'Ich: Wo ist $Hans?\n', 'hans.txt': 'Ich: Code \\x24Hans hier.\n', 'c.md': 'Ich: Hallo.\n\n```\necho $Hans $PATH\n```\n'})
    const out = join(posts, '..', 'anon')
    const result = run(['anonymize', '--seed', 's', posts, '-o', out + '/', '--save-map', '-'])
    expect(result.code).toBe(0)
    const {Hans} = JSON.parse(result.stdout) as Record<string, string>
    expect(readdirSync(out).sort()).toEqual(['a.txt', 'c.md', Hans!.toLowerCase() + '.txt'])
    expect(readFileSync(join(out, Hans!.toLowerCase() + '.txt'), 'utf8')).toBe(`Ich: Code ${Hans} hier.\n`)
    // `$PATH` is no name of the run: it stays.
    expect(readFileSync(join(out, 'c.md'), 'utf8')).toBe(`Ich: Hallo.\n\n\`\`\`\necho ${Hans} $PATH\n\`\`\`\n`)
  })

  it('two inputs whose names differ only in a name\'s spelling, or one named as the other becomes, each get a file', () => {
    // A trial: `moeller.txt` and `möller.txt` both became `sven.txt`, and the second was refused (exit 4).
    const posts = stories({'moeller.txt': 'Ich: Hallo $Moeller.\n', 'möller.txt': 'Ich: Tschüss $Moeller.\n', 'sven.txt': 'Ich: Nichts.\n'})
    const out = join(posts, '..', 'anon')
    const result = run(['anonymize', '--strategy', 'map', '--map', mapFile({Moeller: 'Sven'}), posts, '-o', out + '/'])
    expect(result).toEqual({code: 0, stdout: '', stderr: ''})
    expect(readdirSync(out).sort()).toEqual(['sven-2.txt', 'sven-3.txt', 'sven.txt'])
    expect(readdirSync(out).sort().map((name) => readFileSync(join(out, name), 'utf8'))).toEqual(['Ich: Hallo Sven.\n', 'Ich: Tschüss Sven.\n', 'Ich: Nichts.\n'])
  })

  it('--map: the replacement slug stands in the name exactly; the rest and the extension kept', () => {
    const posts = stories({
      'Maren.txt': 'Ich: Hallo.\n',
      'besuch-von-maren.md': '**Ich:** Hallo $Maren.\n',
      'tschuess.txt': 'Ich: Tschüss $Maren.\n'
    })
    const out = join(posts, '..', 'anon')
    const result = run(['anonymize', '--strategy', 'map', '--map', mapFile({Maren: 'Frau Albers'}), '--save-map', '-', posts, '-o', out + '/'])
    expect(result).toEqual({code: 0, stdout: JSON.stringify({Maren: 'Frau Albers'}, null, 2) + '\n', stderr: ''})
    expect(readdirSync(out).sort()).toEqual(['besuch-von-frau-albers.md', 'frau-albers.txt', 'tschuess.txt'])
    expect(readFileSync(join(out, 'besuch-von-frau-albers.md'), 'utf8')).toBe('**Ich:** Hallo Frau Albers.\n')
  })

  it('a name whose words a file name runs together (`obrien` for `$O\'Brien`, as `import` writes it) or with an invisible character inside', () => {
    const posts = stories({'2018-tag-mit-obrien.txt': "Ich: Hallo $O'Brien.\n", 'an\u00adna.txt': 'Ich: Hallo $Anna.\n', 'an\u202ena-2.txt': 'Ich: Hallo.\n'})
    const out = join(posts, '..', 'anon')
    expect(run(['anonymize', '--strategy', 'map', '--map', mapFile({"O'Brien": 'Uwe', Anna: 'Eva'}), posts, '-o', out + '/']).code).toBe(0)
    expect(readdirSync(out).sort()).toEqual(['2018-tag-mit-uwe.txt', 'eva-2.txt', 'eva.txt'])
  })

  it('a name with digits glued on or after a percent-encoded `$`; a numbered role is no word of another name', () => {
    const posts = stories({'maren2.txt': 'Ich: Hallo $Maren.\n', '%24Maren.txt': 'Ich: Hallo.\n', 'kunde.txt': 'Ich: Hallo $Kunde2.\n'})
    const out = join(posts, '..', 'anon')
    expect(run(['anonymize', '--strategy', 'map', '--map', mapFile({Maren: 'Frau Albers', Kunde2: 'Uwe'}), posts, '-o', out + '/']).code).toBe(0)
    expect(readdirSync(out).sort()).toEqual(['%24frau-albers.txt', 'frau-albers2.txt', 'kunde.txt'])
  })

  it('a name inside a camel-case word of a file name, with a genitive `s` too; not the letters of a name inside a word', () => {
    const text = 'Ich: Hallo $Maren, $Ina und $McDonald.\n'
    const names = ['MarenBericht', 'besuchVonMaren', 'marensTag', 'MARENNotiz', 'InaTag', 'McDonaldBesuch', 'KaminAbend', 'kaminabend', 'MarinaTag', 'marens-tag', 'maren_2']
    const posts = stories(Object.fromEntries(names.map((name) => [name + '.txt', text])))
    const out = join(posts, '..', 'anon')
    const map = mapFile({Maren: 'Ulrike', Ina: 'Eva', McDonald: 'Smith'})
    expect(run(['anonymize', '--strategy', 'map', '--map', map, posts, '-o', out + '/'])).toEqual({code: 0, stdout: '', stderr: ''})
    expect(readdirSync(out).sort()).toEqual(
      [
        'ulrikeBericht.txt',
        'besuchVonUlrike.txt',
        'ulrikeTag.txt',
        'ulrikeNotiz.txt',
        'evaTag.txt',
        'smithBesuch.txt',
        'KaminAbend.txt',
        'kaminabend.txt',
        'MarinaTag.txt',
        'ulrike-tag.txt',
        'ulrike_2.txt'
      ].sort()
    )
  })

  it('one input into a folder: its own names; a mask gives a neutral word', () => {
    const posts = stories({'besuch-von-maren.txt': 'Ich: Hallo $Maren.\n'})
    const out = join(posts, '..', 'anon')
    expect(run(['anonymize', '--strategy', 'redact', join(posts, 'besuch-von-maren.txt'), '-o', out + '/']).code).toBe(0)
    expect(readdirSync(out)).toEqual(['besuch-von-speaker-1.txt'])
  })

  it('a renamed input that would take another input\'s name gets a number: both written, nothing overwritten', () => {
    const posts = stories({'besuch-von-katrin.txt': 'Ich: Hallo.\n', 'besuch-von-maren.txt': 'Ich: Hallo $Maren.\n'})
    const out = join(posts, '..', 'anon')
    const result = run(['anonymize', '--strategy', 'map', '--map', mapFile({Maren: 'Katrin'}), posts, '-o', out + '/'])
    expect(result).toEqual({code: 0, stdout: '', stderr: ''})
    expect(readdirSync(out).sort()).toEqual(['besuch-von-katrin-2.txt', 'besuch-von-katrin.txt'])
    expect(readFileSync(join(out, 'besuch-von-katrin.txt'), 'utf8')).toBe('Ich: Hallo.\n')
    expect(readFileSync(join(out, 'besuch-von-katrin-2.txt'), 'utf8')).toBe('Ich: Hallo Katrin.\n')
  })

  it('import, then anonymize: the post named from its title loses the name', () => {
    const folder = scratch('file-names-import')
    const blog = join(folder, 'maren-blog.xml')
    writeFileSync(blog, exportXml)
    expect(run(['import', blog, '-o', join(folder, 'posts/')]).code).toBe(0)
    expect(readdirSync(join(folder, 'posts'))).toEqual(['2019-05-04-besuch-von-maren.txt'])
    const map = mapFile({Maren: 'Katrin'})
    expect(run(['anonymize', '--strategy', 'map', '--map', map, join(folder, 'posts'), '-o', join(folder, 'anon/')]).code).toBe(0)
    expect(readdirSync(join(folder, 'anon'))).toEqual(['2019-05-04-besuch-von-katrin.txt'])
    expect(readFileSync(join(folder, 'anon', '2019-05-04-besuch-von-katrin.txt'), 'utf8')).not.toMatch(/maren/i)
    // The export itself, anonymized into a folder.
    expect(run(['anonymize', '--seed', 'blog', blog, '-o', join(folder, 'export/')]).code).toBe(0)
    const names = readdirSync(join(folder, 'export'))
    expect(names).toHaveLength(1)
    expect(names[0]).toMatch(/^[a-z-]+-blog\.xml$/)
    expect(names[0]).not.toMatch(/maren/i)
  })
})
