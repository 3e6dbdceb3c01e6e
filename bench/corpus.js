// The benchmark corpus, built from the fixtures the same way on every run: the seed story
// (3 KB), a 1 MB archive of many stories, and 16 copies of that archive (16 MB). The 16 MB text
// repeats the 1 MB one, so its time per byte compares like with like.
import {readFileSync} from 'node:fs'

const root = new URL('../fixtures/', import.meta.url)

// The stories it is built from, by path under fixtures/, in this order: a list kept here
// (bench/corpus-stories.txt), not every fixture there is, so that a fixture added later leaves the
// inputs as they are. Before, it did not: on 2026-12-06, 14 new fixtures changed the 1 MB text so
// that its comment section was cut into 596 comments where there had been 3, and the parse without
// positions took a fifth longer per byte (bench/README.md, the 17:37 run).
const listed = readFileSync(new URL('corpus-stories.txt', import.meta.url), 'utf8').split('\n').filter(Boolean)

/** The listed stories of one folder (`text`, `markdown`), read: the corpus's, the HTML bodies' (bench/html.js) and the `--jobs` folder's (bench/jobs.js). */
export function stories(folder) {
  return listed.filter((path) => path.startsWith(folder + '/')).map((path) => readFileSync(new URL(path, root), 'utf8'))
}

/** Stories in a fixed order, separated by a blank line, until at least `size` UTF-16 units. */
function archive(parts, size) {
  const taken = []
  let length = 0
  for (let index = 0; length < size; index = (index + 1) % parts.length) {
    taken.push(parts[index].trimEnd())
    length += parts[index].length + 2
  }
  // The final line ending joined in before, not added after: `join(…) + '\n'` made the 1 MB text
  // a pair of strings in V8 (see src/parse/flat.ts), which the floors read more slowly than a
  // file's text, and which the parse read so too until it flattened its input.
  taken[taken.length - 1] += '\n'
  return taken.join('\n\n')
}

function repeat(value, times) {
  return Array.from({length: times}, () => value).join('\n')
}

const megabyte = 1_000_000

/** Inputs by name; sizes are UTF-8 bytes, which is what MB/s counts. */
export function corpus() {
  const text = stories('text')
  const markdown = stories('markdown')
  const seed = readFileSync(new URL('text/fahren-sie-mal-da-hin.txt', root), 'utf8')
  const seedMarkdown = readFileSync(new URL('markdown/fahren-sie-mal-da-hin.md', root), 'utf8')
  const text1 = archive(text, megabyte)
  const markdown1 = archive(markdown, megabyte)
  const inputs = {
    seed: input('seed (3 KB story)', seed),
    seedMarkdown: input('seed, Markdown', seedMarkdown),
    text1: input('1 MB text', text1),
    markdown1: input('1 MB Markdown', markdown1)
  }
  // Built on first use: most runs that only profile the 1 MB text need not pay for it.
  let text16
  Object.defineProperty(inputs, 'text16', {enumerable: true, get: () => (text16 ??= input('16 MB text', repeat(text1, 16)))})
  return inputs
}

function input(name, value) {
  return {name, value, bytes: Buffer.byteLength(value)}
}
