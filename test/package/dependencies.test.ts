// What the built package imports, by name, is what it depends on: a type or module found only
// because npm hoisted it out of another dependency (`vfile-message` out of `vfile`) breaks under
// pnpm's strict layout or Yarn Plug'n'Play. Reads the build (`npm test` builds first).
import {readdirSync, readFileSync} from 'node:fs'
import {isBuiltin} from 'node:module'
import {join} from 'node:path'
import {describe, expect, it} from 'vitest'

const root = join(import.meta.dirname, '..', '..')
const manifest = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as {dependencies?: Record<string, string>}

/** The packages `code` imports or re-exports by bare name (`vfile`, `hast-util-to-html`), scoped ones whole. */
function importedPackages(code: string): Set<string> {
  const names = new Set<string>()
  const statements = code.matchAll(/^(?:import|export)\b[^\n]*?\bfrom\s*["']([^"']+)["']|^import\s*["']([^"']+)["']|\bimport\(\s*["']([^"']+)["']\s*\)/gm)
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
