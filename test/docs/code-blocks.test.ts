// Every fenced code block of README.md and docs/**/*.md, run or checked by its kind (see
// test/docs/blocks.ts and the convention in docs/README.md): programs run with Node on the built
// package and print what the output block after them shows, TypeScript type-checks under
// `strict` with `noUncheckedIndexedAccess` and `noPropertyAccessFromIndexSignature` (as strict
// apps set it), a story's tree is what `parse` yields, and every other block is named with the reason
// it is not run. A block of no known kind fails.
import {execFileSync, spawnSync} from 'node:child_process'
import {copyFileSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync} from 'node:fs'
import {tmpdir} from 'node:os'
import {join} from 'node:path'
import ts from 'typescript'
import {beforeAll, describe, expect, it} from 'vitest'
import * as packageApi from '../../src/index.js'
import {type Nodes, parse, type ParseOptions} from '../../src/index.js'
import {fixturesRoot} from '../util/fixtures.js'
import {sorted, withoutPositions} from '../util/tree.js'
import {type Block, blocksOf, classify, documentationFiles, type Kind, root} from './blocks.js'

// Inside the repository, so that `import … from 'anecdote'` resolves to this package's build
// (its own name and exports) and other imports to its node_modules.
const runDir = join(root, '.docs-run')

const files = documentationFiles()
const all = files.map((file) => {
  const blocks = blocksOf(file)
  return {file, blocks, kinds: classify(blocks)}
})

function scriptName(block: Block): string {
  return block.file.replace(/[^\w]+/g, '-') + '-' + block.line
}

/** Type errors of the TypeScript programs, by script name. */
const typeErrors = new Map<string, string[]>()

beforeAll(() => {
  rmSync(runDir, {recursive: true, force: true})
  mkdirSync(runDir, {recursive: true})
  const tsFiles: string[] = []
  for (const {blocks, kinds} of all) {
    blocks.forEach((block, index) => {
      if (kinds[index].kind !== 'program') return
      const name = scriptName(block)
      if (block.lang === 'ts') {
        writeFileSync(join(runDir, name + '.mts'), block.value + '\n')
        tsFiles.push(name + '.mts')
        const js = ts.transpileModule(block.value, {compilerOptions: {module: ts.ModuleKind.ESNext, target: ts.ScriptTarget.ES2022, verbatimModuleSyntax: false}}).outputText
        writeFileSync(join(runDir, name + '.mjs'), js)
      } else {
        writeFileSync(join(runDir, name + '.mjs'), block.value + '\n')
      }
    })
  }
  // Each TypeScript block is a program of its own (one may augment the module differently from
  // another); the library files are read and parsed once, through a caching host.
  const {options} = ts.convertCompilerOptionsFromJson(
    {strict: true, noUncheckedIndexedAccess: true, noPropertyAccessFromIndexSignature: true, noEmit: true, module: 'nodenext', moduleResolution: 'nodenext', target: 'es2022', lib: ['es2022', 'dom'], types: ['node'], skipLibCheck: true},
    runDir
  )
  const host = ts.createCompilerHost(options)
  const cache = new Map<string, ts.SourceFile | undefined>()
  const getSourceFile = host.getSourceFile
  host.getSourceFile = (fileName, ...rest) => {
    if (fileName.startsWith(runDir)) return getSourceFile.call(host, fileName, ...rest)
    if (!cache.has(fileName)) cache.set(fileName, getSourceFile.call(host, fileName, ...rest))
    return cache.get(fileName)
  }
  const format: ts.FormatDiagnosticsHost = {getCanonicalFileName: (name) => name, getCurrentDirectory: () => runDir, getNewLine: () => '\n'}
  for (const file of tsFiles) {
    const diagnostics = ts.getPreEmitDiagnostics(ts.createProgram([join(runDir, file)], options, host))
    typeErrors.set(file.replace(/\.mts$/, ''), diagnostics.map((diagnostic) => ts.formatDiagnostic(diagnostic, format).trim()))
  }
}, 120_000)

for (const {file, blocks, kinds} of all) {
  describe(file, () => {
    if (blocks.length === 0) it(`${file}: has no code blocks`, () => {})
    blocks.forEach((block, index) => {
      const kind = kinds[index]
      const at = `${file}:${block.line} ${block.lang || '(no language)'}`
      testBlock(at, block, kind)
    })
  })
}

