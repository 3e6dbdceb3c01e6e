// Fixture files: `fixtures/<kind>/<name>.<ext>` beside their reviewed expected outputs.
import {existsSync, readdirSync, readFileSync, writeFileSync} from 'node:fs'
import {join} from 'node:path'

export const fixturesRoot = new URL('../../fixtures/', import.meta.url).pathname

export interface Fixture {
  name: string
  path: string
  value: string
}

/**
 * Every input of one kind (`text`, `markdown`), sorted by name. An input's name has no dot:
 * `story.out.txt` beside `story.txt` is an expected output, not an input.
 */
export function fixtures(kind: string, ext = kind === 'markdown' ? '.md' : '.txt'): Fixture[] {
  const folder = join(fixturesRoot, kind)
  return readdirSync(folder)
    .filter((file) => file.endsWith(ext) && !file.slice(0, -ext.length).includes('.'))
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
