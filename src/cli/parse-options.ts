// The options every story-reading command shares (`--lang`, `--format`, `--cast`) as `parse`'s
// options. Apart from src/cli/options.ts, which the CLI loads for every command and for its help:
// this module loads the parser, to check `--cast` with it.
import type {ParseOptions} from '../parse/parse-using.js'
import {CliError, exitCodes} from './errors.js'
import {choice, readJsonOption} from './options.js'
import {parseStory} from './readers.js'

/** `--lang`, `--format` and `--cast` as parse options. */
export function parseOptionsFrom(values: Record<string, unknown>): ParseOptions {
  const options: ParseOptions = {}
  const lang = choice(values, 'lang', ['de', 'en', 'auto'] as const)
  if (lang !== undefined) options.lang = lang
  const format = choice(values, 'format', ['text', 'markdown', 'html', 'auto'] as const)
  if (format !== undefined) options.format = format
  const castPath = values.cast as string | undefined
  if (castPath !== undefined) {
    const cast = readJsonOption('cast', castPath)
    // Checked by `parse` itself (`null` is no labels), in words that quote none of the file.
    if (!takesCast(cast)) throw new CliError(`--cast ${castPath}: expected an object of identities to label lists, like {"verkaeufer": ["Kollege", "Verkäufer"]}`, exitCodes.usage)
    options.cast = cast as Record<string, string[]>
  }
  return options
}

/** Whether `parse` takes `cast` as its `cast` option: it throws on one it does not, before any work. */
function takesCast(cast: unknown): boolean {
  try {
    parseStory('', {cast: cast as ParseOptions['cast']})
    return true
  } catch {
    return false
  }
}
