// Front matter (docs/syntax-tree.md, Frontmatter): when a story opens with one, and what every
// output makes of it.
import {VFile} from 'vfile'
import {describe, expect, it} from 'vitest'
import {anonymize, anonymizeText, deidentify, deidentifyText, parse, reidentify, toHtml, toMarkdown, toText, toTei, toFountain} from '../../src/index.js'
import {frontMatterAt} from '../../src/parse/front-matter.js'
import {lostCharacters} from '../util/nothing-lost.js'
import {withoutPositions} from '../util/tree.js'

const story = 'Chef: Wo ist der Drucker?\nIch: Bei $Anna.\n'
const first = (value: string, options = {}) => parse(value, options).children[0]

describe('parse', () => {
  it('reads YAML between `---` and TOML between `+++`, with CRLF, a BOM, trailing spaces, comments and blank lines before the first key', () => {
    expect(first('---\ntitle: X\n---\n' + story)).toMatchObject({type: 'frontmatter', syntax: 'yaml', value: 'title: X'})
    expect(first('+++\ntitle = "X"\n[params]\n+++\n' + story)).toMatchObject({type: 'frontmatter', syntax: 'toml', value: 'title = "X"\n[params]'})
    expect(first('+++\n[params]\nauthor = "Y"\n+++\n' + story)).toMatchObject({syntax: 'toml'})
    // TOML's dotted, quoted and digit keys (helper-54’s finding 6: they were narration).
    for (const key of ['params.author', '"title"', "'site'.name", '1st']) expect(first('+++\n' + key + ' = "x"\n+++\n' + story), key).toMatchObject({type: 'frontmatter', syntax: 'toml'})
    expect(first('---\r\ntitle: X\r\n---\r\n' + story)).toMatchObject({value: 'title: X'})
    expect(first('\ufeff--- \n\n# set by hand\ndraft: true\n---\t\n' + story, {positions: false})).toEqual({type: 'frontmatter', syntax: 'yaml', value: '\n# set by hand\ndraft: true'})
    // A value of several lines, and a closing fence at the input's end.
    expect(first('---\ntags:\n  - kasse\n---')).toMatchObject({value: 'tags:\n  - kasse'})
  })

  it('reads none where a fence is not alone on its line, the fences differ, none closes, or the first line is no key', () => {
    for (const value of [
      '----\ntitle: X\n----\n',
      '--- x\ntitle: X\n---\n',
      '---\ntitle: X\n+++\n',
      '---\ntitle: X\n--- \nIch: Ja\n---x\n'.replace('--- \nIch: Ja\n', ''),
      '---\ntitle: X\n',
      '---\nChef: Wo?\nIch: Da.\n---\n',
      '---\nEs war einmal.\n---\n',
      '---\n  title: X\n---\n',
      '---\n---\n',
      ' ---\ntitle: X\n---\n',
      'Ich: Ja.\n---\ntitle: X\n---\n',
      '+++\ntitle: X\n+++\n'
    ]) {
      expect(parse(value).children.some((node) => node.type === 'frontmatter'), JSON.stringify(value)).toBe(false)
    }
  })

  it('loses nothing, places it from its first fence to the end of its last, and reads the story after it in every format', () => {
    const value = '---\ntitle: X\n---\n\n' + story
    for (const format of ['text', 'markdown', 'auto'] as const) {
      const tree = parse(value, {format})
      expect(tree.children[0]!.position, format).toEqual({start: {line: 1, column: 1, offset: 0}, end: {line: 3, column: 4, offset: 16}})
      expect(tree.children[1]!.type, format).toBe('dialogue')
      expect(tree.children[1]!.position!.start, format).toEqual({line: 5, column: 1, offset: 18})
      expect(lostCharacters(value, tree), format).toEqual([])
      // Without positions, the same tree.
      expect(parse(value, {format, positions: false})).toEqual(withoutPositions(tree))
    }
    // A static site's HTML post.
    const html = parse('---\nlayout: post\n---\n<p>Chef: Wo?</p>\n<p>Ich: Da.</p>', {format: 'html'})
    expect(html.children.map((node) => node.type)).toEqual(['frontmatter', 'dialogue', 'dialogue'])
  })

  it('reads an unclosed one of 4 MiB (no front matter) in one pass', () => {
    const value = '---\ntitle: X\n' + 'a: b\n'.repeat(800_000)
    expect(first(value, {positions: false})).toMatchObject({type: 'narration'})
  })

  it('reads millions of blank or comment lines after a fence without throwing (helper-54’s finding 1: a pattern overflowed the stack)', () => {
    for (const filler of ['\n', '#\n', '\r\n']) {
      expect(frontMatterAt('---\n' + filler.repeat(3_500_000)), JSON.stringify(filler)).toBeUndefined()
      expect(frontMatterAt('---\n' + filler.repeat(3_500_000) + 'title: X\n---\n'), JSON.stringify(filler)).toMatchObject({syntax: 'yaml'})
    }
    expect(() => parse('---\n' + '\n'.repeat(3_500_000), {positions: false})).not.toThrow()
  })
})

