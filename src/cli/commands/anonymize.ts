// `anecdote anonymize`: the source text with only the placeholders replaced, layout kept.
import {basename, extname} from 'node:path'
import type {VFile} from 'vfile'
import {anonymize} from '../../anonymize/anonymize.js'
import type {Strategy} from '../../anonymize/options.js'
import {anonymizedText, type AnonymizeTextOptions} from '../../anonymize/text.js'
import {slug} from '../../parse/slug.js'
import type {Placeholder, Root, Turn} from '../../types.js'
import {ExportError, looksLikeExport} from '../../export/xml.js'
import {withoutCode} from '../../export/without-code.js'
import {defaultMask} from '../../anonymize/options.js'
import {sameSpellings, wordKey} from '../../anonymize/name-key.js'
import {placeholdersIn} from '../../parse/grammar.js'
import {scanLines} from '../../parse/lines.js'
import {fence} from '../../parse/markdown/runs.js'
import {namesWritten} from '../../anonymize/written.js'
import type {BatchCommand} from '../command.js'
import {displayName, type Input} from '../inputs.js'
import {CliError, exitCodes} from '../errors.js'
import {choice, outputOptions, readJsonOption, sharedOptions} from '../options.js'
import {parseOptionsFrom} from '../parse-options.js'
import {sameFile} from '../outputs.js'
import {isProblem, reportInOrder} from '../report.js'
import {isHtmlPath, isMarkdownPath, readingOf} from '../stories.js'
import {anonymizeExport, formatReaders} from '../readers.js'

const strategies = ['pseudonym', 'generic', 'redact', 'map', 'keep'] as const satisfies readonly Strategy[]
const fallbacks = ['pseudonym', 'generic', 'redact', 'keep'] as const satisfies readonly Strategy[]

interface Settings {
  options: AnonymizeTextOptions
  /** Names given in earlier stories of the run, kept for this one (see `accept`). */
  carried?: Record<string, string>
}

/** The names used so far in the run: placeholder name → replacement. */
type Mapping = Record<string, string>

/** What the run has given so far: the mapping `--save-map` writes, and its replacements by `nameKey`. */
interface Given {
  mapping: Mapping
  taken: Set<string>
  /** The file names renaming gave so far (`moeller.txt` and `möller.txt` both become one name), and the inputs' (read once). */
  renamed: Set<string>
  inputs?: Set<string>
  /** Every name of the run with its words folded as a slug (what a file's name must hold for the name to be in it). */
  names: Array<[string, string[]]>
  known: Set<string>
  /** The names given a replacement so far, in lower case: a later story's `$ANNA` takes `$Anna`'s (in its case). */
  lower: Set<string>
}

/**
 * The library's refusal as an author reads it: without the function's name, with what it means for
 * the output and what to do (`%24&#37;41nna` in an HTML `href` is a name `anonymizeText` cannot replace).
 */
