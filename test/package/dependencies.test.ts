// The built package as bundlers and Node read it: what it imports by name is what it depends on
// (a type or module found only because npm hoisted it out of another dependency, `vfile-message`
// out of `vfile`, breaks under pnpm's strict layout or Yarn Plug'n'Play); which chunks each
// entry loads; which files have side effects. Reads the build (`npm test` builds first).
import {existsSync, readdirSync, readFileSync} from 'node:fs'
import {isBuiltin} from 'node:module'
import {join} from 'node:path'
import {describe, expect, it} from 'vitest'

const root = join(import.meta.dirname, '..', '..')
const manifest = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as {dependencies?: Record<string, string>}

/** The packages `code` imports or re-exports by bare name (`vfile`, `hast-util-to-html`), scoped ones whole. */
function importedPackages(code: string): Set<string> {
  const names = new Set<string>()
  const statements = code.matchAll(/(?:^|;)\s*(?:import|export)\b[^;"']*?\bfrom\s*["']([^"']+)["']|(?:^|;)\s*import\s*["']([^"']+)["']|\bimport\(\s*["']([^"']+)["']\s*\)/gm)
  for (const match of statements) {
    const specifier = match[1] ?? match[2] ?? match[3]!
    if (specifier.startsWith('.') || isBuiltin(specifier)) continue
    const parts = specifier.split('/')
    names.add(specifier.startsWith('@') ? parts.slice(0, 2).join('/') : parts[0]!)
  }
  return names
}

describe('the package’s imports', () => {
  it('are all dependencies: the declarations, the library and the CLI', () => {
    const dist = join(root, 'dist')
    const files = readdirSync(dist).filter((name) => /\.(js|cjs|d\.ts|d\.cts)$/.test(name))
    expect(files).toContain('index.d.ts')
    const imported = new Set<string>()
    for (const name of files) for (const item of importedPackages(readFileSync(join(dist, name), 'utf8'))) imported.add(item)
    expect(imported.size).toBeGreaterThan(5)
    // A type-only package (`unist`, `hast`) is `@types/…`.
    const declared = (name: string) => Object.hasOwn(manifest.dependencies ?? {}, name) || Object.hasOwn(manifest.dependencies ?? {}, '@types/' + name)
    const missing = [...imported].filter((name) => !declared(name))
    expect(missing).toEqual([])
  })
})

/** The files of dist/ that `entry` loads before it runs (static imports, not `import()`), and the packages they import. */
function loadedWith(entry: string): {files: Set<string>; packages: Set<string>; builtins: Set<string>} {
  const dist = join(root, 'dist')
  const files = new Set<string>([entry])
  const packages = new Set<string>()
  const builtins = new Set<string>()
  for (const name of files) {
    const code = readFileSync(join(dist, name), 'utf8')
    for (const match of code.matchAll(/(?:^|;)\s*(?:import|export)\b[^;"']*?\bfrom\s*["']([^"']+)["']|(?:^|;)\s*import\s*["']([^"']+)["']/gm)) {
      const specifier = match[1] ?? match[2]!
      if (specifier.startsWith('./')) files.add(specifier.slice(2))
      else if (isBuiltin(specifier)) builtins.add(specifier)
      else packages.add(specifier.startsWith('@') ? specifier.split('/').slice(0, 2).join('/') : specifier.split('/')[0]!)
    }
  }
  return {files, packages, builtins}
}

/** The chunk of dist/ that the build names after `module` (`main.js` for src/cli/main.ts, which the CLI imports). */
function chunkOf(module: string): string {
  if (!existsSync(join(root, 'dist', module + '.js'))) throw new Error(`dist/ has no chunk ${module}.js`)
  return module + '.js'
}

describe('the build’s chunks', () => {
  it('give the library, from dist/index.js, no import of node: (it runs in browsers and workers)', () => {
    const {files, builtins, packages} = loadedWith('index.js')
    expect(files.size).toBeGreaterThan(3)
    expect([...builtins]).toEqual([])
    expect(packages).toContain('unified')
  })

  it('let the CLI print its help and version without loading the library', () => {
    const {packages, builtins} = loadedWith(chunkOf('main'))
    expect(builtins).toContain('util')
    for (const name of ['unified', 'parse5', 'remark-parse', 'hast-util-to-html', 'mdast-util-to-markdown']) expect(packages).not.toContain(name)
  })

  it('let `anecdote stats` load the parser but no renderer or export writer', () => {
    const {files, packages} = loadedWith(chunkOf('stats'))
    expect([...files].some((name) => readFileSync(join(root, 'dist', name), 'utf8').includes('function runCore('))).toBe(true)
    for (const name of ['hast-util-to-html', 'mdast-util-to-markdown', 'xast-util-to-xml']) expect(packages).not.toContain(name)
  })

  it('let the commands that parse load the readers of Markdown, HTML and blog exports only from dist/cli-readers.js (src/cli/readers.ts)', () => {
    for (const command of ['stats', 'parse', 'render', 'check', 'anonymize']) {
      const {files, packages} = loadedWith(chunkOf(command))
      expect(files, command).not.toContain('cli-readers.js')
      // check and anonymize too: their `anonymizeText` reads with the CLI's readers (src/cli/readers.ts).
      for (const name of ['parse5', 'remark-parse', 'micromark', 'unified']) expect(packages, command).not.toContain(name)
    }
    const readers = loadedWith('cli-readers.js').packages
    for (const name of ['parse5', 'remark-parse', '@rgrove/parse-xml']) expect(readers).toContain(name)
  })
})

/**
 * Whether a bundler keeps `file` (a path in the package) for its side effects by the manifest's
 * `sideEffects`, as webpack reads it: a pattern without `/` matches the file's name, `*` any
 * characters but `/`.
 */
function hasSideEffects(file: string, sideEffects: unknown): boolean {
  if (!Array.isArray(sideEffects)) return sideEffects !== false
  return sideEffects.some((pattern: string) => {
    const glob = new RegExp('^' + pattern.replace(/^\.\//, '').replace(/[.+?^${}()|[\]\\]/g, '\\$&').replace(/\*/g, '[^/]*') + '$')
    return glob.test(pattern.includes('/') ? file : file.slice(file.lastIndexOf('/') + 1))
  })
}

describe('the package’s side effects', () => {
  const {sideEffects} = manifest as {sideEffects?: unknown}

  it('keep the stylesheet an app imports (`anecdote/style.css`), which a bundler would drop as unused', () => {
    expect(hasSideEffects('dist/style.css', sideEffects)).toBe(true)
  })

  it('are none of the modules’, so that a bundler drops what an app does not call', () => {
    const modules = readdirSync(join(root, 'dist'), {recursive: true, encoding: 'utf8'}).filter((name) => /\.(c?js)$/.test(name))
    expect(modules.length).toBeGreaterThan(3)
    expect(modules.filter((name) => hasSideEffects('dist/' + name, sideEffects))).toEqual([])
  })
})
