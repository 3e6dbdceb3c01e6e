// The commands, each loaded on its own when it runs: `anecdote stats` loads the library's parser
// and `stats`, not the renderers or the anonymizer, and `--help` or `--version` loads none of it.
// A worker thread of `--jobs` loads its one command the same way (src/cli/worker.ts).
import type {BatchCommand, Command} from './command.js'

/** A command as the CLI lists it, before its module is loaded. */
export interface ListedCommand {
  /** One line, for `anecdote --help` and the command's own help. */
  summary: string
  load(): Promise<Command>
}

const loadParse = async () => (await import('./commands/parse.js')).parseCommand
const loadRender = async () => (await import('./commands/render.js')).renderCommand
const loadAnonymize = async () => (await import('./commands/anonymize.js')).anonymizeCommand
const loadCheck = async () => (await import('./commands/check.js')).checkCommand
const loadStats = async () => (await import('./commands/stats.js')).statsCommand

/** The commands, in the order of `anecdote --help`. */
export const commandList: Record<string, ListedCommand> = {
  parse: {summary: 'print the syntax tree as JSON or as an outline', load: loadParse},
  render: {summary: 'render stories to HTML, plain text, Markdown, TEI or Fountain', load: loadRender},
  anonymize: {summary: 'replace the $Placeholders of stories: pseudonyms, role labels, a mask or your map', load: loadAnonymize},
  check: {summary: 'report problems in stories (comment counts, unclosed directions, placeholder typos, …)', load: loadCheck},
  stats: {summary: 'count speakers, turns, words spoken, placeholders and comments', load: loadStats},
  import: {summary: 'write every post of a Blogger or WordPress export to a folder, one file each', load: async () => (await import('./commands/import.js')).importCommand}
}

/** The work a worker thread can do: each batch command's, and `import`'s shares of an export. */
export const threadedCommands: Record<string, () => Promise<BatchCommand<any, any, any>>> = {
  parse: loadParse,
  render: loadRender,
  anonymize: loadAnonymize,
  check: loadCheck,
  stats: loadStats,
  import: async () => (await import('./commands/import-shares.js')).importShares
}