function refusal(message: string): string {
  const left = /^anonymize(?:Text|Export): (`\$[^`]+`) is still in the (?:result|export)(.*): refusing to return a partial anonymization$/.exec(message)
  if (!left) return message
  return left[1] + ' is still in the result' + left[2] + ', written in a form that cannot be replaced: nothing is written for this input (write the name there as ' + left[1] + ')'
}

/**
 * The placeholders' names of every input of a run, outside code, as markup writes them too, each
 * with the first input that has it (the API's `reserved` as a `Map`: messages name that story).
 */
export function namesOfRun(inputs: Iterable<Input>): Map<string, string> {
  const names = new Map<string, string>()
  for (const input of inputs) {
    // A `<script>` or `<style>` is kept: a name written there is one (`anonymizeText` replaces it).
    const text = isHtmlPath(input.path) ? withoutCode(input.value, false) : withoutMarkdownCode(input.value)
    const story = displayName(input.path)
    const found = new Set<string>()
    for (const placeholder of placeholdersIn(text)) found.add(placeholder.name)
    for (const name of namesWritten(text, found)) if (!names.has(name)) names.set(name, story)
  }
  return names
}

export const anonymizeCommand: BatchCommand<Settings, Mapping, Given> = {
  name: 'anonymize',
  usage: 'anecdote anonymize [options] [file|dir|-]…',
  options: {
    strategy: {type: 'string', value: strategies.join('|'), default: 'pseudonym', description: 'how to replace placeholders (default: pseudonym)'},
    seed: {
      type: 'string',
      value: 'KEY',
      only: {strategy: ['pseudonym'], fallback: ['pseudonym']},
      description: 'pseudonym: the same key (a string: 007 is not 7) gives a name the same pseudonym in every story'
    },
    map: {type: 'string', value: 'FILE', only: {strategy: ['map']}, description: 'map: JSON object of placeholder names to replacements'},
    fallback: {type: 'string', value: 'STRATEGY', only: {strategy: ['map']}, description: 'map: the strategy for names not in the map'},
    mask: {type: 'string', value: 'TEXT', only: {strategy: ['redact'], fallback: ['redact']}, description: 'redact: the mask (default: █████)'},
    'save-map': {type: 'string', value: 'FILE|-', description: 'write the names used (placeholder → replacement) as JSON (- for standard output, with -o)'},
    frail: {type: 'boolean', description: 'exit with 1 when there are warnings (a name written without its $ stays, a placeholder typo)'},
    ...sharedOptions,
    ...outputOptions
  },
  details: 'The output is the input byte for byte except the replaced placeholders. A name gets the same replacement in every story of a run.',
  setup(values) {
    const options: AnonymizeTextOptions = {...parseOptionsFrom(values)}
    options.strategy = choice(values, 'strategy', strategies) ?? 'pseudonym'
    const fallback = choice(values, 'fallback', fallbacks)
    if (fallback !== undefined) options.fallback = fallback
    // A seed is a string, as in the API: `--seed 007` is `seed: '007'`.
    if (values.seed !== undefined) options.seed = values.seed as string
    if (values.mask !== undefined) options.mask = onOneLine(values.mask as string, `--mask ${shown(values.mask as string)}: a line break (or another control character) in the mask would break the story's line; write it on one line`)
    const mapPath = values.map as string | undefined
    if (mapPath !== undefined) options.map = readMap(mapPath)
    else if (options.strategy === 'map') throw new CliError('--strategy map needs --map FILE', exitCodes.usage)
    const savePath = values['save-map'] as string | undefined
    const output = values.output as string | undefined
    if (savePath === '-' && output === undefined) {
      throw new CliError('--save-map -: standard output holds the anonymized text; write it to files (-o DIR/) or save the map to a file', exitCodes.usage)
    }
    if (savePath !== undefined && savePath !== '-' && output !== undefined && sameFile(savePath, output)) {
      throw new CliError(`--save-map ${savePath}: the same file as -o ${output}; the map would replace the anonymized text`, exitCodes.usage)
    }
    if (savePath !== undefined && savePath !== '-' && mapPath !== undefined && sameFile(savePath, mapPath)) {
      throw new CliError(`--save-map ${savePath}: the same file as --map ${mapPath}; the names this run used would replace the map (save them to another file)`, exitCodes.usage)
    }
    return {options}
  },
  // Every story's names are the run's: no replacement in one story is a name of another, so a
  // name carried from story to story never has to change (and `--save-map` holds for them all).
  // Names written as markup writes them too (`&#36;Volker`, `%24Volker`, `\x24Volker`).
  // Not in code: a name of the run is replaced where another story writes it in code, and
  // `$PATH` in a shell line is no name.
  prepare(settings, inputs) {
    return {...settings, options: {...settings.options, reserved: namesOfRun(inputs)}}
  },
  work(input, file, settings) {
    // A redo (`accept`) carries the run's mapping itself, which gets the story's new names: a copy
    // for each story made a run slow with the square of its names.
    const mapping: Mapping = settings.carried ?? {}
    const options = {...settings.options, mapping}
    try {
      const exported = looksLikeExport(input.value) ? anonymizeExportOf(input.value, options, file) : undefined
      if (exported !== undefined) return {content: exported, extension: '.xml', data: mapping}
      // An `.html` file is HTML and an `.md` file Markdown unless `--format` says otherwise.
      const reading = readingOf(input.path, options)
      const html = reading.format === 'html' && options.format === undefined
      // The readers the input needs, loaded then (src/cli/readers.ts): a text loads neither.
      const content = anonymizedText(formatReaders, input.value, reading, file).value
      return {content, extension: html ? '.html' : isMarkdownPath(input.path) ? input.path.slice(input.path.lastIndexOf('.')) : '.txt', data: mapping}
    } catch (error) {
      // A name that could not be replaced everywhere: no output for this input, and say so.
      throw new CliError(refusal(error instanceof Error ? error.message : String(error)), exitCodes.input)
    }
  },
  // A file's name says what its title said (`anecdote import`): the run's names in it are replaced
  // as in a `who`. One that a later story gives its replacement holds the file back till the end.
  outputName(name, {state, paths}, last) {
    const held = namesHeldIn(name, state.names)
    const waiting = held.filter((placeholder) => !Object.hasOwn(state.mapping, placeholder))
    if (!last && renamedFile(name, waiting.map((placeholder) => [placeholder, '-'])) !== name) return undefined
    const renamed = renamedFile(name, held.filter((placeholder) => Object.hasOwn(state.mapping, placeholder)).map((placeholder) => [placeholder, state.mapping[placeholder]]))
    return renamed === name ? name : unusedName(renamed, state, paths)
  },
  start(settings) {
    const state: Given = {mapping: {}, taken: new Set(), renamed: new Set(), names: [], known: new Set(), lower: new Set()}
    for (const name of (settings.options.reserved as Map<string, string> | undefined)?.keys() ?? []) know(state, name)
    return state
  },
  // One story after another, a name met before keeps its replacement, and no other name gets it.
  // A story worked on apart (in a worker, or before the ones ahead of it were accepted) that holds
  // such a name or gave such a replacement is done again here with the names so far.
  accept(result, {settings, state}, redo) {
    // The story's names are those of its first work; a redo writes the new ones into the run's
    // mapping itself (done here and now), whose other names are not the story's.
    const names = Object.keys(result.data ?? {})
    const before = names.map((name) => (Object.hasOwn(state.mapping, name) ? state.mapping[name] : undefined))
    const again = givenBefore(result.data ?? {}, state, settings) ? redo({...settings, carried: state.mapping}) : result
    for (const [index, name] of names.entries()) {
      // New, or given anew (a carried one that would reveal a name of this story).
      const replacement = again.data?.[name]
      if (replacement === undefined || replacement === before[index]) continue
      state.mapping[name] = replacement
      state.lower.add(name.toLowerCase())
      know(state, name)
      if (!isMask(replacement, settings)) state.taken.add(nameKey(replacement))
    }
    return again
  },
  companion(values) {
    const savePath = values['save-map'] as string | undefined
    return savePath === undefined ? undefined : [savePath, '--save-map']
  },
  // Written before the stories (the runner holds them): a map that cannot be written leaves none.
  companionText: ({state}) => JSON.stringify(state.mapping, null, 2) + '\n',
  finish({context, files}) {
    unusedKeysOnce(files)
    const report = reportInOrder(files.filter((file) => file.messages.length > 0), {quiet: true, color: context.stderr.isTTY === true})
    if (report) context.stderr.write(report + '\n')
    // With --frail, a warning fails the run (the outputs are written): a name may have stayed.
    return context.values.frail && files.some((file) => file.messages.some(isProblem)) ? exitCodes.warnings : exitCodes.ok
  }
}