function testBlock(at: string, block: Block, kind: Kind) {
  switch (kind.kind) {
    case 'program': {
      if (block.lang === 'ts') {
        it(`${at}: type-checks under strict, unchecked index access too`, () => {
          expect(typeErrors.get(scriptName(block)) ?? []).toEqual([])
        })
      }
      it(`${at}: runs${kind.output ? `, printing the ${kind.output.lang} block at line ${kind.output.line}` : ''}`, () => {
        const stdout = execFileSync(process.execPath, [join(runDir, scriptName(block) + '.mjs')], {cwd: root, encoding: 'utf8'})
        if (kind.output) expect(stdout.trimEnd()).toBe(kind.output.value.trimEnd())
      })
      break
    }
    case 'output':
      it(`${at}: the output of the program at line ${kind.program.line}`, () => {})
      break
    case 'story':
      it(`${at}: a story, parsed at the tree at line ${kind.tree.line}`, () => {})
      break
    case 'tree':
      it(`${at}: what parse yields for the story at line ${kind.story.line}`, () => {
        const options: ParseOptions = {...(kind.story.meta ? (JSON.parse(kind.story.meta) as ParseOptions) : {})}
        if (kind.story.lang === 'markdown' || kind.story.lang === 'html') options.format = kind.story.lang
        const tree = parse(kind.story.value, options)
        const shown = kind.withPositions ? tree : withoutPositions(tree)
        // The literals are object notation written in this repository's own docs.
        const expected = new Function('return (' + block.value + ')')() as unknown
        expect(contains(shown, expected), JSON.stringify(expected)).toBe(true)
      })
      break
    case 'cli':
      it(`${at}: its anecdote commands run (exit 0, or 1 for warnings)`, () => {
        const folder = mkdtempSync(join(tmpdir(), 'anecdote-docs-'))
        try {
          copyFileSync(join(fixturesRoot, 'text/fahren-sie-mal-da-hin.txt'), join(folder, 'story.txt'))
          mkdirSync(join(folder, 'stories'))
          copyFileSync(join(fixturesRoot, 'text/fahren-sie-mal-da-hin.txt'), join(folder, 'stories/seed.txt'))
          copyFileSync(join(fixturesRoot, 'markdown/fahren-sie-mal-da-hin.md'), join(folder, 'stories/seed.md'))
          // `anecdote` on the PATH is this package's built CLI.
          mkdirSync(join(folder, '.bin'))
          writeFileSync(join(folder, '.bin/anecdote'), '#!/bin/sh\nexec "' + process.execPath + '" "' + join(root, 'dist/cli.js') + '" "$@"\n', {mode: 0o755})
          const env = {...process.env, PATH: join(folder, '.bin') + ':' + process.env.PATH}
          for (const command of kind.commands) {
            const result = spawnSync('bash', ['-o', 'pipefail', '-c', command], {cwd: folder, encoding: 'utf8', env})
            expect({command, status: result.status === 1 ? 0 : result.status, stderr: result.status! > 1 ? result.stderr : ''}).toEqual({
              command,
              status: 0,
              stderr: ''
            })
          }        } finally {
          rmSync(folder, {recursive: true, force: true})
        }
      })
      break
    case 'shown':
      it(`${at}: ${kind.why}`, () => {})
      break
    case 'unknown':
      it(`${at}: has a kind`, () => {
        expect.fail(kind.why)
      })
  }
}

/** Whether `expected` is the tree, one node of it, or a run of siblings in it. */
function contains(tree: Nodes, expected: unknown): boolean {
  const wanted = JSON.stringify(sorted(expected))
  const stack: Nodes[] = [tree]
  while (stack.length > 0) {
    const node = stack.pop()!
    if (JSON.stringify(sorted(node)) === wanted) return true
    if (!('children' in node)) continue
    const children = node.children as Nodes[]
    if (Array.isArray(expected)) {
      for (let start = 0; start + expected.length <= children.length; start++) {
        if (JSON.stringify(sorted(children.slice(start, start + expected.length))) === wanted) return true
      }
    }
    for (const child of children) stack.push(child)
  }
  return false
}

describe('README.md', () => {
  const readme = all[0].blocks
  it('is at most 25 KB', () => {
    expect(Buffer.byteLength(readFileSync(join(root, 'README.md')))).toBeLessThanOrEqual(25_000)
  })
  it('has a quick start of exactly two commands', () => {
    const quickStart = readme.find((block) => block.lang === 'sh' && block.value.includes('npm start'))
    expect(quickStart?.value.split('\n').map((line) => line.replace(/\s+#.*$/, ''))).toEqual(['npm install && npm start', 'npm install && npm test'])
  })
  it('names every value the package exports in its API section, as it says', () => {
    const text = readFileSync(join(root, 'README.md'), 'utf8')
    const api = text.slice(text.indexOf('\n## API\n'), text.indexOf('\n## Syntax tree\n'))
    expect(api).toContain('This package exports the identifiers below')
    const missing = Object.keys(packageApi).filter((name) => !api.includes('`' + name + '`') && !api.includes('`' + name + '('))
    expect(missing).toEqual([])
  })
})
