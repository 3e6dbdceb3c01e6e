// The command-line tool. The only code that imports from `node:`.
import {readFileSync} from 'node:fs'
import {inspect} from 'unist-util-inspect'
import {VFile} from 'vfile'
import {parse} from '../index.js'

const [command, ...files] = process.argv.slice(2)
if (command !== 'parse' || files.length === 0) {
  process.stderr.write('usage: anecdote parse [--inspect] <file>\n')
  process.exit(2)
}
for (const path of files.filter((file) => !file.startsWith('--'))) {
  const file = new VFile({path, value: readFileSync(path, 'utf8')})
  const tree = parse(file)
  process.stdout.write(files.includes('--inspect') ? inspect(tree, {showPositions: false}) + '\n' : JSON.stringify(tree, null, 2) + '\n')
  for (const message of file.messages) process.stderr.write(String(message) + '\n')
}