/**
 * `unused-map-key` once for the run: a map name no story's placeholder has is one no name of the
 * run has (each story is checked beside the run's names), so every story said it again. Said
 * with the first story that suggests a name a letter away, else with the first.
 */
function unusedKeysOnce(files: readonly VFile[]): void {
  const kept = new Map<string, VFile['messages'][number]>()
  for (const file of files) {
    for (const message of file.messages) {
      if (message.ruleId !== 'unused-map-key') continue
      // The map's name is the message's `actual`; a placeholder a letter away, its `expected`.
      const name = message.actual ?? message.reason
      const first = kept.get(name)
      if (!first || (!first.expected?.length && message.expected?.length)) kept.set(name, message)
    }
  }
  if (kept.size === 0) return
  const keep = new Set(kept.values())
  for (const file of files) file.messages = file.messages.filter((message) => message.ruleId !== 'unused-map-key' || keep.has(message))
}

/** The `--map` file: an object of names to replacements, each entry checked once; the first wrong entry named. */
function readMap(path: string): Record<string, string> {
  const map = readJsonOption('map', path)
  if (typeof map !== 'object' || map === null || Array.isArray(map)) throw new CliError(`--map ${path}: ${expectedMap}`, exitCodes.usage)
  // The entry that is wrong, named: a map of many names is hard to search by eye.
  for (const [name, value] of Object.entries(map)) {
    const problem = mapEntryProblem(value)
    if (problem !== undefined) throw new CliError(`--map ${path}: ${JSON.stringify(name)} has ${problem}`, exitCodes.usage)
  }
  return map as Record<string, string>
}

