// `anecdote anonymize`: the source text with only the placeholders replaced, layout kept.
import {reporter} from 'vfile-reporter'
import type {VFile} from 'vfile'
import {anonymizeExport, anonymizeText, type AnonymizeTextOptions, ExportError, type Strategy} from '../../index.js'
import {looksLikeExport} from '../../export/xml.js'
import {type Command, eachInput, worst} from '../command.js'
import {CliError, exitCodes} from '../errors.js'
import {choice, outputOptions, parseOptionsFrom, readJsonOption, sharedOptions} from '../options.js'
import {type OutputOptions, realPath, writeTarget} from '../outputs.js'
import {isHtmlPath} from '../stories.js'

const strategies = ['pseudonym', 'generic', 'redact', 'map', 'keep'] as const satisfies readonly Strategy[]
const fallbacks = ['pseudonym', 'generic', 'redact', 'keep'] as const satisfies readonly Strategy[]

export const anonymizeCommand: Command = {
  name: 'anonymize',
  summary: 'replace the $Placeholders of stories: pseudonyms, role labels, a mask or your map',
  usage: 'anecdote anonymize [options] [file|dir|-]…',
  options: {
    strategy: {type: 'string', value: strategies.join('|'), description: 'how to replace placeholders (default: pseudonym)'},
    seed: {type: 'string', value: 'KEY', description: 'pseudonym: the same key gives a name the same pseudonym in every story'},
    map: {type: 'string', value: 'FILE', description: 'map: JSON object of placeholder names to replacements'},
    fallback: {type: 'string', value: 'STRATEGY', description: 'map: the strategy for names not in the map'},
    mask: {type: 'string', value: 'TEXT', description: 'redact: the mask (default: █████)'},
    'save-map': {type: 'string', value: 'FILE', description: 'write the names used (placeholder → replacement) as JSON'},
    ...sharedOptions,
    ...outputOptions
  },
  details: 'The output is the input byte for byte except the replaced placeholders.',
  async run(context) {
    const {values} = context
    const options: AnonymizeTextOptions & Record<string, unknown> = {...parseOptionsFrom(values)}
    options.strategy = choice(values, 'strategy', strategies) ?? 'pseudonym'
    const fallback = choice(values, 'fallback', fallbacks)
    if (fallback !== undefined) options.fallback = fallback
    const seed = values.seed as string | undefined
    if (seed !== undefined) options.seed = /^-?\d+$/.test(seed) ? Number(seed) : seed
    if (values.mask !== undefined) options.mask = values.mask as string
    const mapPath = values.map as string | undefined
    if (mapPath !== undefined) {
      const map = readJsonOption('map', mapPath)
      const valid = typeof map === 'object' && map !== null && !Array.isArray(map) && Object.values(map).every((value) => typeof value === 'string')
      if (!valid) throw new CliError(`--map ${mapPath}: expected an object of names to replacements, like {"Verkäufer": "Herr Albers"}`, exitCodes.usage)
      options.map = map as Record<string, string>
    } else if (options.strategy === 'map') throw new CliError('--strategy map needs --map FILE', exitCodes.usage)

    const mapping: Record<string, string> = {}
    options.mapping = mapping
    const files: VFile[] = []
    const paths: string[] = []
    let code = await eachInput(context, (input, file) => {
      paths.push(input.path)
      files.push(file)
      if (looksLikeExport(input.value)) {
        try {
          return {content: anonymizeExport(input.value, options, file), extension: '.xml'}
        } catch (error) {
          if (!(error instanceof ExportError)) throw error
          file.message(error.message, {ruleId: 'not-an-export', source: 'anecdote'})
        }
      }
      const html = isHtmlPath(input.path) && options.format === undefined
      const content = anonymizeText(input.value, html ? {...options, format: 'html'} : options, file)
      return {content, extension: html ? '.html' : input.path.endsWith('.md') ? '.md' : '.txt'}
    })

    const report = reporter(files.filter((file) => file.messages.length > 0), {quiet: true, color: context.stderr.isTTY === true})
    if (report) context.stderr.write(report + '\n')

    const savePath = values['save-map'] as string | undefined
    if (savePath !== undefined) {
      const output: OutputOptions = {force: Boolean(values.force), inputs: new Set(paths.filter((path) => path !== '-').map(realPath))}
      try {
        writeTarget(savePath, JSON.stringify(mapping, null, 2) + '\n', output)
      } catch (error) {
        if (!(error instanceof CliError)) throw error
        context.stderr.write(`anecdote: ${error.message}\n`)
        code = worst(code, error.code)
      }
    }
    return code
  }
}
