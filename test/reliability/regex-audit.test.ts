// Every regular expression in src/ goes through the ReDoS checker recheck: a literal as written,
// an expression built at run time (`new RegExp`) through the function that builds it, with
// sample input. An expression recheck finds vulnerable fails the test; so does one it cannot
// decide (`unknown`), so that nothing slips through unexamined.
import {readdirSync, readFileSync} from 'node:fs'
import {check} from 'recheck'
import ts from 'typescript'
import {describe, expect, it} from 'vitest'
import {locales} from '../../src/locale/index.js'

// The pure JavaScript checker: no native binary or Java needed, the same on every machine.
process.env.RECHECK_BACKEND = 'pure'

const root = new URL('../../src/', import.meta.url)

/** Expressions built at run time, by file: how to build a representative one (names for deidentify go into an automaton, not an expression). */
const built: Record<string, Array<{source: string; flags: string}>> = {
  // The letters the locales fold (`ä` → `ae`), as slug.ts builds the class.
  'parse/slug.ts': [{source: '[' + locales.flatMap((locale) => Object.keys(locale.slugFoldings)).join('') + ']', flags: 'g'}],
  // An institution's noun, as written in a replacement (`besideNoun`): each noun of the locales.
  'anonymize/plan.ts': locales.flatMap((locale) => (locale.names.nameParts.institution ?? []).map((word) => ({source: word, flags: 'giu'}))),
  // A tag's opening or end (`tagAt`): of each element whose content the markup readers step over.
  'anonymize/html-attributes.ts': ['script', 'style', 'template', 'title', 'textarea', 'iframe', 'noembed', 'noframes', 'xmp', 'desc', 'metadata', 'annotation', 'annotation-xml'].flatMap((name) => [
    {source: '<' + name, flags: 'gi'},
    {source: '</' + name, flags: 'gi'}
  ])
}

interface Found {
  where: string
  source: string
  flags: string
}

function sourceFiles(directory: URL, prefix = ''): string[] {
  const files: string[] = []
  for (const entry of readdirSync(directory, {withFileTypes: true})) {
    if (entry.isDirectory()) files.push(...sourceFiles(new URL(entry.name + '/', directory), prefix + entry.name + '/'))
    else if (entry.name.endsWith('.ts')) files.push(prefix + entry.name)
  }
  return files
}

/** Regex literals and `new RegExp(…)` / `RegExp(…)` calls in one file. */
function expressions(file: string): {literals: Found[]; constructed: string[]} {
  const text = readFileSync(new URL(file, root), 'utf8')
  const tree = ts.createSourceFile(file, text, ts.ScriptTarget.Latest, true)
  const literals: Found[] = []
  const constructed: string[] = []
  const stack: ts.Node[] = [tree]
  while (stack.length > 0) {
    const node = stack.pop()!
    const where = file + ':' + (tree.getLineAndCharacterOfPosition(node.getStart()).line + 1)
    if (node.kind === ts.SyntaxKind.RegularExpressionLiteral) {
      const literal = node.getText()
      const end = literal.lastIndexOf('/')
      literals.push({where, source: literal.slice(1, end), flags: literal.slice(end + 1)})
    } else if ((ts.isNewExpression(node) || ts.isCallExpression(node)) && node.expression.getText() === 'RegExp') {
      constructed.push(where)
    }
    node.forEachChild((child) => {
      stack.push(child)
    })
  }
  return {literals, constructed}
}

const files = sourceFiles(root)
const found = files.map((file) => ({file, ...expressions(file)}))
const all: Found[] = found.flatMap((item) => item.literals)
for (const [file, list] of Object.entries(built)) for (const item of list) all.push({where: file + ' (built)', ...item})

describe('regular expressions in src/', () => {
  it('finds the expressions (the scan works)', () => {
    expect(all.length).toBeGreaterThan(20)
    expect(all.some((item) => item.source === '[^\\p{L}\\p{N}]+' && item.flags === 'gu')).toBe(true)
  })

  it('knows how to build every expression built at run time', () => {
    const unknown = found.filter((item) => item.constructed.length > 0 && !(item.file in built)).flatMap((item) => item.constructed)
    expect(unknown).toEqual([])
  })

  it('has none that recheck finds vulnerable to catastrophic backtracking, or cannot decide', {timeout: 120_000}, async () => {
    const results = await Promise.all(all.map(async (item) => ({item, result: await check(item.source, item.flags, {timeout: 30_000})})))
    const problems = results
      .filter(({result}) => result.status !== 'safe')
      .map(({item, result}) => item.where + ' /' + item.source + '/' + item.flags + ': ' + result.status + ('complexity' in result && result.complexity ? ' (' + result.complexity.summary + ')' : '') + ('error' in result && result.error ? ' (' + JSON.stringify(result.error) + ')' : ''))
    expect(problems).toEqual([])
  })
})
