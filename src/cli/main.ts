// The command-line tool: its commands, options and help (the executable is src/cli/index.ts).
import {readFileSync} from 'node:fs'
import {parseArgs} from 'node:util'
import {runBatch} from './batch.js'
import {type Command, isBatch, oneLine, type RunContext} from './command.js'
import {CliError, type ExitCode, exitCodes, worst, worstSoFar} from './errors.js'
import {describeFsError} from './inputs.js'
import {jobsOption, normalizeOptions, type OptionSpec} from './options.js'
import {commandList} from './loaders.js'
import {releaseWorkers} from './pool.js'

/** A command's options, with those every batch command (one with `work`) has. */
function optionsOf(command: Command): Record<string, OptionSpec> {
  return isBatch(command) ? {...command.options, ...jobsOption} : command.options
}

function version(): string {
  const pkg = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8')) as {version: string}
  return pkg.version
}

function mainHelp(): string {
  const names = Object.keys(commandList)
  const width = names.reduce((max, name) => Math.max(max, name.length), 0)
  return [
    'anecdote: parse, render, anonymize and check dialogue anecdotes',
    '',
    'Usage: anecdote <command> [options] [file|dir|-]…',
    '',
    'Commands:',
    ...names.map((name) => `  ${name.padEnd(width)}  ${commandList[name].summary}`),
    '',
    'Inputs are files, folders (read for *.txt, *.md, *.markdown, *.html and *.htm) or standard input (- or nothing).',
    'Run `anecdote <command> --help` for its options; `anecdote --version` for the version.',
    '',
    'Exit codes: 0 ok; 1 warnings with --frail; 2 usage or a broken option file;',
    '3 an input could not be read or anonymized (the others were processed); 4 an output was refused;',
    '5 an output could not be written; 70 an internal error. See docs/cli.md.',
    ''
  ].join('\n')
}

function commandHelp(command: Command): string {
  const entries = Object.entries(optionsOf(command)).map(([name, spec]) => {
    const flag = (spec.short ? `-${spec.short}, ` : '    ') + `--${name}` + (spec.value ? ` ${spec.value}` : '')
    const alias = spec.alias ? `the same as --${spec.alias.option}${spec.alias.value === undefined ? '' : ' ' + spec.alias.value}` : undefined
    return [flag, alias ?? spec.description] as const
  })
  const width = entries.reduce((max, [flag]) => Math.max(max, flag.length), 0)
  return [
    `anecdote ${command.name}: ${commandList[command.name].summary}`,
    '',
    `Usage: ${command.usage}`,
    '',
    'Options:',
    ...entries.map(([flag, description]) => `  ${flag.padEnd(width)}  ${description}`),
    ...(command.details ? ['', command.details] : []),
    ''
  ].join('\n')
}

function parseCommandArgs(command: Command, args: string[]): {values: Record<string, unknown>; positionals: string[]} {
  let values: Record<string, unknown>
  let positionals: string[]
  const options: Record<string, {type: 'boolean' | 'string'; short?: string}> = {}
  const specs = optionsOf(command)
  for (const [name, spec] of Object.entries(specs)) {
    options[name] = spec.short ? {type: spec.type, short: spec.short} : {type: spec.type}
  }
  try {
    const parsed = parseArgs({args, options, allowPositionals: true, strict: true})
    values = parsed.values as Record<string, unknown>
    positionals = parsed.positionals
  } catch (error) {
    const code = (error as {code?: string}).code
    const quoted = /'([^']+)'/.exec((error as Error).message)?.[1]
    const what =
      code === 'ERR_PARSE_ARGS_UNKNOWN_OPTION' ? `unknown option ${quoted ?? ''}`.trim()
        : code === 'ERR_PARSE_ARGS_INVALID_OPTION_VALUE' ? `option ${quoted ?? ''} needs a value`.replace('  ', ' ')
          : (error as Error).message
    throw new CliError(`${command.name}: ${what} (see anecdote ${command.name} --help)`, exitCodes.usage)
  }
  if (!values.help) normalizeOptions(specs, values)
  return {values, positionals}
}

/** Run the CLI on `argv` (without `node` and the script); resolves to the exit code. */
export async function main(argv: string[], stdout = process.stdout, stderr = process.stderr): Promise<ExitCode> {
  const [name, ...rest] = argv
  if (name === undefined || name === '--help' || name === '-h' || name === 'help') {
    ;(name === undefined ? stderr : stdout).write(mainHelp())
    return name === undefined ? exitCodes.usage : exitCodes.ok
  }
  if (name === '--version' || name === '-v') {
    stdout.write(version() + '\n')
    return exitCodes.ok
  }
  try {
    if (!Object.hasOwn(commandList, name)) throw new CliError(`unknown command ${JSON.stringify(name)} (commands: ${Object.keys(commandList).join(', ')})`, exitCodes.usage)
    const command = await commandList[name].load()
    const {values, positionals} = parseCommandArgs(command, rest)
    if (values.help) {
      stdout.write(commandHelp(command))
      return exitCodes.ok
    }
    const context: RunContext = {values, paths: positionals, stdout, stderr}
    return await (isBatch(command) ? runBatch(command, context) : command.run(context))
  } catch (error) {
    if (error instanceof CliError) {
      stderr.write(`anecdote: ${oneLine(error.message)}\n`)
      return error.code
    }
    throw error
  }
}

/** Run the CLI as the process: its arguments, exit code and standard streams. */
export function run(): void {
  // Writing into a closed pipe (`| head -1`) ends quietly; any other failure (a full disk) is one line.
  // Either way the run ends here, with the worst of what happened so far (an input not read: 3).
  process.stdout.on('error', (error: NodeJS.ErrnoException) => {
    if (error.code === 'EPIPE') process.exit(worstSoFar())
    process.stderr.write(`anecdote: <stdout>: cannot write: ${describeFsError(error)}\n`)
    process.exit(worst(worstSoFar(), exitCodes.write))
  })

  main(process.argv.slice(2))
    .then(
      (code) => {
        process.exitCode = code
      },
      (error: unknown) => {
        process.stderr.write(`anecdote: internal error (please report it): ${(error as Error)?.stack ?? String(error)}\n`)
        process.exitCode = exitCodes.internal
      }
    )
    // Workers started for a run that did not take place (a usage error, `--help`).
    .finally(releaseWorkers)
}