describe('the outputs', () => {
  const value = '---\ntitle: "Der Drucker von $Anna"\nauthor: $Anna\n---\n\n' + story
  const tree = parse(value)

  it('toText and toMarkdown write it back as written; toHtml, TEI and Fountain leave it out', () => {
    expect(toText(tree)).toBe(value)
    // Its line endings as theirs: a line feed each.
    expect(toText(parse('---\r\ntitle: X\r\ntags: [a]\r\n---\r\n\r\n' + story.replaceAll('\n', '\r\n')))).toBe('---\ntitle: X\ntags: [a]\n---\n\n' + story)
    expect(toMarkdown(tree)).toBe('---\ntitle: "Der Drucker von $Anna"\nauthor: $Anna\n---\n\n**Chef:** Wo ist der Drucker?\n**Ich:** Bei $Anna.\n')
    expect(toHtml(tree)).not.toContain('title:')
    expect(toHtml(tree, {document: true})).not.toContain('Drucker von')
    expect(toTei(tree)).not.toContain('author')
    expect(toFountain(tree)).not.toContain('author')
  })

  it('anonymize replaces its names, records them, and reidentify puts them back', () => {
    const mapping: Record<string, string> = {}
    const anonymized = anonymize(tree, {strategy: 'map', map: {Anna: 'Eva'}, mapping})
    expect(anonymized.children[0]).toMatchObject({type: 'frontmatter', value: 'title: "Der Drucker von Eva"\nauthor: Eva', data: {anonymized: [{field: 'value', start: 24, end: 27, replacement: 'Eva'}, {field: 'value', start: 37, end: 40, replacement: 'Eva'}]}})
    expect(withoutPositions(reidentify(anonymized, mapping))).toEqual(withoutPositions(tree))
  })

  it('anonymizeText replaces them where they are written, and tells of a name written there without its `$`', () => {
    expect(anonymizeText(value, {strategy: 'map', map: {Anna: 'Eva'}})).toBe(value.replaceAll('$Anna', 'Eva'))
    const file = new VFile()
    anonymizeText('---\nauthor: Anna\n---\n\n' + story, {strategy: 'map', map: {Anna: 'Eva'}}, file)
    expect(file.messages.map(String)).toEqual(['1:1-3:4: `Anna` is written here without a `$`, though `$Anna` is a placeholder of this story: it stays as it is; write `$Anna` to replace it'])
  })

  it('found by helper-54: a glued name, the long escape `\\U00000024`, a name in an address, and HTML’s escaping', () => {
    // Finding 2: `anonymize` left `Mit$Anna` (anonymizeText replaced it).
    const glued = parse('---\ntitle: Mit$Anna\n---\n\n' + story)
    expect(toText(anonymize(glued, {strategy: 'map', map: {Anna: 'Eva'}}))).toBe('---\ntitle: MitEva\n---\n\nChef: Wo ist der Drucker?\nIch: Bei Eva.\n')
    // Finding 3: YAML's and TOML's `\U` and eight hex digits is a `$`.
    for (const value of ['---\nx: "\\U00000024Anna"\n---\n\n' + story, '+++\nx = "\\U00000024Anna"\n+++\n\n' + story]) {
      expect(anonymizeText(value, {strategy: 'map', map: {Anna: 'Eva'}})).not.toContain('Anna')
      expect(toText(anonymize(parse(value), {strategy: 'map', map: {Anna: 'Eva'}}))).not.toContain('Anna')
    }
    // Finding 4: a lower-case name in an address there is told of, as in the story.
    const file = new VFile()
    anonymizeText('---\nurl: https://example.de/anna\n---\n\n' + story, {strategy: 'map', map: {Anna: 'Eva'}}, file)
    expect(file.messages.map((message) => message.ruleId)).toEqual(['unmarked-name'])
    // Finding 5: in HTML, the YAML's replacement is not escaped as HTML text is.
    expect(anonymizeText('---\nauthor: $Anna\n---\n<p>Ich: Hallo $Anna.</p>\n', {format: 'html', strategy: 'map', map: {Anna: 'Tom & Jerry'}})).toBe('---\nauthor: Tom & Jerry\n---\n<p>Ich: Hallo Tom &amp; Jerry.</p>\n')
  })

  it('deidentify and deidentifyText replace the real names listed in it', () => {
    const real = '---\nauthor: Anna Berg\n---\n\nChef: Wo ist Anna Berg?\nIch: Weg.\n'
    expect(deidentifyText(real, {names: ['Anna Berg']})).toBe('---\nauthor: $Anna_Berg\n---\n\nChef: Wo ist $Anna_Berg?\nIch: Weg.\n')
    const {tree: marked, replacements} = deidentify(parse(real), {names: ['Anna Berg']})
    expect(marked.children[0]).toMatchObject({type: 'frontmatter', value: 'author: $Anna_Berg'})
    expect(replacements.map((item) => item.field ?? 'text')).toEqual(['text', 'frontmatter'])
  })
})