const expectedMap = 'expected an object of names to replacements, like {"Verkäufer": "Herr Albers"}'

/** What is wrong with a `--map` value, after "has", or `undefined`. */
function mapEntryProblem(value: unknown): string | undefined {
  if (typeof value !== 'string') return `${JSON.stringify(value)}, not a replacement in quotes; ${expectedMap}`
  // A value left blank (a map written by hand from a template) would take the name out of its sentence, and a speaker's out of its turn.
  if (value.trim() === '') return `${JSON.stringify(value)}, no replacement; fill it in, or take the entry out (the name then stays, reported, or --fallback replaces it)`
  if (controlRe.test(value)) return `${shown(value)}, with a line break (or another control character) that would break the story's line; write it on one line`
  return undefined
}

/** A line break or another control character (a tab, an escape). */
const controlRe = /[\u0000-\u001f\u007f-\u009f\u2028\u2029]/

/**
 * `value`, a replacement, refused where it holds a line break or another control character: the
 * story's line would break in two (a speaker's label half in a new turn), or the terminal be told.
 */
function onOneLine(value: string, refusal: string): string {
  if (controlRe.test(value)) throw new CliError(refusal, exitCodes.usage)
  return value
}

/** A value in quotes, its control characters escaped (`"Ul\nrike"`). */
function shown(value: string): string {
  return JSON.stringify(value).replace(/[\u2028\u2029]/g, (char) => '\\u' + char.charCodeAt(0).toString(16))
}

