// Fixture files: `fixtures/<kind>/<name>.<ext>` beside their reviewed expected outputs.
import {existsSync, readdirSync, readFileSync, writeFileSync} from 'node:fs'
import {join} from 'node:path'

export const fixturesRoot = new URL('../../fixtures/', import.meta.url).pathname

export interface Fixture {
  name: string
  path: string
  value: string
}

/** Every input of one kind (`text`, `markdown`), sorted by name. */
export function fixtures(kind: string, ext = kind === 'markdown' ? '.md' : '.txt'): Fixture[] {
  const folder = join(fixturesRoot, kind)
  return readdirSync(folder)
    // `<name>.out.txt` is an expected output beside an input, not an input.
    .filter((file) => file.endsWith(ext) && !file.endsWith('.out' + ext))
    .sort()
    .map((file) => ({name: file.slice(0, -ext.length), path: join(folder, file), value: readFileSync(join(folder, file), 'utf8')}))
}

/**
 * The reviewed expected output beside an input. With `UPDATE=1` the actual output is written
 * instead (then review the diff before committing it).
 */
export function expected(fixture: Fixture, ext: string, actual: string): string | undefined {
  const path = fixture.path.replace(/\.[a-z]+$/, ext)
  if (process.env.UPDATE) writeFileSync(path, actual)
  return existsSync(path) ? readFileSync(path, 'utf8') : undefined
}
