// The examples of docs/exports.md: each ```js block, run against the package's entry, prints
// exactly the block under the `Yields:` after it.
import {readFileSync} from 'node:fs'
import {describe, expect, it} from 'vitest'
import * as api from '../../src/index.js'

const page = readFileSync(new URL('../../docs/exports.md', import.meta.url), 'utf8')
const exampleRe = /```js\n((?:(?!```)[\s\S])*?)\n```\n\nYields:\n\n```[a-z]*\n((?:(?!```)[\s\S])*?)\n```/g

/** Run an example: its `import … from 'anecdote'` reads the entry, its `console.log` is collected. */
function run(code: string): string {
  let output = ''
  const body = code.replace(/^import \{([^}]*)\} from 'anecdote'$/m, 'const {$1} = api').replace(/console\.log\(/g, 'log(')
  new Function('api', 'log', body)(api, (value: string) => {
    output += value + '\n'
  })
  return output
}

describe('docs/exports.md', () => {
  const examples = [...page.matchAll(exampleRe)]

  it('has examples', () => {
    expect(examples.length).toBeGreaterThanOrEqual(2)
  })

  for (const [index, [, code, yields]] of examples.entries()) {
    it('example ' + (index + 1) + ' yields what the page says', () => {
      // console.log adds a line feed to the export's own.
      expect(run(code)).toBe(yields + '\n\n')
    })
  }
})
