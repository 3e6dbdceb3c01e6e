// The commands whose work runs in worker threads, each loaded on its own: a worker of `stats`
// loads the library and `stats`, not the rest of the CLI. Keep in step with the batch commands
// of src/cli/main.ts, and `import`, whose posts are shared out (test/cli/jobs.test.ts checks it).
import type {BatchCommand} from './command.js'

export const threadedCommands: Record<string, () => Promise<BatchCommand<any, any, any>>> = {
  parse: async () => (await import('./commands/parse.js')).parseCommand,
  render: async () => (await import('./commands/render.js')).renderCommand,
  anonymize: async () => (await import('./commands/anonymize.js')).anonymizeCommand,
  check: async () => (await import('./commands/check.js')).checkCommand,
  stats: async () => (await import('./commands/stats.js')).statsCommand,
  import: async () => (await import('./commands/import-shares.js')).importShares
}