/** `text` without Markdown's code: fenced blocks, as the Markdown reader finds them (`fence`), and code spans. */
function withoutMarkdownCode(text: string): string {
  let result = ''
  const open = {fence: 0, fenceLength: 0}
  for (const line of scanLines(text)) {
    const inside = open.fence !== 0
    fence(text, line, open)
    if (inside || open.fence !== 0) continue
    result += text.slice(line.start, line.end).replace(/`[^`]*`/g, ' ') + '\n'
  }
  return result
}

/**
 * `name`, or `name-2`, `name-3`, … where renaming gave it before or an input of the run has it:
 * two inputs whose names differ only in a name's spelling must not end in one file.
 */
function unusedName(name: string, state: Given, paths: readonly string[]): string {
  const inputs = (state.inputs ??= new Set(paths.map((path) => basename(path, extname(path)).toLowerCase())))
  let candidate = name
  for (let number = 2; state.renamed.has(candidate.toLowerCase()) || inputs.has(candidate.toLowerCase()); number++) candidate = name + '-' + number
  state.renamed.add(candidate.toLowerCase())
  return candidate
}

/** Whether a story's names or replacements are ones the run gave before. */
function givenBefore(data: Mapping, given: Given, settings: Settings): boolean {
  for (const name of Object.keys(data)) {
    if (Object.hasOwn(given.mapping, name) || given.lower.has(name.toLowerCase())) return true
    if (!isMask(data[name], settings) && given.taken.has(nameKey(data[name]))) return true
  }
  return false
}

/** As the plan keys a name (`nameKey`): one key for its spellings. */
function nameKey(name: string): string {
  return sameSpellings(slug(name))
}

/** Note a name of the run, with its words folded as a slug, once. */
function know(state: Given, name: string): void {
  if (state.known.has(name)) return
  state.known.add(name)
  state.names.push([name, folded(name).split('-')])
}

/**
 * The names of the run that `fileName` may hold: one of the name's words, folded as a slug, is
 * written in it, as the match of a `who` needs (each of its words is a slug's part). It lets
 * through more than `renamedFile` renames, never less; it spares a plan of all the run's names
 * for every file.
 */
function namesHeldIn(fileName: string, names: ReadonlyArray<[string, string[]]>): string[] {
  const written = folded(fileName)
  const held: string[] = []
  for (const [name, words] of names) if (words.some((word) => written.includes(word))) held.push(name)
  return held
}

/** A text's slug with its words keyed as the match of a `who` keys them. */
function folded(text: string): string {
  return wordKey(slug(text))
}

/**
 * A file's name with the names among its words (`$Marens` too) replaced: as `anonymize` renames a
 * turn's `who`, by `anonymize` of a turn whose `who` is the name and which holds every placeholder.
 */
function renamedFile(name: string, replaced: Array<[string, string]>): string {
  if (replaced.length === 0) return name
  const marked = camelEdges(name, replaced.map(([placeholder]) => placeholder))
  const renamed = renamedWho(marked, replaced)
  return renamed === marked ? name : withoutEdges(renamed)
}

/** A `who` with the names among its words replaced, as `anonymize` renames a turn's. */
function renamedWho(name: string, replaced: Array<[string, string]>): string {
  const turn: Turn = {type: 'turn', who: name, separator: ':', children: [{type: 'speaker', children: []}]}
  for (const [placeholder] of replaced) {
    const written: Placeholder = {type: 'placeholder', value: '$' + placeholder, name: placeholder}
    turn.children.push(written, {...written, value: written.value + 's', suffix: 's'})
  }
  const tree: Root = {type: 'root', children: [{type: 'dialogue', children: [turn]}]}
  const result = anonymize(tree, {strategy: 'map', map: Object.fromEntries(replaced)})
  return result.children[0].type === 'dialogue' ? result.children[0].children[0].who : name
}

/** Where a word changes case inside (`MarenBericht`, `besuchVonMaren`, `MARENBericht`): before the capital. */
const camelRe = /(?<=\p{Ll})(?=\p{Lu})|(?<=\p{Lu})(?=\p{Lu}\p{Ll})/gu

/** Marks where a name inside a camel-case word ends or begins, for renaming to read as a word's edge. */
const edge = '\u0001'

/**
 * `fileName` with an `edge` where one of `names` (or a word of a name of several, with a genitive
 * `s`) stands in a camel-case word, ending or beginning at a capital (`Maren` of `MarenBericht`,
 * `Marens` of `marensTag`): a whole name or word, never letters inside a word (`kaminabend` holds
 * no `$Ina`, nor `Kaminabend`).
 */
function camelEdges(fileName: string, names: readonly string[]): string {
  const camel = new Set([...fileName.matchAll(camelRe)].map((match) => match.index))
  if (camel.size === 0) return fileName
  const keys = new Set<string>()
  for (const words of names.map((name) => folded(name).split('-'))) {
    keys.add(words.join(''))
    if (words.length > 1) for (const word of words) keys.add(word)
  }
  const cuts = [...new Set([0, fileName.length, ...camel, ...wordEdges(fileName)])].sort((a, b) => a - b)
  const marked = new Set<number>()
  for (const [index, start] of cuts.entries()) {
    for (const end of cuts.slice(index + 1)) {
      const piece = fileName.slice(start, end)
      if (!/^[\p{L}\p{M}]+$/u.test(piece)) break
      if ((camel.has(start) || camel.has(end)) && isNameKey(folded(piece), keys)) {
        for (const at of [start, end]) if (camel.has(at)) marked.add(at)
      }
    }
  }
  let result = ''
  let from = 0
  for (const at of [...marked].sort((a, b) => a - b)) {
    result += fileName.slice(from, at) + edge
    from = at
  }
  return result + fileName.slice(from)
}

/** Whether a folded word is a name's key, or one with a genitive ending (`marens`, `hanses`). */
function isNameKey(key: string, keys: ReadonlySet<string>): boolean {
  return keys.has(key) || (key.endsWith('s') && keys.has(key.slice(0, -1))) || (key.endsWith('es') && keys.has(key.slice(0, -2)))
}

/** Where a run of letters begins or ends inside `text`. */
function wordEdges(text: string): number[] {
  const edges: number[] = []
  const letter = (at: number) => /[\p{L}\p{M}]/u.test(text[at]!)
  for (let at = 1; at < text.length; at++) if (letter(at - 1) !== letter(at)) edges.push(at)
  return edges
}

/** The `edge` marks taken out; a replacement's slug after one begins with a capital, as the word it took the place of (`besuchVonUlrike`). */
function withoutEdges(renamed: string): string {
  return renamed.replace(/\u0001(\p{Ll})?/gu, (_, letter: string | undefined) => (letter === undefined ? '' : letter.toUpperCase()))
}

/** The mask is every redacted name's replacement: the one replacement names share. */
function isMask(replacement: string, settings: Settings): boolean {
  return replacement === settings.options.mask || replacement === defaultMask
}

/** A Blogger or WordPress export with its posts anonymized; `undefined` (and a message) when it is none after all. */
function anonymizeExportOf(value: string, options: AnonymizeTextOptions, file: VFile): string | undefined {
  try {
    return anonymizeExport(value, options, file)
  } catch (error) {
    if (!(error instanceof ExportError)) throw error
    file.message(error.message, {ruleId: 'not-an-export', source: 'anecdote'})
    return undefined
  }
}
